import type { Loc, Position } from '../../model/location';
import { blockKey, junosFacts } from './facts';
import type { Block, Interface } from '../../model/types';
import type { TextEdit } from '../../model/edit';
import { declined, type Edits, type FixWriter } from '../fix-writer';
import { NoFixWriter } from '../no-fix-writer';

/**
 * Edits in Junos syntax, for both formats:
 * - braces: a statement `mtu 9216;` inside the interface's block, with the block's indentation, or the
 *   existing statement replaced;
 * - set files: a `set interfaces X mtu N` line after the interface's last line, or the existing line
 *   replaced.
 * What Junos cannot express with one local edit (PFC is a congestion-notification-profile plus a
 * no-loss forwarding class and a classifier; watchdog, trust, service policies, system qos) is declined.
 */
export class JunosFixWriter extends NoFixWriter implements FixWriter {
  private get format(): 'braces' | 'set' {
    return junosFacts(this.device)?.format ?? 'braces';
  }

  private edit(range: Loc['range'], newText: string): TextEdit {
    return { uri: this.device.uri, range, newText };
  }

  override setInterfaceMtu(iface: Interface, mtu: number): Edits {
    // A unit carries its port's media MTU: the port is where it is written.
    const port = iface.parent ? this.device.interfaces.get(iface.parent) : iface;
    if (!port) return [];
    const own = (port.lines ?? []).find((l) => /^mtu\b/.test(l.value));
    if (own) {
      if (this.format === 'braces') return [this.edit(own.loc.range, `mtu ${mtu};`)];
      return [this.edit(own.loc.range, `set interfaces ${port.name} mtu ${mtu}`)];
    }
    return this.insertInBlock(port.block, [`mtu ${mtu}`], true);
  }

  /** Statements (without the `;`, added in braces) at the end of a block, or at its top. */
  private insertInBlock(block: Block, lines: string[], atTop = false): TextEdit[] {
    if (lines.length === 0) return [];
    if (this.format === 'set') {
      const path = junosFacts(this.device)?.setPaths.get(blockKey(block.header.range.start));
      if (!path) return [];
      const text = lines.map((l) => `set ${path.join(' ')} ${l}\n`).join('');
      const end = this.device.topLevelEnd;
      if (block.end.line > end.line || (block.end.line === end.line && end.character > 0)) {
        return [this.edit({ start: end, end }, `${end.character > 0 ? '\n' : ''}${text}`)];
      }
      return [this.edit({ start: block.end, end: block.end }, text)];
    }
    const header = block.header.range;
    const multiLine = block.end.line > header.end.line;
    if (!multiLine) {
      // `et-0/0/0 { }` or `et-0/0/0 { description x; }` on one line: insert before the `}`.
      return [this.edit({ start: block.end, end: block.end }, lines.map((l) => `${l}; `).join(''))];
    }
    const text = lines.map((l) => `${block.childIndent}${l};\n`).join('');
    const at: Position = atTop ? { line: header.end.line + 1, character: 0 } : { line: block.end.line, character: 0 };
    return [this.edit({ start: at, end: at }, text)];
  }

  override disableLinkPause(iface: Interface): Edits {
    // `ether-options { flow-control; }` → `no-flow-control`: the word only, in either file format.
    if (!iface.linkPause?.value) return [];
    return [this.edit(iface.linkPause.loc.range, 'no-flow-control')];
  }

  override renameReference(loc: Loc, name: string): Edits {
    return [this.edit(loc.range, name)];
  }

  override removeSetting(loc: Loc, block?: Block): Edits {
    const first = loc.range.start.line;
    // A block is many set lines, each starting with its path.
    if (block && this.format === 'set') return declined('a Junos set file writes a block as separate lines');
    const last = block ? block.end.line : loc.range.end.line;
    return [this.edit({ start: { line: first, character: 0 }, end: { line: last + 1, character: 0 } }, '')];
  }
}
