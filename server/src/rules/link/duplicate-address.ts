import { canonicalAddress, isLinkLocal } from '../../links/ip';
import type { Loc } from '../../model/location';
import type { Device, Fabric, Interface } from '../../model/types';
import type { Contribution, Finding, Rule, RuleContext } from '../types';
import { memoize } from '../../model/memo';
import { peerPairs } from '../../model/peer-pairs';
import { judges } from '../support/scope';
import { KeyedIndex, type Keyed } from '../support/keyed-index';

interface Holder {
  device: Device;
  iface: Interface;
  address: string;
  prefixLength: number;
  loc: Loc;
  /** The MLAG/vPC/CLAG pair of the device (pairScope). */
  pair: string;
}

/** The addresses of one device, each with its key: VRF, canonical address, and the pair for a peering address. */
type Held = readonly Keyed<Holder>[];

function contribute(ctx: RuleContext, device: Device): Contribution {
  const held: Keyed<Holder>[] = [];
  if (ctx.ignored(device)) return { digest: '', facts: held };
  const deviceKey = deviceKeys(ctx.fabric).get(device) ?? device.hostname;
  const pairOf = peerPairs(ctx.fabric);
  const pair = pairScope(deviceKey, device, pairOf);
  for (const iface of device.interfaces.values()) {
    if (SKIPPED.has(iface.kind) || !iface.adminUp.value || iface.anycastGateway?.value || ctx.ignored(device, iface)) continue;
    // The MLAG/vPC/CLAG peering subnet is local to its pair (like a link-local address): compared within the pair only.
    const scope = isPeeringInterface(device, iface) ? pair : '';
    for (const a of [...iface.ipv4, ...iface.ipv6]) {
      const { address, family, prefixLength } = a.value;
      if (isLinkLocal(address, family)) continue;
      const key = `${iface.vrf?.value ?? ''}\u0000${canonicalAddress(address, family)}\u0000${scope}`;
      if (held.some((h) => h.key === key && h.item.iface === iface)) continue;
      held.push({ key, item: { device, iface, address, prefixLength, loc: a.loc, pair } });
    }
  }
  return { digest: '', facts: held };
}

/** The key of each device in Fabric.devices (the name links use), once per fabric. */
const deviceKeys = memoize((fabric: Fabric) => new Map([...fabric.devices].map(([key, d]) => [d, key])));

/** The token of the runner's index of every device's addresses by key (RuleContext.kept). */
const ADDRESSES = {};

/**
 * The addresses held more than once, each with its holders in the fabric's device order; from the runner's index,
 * brought up to date from the last lint by the devices that changed.
 */
function heldTwice(ctx: RuleContext, contributions: ReadonlyMap<Device, Contribution>): readonly [string, Holder[]][] {
  return ctx.kept(ADDRESSES, () => new KeyedIndex<Holder>((c) => c.facts as Held)).sharedKeys(contributions);
}

/** Kinds whose addresses are not unique by design (tunnel ends) or face nothing. */
const SKIPPED = new Set<Interface['kind']>(['tunnel', 'vxlan', 'management']);

/**
 * A distributed gateway written as a plain address: the same VLAN's interface with the same address in a multi-access
 * subnet on several devices and never twice on one (Junos IRB anycast, SONiC VLAN gateways of a ToR pair).
 */
function isDistributedGateway(holders: Holder[]): boolean {
  if (holders.some((h) => h.iface.kind !== 'svi' || h.prefixLength >= (h.address.includes(':') ? 126 : 30))) return false;
  const devices = new Set(holders.map((h) => h.device));
  const names = new Set(holders.map((h) => h.iface.name.toLowerCase()));
  return devices.size === holders.length && names.size === 1;
}

/**
 * The shared VTEP address of an MLAG/vPC/CLAG pair: the same address on a loopback of exactly the two switches of one
 * pair (EOS MLAG `Loopback1` anycast VTEP, NX-OS vPC `ip address … secondary` on the NVE loopback).
 */
function isPairVtepAddress(holders: Holder[], scopeOf: (h: Holder) => string): boolean {
  if (holders.length !== 2 || holders.some((h) => h.iface.kind !== 'loopback')) return false;
  const [a, b] = holders as [Holder, Holder];
  return a.device !== b.device && scopeOf(a) === scopeOf(b);
}

/** A host address (/32, /128) on several interfaces of one device: IP unnumbered (Cumulus OSPF unnumbered puts the loopback's /32 on every port). */
function isUnnumbered(holders: Holder[]): boolean {
  const d = holders[0]!.device;
  return holders.every((h) => h.device === d && h.prefixLength === (h.address.includes(':') ? 128 : 32));
}

/**
 * Which pair a peering address belongs to: the two switches of an inferred peer-link, else (the pair's addresses
 * are wrong, so no peer-link was inferred) its domain, which both peers name alike.
 */
function pairScope(deviceKey: string, device: Device, pairOf: ReadonlyMap<string, string>): string {
  const peer = pairOf.get(deviceKey);
  if (peer) return [deviceKey, peer].sort().join('\u0000');
  const domain = device.peerGroup?.domain?.value;
  return domain !== undefined ? `domain\u0000${domain}` : deviceKey;
}

/** The interface that carries the pair's own peering (EOS `mlag configuration` local-interface, Cumulus peerlink.4094, NX-OS vPC keepalive source). */
function isPeeringInterface(device: Device, iface: Interface): boolean {
  const g = device.peerGroup;
  if (!g) return false;
  if (g.localInterface?.value === iface.name) return true;
  const local = g.localAddress?.value;
  return local !== undefined && iface.ipv4.some((a) => a.value.address === local);
}

export const rule: Rule = {
  id: 'link/duplicate-address',
  title: 'The same address configured twice in one VRF',
  category: 'link',
  severity: 'error',
  scope: 'fabric',
  reads: 'aggregate',
  rationale:
    'Two interfaces that hold the same address in one VRF — on two devices, or on two interfaces of one device — ' +
    'answer ARP/ND for each other: traffic goes to whichever answered last, routing protocols flap, and no link is ' +
    'inferred from that subnet, so the MTU and PFC checks of the link do not run. VRFs are compared by name (the ' +
    'default VRF is one VRF). Addresses that are shared by design are not duplicates: link-local addresses ' +
    '(169.254.0.0/16, fe80::/10, which every MLAG pair reuses on its peer-link), anycast and virtual gateways ' +
    '(EOS `ip address virtual` and VARP, NX-OS `fabric forwarding mode anycast-gateway`, HSRP/VRRP, Cumulus ' +
    '`address-virtual`, Junos `virtual-gateway-address`, none of which is read as an interface address), the same ' +
    'VLAN interface with the same address on several devices (a distributed gateway), an address on a loopback of ' +
    'exactly the two switches of one MLAG/vPC/CLAG pair (their shared anycast VTEP address: EOS MLAG `Loopback1`, ' +
    'NX-OS vPC `ip address … secondary` on the NVE loopback; Cumulus `clagd-vxlan-anycast-ip` is not read as an ' +
    'address), the MLAG/vPC/CLAG peering subnet (EOS `mlag configuration` local-interface, NX-OS ' +
    'vPC peer-keepalive source, Cumulus peerlink.4094), which every pair may reuse and which is compared only between ' +
    'the two switches of one pair, and a /32 or /128 on several interfaces of one device (IP unnumbered). Any other ' +
    'loopback address held twice in one VRF (a router ID or a VTEP source copied to a second switch) is a duplicate: ' +
    'BGP and OSPF drop routes from a peer with their own router ID, and VXLAN tunnels to that VTEP reach either ' +
    'switch. Interfaces that are shut down are not compared. Published on every holder, with the ' +
    'others as related information.',
  messages: {
    duplicate: 'Address {address} is also configured on {others}{vrf}',
  },
  example: {
    dialect: 'eos',
    config: 'interface Ethernet1\n   no switchport\n   ip address 10.0.0.1/31\n! spine2 Ethernet1 also has ip address 10.0.0.1/31',
  },
  contribution: contribute,
  // The verdicts read only the addresses held more than once: an address that changes from one unique value to
  // another leaves every other device's findings as they were.
  digest(ctx, contributions) {
    const parts: string[] = [];
    for (const [key, held] of heldTwice(ctx, contributions)) {
      parts.push(
        key,
        ...held.map((h) => `${h.device.hostname} ${h.iface.name} ${h.iface.kind} ${h.address}/${h.prefixLength} ${h.pair} ${JSON.stringify(h.loc)}`),
      );
    }
    return parts.join('\n');
  },
  check(ctx) {
    const shared = heldTwice(ctx, ctx.contributions ?? new Map([...ctx.fabric.devices.values()].map((d) => [d, contribute(ctx, d)])));
    const findings: Finding[] = [];
    for (const [, holders] of shared) {
      if (isDistributedGateway(holders) || isUnnumbered(holders)) continue;
      if (isPairVtepAddress(holders, (h) => h.pair)) continue;
      for (const h of holders) {
        if (!judges(ctx, h.device)) continue;
        const others = holders.filter((o) => o !== h);
        const name = (o: Holder) => (o.device === h.device ? `${o.iface.name} of this device` : `${o.device.hostname} ${o.iface.name}`);
        const vrf = h.iface.vrf?.value;
        findings.push(
          ctx.report({
            messageId: 'duplicate',
            data: { address: h.address, others: others.map(name).join(', '), vrf: vrf ? ` (VRF ${vrf})` : '' },
            loc: h.loc,
            related: others.map((o) => ({ loc: o.loc, message: `${o.address}/${o.prefixLength} on ${o.device.hostname} ${o.iface.name}` })),
          }),
        );
      }
    }
    return findings;
  },
};
