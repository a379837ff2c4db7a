import type { Loc, Position } from '../../model/location';
import type { Block, Interface } from '../../model/types';
import type { TextEdit } from '../../model/edit';
import type { FixWriter } from '../fix-writer';
import { NoFixWriter } from '../no-fix-writer';

/**
 * Edits in SR Linux syntax, for both forms:
 * - `info` braces: a leaf `ip-mtu 9000` inside the (sub)interface's block, with the block's indentation, or the
 *   existing leaf replaced;
 * - flat files: a `set / interface ethernet-1/1 subinterface 0 ip-mtu 9000` line after the section's last line, or
 *   the existing line replaced.
 * The MTU a caller asks for is the number SR Linux writes (model/mtu.ts writtenMtuFor): `ip-mtu` on a
 * subinterface, the port `mtu` (Ethernet header included) on a port. What SR Linux cannot express with a local edit (PFC is a
 * pfc-mapping-profile plus a `qos interfaces` binding; classification, queues, watchdog) returns [].
 */
export class SrlinuxFixWriter extends NoFixWriter implements FixWriter {
  private get format(): 'braces' | 'set' {
    return this.device.srlinux?.format ?? 'braces';
  }

  private edit(range: Loc['range'], newText: string): TextEdit {
    return { uri: this.device.uri, range, newText };
  }

  override setInterfaceMtu(iface: Interface, mtu: number): TextEdit[] {
    return this.setLeaf(iface, iface.parent ? 'ip-mtu' : 'mtu', mtu);
  }

  override setInterfaceL2Mtu(iface: Interface, mtu: number): TextEdit[] {
    // l2-mtu exists on bridged subinterfaces only; a port's frame size is its `mtu`.
    if (!iface.parent) return this.setLeaf(iface, 'mtu', mtu);
    return iface.mode.value === 'switched' ? this.setLeaf(iface, 'l2-mtu', mtu) : [];
  }

  private setLeaf(iface: Interface, leaf: 'mtu' | 'ip-mtu' | 'l2-mtu', value: number): TextEdit[] {
    const own = leaf === 'l2-mtu' ? iface.l2Mtu?.loc : (iface.lines ?? []).find((l) => l.value.startsWith(`${leaf} `))?.loc;
    if (own) {
      if (this.format === 'braces') return [this.edit(own.range, `${leaf} ${value}`)];
      const path = this.device.srlinux?.setPaths.get(iface.name);
      return path ? [this.edit(own.range, `set / ${path.join(' ')} ${leaf} ${value}`)] : [];
    }
    return this.insertLeaf(iface, `${leaf} ${value}`);
  }

  private insertLeaf(iface: Interface, line: string): TextEdit[] {
    const block = iface.block;
    if (this.format === 'set') {
      const path = this.device.srlinux?.setPaths.get(iface.name);
      if (!path) return [];
      const text = `set / ${path.join(' ')} ${line}\n`;
      const end = this.device.topLevelEnd;
      if (block.end.line > end.line || (block.end.line === end.line && end.character > 0)) {
        return [this.edit({ start: end, end }, `${end.character > 0 ? '\n' : ''}${text}`)];
      }
      return [this.edit({ start: block.end, end: block.end }, text)];
    }
    return this.insertInBlock(block, [line], true);
  }

  override insertInBlock(block: Block, lines: string[], atTop = false): TextEdit[] {
    if (lines.length === 0 || this.format === 'set') return [];
    const header = block.header.range;
    if (block.end.line <= header.end.line) {
      // `interface ethernet-1/1.0 { }` on one line: the leaf goes on its own line before the `}`.
      const indent = block.childIndent;
      return [this.edit({ start: block.end, end: block.end }, `\n${lines.map((l) => `${indent}${l}\n`).join('')}`)];
    }
    const text = lines.map((l) => `${block.childIndent}${l}\n`).join('');
    const at: Position = atTop ? { line: header.end.line + 1, character: 0 } : { line: block.end.line, character: 0 };
    return [this.edit({ start: at, end: at }, text)];
  }

  override replaceWord(loc: Loc, text: string): TextEdit[] {
    return [this.edit(loc.range, text)];
  }
}
