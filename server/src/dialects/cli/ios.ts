import type { CliLine } from '../../parsing/cli-tree';
import { Ctx, kw, normPolicyType } from './context';
import { readServicePolicy } from './qos';
import type { Globals } from './globals';

/** IOS top-level lines that are not shared with EOS/NX-OS. Returns true when handled. */
export function readIosTopLevel(ctx: Ctx, g: Globals, line: CliLine, neg: boolean, o: number): boolean {
  const k = kw(line, o);
  if (k === 'control-plane' && !neg) {
    // `control-plane` / `service-policy input COPP`: a use of the (untyped) policy-map. Added so
    // qos/unused-definition does not call a CoPP policy unused.
    for (const child of line.children) {
      if (kw(child, 0) !== 'service-policy') continue;
      const ref = readServicePolicy(ctx, child, 0);
      const w = child.words[child.words.length - 1];
      if (ref && w) ctx.ref({ kind: 'policy-map', subtype: normPolicyType(ref.type), name: ref.name, usage: 'control-plane', loc: ctx.loc(w.range) });
    }
    return true;
  }
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
