import { memoize } from '../../model/memo';
/**
 * Shared vocabulary of the MTU and link rules: which interfaces face the fabric, which face hosts,
 * what MTU bounds a bridged frame on each dialect, and how to compare a device with its role peers
 * when there is no intent file. Rules read only the model; nothing here looks at syntax.
 */
import type { Loc } from '../../model/location';
import { bridgedMtuOf, l3Mtu, l3MtuOf, maxL3Of, mtuWritable, writtenMtuFor, type BridgedMtu } from '../../dialects/mtu';
import type { Device, Fabric, Interface, Link } from '../../model/types';
import type { Intent } from '../../intent/types';
import { roleOf } from '../../intent/roles';
import { ROCE_HINTS } from '../../intent/defaults';
import { roleOfInterface, type InterfaceRole } from '../../model/interface-roles';
import type { Fix, RelatedInfo, RuleContext, TextEdit } from '../types';
import { type LinkEnds, resolvedLinks } from '../support/links';

export interface End {
  device: Device;
  iface: Interface;
}

/** Kinds that never carry fabric or host traffic worth an MTU check. */
const NON_DATA_KINDS = new Set<Interface['kind']>(['management', 'loopback', 'tunnel', 'vxlan', 'other']);

/** Up, not management/loopback/tunnel/VTEP, and not excluded by the intent's ignore lists. */
export function isDataInterface(ctx: RuleContext, device: Device, iface: Interface): boolean {
  return !NON_DATA_KINDS.has(iface.kind) && iface.adminUp.value && !ctx.ignored(device, iface);
}

/** The port-channel this interface is a member of, when the device configures it. */
export function lagOf(device: Device, iface: Interface): Interface | undefined {
  const name = iface.channelGroup?.value;
  return name === undefined ? undefined : device.interfaces.get(name);
}

export function isRouted(iface: Interface): boolean {
  return iface.mode.value === 'routed';
}

/** A /31, /30, /127 or /126 address: the interface is one end of a routed point-to-point link. */
export function p2pAddress(iface: Interface): Loc | undefined {
  for (const a of iface.ipv4) if (!a.value.secondary && (a.value.prefixLength === 31 || a.value.prefixLength === 30)) return a.loc;
  for (const a of iface.ipv6) if (a.value.prefixLength === 127 || a.value.prefixLength === 126) return a.loc;
  return undefined;
}

export interface PeerInfo {
  link: Link;
  peer: End;
}

/**
 * The fabric as the MTU rules see it: resolved links indexed by end, and the fabric-facing test.
 * Built once per rule run (cheap: one pass over links and interfaces).
 */
export class FabricView {
  readonly links: LinkEnds[];
  private readonly peers = new Map<Interface, PeerInfo>();

  /** One view per fabric, shared by every rule of a lint. */
  static readonly of = memoize((fabric: Fabric) => new FabricView(fabric));

  private constructor(readonly fabric: Fabric) {
    this.links = resolvedLinks(fabric);
    for (const l of this.links) {
      this.peers.set(l.a.iface, { link: l.link, peer: l.b });
      this.peers.set(l.b.iface, { link: l.link, peer: l.a });
    }
  }

  peerOf(iface: Interface): PeerInfo | undefined {
    return this.peers.get(iface);
  }

  /** What the interface faces, with evidence (model/interface-roles). */
  role(iface: Interface): InterfaceRole {
    return roleOfInterface(this.fabric, iface);
  }

  /**
   * Fabric-facing: a routed data interface whose role is `fabric` (linked to another switch of the workspace).
   * Port-channel members are judged through their port-channel. A routed /31 whose peer is not in the
   * workspace has role `unknown` and is not fabric-facing: it may face a host or a router.
   */
  isFabricFacing(ctx: RuleContext, device: Device, iface: Interface): boolean {
    if (!isDataInterface(ctx, device, iface) || !isRouted(iface) || lagOf(device, iface)) return false;
    const r = this.role(iface);
    return r.role === 'fabric' && !r.viaSubinterface;
  }

  /**
   * Routed underlay of a switch: fabric-facing interfaces and the routed MLAG peering (EOS Vlan4094, Cumulus
   * peerlink.4094), which carries underlay traffic whenever an uplink of one peer fails.
   */
  isUnderlay(ctx: RuleContext, device: Device, iface: Interface): boolean {
    if (this.isFabricFacing(ctx, device, iface)) return true;
    if (!isDataInterface(ctx, device, iface) || !isRouted(iface) || lagOf(device, iface)) return false;
    return this.role(iface).role === 'peer-link' && (iface.ipv4.length > 0 || iface.ipv6.length > 0);
  }

  /** Every fabric-facing interface of every device, in device then interface order. */
  fabricFacing(ctx: RuleContext): End[] {
    const out: End[] = [];
    for (const device of this.fabric.devices.values()) {
      if (ctx.ignored(device)) continue;
      for (const iface of device.interfaces.values()) if (this.isFabricFacing(ctx, device, iface)) out.push({ device, iface });
    }
    return out;
  }

  /** Host-facing switchport: a switched physical port or port-channel, up, whose role is `host`. */
  isHostFacing(ctx: RuleContext, device: Device, iface: Interface): boolean {
    if (!isDataInterface(ctx, device, iface) || isRouted(iface) || lagOf(device, iface)) return false;
    if (iface.kind !== 'physical' && iface.kind !== 'port-channel') return false;
    return this.role(iface).role === 'host';
  }

  /** A VLAN interface that is the gateway of hosts (role `host`), up and not ignored. */
  isHostSvi(ctx: RuleContext, device: Device, iface: Interface): boolean {
    return iface.kind === 'svi' && isDataInterface(ctx, device, iface) && this.role(iface).role === 'host';
  }
}

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
  return iface.mtuDefaultFrom ? `${base} (from interface defaults)` : `${base} (the ${device.dialect} default)`;
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

export function where(end: End): string {
  return `${end.device.hostname} ${end.iface.name}`;
}

/** Related info naming the link evidence: "link from subnet 10.0.0.0/31". */
export function evidenceRelated(link: Link): RelatedInfo[] {
  const out: RelatedInfo[] = [];
  for (const ev of link.evidence.slice(0, 2)) for (const loc of ev.locs.slice(0, 2)) out.push({ loc, message: `link evidence: ${ev.detail}` });
  return out;
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

export function compact<T>(xs: (T | undefined)[]): T[] {
  return xs.filter((x): x is T => x !== undefined);
}

// ---------------------------------------------------------------------------------------------
// Roles and majority, for fabrics without an intent file

export function roleOfDevice(intent: Intent | undefined, device: Device): string {
  return roleOf(intent, device.hostname);
}

export interface Majority {
  value: number;
  count: number;
  total: number;
}

/**
 * The value more than half of `values` share, when there are at least `minTotal` values; ties and
 * pluralities are no majority, so a split fabric gets no finding rather than a guess.
 */
export function majorityOf(values: readonly number[], minTotal = 3): Majority | undefined {
  if (values.length < minTotal) return undefined;
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  for (const [value, count] of counts) if (count * 2 > values.length) return { value, count, total: values.length };
  return undefined;
}

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
