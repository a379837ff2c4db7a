import type { CliLine } from '../../parsing/cli-tree';
import { Ctx, kw, normPolicyType } from './context';
import type { Globals } from './globals';
import { readServicePolicy } from './qos';

/** NX-OS top-level lines that are not shared with EOS/IOS. Returns true when handled. */
export function readNxosTopLevel(ctx: Ctx, g: Globals, line: CliLine, neg: boolean, o: number): boolean {
  const k = kw(line, o);
  if (k === 'system') {
    const k1 = kw(line, o + 1);
    if (k1 === 'default' && kw(line, o + 2) === 'switchport') {
      if (kw(line, o + 3) === 'shutdown') g.nxosSwitchportShutdown = ctx.at(!neg, line);
      else if (line.words.length === o + 3) g.nxosSystemDefaultSwitchport = ctx.at(!neg, line);
      return true;
    }
    if (k1 === 'qos' && line.words.length === o + 2 && !neg) {
      readSystemQos(ctx, g, line);
      return true;
    }
    return false;
  }
  if (k === 'priority-flow-control') {
    const k1 = kw(line, o + 1);
    if (k1 === 'watch-dog-interval') {
      // `priority-flow-control watch-dog-interval on|off` enables the watchdog device-wide.
      g.watchdog.enabled = ctx.at(!neg && kw(line, o + 2) !== 'off', line);
    } else if (k1 === 'watch-dog' && kw(line, o + 2) === 'interval') {
      // `priority-flow-control watch-dog interval N` (milliseconds) → seconds
      const n = ctx.num(line, o + 3, 'priority-flow-control watch-dog interval');
      if (n !== undefined) g.watchdog.polling = ctx.at(n / 1000, line);
    }
    return true;
  }
  return false;
}

/** `system qos` / `service-policy type network-qos X` … */
function readSystemQos(ctx: Ctx, g: Globals, line: CliLine): void {
  g.systemQosBlock = ctx.block(line);
  for (const child of line.children) {
    const neg = kw(child, 0) === 'no';
    const o = neg ? 1 : 0;
    if (kw(child, o) !== 'service-policy') continue;
    const ref = readServicePolicy(ctx, child, o);
    if (!ref) continue;
    const key = `${normPolicyType(ref.type)}|${ref.direction}`;
    if (neg) {
      g.systemPolicies.delete(key);
      continue;
    }
    g.systemPolicies.set(key, ctx.at(ref, child));
    const w = child.words[child.words.length - 1]!;
    ctx.ref({ kind: 'policy-map', subtype: normPolicyType(ref.type), name: ref.name, usage: 'system-qos', loc: ctx.loc(w.range) });
  }
}
