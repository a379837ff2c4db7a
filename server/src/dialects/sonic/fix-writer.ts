import type { Loc, Position } from '../../model/location';
import { sonicFacts, type SonicEntry, type SonicFacts, type SonicObject } from '../../model/sonic';
import type { Device, Interface } from '../../model/types';
import type { TextEdit } from '../../model/edit';
import { declined, type Edits, type FixWriter } from '../fix-writer';
import { NoFixWriter } from '../no-fix-writer';

/**
 * Edits of a SONiC config_db.json that keep the file's layout: a value is replaced in place, a new member
 * goes after the last one of its object with the object's own member indentation, a new entry or table
 * is written in the indentation of its siblings. Nested (`"PORT": {"Ethernet0": {…}}`) and redis-dump
 * (`"PORT|Ethernet0": {…}`) files are both handled. What the tables cannot say (sections, service
 * policies, CLI-only knobs) is declined.
 */
export class SonicFixWriter extends NoFixWriter implements FixWriter {
  private readonly facts: SonicFacts | undefined;

  constructor(device: Device) {
    super(device);
    this.facts = sonicFacts(device);
  }

  // -------------------------------------------------------------------------------------------
  // Model-level changes

  override setInterfaceMtu(iface: Interface, mtu: number): Edits {
    const table = iface.kind === 'port-channel' ? 'PORTCHANNEL' : iface.kind === 'svi' ? 'VLAN' : 'PORT';
    const e = this.entryOf(table, iface);
    if (!e) return [];
    return this.setField(e.obj, 'mtu', String(mtu));
  }

  /** The Linux netdev MTU is also the largest bridged payload. */
  override setInterfaceL2Mtu(iface: Interface, mtu: number): TextEdit[] {
    return this.setInterfaceMtu(iface, mtu);
  }

  override setInterfacePfc(iface: Interface, priorities: number[]): Edits {
    const port = iface.writtenAs[0] ?? iface.name;
    const wanted = [...new Set(priorities)].sort((a, b) => a - b).join(',');
    if (!this.facts) return [];
    if (this.entry('PORT_QOS_MAP', port)) return this.setTableField('PORT_QOS_MAP', port, 'pfc_enable', wanted);
    // A new PORT_QOS_MAP entry takes the maps the other ports use, so PFC has its pfc_to_queue_map.
    const sibling = this.facts.portQosMaps.find((q) => q.port !== 'global' && q.pfcEnable);
    const fields: [string, string][] = [];
    for (const f of sibling?.entry.obj.fields ?? []) if (f.name !== 'pfc_enable' && f.name !== 'pfcwd_sw_enable') fields.push([f.name, f.value]);
    fields.push(['pfc_enable', wanted]);
    return this.createEntry('PORT_QOS_MAP', port, fields);
  }

  override disableInterfacePfc(iface: Interface): Edits {
    return this.deleteTableField('PORT_QOS_MAP', iface.writtenAs[0] ?? iface.name, 'pfc_enable');
  }

  /** Each code point a member of the device's DSCP_TO_TC_MAP (the one its ports classify with). */
  override setDscpToClass(dscp: number[], cls: number): Edits {
    const map = this.device.qos.classificationPolicy;
    if (!map) return declined('no DSCP_TO_TC_MAP is bound to the ports');
    return dscp.flatMap((d) => this.setTableField('DSCP_TO_TC_MAP', map, String(d), String(cls)));
  }

  override setQueueBufferProfile(port: string, queue: number, profile: string): Edits {
    return this.setTableField('BUFFER_QUEUE', `${port}|${queue}`, 'profile', profile);
  }

  override bindPortQosMap(port: string, map: string, name: string): Edits {
    return this.setTableField('PORT_QOS_MAP', port, map, name);
  }

  override unbindPortQosMap(port: string, map: string): Edits {
    return this.deleteTableField('PORT_QOS_MAP', port, map);
  }

  override setPortPfcEnable(port: string, value: string): Edits {
    return this.setTableField('PORT_QOS_MAP', port, 'pfc_enable', value);
  }

  /** Replaces the text at loc (inside a JSON string: escaped as JSON). */
  override renameReference(loc: Loc, name: string): Edits {
    return [{ uri: loc.uri, range: loc.range, newText: JSON.stringify(name).slice(1, -1) }];
  }

  /** Removes the member of an entry whose key is at `loc`, with its separating comma. */
  override removeSetting(loc: Loc, block?: unknown): Edits {
    if (block) return declined('a config_db entry is not a section');
    const at = this.memberAt(loc);
    if (!at) return declined('no table member starts there');
    return this.deleteMember(at.obj, at.index);
  }

  // -------------------------------------------------------------------------------------------
  // Table edits

  private setTableField(table: string, key: string, field: string, value: string): TextEdit[] {
    if (!this.facts) return [];
    const e = this.entry(table, key);
    if (e) return this.setField(e.obj, field, value);
    return this.createEntry(table, key, [[field, value]]);
  }

  private deleteTableField(table: string, key: string, field: string): TextEdit[] {
    const e = this.entry(table, key);
    if (!e) return [];
    const i = e.obj.fields.findIndex((f) => f.name === field);
    if (i < 0) return [];
    return this.deleteMember(e.obj, i);
  }

  private deleteMember(obj: SonicObject, i: number): TextEdit[] {
    const f = obj.fields[i]!;
    const uri = this.device.uri;
    if (i > 0) return [{ uri, range: { start: obj.fields[i - 1]!.end, end: f.end }, newText: '' }];
    const next = obj.fields[1];
    if (next) return [{ uri, range: { start: f.start, end: next.start }, newText: '' }];
    // The only member: leave `{}`.
    return [{ uri, range: { start: after(obj.open), end: obj.close }, newText: '' }];
  }

  // -------------------------------------------------------------------------------------------

  /** Entry members by the position of their key, built on the first removal. */
  private members: Map<string, { obj: SonicObject; index: number }> | undefined;

  private memberAt(loc: Loc): { obj: SonicObject; index: number } | undefined {
    if (!this.members) {
      this.members = new Map();
      for (const table of this.facts?.entries.values() ?? []) {
        for (const e of table.values()) e.obj.fields.forEach((f, index) => this.members!.set(posKey(f.keyLoc.range.start), { obj: e.obj, index }));
      }
    }
    return this.members.get(posKey(loc.range.start));
  }

  private entry(table: string, key: string): SonicEntry | undefined {
    return this.facts?.entries.get(table)?.get(key);
  }

  private entryOf(table: string, iface: Interface): SonicEntry | undefined {
    for (const n of [...iface.writtenAs, iface.name]) {
      const e = this.entry(table, n);
      if (e) return e;
    }
    return undefined;
  }

  /** One indentation step of the file (4 spaces in config_db files). */
  private unit(): string {
    const root = this.facts?.root;
    return root && root.childIndent.length > 0 ? root.childIndent : '    ';
  }

  private setField(obj: SonicObject, name: string, value: string): TextEdit[] {
    const uri = this.device.uri;
    const f = obj.fields.find((x) => x.name === name);
    if (f) return [{ uri, range: f.valueLoc.range, newText: JSON.stringify(value) }];
    return this.insertMembers(obj, [`${JSON.stringify(name)}: ${JSON.stringify(value)}`]);
  }

  /** Inserts members (already written `"k": v`, possibly multi-line with relative indentation) at the end of obj. */
  private insertMembers(obj: SonicObject, members: string[]): TextEdit[] {
    const uri = this.device.uri;
    const last = obj.fields[obj.fields.length - 1];
    // `{"a": "b"}` on one line stays on one line.
    if (last && last.start.line === obj.open.line && obj.close.line === obj.open.line) {
      return [{ uri, range: { start: last.end, end: last.end }, newText: members.map((m) => `, ${m.replace(/\n\s*/g, ' ')}`).join('') }];
    }
    const body = members.map((m) => indentBlock(m, obj.childIndent)).join(',\n');
    if (last) return [{ uri, range: { start: last.end, end: last.end }, newText: `,\n${body}` }];
    return [{ uri, range: { start: after(obj.open), end: obj.close }, newText: `\n${body}\n${obj.indent}` }];
  }

  private createEntry(table: string, key: string, fields: [string, string][]): TextEdit[] {
    const facts = this.facts;
    if (!facts) return [];
    const unit = this.unit();
    const body = (keyText: string): string =>
      `${JSON.stringify(keyText)}: {\n${fields.map(([k, v]) => `${unit}${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n}`;
    if (facts.flat) return this.insertMembers(facts.root, [body(`${table}|${key}`)]);
    const t = facts.tables.get(table);
    if (t) return this.insertMembers(t, [body(key)]);
    const inner = body(key)
      .split('\n')
      .map((l) => unit + l)
      .join('\n');
    return this.insertMembers(facts.root, [`${JSON.stringify(table)}: {\n${inner}\n}`]);
  }
}

function posKey(p: Position): string {
  return `${p.line}:${p.character}`;
}

function after(p: Position): Position {
  return { line: p.line, character: p.character + 1 };
}

/** Prefixes every line of a (multi-line) member with the indentation of its object's members. */
function indentBlock(text: string, indent: string): string {
  return text
    .split('\n')
    .map((l) => indent + l)
    .join('\n');
}
