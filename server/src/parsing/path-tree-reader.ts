/**
 * What a reader of a path tree (parsing/junos-tree.ts: Junos in both formats, SR Linux in both forms) needs
 * besides the tree: locations in the file, notes on values it cannot use, the symbols it defines and references,
 * and the section (Block) of a node for fix writers. One per file read.
 */
import { located, type Loc, type Located, type Range } from '../model/location';
import { parseIpAddress } from '../model/ip';
import { hostnameFromUri } from '../model/file-names';
import type { Block, Device, IpAddress, ParseNote, SymbolDef, SymbolKind, SymbolRef } from '../model/types';
import { childrenAt, type JunosDocument, type JunosNode } from './junos-tree';

export class PathTreeReader {
  readonly notes: ParseNote[] = [];
  readonly defs: SymbolDef[] = [];
  readonly refs: SymbolRef[] = [];
  constructor(readonly doc: JunosDocument) {}
  loc(range: Range): Loc {
    return { uri: this.doc.uri, range };
  }
  note(severity: ParseNote['severity'], code: string, message: string, range: Range): void {
    this.notes.push({ severity, code, message, loc: this.loc(range) });
  }
  /**
   * The device's name from the node that holds it, else the file's name with an info note naming the statement
   * that was missing; and the place device-wide values anchor to (that node, else the file's start).
   */
  hostname(node: JunosNode | undefined, statement: string): { hostname: string; anchor: Loc } {
    const start = { line: 0, character: 0 };
    const anchor = node ? this.loc(node.line) : this.loc({ start, end: start });
    const hostname = node?.word ?? (hostnameFromUri(this.doc.uri) || 'device');
    if (!node) this.note('info', 'hostname-missing', `no ${statement}; using the file name "${hostname}"`, anchor.range);
    return { hostname, anchor };
  }
  /**
   * The Device of a path-tree file: what this reader collected, with L3 on subinterfaces (Junos units, SR Linux
   * subinterfaces: Device.l3OnSubinterfaces) and the name's line when the file has one.
   */
  device(parts: Pick<Device, 'hostname' | 'dialect' | 'interfaces' | 'qos' | 'facts'>, hostNode: JunosNode | undefined): Device {
    const device: Device = {
      hostname: parts.hostname,
      dialect: parts.dialect,
      os: parts.dialect,
      uri: this.doc.uri,
      interfaces: parts.interfaces,
      qos: parts.qos,
      symbols: { defs: this.defs, refs: this.refs },
      topLevelEnd: this.doc.end,
      notes: this.notes,
      ...(parts.facts ? { facts: parts.facts } : {}),
      l3OnSubinterfaces: true,
    };
    if (hostNode) device.hostnameLoc = this.loc(hostNode.line);
    return device;
  }
  int(n: JunosNode | undefined, what: string, min: number, max: number): number | undefined {
    if (!n) return undefined;
    const v = /^\d+$/.test(n.word) ? Number(n.word) : NaN;
    if (!Number.isInteger(v) || v < min || v > max) {
      this.note('warning', 'bad-value', `${what} "${n.word}" is not a number from ${min} to ${max}`, n.line);
      return undefined;
    }
    return v;
  }
  def(kind: SymbolKind, n: JunosNode, subtype?: string): void {
    const d: SymbolDef = { kind, name: n.word, loc: this.loc(n.line), nameLocs: n.ranges.map((r) => this.loc(r)) };
    if (subtype) d.subtype = subtype;
    const b = this.block(n);
    if (b) d.block = b;
    this.defs.push(d);
  }
  ref(kind: SymbolKind, n: JunosNode, usage: string, subtype?: string): void {
    const r: SymbolRef = { kind, name: n.word, usage, loc: this.loc(n.range) };
    if (subtype) r.subtype = subtype;
    if (this.isBuiltin(n.word, kind)) r.builtin = true;
    if (n.ranges.length > 1) r.writtenAt = n.ranges.map((x) => this.loc(x));
    this.refs.push(r);
  }
  /** A name the platform defines, which needs no definition in the file (the dialect's reader says which). */
  protected isBuiltin(_name: string, _kind: SymbolKind): boolean {
    return false;
  }
  /** The section of a node: braces from its `{ … }`; set files from its lines. */
  block(n: JunosNode): Block | undefined {
    if (this.doc.format === 'braces') {
      if (!n.block) return undefined;
      return { header: this.loc(n.block.header), end: n.block.close, childIndent: n.block.childIndent };
    }
    return { header: this.loc(n.line), end: { line: n.lastLine + 1, character: 0 }, childIndent: '' };
  }
  /**
   * The `address` children of an address-family node (Junos `family inet`, SR Linux `ipv4`); one of the other
   * family, or one that is no address, becomes a note naming the family as the file writes it (`familyName`).
   */
  addresses(fam: JunosNode | undefined, family: 4 | 6, familyName: string): Located<IpAddress>[] {
    const out: Located<IpAddress>[] = [];
    for (const a of childrenAt(fam, 'address')) {
      const ip = parseIpAddress(a.word);
      if (typeof ip === 'string') {
        this.note('warning', 'bad-address', ip, a.line);
        continue;
      }
      if (ip.family !== family) {
        this.note('warning', 'bad-address', `${a.word} under ${familyName}`, a.line);
        continue;
      }
      out.push(located(ip, this.loc(a.line)));
    }
    return out;
  }
}
