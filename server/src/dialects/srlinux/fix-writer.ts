import type { TextEdit } from '../../model/edit';
import type { Loc, Position } from '../../model/location';
import type { Block, Interface } from '../../model/types';
import { declined, type Edits, type FixWriter } from '../fix-writer';
import { NoFixWriter } from '../no-fix-writer';
import { srlinuxFacts, type SrlinuxFacts } from './facts';

/**
 * Edits in SR Linux syntax, for both forms:
 * - `info` braces: a leaf `ip-mtu 9000` inside the (sub)interface's block, with the block's indentation, or the
 *   existing leaf replaced;
 * - flat files: a `set / interface ethernet-1/1 subinterface 0 ip-mtu 9000` line after the section's last line, or
 *   the existing line replaced.
 * The MTU a caller asks for is the number SR Linux writes (dialects/mtu.ts writtenMtuFor): `ip-mtu` on a
 * subinterface, the port `mtu` (Ethernet header included) on a port. PFC is switched with the `pfc-enable` leaf of
 * the port's `qos interfaces` binding; its no-drop priorities belong to a pfc-mapping-profile that other ports may
 * share, so a change of priorities is declined. Classification, queues and the watchdog are declined too: each is a
 * named policy plus a binding, not one local edit.
 */
export class SrlinuxFixWriter extends NoFixWriter implements FixWriter {
  private get facts(): SrlinuxFacts | undefined {
    return srlinuxFacts(this.device);
  }

  private get format(): 'braces' | 'set' {
    return this.facts?.format ?? 'braces';
  }

  private edit(range: Loc['range'], newText: string): TextEdit {
    return { uri: this.device.uri, range, newText };
  }

  override setInterfaceMtu(iface: Interface, mtu: number): Edits {
    return this.setLeaf(iface, iface.parent ? 'ip-mtu' : 'mtu', mtu);
  }

  override setInterfaceL2Mtu(iface: Interface, mtu: number): Edits {
    // l2-mtu exists on bridged subinterfaces only; a port's frame size is its `mtu`.
    if (!iface.parent) return this.setLeaf(iface, 'mtu', mtu);
    if (iface.mode.value !== 'switched') return declined(`SR Linux: l2-mtu is configurable on bridged subinterfaces only, and ${iface.name} is routed`);
    return this.setLeaf(iface, 'l2-mtu', mtu);
  }

  override setInterfacePfc(iface: Interface, priorities: number[]): Edits {
    const have = [...(this.facts?.pfcProfilePriorities.get(iface.name) ?? [])].sort((a, b) => a - b);
    const want = [...priorities].sort((a, b) => a - b);
    if (have.join(',') !== want.join(',')) {
      return declined(`SR Linux: the no-drop priorities of ${iface.name} come from its pfc-mapping-profile, which one local edit cannot change`);
    }
    return this.setPfcEnable(iface, true);
  }

  override disableInterfacePfc(iface: Interface): Edits {
    return this.setPfcEnable(iface, false);
  }

  /** Rewrite the `pfc-enable` leaf the reader found for the port (a binding without one is not edited). */
  private setPfcEnable(iface: Interface, on: boolean): Edits {
    const mode = iface.pfc.mode;
    const path = this.facts?.setPaths.get(`qos ${iface.name}`);
    if (mode.defaulted || !path) return declined(`SR Linux: ${iface.name} has no pfc-enable leaf of its own under qos interfaces`);
    if ((mode.value === 'on') === on) return [];
    const leaf = `pfc-enable ${on}`;
    return [this.edit(mode.loc.range, this.format === 'braces' ? leaf : `set / ${path.join(' ')} pfc ${leaf}`)];
  }

  private setLeaf(iface: Interface, leaf: 'mtu' | 'ip-mtu' | 'l2-mtu', value: number): Edits {
    const own = leaf === 'l2-mtu' ? iface.l2Mtu?.loc : (iface.lines ?? []).find((l) => l.value.startsWith(`${leaf} `))?.loc;
    const path = this.facts?.setPaths.get(iface.name);
    if (own) {
      if (this.format === 'braces') return [this.edit(own.range, `${leaf} ${value}`)];
      return path ? [this.edit(own.range, `set / ${path.join(' ')} ${leaf} ${value}`)] : declined(`SR Linux: no set path is known for ${iface.name}`);
    }
    if (this.format === 'set') {
      if (!path) return declined(`SR Linux: no set path is known for ${iface.name}`);
      return this.appendSetLine(iface.block, `set / ${path.join(' ')} ${leaf} ${value}\n`);
    }
    return this.insertInBlock(iface.block, `${leaf} ${value}`);
  }

  /** A set line after the section's last line (or at the end of the file). */
  private appendSetLine(block: Block, text: string): Edits {
    const end = this.device.topLevelEnd;
    if (block.end.line > end.line || (block.end.line === end.line && end.character > 0)) {
      return [this.edit({ start: end, end }, `${end.character > 0 ? '\n' : ''}${text}`)];
    }
    return [this.edit({ start: block.end, end: block.end }, text)];
  }

  /** A leaf at the top of a block, with the block's indentation. */
  private insertInBlock(block: Block, line: string): Edits {
    const header = block.header.range;
    if (block.end.line <= header.end.line) {
      // `interface ethernet-1/1.0 { }` on one line: the leaf goes on its own line before the `}`.
      return [this.edit({ start: block.end, end: block.end }, `\n${block.childIndent}${line}\n`)];
    }
    const at: Position = { line: header.end.line + 1, character: 0 };
    return [this.edit({ start: at, end: at }, `${block.childIndent}${line}\n`)];
  }

  override disableLinkPause(iface: Interface): Edits {
    // `ethernet { flow-control { receive true } }`: each direction that is on becomes false, on its own line.
    const path = this.facts?.setPaths.get(iface.name);
    const edits: TextEdit[] = [];
    for (const l of iface.lines ?? []) {
      const m = /^flow-control (receive|transmit) /.exec(l.value);
      if (!m) continue;
      if (this.format === 'braces') edits.push(this.edit(l.loc.range, `${m[1]} false`));
      else if (path) edits.push(this.edit(l.loc.range, `set / ${path.join(' ')} ethernet flow-control ${m[1]} false`));
      else return declined(`SR Linux: no set path is known for ${iface.name}`);
    }
    return edits;
  }

  override renameReference(loc: Loc, name: string): Edits {
    return [this.edit(loc.range, name)];
  }

  override removeSetting(loc: Loc, block?: Block): Edits {
    // A section of a flat file is many lines, each starting with its path.
    if (block && this.format === 'set') return declined('SR Linux: a flat file writes a section as separate set lines');
    const first = loc.range.start.line;
    const last = block ? block.end.line : loc.range.end.line;
    return [this.edit({ start: { line: first, character: 0 }, end: { line: last + 1, character: 0 } }, '')];
  }
}
