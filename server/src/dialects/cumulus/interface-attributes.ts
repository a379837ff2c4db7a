/** The interface attributes NCLU and NVUE spell alike or nearly. */
import { explicit, located, type Loc } from '../../model/location';
import type { Interface } from '../../model/types';
import type { CliLine, CliWord } from '../../parsing/cli-tree';
import { readClag } from './clag';
import { l2Facts, readIfupdownL2 } from './l2';
import type { Ctx } from './context';
import { addAddress, newIface, setMtu, setSpeed, setSwitched, touch } from './interfaces';
import { expandCumulusNames, parseNumber } from './values';

/** Interface attributes NCLU and NVUE spell alike or nearly: `mtu`, `ip address`, `alias`/`description`, `link …`, `bridge …`. */
export function readCommonTail(ctx: Ctx, iface: Interface, l: CliLine, sub: string[], rest: number, lloc: Loc, own: boolean, form: 'nclu' | 'nvue'): void {
  const word = (i: number): CliWord | undefined => l.words[rest + i];
  switch (sub[0]) {
    case 'mtu':
      if (form === 'nclu') setMtu(ctx, iface, word(1), lloc, own);
      break;
    case 'ip':
    case 'ipv6':
      if (sub[1] === 'address') addAddress(ctx, iface, word(2), lloc, `${iface.name} ip address`);
      else if (sub[1] === 'vrf' && sub[2]) iface.vrf = located(sub[2], lloc);
      break;
    case 'clag':
      // `clag id N` numbers a dual-connected bond; the other `clag …` settings are the pair's peering.
      if (sub[1] === 'id') readIfupdownL2(ctx, iface, 'clag-id', sub.slice(2), lloc);
      else if (sub[1]) readClag(ctx, iface, sub[1], sub[2], lloc);
      break;
    case 'vxlan':
      // NCLU `net add vxlan vni10 vxlan id 10010`.
      if (sub[1] === 'id') readIfupdownL2(ctx, iface, 'vxlan-id', sub.slice(2), lloc);
      break;
    case 'alias':
    case 'description':
      if (sub.length > 1) iface.description = located(l.text.slice(word(1)!.range.start.character - l.range.start.character).replace(/^"(.*)"$/, '$1'), lloc);
      break;
    case 'vrf':
      if (sub[1]) iface.vrf = located(sub[1], lloc);
      break;
    case 'link':
      if (sub[1] === 'mtu' && form === 'nvue') setMtu(ctx, iface, word(2), lloc, own);
      else if (sub[1] === 'speed' && sub[2]) setSpeed(iface, sub[2], lloc);
      else if (sub[1] === 'breakout' && sub[2]) ctx.breakouts.set(iface.name, located(sub[2], lloc));
      else if (sub[1] === 'fec' && sub[2]) iface.fec = located(sub[2], lloc);
      else if (sub[1] === 'down') iface.adminUp = explicit(false, lloc);
      else if (sub[1] === 'state' && sub[2]) iface.adminUp = explicit(sub[2] !== 'down', lloc);
      break;
    case 'breakout':
      // NCLU `net add interface swp1 breakout 4x25G`.
      if (sub[1]) ctx.breakouts.set(iface.name, located(sub[1], lloc));
      break;
    case 'bridge':
      // NCLU `bridge access 10` / `bridge vids …`; NVUE `bridge domain br_default [access 10]`.
      if (sub[1] === 'access' || sub[1] === 'vids' || sub[1] === 'pvid' || sub[1] === 'domain') {
        setSwitched(iface, lloc);
        const n = sub[1] === 'access' ? parseNumber(sub[2]) : sub[3] === 'access' ? parseNumber(sub[4]) : undefined;
        if (n !== undefined) iface.accessVlan = located(n, lloc);
        readBridgeTail(ctx, iface, sub, lloc);
      }
      break;
    case 'bond':
      // NVUE `bond mlag id 1`: the CLAG number of a dual-connected bond.
      if (sub[1] === 'mlag' && sub[2] === 'id') readIfupdownL2(ctx, iface, 'clag-id', sub.slice(3), lloc);
      // NCLU `bond slaves swp1-2`; NVUE `bond member swp1-2`.
      if ((sub[1] === 'slaves' || sub[1] === 'member') && sub[2]) {
        iface.kind = 'port-channel';
        for (const m of expandCumulusNames(sub[2])) {
          const port = ctx.interfaces.get(m) ?? newIface(ctx, m, lloc, l.range.end, '', form, `interface ${m}`);
          port.channelGroup = located(iface.name, lloc);
          if (form === 'nvue') touch(ctx, port, l, lloc);
        }
      }
      break;
  }
}

/**
 * The VLANs of a bridge port: NCLU `bridge vids 10,20` / `bridge pvid 1`; NVUE `bridge domain br_default` (joins the
 * domain), `… vlan 10,20`, `… untagged 1`. The port joins the bridge's port list (NVUE: the domain's).
 */
function readBridgeTail(ctx: Ctx, iface: Interface, sub: string[], lloc: Loc): void {
  const [key, value] = sub[1] === 'domain' ? [sub[3], sub[4]] : [sub[1], sub[2]];
  if (sub[1] === 'domain' && sub[2]) {
    const bridge = l2Facts(ctx, sub[2]);
    if (!bridge.ports?.some((p) => p.value === iface.name)) (bridge.ports ??= []).push(located(iface.name, lloc));
  }
  if (key === 'vids' || key === 'vlan') readIfupdownL2(ctx, iface, 'bridge-vids', value ? [value] : [], lloc);
  else if (key === 'pvid' || key === 'untagged') readIfupdownL2(ctx, iface, 'bridge-pvid', value ? [value] : [], lloc);
}
