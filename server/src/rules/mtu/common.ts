/**
 * Shared vocabulary of the MTU rules: what MTU bounds a bridged frame, how an MTU is worded and where it comes
 * from, the fixes that set it, and the intent's MTU floors. Rules read only the model; nothing here looks at
 * syntax. What every rule category shares (links, interfaces, roles, wording) is in ../support.
 */
import type { Loc } from '../../model/location';
import { bridgedMtuOf, l3Mtu, l3MtuOf, maxL3Of, mtuWritable, writtenMtuFor, type BridgedMtu } from '../../dialects/mtu';
import type { Device, Interface } from '../../model/types';
import type { Intent } from '../../intent/types';
import { ROCE_HINTS } from '../../intent/defaults';
import type { Fix, RelatedInfo, RuleContext, TextEdit } from '../types';
import { lagOf } from '../support/interfaces';
import type { End } from '../support/links';

export type { BridgedMtu };

/**
 * The bridged (L2) MTU of a switchport, where the dialect makes it knowable from the config (the dialect's MTU
 * semantics: EOS only by `l2 mtu`, NX-OS the port `mtu`, Junos the media MTU less its header, …). Port-channel
 * members answer for their port-channel.
 */
export function bridgedMtu(device: Device, iface: Interface): BridgedMtu | undefined {
  return bridgedMtuOf(device, lagOf(device, iface) ?? iface);
}

/** "9214", "1500 (the eos default)", "9214 (from interface defaults)", "9170 (family inet mtu)". */
export function mtuText(device: Device, iface: Interface, family: 4 | 6 = 4): string {
  const m = l3MtuOf(device, iface, family);
  if (!m) return `unknown (${iface.mtuUnknown})`;
  if (m.family) return `${m.value} (family ${m.family} mtu)`;
  const l3 = m.value;
  const base = l3 === iface.mtu.value ? `${l3}` : `${iface.mtu.value} (L3 ${l3})`;
  if (!iface.mtu.defaulted) return base;
  return iface.mtuDefaultFrom ? `${base} (from interface defaults)` : `${base} (the ${device.os} default)`;
}

/** The line that sets the interface's L3 MTU (a Junos `family inet mtu` line, else the `mtu` line or header). */
export function mtuLoc(device: Device, iface: Interface, family: 4 | 6 = 4): Loc {
  return l3MtuOf(device, iface, family)?.loc ?? iface.mtu.loc;
}

/**
 * The line an interface's MTU comes from when other interfaces share it: EOS `interface defaults` / `mtu`, or the
 * port whose MTU a Junos unit inherits. Undefined when the MTU is the interface's own (its own line or header).
 */
export function sharedMtuLine(iface: Interface): Loc | undefined {
  if (iface.mtuDefaultFrom) return iface.mtuDefaultFrom;
  const l = iface.mtu.loc;
  const own = l.uri === iface.block.header.uri && l.range.start.line >= iface.block.header.range.start.line && l.range.start.line <= iface.block.end.line;
  return own || iface.headers.some((h) => h.uri === l.uri && h.range.start.line === l.range.start.line) ? undefined : l;
}

/** Related entries that explain where a defaulted MTU comes from. */
export function mtuOrigin(device: Device, iface: Interface): RelatedInfo[] {
  return iface.mtuDefaultFrom ? [{ loc: iface.mtuDefaultFrom, message: `default MTU of ${device.hostname}` }] : [];
}

/**
 * A fix that sets the L3 MTU of several interfaces (both ends of a link, or every member), across
 * files. Ends whose MTU is already `mtu` are left alone; undefined when nothing can be written.
 */
export function setMtuFix(ctx: RuleContext, title: string, ends: End[], mtu: number, isPreferred: boolean): Fix | undefined {
  const edits: TextEdit[] = [];
  for (const e of ends) {
    if (l3Mtu(e.device, e.iface) === mtu && !e.iface.mtu.defaulted) continue;
    if (!mtuWritable(e.device, e.iface)) return undefined;
    const value = writtenMtuFor(e.device, e.iface, mtu);
    const w = ctx.writer(e.device).setInterfaceMtu(e.iface, value);
    if (w.length === 0) return undefined;
    edits.push(...w);
  }
  return edits.length > 0 ? { title, isPreferred, edits } : undefined;
}

/** Bytes VXLAN adds to every overlay frame (outer Ethernet 14 + IPv4 20 + UDP 8 + VXLAN 8). */
export const VXLAN_OVERHEAD = ROCE_HINTS.vxlanOverhead.value;

/** True when the device encapsulates tenant traffic in VXLAN: it has an enabled VXLAN tunnel interface (EOS Vxlan1, NX-OS nve1, Junos vtep) or names its VTEP source (Junos `vtep-source-interface`). */
export function encapsulates(device: Device): boolean {
  if (device.vtepSource) return true;
  for (const i of device.interfaces.values()) if (i.kind === 'vxlan' && i.adminUp.value) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// The intent's MTU floors

/**
 * The fabric minimum the mtu/below-intent rule enforces, for other rules that must not repeat it:
 * intent `mtu.minimum`, else the rule's `minimum` option; undefined without an intent file (the rule
 * then compares role peers) or when the rule is off.
 */
export function belowIntentThreshold(intent: Intent | undefined): number | undefined {
  if (!intent || !declaresMtu(intent)) return undefined;
  const r = intent.rules?.['mtu/below-intent'];
  if (r?.severity === 'off' || intent.ignore?.rules?.includes('mtu/below-intent')) return undefined;
  const opt = r?.options?.['minimum'];
  return intent.mtu?.minimum ?? (typeof opt === 'number' ? opt : 9000);
}

/**
 * The intent says something about MTU: `mtu.minimum`, `mtu.fabric` or `mtu.host`, or a `minimum` option for
 * mtu/below-intent. An intent file that only lists links or roles does not, and MTU is then compared between
 * role peers as without an intent file.
 */
export function declaresMtu(intent: Intent | undefined): intent is Intent {
  if (!intent) return false;
  const m = intent.mtu;
  if (m?.minimum !== undefined || m?.fabric !== undefined || m?.host !== undefined) return true;
  return intent.rules?.['mtu/below-intent']?.options?.['minimum'] !== undefined;
}

/** The intent declares a RoCE fabric: a host MTU, lossless priorities or a lossless class. */
export function intentDeclaresLossless(intent: Intent | undefined): boolean {
  if (intent?.mtu?.host !== undefined || intent?.lossless?.priorities?.length) return true;
  return !!intent?.classes && Object.values(intent.classes).some((c) => c.lossless);
}

/** PFC is on (or NX-OS auto) with at least one no-drop priority on this interface. */
export function carriesLossless(device: Device, iface: Interface): boolean {
  if (device.qos.pfcAllOff?.value) return false;
  return iface.pfc.mode.value !== 'off' && iface.pfc.noDropPriorities.length > 0;
}

interface MtuSide {
  device: Device;
  iface: Interface;
  /** L3 MTU as compared. */
  mtu: number;
  /** The writer can set this end's MTU (false e.g. for a Junos `family inet mtu`). */
  writable?: boolean;
}

/**
 * Both directions of a two-ended MTU difference, from `self`'s point of view: raise (or set) this end to
 * the other's value, preferred when this is the lower end; or set the other end to this one. Neither ever
 * proposes more than the platform takes: when the lower end cannot go that high, lowering the higher end
 * is the preferred fix (Junos QFX media 9216 = L3 9202 cannot reach EOS' 9214).
 */
export function twoWayMtuFixes(ctx: RuleContext, self: MtuSide, other: MtuSide): Fix[] {
  const fitsSelf = other.mtu <= maxL3Of(self.device, self.iface) && self.writable !== false && mtuWritable(self.device, self.iface);
  const fitsOther = self.mtu <= maxL3Of(other.device, other.iface) && other.writable !== false && mtuWritable(other.device, other.iface);
  const selfValue = writtenMtuFor(self.device, self.iface, other.mtu);
  const otherValue = writtenMtuFor(other.device, other.iface, self.mtu);
  const raiseSelf: Fix = {
    title: `Set MTU of ${self.device.hostname} ${self.iface.name} to ${selfValue}`,
    isPreferred: self.mtu < other.mtu ? fitsSelf : !fitsOther,
    edits: fitsSelf ? ctx.writer(self.device).setInterfaceMtu(self.iface, selfValue) : [],
  };
  const matchOther: Fix = {
    title: `Set MTU of ${other.device.hostname} ${other.iface.name} to ${otherValue}`,
    isPreferred: false,
    edits: fitsOther ? ctx.writer(other.device).setInterfaceMtu(other.iface, otherValue) : [],
  };
  return [raiseSelf, matchOther].filter((f) => f.edits.length > 0);
}
