/**
 * NVUE CLI: `nv set interface swp1 link mtu 9216`, `… ip address …`, `… bond member …`, `… bridge domain …`,
 * `nv set system hostname …`, `nv set mlag …`, and the QoS tree (`nv set qos roce`, `qos pfc`, `qos mapping`,
 * `qos egress-queue-mapping`, `qos egress-scheduler`, `qos congestion-control`, `qos pfc-watchdog`).
 */
import { explicit, located, type Loc, type Located } from '../../model/location';
import { union } from '../../model/vlans';
import type { InterfaceKind } from '../../model/types';
import type { CliLine } from '../../parsing/cli-tree';
import { readClag } from './clag';
import { locOf, type Ctx } from './context';
import { readCommonTail } from './interface-attributes';
import { l2Facts, vidsOf } from './l2';
import { newIface, touch } from './interfaces';
import { queue, type QosState } from './qos';
import { expandCumulusNames, numberList, parseBytes, parseNumber } from './values';

export function readNvue(ctx: Ctx, l: CliLine, lloc: Loc, qs: QosState): Located<string> | undefined {
  const w = l.words.map((x) => x.text);
  if (w[2] === 'system' && w[3] === 'hostname' && l.words[4]) return located(w[4]!, locOf(ctx.uri, l.words[4]));
  if (w[2] === 'interface' && w[3]) {
    const names = expandCumulusNames(w[3]);
    const sub = w.slice(4);
    for (const name of names) {
      const iface = ctx.interfaces.get(name) ?? newIface(ctx, name, lloc, l.range.end, '', 'nvue', `interface ${name}`);
      touch(ctx, iface, l, lloc);
      if (iface.adminUp.defaulted && iface.adminUp.value) iface.adminUp = explicit(true, iface.block.header);
      if (sub[0] === 'type' && sub[1]) {
        const k: Record<string, InterfaceKind> = {
          swp: 'physical',
          bond: 'port-channel',
          svi: 'svi',
          loopback: 'loopback',
          eth: 'management',
          sub: 'subinterface',
        };
        if (k[sub[1]]) iface.kind = k[sub[1]]!;
      }
      if (sub[0] === 'qos' && sub[1] === 'pfc' && sub[2] === 'profile' && sub[3]) qs.pfcBinding.set(name, located(sub[3], lloc));
      if (sub[0] === 'qos' && sub[1] === 'pfc-watchdog' && sub[2] !== 'disable') qs.watchdogIfaces.push(located(name, lloc));
      readCommonTail(ctx, iface, l, sub, 4, lloc, names.length === 1, 'nvue');
    }
    return undefined;
  }
  if (w[2] === 'qos') readNvueQos(ctx, l, w.slice(3), lloc, qs);
  if (w[2] === 'bridge' && w[3] === 'domain' && w[4]) readNvueBridgeDomain(ctx, w[4], w.slice(5), lloc);
  if (w[2] === 'mlag' && w[3]) readClag(ctx, undefined, w[3], w[4], lloc);
  return undefined;
}

function readNvueQos(ctx: Ctx, l: CliLine, q: string[], lloc: Loc, qs: QosState): void {
  const bad = (what: string): void => {
    ctx.notes.push({ severity: 'warning', code: 'invalid-value', message: `${what} in "${l.text}"`, loc: lloc });
  };
  switch (q[0]) {
    case 'roce':
      // `nv set qos roce` ≡ `nv set qos roce mode lossless`.
      if (q[1] === undefined) qs.roce = { mode: 'lossless', loc: lloc };
      else if (q[1] === 'mode' && q[2]) qs.roce = { mode: q[2], loc: lloc };
      else if (q[1] === 'enable' || q[1] === 'state') qs.roce ??= { mode: 'lossless', loc: lloc };
      break;
    case 'pfc': {
      const profile = q[1];
      if (!profile) return;
      if (q[2] === 'switch-priority') {
        const list = numberList(q[3], 7);
        if (!list) return bad('switch priorities should be 0-7 (e.g. 3 or 3,5)');
        qs.pfcProfiles.set(profile, located(list, lloc));
      }
      break;
    }
    case 'pfc-watchdog':
      if (q[1] === 'polling-interval') {
        const ms = parseNumber(q[2]);
        if (ms === undefined) return bad('polling-interval should be milliseconds');
        qs.wdPoll = located(ms / 1000, lloc);
      }
      break;
    case 'mapping':
      // `mapping <profile> trust l3`, `mapping <profile> dscp 26 switch-priority 3`, `… pcp 3 switch-priority 3`.
      if (q[2] === 'trust' && q[3]) {
        const t = ({ l3: 'dscp', l2: 'cos', port: 'none', both: 'both' } as const)[q[3] as 'l3' | 'l2' | 'port' | 'both'];
        if (t) qs.trust = located(t, lloc);
        else bad('trust should be l2, l3, port or both');
      } else if ((q[2] === 'dscp' || q[2] === 'pcp') && q[4] === 'switch-priority') {
        const keys = numberList(q[3], q[2] === 'dscp' ? 63 : 7);
        const sp = parseNumber(q[5]);
        if (!keys || sp === undefined || sp > 7) return bad(`${q[2]} → switch-priority should be numbers (${q[2] === 'dscp' ? '0-63' : '0-7'} → 0-7)`);
        for (const k of keys) (q[2] === 'dscp' ? qs.dscp : qs.pcp)[k] = explicit(sp, lloc);
      }
      break;
    case 'egress-queue-mapping':
      if (q[2] === 'switch-priority' && q[4] === 'traffic-class') {
        const sps = numberList(q[3], 7);
        const tc = parseNumber(q[5]);
        if (!sps || tc === undefined || tc > 7) return bad('switch-priority → traffic-class should be numbers 0-7');
        for (const sp of sps) qs.spToTc[sp] = explicit(tc, lloc);
      }
      break;
    case 'egress-scheduler':
      // `egress-scheduler <profile> traffic-class 6 mode strict|dwrr [bw-percent 50]`.
      if (q[2] === 'traffic-class') {
        const tcs = numberList(q[3], 7);
        if (!tcs) return bad('traffic-class should be 0-7');
        for (const tc of tcs) {
          const qc = queue(qs, tc, lloc);
          if (q[4] === 'mode' && q[5]) qc.strictPriority = located(q[5] === 'strict', lloc);
          const bi = q.indexOf('bw-percent');
          const bw = bi >= 0 ? parseNumber(q[bi + 1]) : undefined;
          if (bw !== undefined) qc.bandwidthPercent = located(bw, lloc);
        }
      }
      break;
    case 'congestion-control':
      // `congestion-control <profile> traffic-class 3 ecn enable | min-threshold N | max-threshold N | probability N | red enable`.
      if (q[2] === 'traffic-class') {
        const tcs = numberList(q[3], 7);
        if (!tcs) return bad('traffic-class should be 0-7');
        for (const tc of tcs) {
          let raw = qs.ecnRaw.get(tc);
          if (!raw) qs.ecnRaw.set(tc, (raw = {}));
          if (q[4] === 'ecn') raw.enable = located(q[5] !== 'disable', lloc);
          else if (q[4] === 'min-threshold' || q[4] === 'max-threshold') {
            const b = parseBytes(q[5]);
            if (b === undefined) return bad(`${q[4]} should be bytes`);
            raw[q[4] === 'min-threshold' ? 'min' : 'max'] = located(b, lloc);
          } else if (q[4] === 'probability') {
            const p = parseNumber(q[5]);
            if (p === undefined || p > 100) return bad('probability should be 0-100');
            raw.prob = located(p, lloc);
          }
        }
      }
      break;
  }
}

/**
 * `nv set bridge domain br_default vlan 10,20` (the domain's VLANs), `… vlan 10 vni 10010` (the VLAN's VNI),
 * `… untagged 1` (its PVID), `… stp state down`.
 */
function readNvueBridgeDomain(ctx: Ctx, domain: string, d: string[], lloc: Loc): void {
  const f = l2Facts(ctx, domain);
  f.ports ??= [];
  if (d[0] === 'vlan' && d[1]) {
    const set = vidsOf([d[1]]);
    f.vids = located(union(f.vids?.value ?? [], set), lloc);
    const vni = d[2] === 'vni' ? parseNumber(d[3] === 'auto' ? d[1] : d[3]) : undefined;
    if (vni !== undefined && set.length === 1 && set[0]![0] === set[0]![1]) (ctx.nvueVni ??= new Map()).set(set[0]![0], located(vni, lloc));
  } else if (d[0] === 'untagged' && d[1]) {
    const n = parseNumber(d[1]);
    if (n !== undefined) f.pvid = located(n, lloc);
  } else if (d[0] === 'stp' && d[1] === 'state' && d[2]) f.stp = located(d[2] !== 'down', lloc);
}
