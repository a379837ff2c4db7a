/** Interfaces as the three forms create and change them: kind by name, defaults, addresses, MTU, switching. */
import { parseIpAddress } from '../../model/ip';
import { defaulted, explicit, located, type Loc, type Position } from '../../model/location';
import type { CumulusForm } from './facts';
import type { Interface, InterfaceKind } from '../../model/types';
import type { CliLine, CliWord } from '../../parsing/cli-tree';
import { locOf, type Ctx } from './context';
import { defaultMtu } from './mtu-defaults';
import { configuredSpeed } from '../../model/port-speed';

function kindOf(name: string, hasSwp: boolean): InterfaceKind {
  if (name === 'lo') return 'loopback';
  if (/^swp\d+(s\d+)?$/.test(name)) return 'physical';
  if (name.includes('.')) return 'subinterface';
  if (/^(bond|peerlink$)/.test(name)) return 'port-channel';
  if (/^vlan\d+$/i.test(name)) return 'svi';
  if (/^(vni|vxlan)/.test(name)) return 'vxlan';
  if (/^eth\d+$/.test(name)) return hasSwp ? 'management' : 'physical';
  if (name === 'mgmt') return 'management';
  return 'other';
}

export function newIface(ctx: Ctx, name: string, header: Loc, end: Position, childIndent: string, form: CumulusForm, object: string): Interface {
  const existing = ctx.interfaces.get(name);
  if (existing) return existing;
  const kind = kindOf(name, ctx.hasSwp);
  const iface: Interface = {
    name,
    writtenAs: [name],
    kind,
    block: { header, end, childIndent },
    headers: [header],
    adminUp: defaulted(form !== 'ifupdown2', header),
    mtu: defaulted(defaultMtu(name, kind), header),
    mode: defaulted<'routed' | 'switched'>('routed', header),
    ipv4: [],
    ipv6: [],
    pfc: { mode: defaulted('off', header), noDropPriorities: [] },
    servicePolicies: [],
    queues: [],
    lines: [],
  };
  const dot = name.indexOf('.');
  if (dot > 0) iface.parent = name.slice(0, dot);
  ctx.interfaces.set(name, iface);
  ctx.facts.set(name, { form, object });
  return iface;
}

export function addAddress(ctx: Ctx, iface: Interface, w: CliWord | undefined, lineLoc: Loc, what: string): void {
  if (!w) return;
  const ip = parseIpAddress(w.text);
  if (typeof ip === 'string') {
    ctx.notes.push({ severity: 'warning', code: 'invalid-address', message: `${what}: ${ip}`, loc: locOf(ctx.uri, w) });
    return;
  }
  if (ip.family === 4 && iface.ipv4.some((a) => a.value.address === ip.address)) return;
  (ip.family === 4 ? iface.ipv4 : iface.ipv6).push(located(ip, lineLoc));
  if (iface.mode.defaulted) iface.mode = explicit('routed', lineLoc);
}

export function setMtu(ctx: Ctx, iface: Interface, w: CliWord | undefined, lineLoc: Loc, own: boolean): void {
  if (!w) return;
  const n = /^\d+$/.test(w.text) ? Number(w.text) : NaN;
  if (!Number.isInteger(n) || n < 68 || n > 65536) {
    ctx.notes.push({
      severity: 'warning',
      code: 'invalid-value',
      message: `${iface.name}: mtu "${w.text}" is not a number in 68..65536`,
      loc: locOf(ctx.uri, w),
    });
    return;
  }
  iface.mtu = explicit(n, lineLoc);
  const f = ctx.facts.get(iface.name);
  if (f) f.mtuLineOwn = own;
}

export function setSwitched(iface: Interface, lineLoc: Loc): void {
  iface.mode = explicit('switched', lineLoc);
}

/** Tracks the last line that names an interface, so fixes insert after it. */
export function touch(ctx: Ctx, iface: Interface, l: CliLine, lloc: Loc): void {
  const f = ctx.facts.get(iface.name);
  if (f) f.lastLineEnd = l.range.end;
  iface.block = { ...iface.block, end: l.range.end };
  iface.lines!.push(located(l.text, lloc));
}

/** A speed line (`link-speed 100000`, `link speed 100G`); `auto` or an unreadable word leaves the speed unknown. */
export function setSpeed(iface: Interface, written: string, loc: Loc): void {
  const speed = configuredSpeed(written, loc);
  if (speed) iface.speed = speed;
}
