/** The MTU an interface has without an `mtu` line: by kind, and for the ifupdown2 default by the release the file was written for. */
import { defaulted } from '../../model/location';
import type { Interface, InterfaceKind } from '../../model/types';
import type { CliDocument } from '../../parsing/cli-tree';

/** MTU of swp, bond, bridge and VLAN interfaces without an `mtu` line (ifupdown2 policy default) from 4.1 [CL-SPA]. */
export const CUMULUS_DEFAULT_MTU = 9216;
/** The same default up to Cumulus Linux 4.0 [CL-SPA, cumulus-linux-37 and -40 pages]. */
export const CUMULUS_OLD_DEFAULT_MTU = 1500;

/**
 * The ifupdown2 default MTU of the release the file was written for, or why it cannot be told:
 * - NVUE `nv set` lines: NVUE ships from Cumulus Linux 4.4 (4.3 had its predecessor CUE) [CumulusNetworks/docs
 *   content/cumulus-linux-44/System-Configuration/NVIDIA-User-Experience-NVUE.md], so 9216;
 * - `frr version 4.0+cl3u8`: Cumulus builds of FRR carry the release's major version (`+cl3…` on 3.x, so 1500;
 *   `+cl5…` and later, 9216); `+cl4…` is 4.0 (1500) or 4.1 and later (9216), which the string does not tell;
 * - NCLU (`net add`) and ifupdown2 exist on 3.x and 4.x alike: no marker.
 */
export function releaseDefaultMtu(doc: CliDocument, nvue: boolean): { value: number; why: string } | { unknown: string } {
  if (nvue) return { value: CUMULUS_DEFAULT_MTU, why: 'NVUE lines: Cumulus Linux 4.4 or later' };
  for (const l of doc.lines) {
    if (l.words[0]?.text !== 'frr' || l.words[1]?.text !== 'version') continue;
    const v = l.words[2]?.text ?? '';
    const m = /\+cl(\d+)/.exec(v);
    const major = m ? Number(m[1]) : undefined;
    if (major !== undefined && major <= 3) return { value: CUMULUS_OLD_DEFAULT_MTU, why: `frr version ${v}: Cumulus Linux ${major}.x` };
    if (major !== undefined && major >= 5) return { value: CUMULUS_DEFAULT_MTU, why: `frr version ${v}: Cumulus Linux ${major}.x` };
    if (major === 4) return { unknown: `frr version ${v} is Cumulus Linux 4.x: 1500 on 4.0, 9216 from 4.1` };
  }
  return { unknown: 'no release in the file: 1500 up to Cumulus Linux 4.0, 9216 from 4.1' };
}
/** eth* (management, or the ports of a plain Linux host) keep the Linux default. */
export const LINUX_DEFAULT_MTU = 1500;
export const LOOPBACK_MTU = 65536;

export function defaultMtu(name: string, kind: InterfaceKind): number {
  if (kind === 'loopback') return LOOPBACK_MTU;
  if (/^eth\d+$/.test(name) || kind === 'management') return LINUX_DEFAULT_MTU;
  return CUMULUS_DEFAULT_MTU;
}

/**
 * The release's default MTU for the interfaces left at the ifupdown2 default, then a subinterface's from its parent.
 * Runs once every line is read, since the release marker and the parent may come after the interface.
 */
export function applyDefaultMtus(doc: CliDocument, nvue: boolean, interfaces: Map<string, Interface>): void {
  const release = releaseDefaultMtu(doc, nvue);
  for (const iface of interfaces.values()) {
    if (!iface.mtu.defaulted || iface.mtu.value !== CUMULUS_DEFAULT_MTU) continue;
    if ('unknown' in release) iface.mtuUnknown = release.unknown;
    else iface.mtu = defaulted(release.value, iface.mtu.loc);
  }
  // A VLAN subinterface without an mtu line inherits its parent's (swp1.100 from swp1) [CL-SPA]: the parent's line
  // when it writes one, else the parent's default (known or not), still pointing at the subinterface.
  for (const iface of interfaces.values()) {
    const parent = iface.parent ? interfaces.get(iface.parent) : undefined;
    if (!parent || !iface.mtu.defaulted || parent === iface) continue;
    iface.mtu = parent.mtu.defaulted ? defaulted(parent.mtu.value, iface.mtu.loc) : parent.mtu;
    if (parent.mtu.defaulted && parent.mtuUnknown) iface.mtuUnknown = parent.mtuUnknown;
    else delete iface.mtuUnknown;
  }
}
