/** CLAG (Cumulus MLAG): the peer-link, peer address and system MAC, from any of the three forms. */
import { located, type Loc } from '../../model/location';
import type { Interface } from '../../model/types';
import type { Ctx } from './context';

/**
 * One CLAG setting of interface `iface` (the peerlink subinterface that carries it; undefined for NVUE's device-wide
 * `mlag`). The peer-link is the subinterface's parent bond, else the bond named `peerlink`.
 */
export function readClag(ctx: Ctx, iface: Interface | undefined, key: string, value: string | undefined, lloc: Loc): void {
  if (!value) return;
  const pg = (ctx.peerGroup ??= { kind: 'clag' });
  // `net add loopback lo clag vxlan-anycast-ip …` is the pair's shared VTEP address, not its peering interface.
  if (iface && iface.kind !== 'loopback' && key !== 'vxlan-anycast-ip') {
    pg.localInterface = located(iface.name, lloc);
    pg.peerLink = located(iface.parent ?? iface.name, lloc);
  } else if (!pg.peerLink) pg.peerLink = located('peerlink', lloc);
  if (key === 'peer-ip') pg.peerAddress = located(value, lloc);
  else if (key === 'sys-mac' || key === 'mac-address') pg.domain = located(value.toLowerCase(), lloc);
}
