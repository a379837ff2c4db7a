import type { CliLine } from '../../parsing/cli-tree';
import { Ctx, kw, normPolicyType } from './context';
import type { Globals } from './globals';
import { readServicePolicy } from './qos';
import { parseBreakoutMode } from '../../model/port-speed';
import type { PortSpeed } from '../../model/types';

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

/**
 * `interface breakout module 1 port 1-4,9 map 25g-4x`: each listed port of the module becomes sub-ports
 * `Ethernet1/P/1..N` at the mode's speed. A mode or port list that does not read is a note, and those ports stay unknown.
 */
export function readNxosBreakout(ctx: Ctx, g: Globals, line: CliLine): void {
  const words = line.words.map((w) => w.text.toLowerCase());
  const at = (k: string) => words.indexOf(k);
  const moduleNo = at('module') > 0 ? ctx.int(line, at('module') + 1, 1, 64, 'interface breakout module') : undefined;
  const portsAt = at('port');
  const mapAt = at('map');
  const mode = mapAt > 0 ? line.words[mapAt + 1]?.text : undefined;
  const ports = new Set<number>();
  for (const part of portsAt > 0 ? (line.words[portsAt + 1]?.text ?? '').split(',') : []) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) continue;
    const lo = Number(m[1]);
    const hi = Math.min(Number(m[2] ?? m[1]), lo + 256);
    for (let p = lo; p <= hi; p++) ports.add(p);
  }
  if (moduleNo === undefined || !mode || ports.size === 0 || !parseBreakoutMode(mode)) {
    ctx.note('warning', 'breakout-unread', 'interface breakout: expected `module M port LIST map MODE` (e.g. 25g-4x); these ports get no speed', line);
    return;
  }
  g.breakouts.push({ module: moduleNo, ports, mode: ctx.at(mode, line) });
}

/** The speed of `Ethernet M/P/L` from the breakout of port P of module M. */
export function nxosBreakoutSpeed(g: Globals, name: string): PortSpeed | undefined {
  const m = /^Ethernet(\d+)\/(\d+)\/(\d+)$/.exec(name);
  if (!m) return undefined;
  const [mod, port, lane] = [Number(m[1]), Number(m[2]), Number(m[3])];
  for (const b of [...g.breakouts].reverse()) {
    if (b.module !== mod || !b.ports.has(port)) continue;
    const mode = parseBreakoutMode(b.mode.value);
    if (!mode || lane < 1 || lane > mode.ports) return undefined;
    return { gbps: mode.gbps, source: 'breakout', written: `breakout ${b.mode.value} of Ethernet${mod}/${port}`, loc: b.mode.loc };
  }
  return undefined;
}
