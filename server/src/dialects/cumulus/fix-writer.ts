import type { Loc, Position } from '../../model/location';
import { cumulusFacts, type CumulusIfaceFacts } from './facts';
import type { Block, Interface } from '../../model/types';
import type { TextEdit } from '../../model/edit';
import type { Edits, FixWriter } from '../fix-writer';
import { NoFixWriter } from '../no-fix-writer';

/**
 * Edits of a Cumulus Linux file in the form the interface is written in:
 * - ifupdown2: `    mtu 9216` replaced in place or inserted at the end of the iface stanza, with the stanza's indentation;
 * - NCLU: `net add interface swp1 mtu 9216` (`net add bond bond0 mtu …`, `net add vlan 10 mtu …`);
 * - NVUE: `nv set interface swp1 link mtu 9216`.
 * A line that sets several interfaces at once (`nv set interface swp1-4 link mtu 9000`) is not rewritten: a line
 * for this interface alone is added after the last line naming it, which wins. What the writer cannot express
 * (PFC profiles, watchdog, policies, tables) is declined.
 */
export class CumulusFixWriter extends NoFixWriter implements FixWriter {
  override setInterfaceMtu(iface: Interface, mtu: number): Edits {
    const f = this.facts(iface);
    if (!f) return [];
    if (f.form === 'ifupdown2') {
      if (!iface.mtu.defaulted && f.mtuLineOwn) return this.replaceLine(iface.mtu.loc, `mtu ${mtu}`);
      const indent0 = cumulusFacts(this.device)?.stanzaIndent || '    ';
      if (!f.stanza) {
        // Named only as a member (bond-slaves, bridge-ports): a stanza of its own after the last one.
        const at = cumulusFacts(this.device)?.ifupdownLastEnd ?? iface.block.end;
        return [this.insertAfter(at, ['', `auto ${iface.name}`, `iface ${iface.name}`, `${indent0}mtu ${mtu}`])];
      }
      const indent = iface.block.childIndent || cumulusFacts(this.device)?.stanzaIndent || '    ';
      return [this.insertAfter(iface.block.end, [`${indent}mtu ${mtu}`])];
    }
    const line = f.form === 'nclu' ? `net add ${f.object} mtu ${mtu}` : `nv set ${f.object} link mtu ${mtu}`;
    if (!iface.mtu.defaulted && f.mtuLineOwn) return this.replaceLine(iface.mtu.loc, line);
    return [this.insertAfter(f.lastLineEnd ?? iface.block.end, [line])];
  }

  /** The Linux netdev MTU is also the largest bridged payload. */
  override setInterfaceL2Mtu(iface: Interface, mtu: number): TextEdit[] {
    return this.setInterfaceMtu(iface, mtu);
  }

  override renameReference(loc: Loc, name: string): Edits {
    return [{ uri: loc.uri, range: loc.range, newText: name }];
  }

  override removeSetting(loc: Loc, block?: Block): Edits {
    const startLine = loc.range.start.line;
    const endLine = block ? block.end.line : startLine;
    return [{ uri: loc.uri, range: { start: { line: startLine, character: 0 }, end: { line: endLine + 1, character: 0 } }, newText: '' }];
  }

  // -------------------------------------------------------------------------------------------

  /** The model's line locs run from the first word to the last, so the indentation stays. */
  private replaceLine(loc: Loc, text: string): TextEdit[] {
    return [{ uri: loc.uri, range: loc.range, newText: text }];
  }

  private facts(iface: Interface): CumulusIfaceFacts | undefined {
    return cumulusFacts(this.device)?.interfaces.get(iface.name);
  }

  /** `at` is the end of a line's last word (model line locs end there). */
  private insertAfter(at: Position, lines: string[]): TextEdit {
    return { uri: this.device.uri, range: { start: at, end: at }, newText: lines.map((l) => `\n${l}`).join('') };
  }
}
