import { memoize } from '../model/memo';
import type { Device, Fabric, Interface, Link } from '../model/types';

/** Both ends of a link, resolved to devices and interfaces of the workspace. */
export interface LinkEnds {
  link: Link;
  a: { device: Device; iface: Interface };
  b: { device: Device; iface: Interface };
}

/** Links whose two ends are both in the workspace; the others cannot be compared. Computed once per fabric. */
export const resolvedLinks = memoize(function resolvedLinks(fabric: Fabric): LinkEnds[] {
  const out: LinkEnds[] = [];
  for (const link of fabric.links) {
    const da = fabric.devices.get(link.a.device);
    const db = fabric.devices.get(link.b.device);
    const ia = da?.interfaces.get(link.a.interface);
    const ib = db?.interfaces.get(link.b.interface);
    if (da && db && ia && ib) out.push({ link, a: { device: da, iface: ia }, b: { device: db, iface: ib } });
  }
  return out;
});

/** "spine1 Ethernet1/1" — how findings name an interface. */
export function where(device: Device, iface: Interface): string {
  return `${device.hostname} ${iface.name}`;
}

/** Why the two interfaces are believed to be peers, for messages: "link from subnet 10.0.0.0/31". */
export function linkWhy(link: Link): string {
  return `link from ${link.detail}`;
}
