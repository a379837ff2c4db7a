/**
 * NCLU: `net add interface swp1 mtu 9216`, `net add bond bond0 bond slaves swp1-2`, `net add bridge bridge ports …`,
 * `net add loopback lo ip address …`, `net add vlan 10 ip address …`, `net add hostname …`.
 */
import { defaulted, explicit, located, type Loc, type Located } from '../../model/location';
import type { CliLine } from '../../parsing/cli-tree';
import { locOf, type Ctx } from './context';
import { readCommonTail } from './interface-attributes';
import { l2Facts, readIfupdownL2 } from './l2';
import { newIface, setSwitched, touch } from './interfaces';
import { LOOPBACK_MTU } from './mtu-defaults';
import { expandCumulusNames } from './values';

export function readNclu(ctx: Ctx, l: CliLine, lloc: Loc): Located<string> | undefined {
  const w = l.words.map((x) => x.text);
  const obj = w[2];
  if (obj === 'hostname' && l.words[3]) return located(w[3]!, locOf(ctx.uri, l.words[3]));
  // `net add bgp [vrf X] neighbor swp1 interface …`: NCLU writes an iface stanza for an unnumbered BGP port.
  if (obj === 'bgp') {
    const k = w.indexOf('neighbor');
    const name = k > 0 ? w[k + 1] : undefined;
    if (name && w[k + 2] === 'interface' && /^(swp|peerlink|bond|vlan|eth)/.test(name)) {
      const iface = ctx.interfaces.get(name) ?? newIface(ctx, name, lloc, l.range.end, '', 'nclu', `interface ${name}`);
      touch(ctx, iface, l, lloc);
      if (iface.adminUp.defaulted && iface.adminUp.value) iface.adminUp = explicit(true, iface.block.header);
    }
    return undefined;
  }
  let names: string[];
  const rest = 4;
  let objectWords: (n: string) => string;
  switch (obj) {
    case 'interface':
    case 'bond':
    case 'loopback':
    case 'vxlan':
    case 'bridge':
      if (!w[3]) return undefined;
      names = expandCumulusNames(w[3]);
      objectWords = (n) => `${obj} ${n}`;
      break;
    case 'vlan':
      if (!w[3]) return undefined;
      names = expandCumulusNames(w[3]).map((n) => (/^\d+$/.test(n) ? `vlan${n}` : n));
      objectWords = (n) => `vlan ${n.replace(/^vlan/, '')}`;
      break;
    default:
      return undefined;
  }
  const sub = w.slice(rest);
  const own = names.length === 1;
  for (const name of names) {
    if (obj === 'bridge') {
      // `net add bridge bridge ports a,b,c`: the members are switched; the bridge itself is not a data port.
      const bridge = l2Facts(ctx, name);
      if (sub[0] === 'vids' || sub[0] === 'pvid' || sub[0] === 'stp') {
        const bridgeIface = ctx.interfaces.get(name) ?? newIface(ctx, name, lloc, l.range.end, '', 'nclu', `bridge ${name}`);
        bridgeIface.kind = 'other';
        readIfupdownL2(ctx, bridgeIface, sub[0] === 'stp' ? 'bridge-stp' : `bridge-${sub[0]}`, sub.slice(1), lloc);
      }
      if (sub[0] === 'ports' && sub[1]) {
        for (const m of expandCumulusNames(sub[1])) (bridge.ports ??= []).push(located(m, lloc));
        for (const m of expandCumulusNames(sub[1])) {
          const port = ctx.interfaces.get(m) ?? newIface(ctx, m, lloc, l.range.end, '', 'nclu', `interface ${m}`);
          setSwitched(port, lloc);
          const lag = port.channelGroup ? ctx.interfaces.get(port.channelGroup.value) : undefined;
          if (lag) setSwitched(lag, lloc);
        }
      }
      continue;
    }
    const iface = ctx.interfaces.get(name) ?? newIface(ctx, name, lloc, l.range.end, '', 'nclu', objectWords(name));
    if (obj === 'bond') iface.kind = 'port-channel';
    if (obj === 'vxlan') iface.kind = 'vxlan';
    if (obj === 'vlan') iface.kind = 'svi';
    if (obj === 'loopback') {
      iface.kind = 'loopback';
      if (iface.mtu.defaulted) iface.mtu = defaulted(LOOPBACK_MTU, iface.mtu.loc);
    }
    touch(ctx, iface, l, lloc);
    if (iface.adminUp.defaulted && iface.adminUp.value) iface.adminUp = explicit(true, iface.block.header);
    readCommonTail(ctx, iface, l, sub, rest, lloc, own, 'nclu');
  }
  return undefined;
}
