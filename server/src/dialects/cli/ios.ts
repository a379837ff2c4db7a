import type { CliLine } from '../../parsing/cli-tree';
import { Ctx, kw } from './context';
import type { Globals } from './globals';

/** IOS top-level lines that are not shared with EOS/NX-OS. Returns true when handled. */
export function readIosTopLevel(ctx: Ctx, g: Globals, line: CliLine, neg: boolean, o: number): boolean {
  const k = kw(line, o);
  if (k === 'system' && kw(line, o + 1) === 'mtu') {
    // Catalyst `system mtu N`: the default MTU of every port (notes §1.6 C9500-MTU). `system mtu jumbo|routing` are other knobs.
    if (neg) {
      delete g.defaultMtu;
      return true;
    }
    if (line.words.length !== o + 3) return true;
    const n = ctx.int(line, o + 2, 576, 10240, 'system mtu');
    if (n !== undefined) g.defaultMtu = ctx.at(n, line);
    return true;
  }
  return false;
}
