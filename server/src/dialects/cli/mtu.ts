import { ownL3Mtu, writtenBridgedMtu, type DialectMtu } from '../../model/mtu';
import type { Device, Interface } from '../../model/types';
import { defaultMtu } from './defaults';

/**
 * MTU semantics of EOS, NX-OS and IOS: the interface `mtu` is the L3 (IP) MTU, header excluded
 * [notes §1.1 EOS-MTU-BLOG, §1.2 BRKDCN, §1.6 C9500-MTU], so it is written as compared.
 */
const l3IsWritten = {
  toL3: (_d: Device, iface: Interface) => ownL3Mtu(iface),
  fromL3: (_d: Device, _i: Interface, l3: number) => l3,
} as const;

/** Interfaces whose MTU is not a data-plane limit worth judging: loopbacks (65535), tunnels, VTEPs, management. */
function judged(iface: Interface): boolean {
  return !(iface.kind === 'loopback' || iface.kind === 'tunnel' || iface.kind === 'vxlan' || iface.kind === 'management' || iface.kind === 'other');
}

/**
 * EOS: L3 `mtu` 68–9214 on Ethernet, port-channel, subinterface and SVI [notes §1.1, AVD-FS p2p_uplinks_mtu; 9214
 * is the EOS maximum on the switch platforms]. A switchport without `l2 mtu` (read before these semantics, by
 * bridgedMtuOf) bridges up to the platform maximum, which the config does not say.
 */
export const EOS_MTU: DialectMtu = {
  ...l3IsWritten,
  maxL3: 9214,
  maxL3Of: () => 9214,
  range: (_d, iface) => (judged(iface) ? { min: 68, max: 9214, why: 'EOS accepts 68–9214' } : undefined),
  defaultMtu: (kind) => defaultMtu('eos', kind),
  bridged: () => undefined,
  writable: () => true,
};

/**
 * NX-OS: routed 576–9216, switchport (L2 MTU) 1500–9216 [notes §1.2 NX-MTU, BRKDCN: 9216 payload maximum]. Nexus 9000
 * L2 ports take a per-port MTU, default 1500; a port without `mtu` on a device whose network-qos policy writes class
 * MTUs bridges what that policy says (networkQosSetsMtu), so its bridged MTU is unknown.
 */
export const NXOS_MTU: DialectMtu = {
  ...l3IsWritten,
  maxL3: 9216,
  maxL3Of: () => 9216,
  range: (_d, iface) => {
    if (!judged(iface)) return undefined;
    return iface.mode.value === 'switched' && iface.kind !== 'svi'
      ? { min: 1500, max: 9216, why: 'NX-OS switchports accept 1500–9216' }
      : { min: 576, max: 9216, why: 'NX-OS accepts 576–9216' };
  },
  defaultMtu: (kind) => defaultMtu('nxos', kind),
  bridged: (device, owner) => {
    if (owner.mtu.defaulted && networkQosSetsMtu(device)) return undefined;
    if (owner.mtu.defaulted && owner.mtuUnknown) return undefined;
    const m = owner.mtu;
    return { value: m.value, loc: m.loc, defaulted: m.defaulted, text: m.defaulted ? `${m.value} (the nxos default)` : `${m.value}` };
  },
  writable: () => true,
};

/**
 * IOS: Catalyst 9500 (platform hint C9500) 1500–9198 [notes §1.6 C9500-MTU]; other IOS boxes 68–9216. A fix never
 * writes more than 9198, what the Catalyst 9500 takes. The system MTU may live in NVRAM only [notes §1.6 ME3400], so
 * a port without `mtu` bridges an unknown size.
 */
export const IOS_MTU: DialectMtu = {
  ...l3IsWritten,
  maxL3: 9198,
  maxL3Of: () => 9198,
  range: (device, iface) => {
    if (!judged(iface)) return undefined;
    if (/C9500/i.test(device.platform ?? '')) return { min: 1500, max: 9198, why: 'Catalyst 9500 accepts 1500–9198' };
    return { min: 68, max: 9216, why: 'IOS accepts at most 9216' };
  },
  defaultMtu: (kind) => defaultMtu('ios', kind),
  bridged: (_d, owner) => writtenBridgedMtu(owner),
  writable: () => true,
};

/**
 * NX-OS platforms without a per-port L2 MTU take it from the `system qos` network-qos policy (and a vPC
 * peer-link always runs jumbo); when that policy writes class MTUs, a port without `mtu` proves nothing.
 */
function networkQosSetsMtu(device: Device): boolean {
  const ref = device.qos.systemPolicies.find((p) => p.value.type === 'network-qos');
  const pm = ref && device.qos.policyMaps.find((p) => p.type === 'network-qos' && p.name === ref.value.name);
  return !!pm && pm.classes.some((c) => c.mtu !== undefined);
}
