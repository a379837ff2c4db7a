import type { Loc, Located, Position, Setting } from './location';
import type { Dialect } from '../dialects/registry';
import type { VlanTable } from './vlan-table';
import type { VlanSet } from './vlans';
import type { Neighbourhood } from './neighbourhood';

/** Dialects of the model: the ids of server/src/dialects/registry.ts. */
export type { Dialect };

export type InterfaceKind = 'physical' | 'port-channel' | 'subinterface' | 'svi' | 'loopback' | 'management' | 'tunnel' | 'vxlan' | 'other';

/**
 * Where a section sits in its file. Fix writers use it to insert a line at the right depth
 * without the rules knowing any syntax.
 */
export interface Block {
  header: Loc;
  /** Position just after the last line of the section's body (or of the header when the body is empty). */
  end: Position;
  /** Indentation of the section's child lines, as the file writes it (e.g. three spaces on EOS). */
  childIndent: string;
}

export interface IpAddress {
  /** The address as written, without the prefix: 10.0.0.1 or 2001:db8::1. */
  address: string;
  prefixLength: number;
  family: 4 | 6;
  secondary?: boolean;
}

export type PfcMode = 'on' | 'off' | 'auto';

/** PFC as it takes effect on one interface, after the extractor resolved profiles and system policies. */
export interface InterfacePfc {
  /** on / off / auto (NX-OS DCBX). Defaulted 'off' (EOS, IOS) or 'auto' (NX-OS) when no line sets it. */
  mode: Setting<PfcMode>;
  /**
   * Priorities that are no-drop on this interface. Points at the line that made them no-drop
   * (EOS `priority-flow-control priority 3 no-drop`, NX-OS network-qos `pause pfc-cos 3`).
   */
  noDropPriorities: Located<number>[];
  /** Per-interface watchdog switch when the dialect has one (NX-OS `priority-flow-control watch-dog-interval on`). */
  watchdog?: Located<boolean>;
}

export interface QueueEcn {
  minThreshold?: number;
  maxThreshold?: number;
  /** Unit of both thresholds as written: bytes, kbytes, mbytes, segments, milliseconds, microseconds, packets, percent. */
  unit?: string;
  maxUnit?: string;
  probability?: number;
  /** True when marking is ECN; false for a WRED drop profile. */
  ecn: boolean;
  /**
   * The `random-detect …` line as written (without indentation). Added for the qos/ecn-* and
   * qos/wred-drop-on-lossless fixes, which rewrite its numbers or keywords and must keep the rest (weight, drop-precedence).
   */
  text?: string;
}

/** Scheduling and congestion settings of one egress queue (EOS tx-queue, NX-OS queuing class, …). */
export interface QueueConfig {
  queue: number;
  /** Section the settings live in (the tx-queue or queuing class), for insertions. */
  block?: Block;
  strictPriority?: Located<boolean>;
  bandwidthPercent?: Located<number>;
  bandwidthRemainingPercent?: Located<number>;
  ecn?: Located<QueueEcn>;
  wredDrop?: Located<QueueEcn>;
  /**
   * The most the queue can ever hold, when the config makes it certain. Added for qos/ecn-above-buffer: an ECN or
   * WRED threshold above it is never reached. Filled by readers only where the bound is not a guess (SONiC: a
   * BUFFER_QUEUE profile with `static_th`, or with `dynamic_th` in a pool of known size, traditional buffer model).
   */
  bufferLimit?: QueueBufferLimit;
}

export interface QueueBufferLimit {
  bytes: number;
  /** How the bound follows from the config, in words ("BUFFER_PROFILE egress_lossless_profile: size 0 + static_th 12766208"). */
  basis: string;
  /** The line that gives the queue its buffer (SONiC: the BUFFER_QUEUE `profile`). */
  loc: Loc;
  /** The lines the bound is computed from (the profile, its pool). */
  from: { loc: Loc; message: string }[];
}

export interface ServicePolicyRef {
  /** qos, queuing, network-qos, quality-of-service, pdp … as written, lower case. */
  type: string;
  direction: 'input' | 'output' | 'none';
  name: string;
}

/** The direction each NX-OS policy type is attached in: qos classifies input, queuing schedules output, network-qos is system-wide. */
export const POLICY_TYPE_DIRECTION: Readonly<Record<string, 'input' | 'output' | 'none'>> = { qos: 'input', queuing: 'output', 'network-qos': 'none' };

export interface Interface {
  /** Canonical name, the same for every spelling: Ethernet1/1 for Et1/1, eth1/1 and `Ethernet 1/1`. */
  name: string;
  /** Every spelling the file used for it, for messages. */
  writtenAs: string[];
  kind: InterfaceKind;
  /** The last header that opened this interface; all headers are in `headers`. */
  block: Block;
  headers: Loc[];
  description?: Located<string>;
  adminUp: Setting<boolean>;
  /** L3 MTU as the vendor writes it (EOS/NX-OS/IOS are L3 already). Defaulted to the platform default. */
  mtu: Setting<number>;
  /**
   * Set when `mtu` is defaulted but the platform default is not knowable from the files (Cumulus Linux: 1500
   * before 4.1, 9216 from 4.1, and the files name no release): why, for messages. `mtu.value` is then only the
   * newer default, for display; the dialect MTU semantics (dialects/mtu.ts l3Mtu) answers undefined so that no rule compares a guess.
   */
  mtuUnknown?: string;
  l2Mtu?: Located<number>;
  /**
   * Bytes the written `mtu` counts beyond the IP packet, when the vendor's number is a frame size: the Ethernet
   * header of an SR Linux port MTU (14). The dialect's MTU semantics (dialects/srlinux/mtu.ts) turn it into the
   * L3 MTU; absent, the written MTU is the L3 one.
   */
  mtuOverhead?: number;
  mode: Setting<'routed' | 'switched'>;
  vrf?: Located<string>;
  ipv4: Located<IpAddress>[];
  ipv6: Located<IpAddress>[];
  /** Canonical name of the port-channel this interface is a member of. */
  channelGroup?: Located<string>;
  /** Canonical name of the parent of a subinterface. */
  parent?: string;
  encapsulationVlan?: Located<number>;
  /**
   * The VLAN a VLAN interface routes for (EOS/NX-OS/IOS `Vlan10`, Junos the `irb` unit a VLAN names as its
   * `l3-interface`, SONiC `Vlan10`, Cumulus `vlan10` / `br.10`). Set on SVIs by the reader. Added for the l2/ rules.
   */
  sviVlan?: Located<number>;
  /**
   * The 802.1Q mode of a switched port, vendor-neutral: 'access' carries one untagged VLAN (`accessVlan`), 'trunk'
   * carries tagged VLANs (`trunkAllowedVlans`) and maybe one untagged (`nativeVlan`). Defaulted where the
   * platform's default applies (EOS, NX-OS: access); absent on routed ports and where the mode is not one of the
   * two (IOS `dynamic` DTP, `dot1q-tunnel`, private VLANs): rules then do not compare it. Added for the l2/ rules.
   */
  vlanMode?: Setting<'access' | 'trunk'>;
  /** The VLAN of an access port (EOS/NX-OS/IOS default 1, defaulted where the reader knows the default). */
  accessVlan?: Located<number>;
  /**
   * The VLANs a trunk allows (EOS/NX-OS/IOS `switchport trunk allowed vlan`, with `add`/`remove`/`except`/`all`/`none`
   * resolved; Junos `vlan members`; SONiC tagged `VLAN_MEMBER`; Cumulus `bridge-vids`). Defaulted to every VLAN
   * where the platform allows all without a line. Absent on a trunk only where the reader does not know: rules
   * treat that as every VLAN. The VLANs a trunk carries are these and the VLANs the device defines (`Device.vlans`).
   */
  trunkAllowedVlans?: Setting<VlanSet>;
  /**
   * The untagged VLAN of a trunk (EOS/NX-OS/IOS `switchport trunk native vlan`, default 1; Junos `native-vlan-id`;
   * SONiC untagged `VLAN_MEMBER`; Cumulus `bridge-pvid`). Absent when the trunk carries no untagged VLAN (EOS
   * `native vlan tag`, Junos without `native-vlan-id`). It is carried only when `trunkAllowedVlans` has it: readers of
   * platforms that carry the untagged VLAN by itself (SONiC, Cumulus) put it in the allowed set.
   */
  nativeVlan?: Setting<number>;
  /**
   * `switchport mode access|trunk|…` as written, lower case. Added for mtu/svi-exceeds-members: a trunk
   * without an allowed list carries every VLAN, an access port only its access VLAN (default 1).
   */
  switchportMode?: Located<string>;
  /**
   * Spanning tree does not run on this port: the line that takes it out (`spanning-tree bpdufilter enable`, Cumulus
   * `mstpctl-bpdufilter yes`, Junos `no-root-port`… as the reader words it). Added for design/flat-l2: a switched
   * link between switches that exchanges no BPDUs loops the moment it is cabled twice.
   */
  stpOff?: Located<string>;
  /**
   * The multi-chassis LAG number a port-channel shares with the same port-channel on the MLAG/vPC/CLAG peer (EOS
   * `mlag N`, NX-OS `vpc N`, Cumulus `clag-id N`). Added for mlag/peer-inconsistent, which compares the two halves.
   */
  mlagId?: Located<number>;
  /**
   * EOS `switchport trunk group X`: a VLAN that names trunk groups (`VlanDef.trunkGroups`) is carried only on trunks
   * of one of them. Absent elsewhere.
   */
  trunkGroups?: Located<string[]>;
  /**
   * The port's line rate, read by its dialect from the port's own speed line, a breakout of its parent port, or the
   * platform's default for that port (model/port-speed.ts, dialects/platform-speeds.ts). Absent: unknown, and rules
   * that add capacities count such ports rather than guess.
   */
  speed?: PortSpeed;
  fec?: Located<string>;
  /** 802.3x link-level pause (flowcontrol send/receive on). */
  linkPause?: Located<boolean>;
  pfc: InterfacePfc;
  qosTrust?: Setting<'dscp' | 'cos' | 'none'>;
  servicePolicies: Located<ServicePolicyRef>[];
  /** EOS `service-profile <qos profile>`. */
  qosProfile?: Located<string>;
  /** Per-interface queue settings (EOS tx-queue / uc-tx-queue under the interface or its qos profile). */
  queues: QueueConfig[];
  /** VXLAN source interface etc. for mtu/vxlan-overhead. */
  vxlanSource?: Located<string>;
  /**
   * IOS `ip mtu N` as written. Added because IOS has two MTU lines: `mtu` (interface) and `ip mtu`
   * (IP, wins for routed traffic); `mtu` above holds the effective L3 value and points at whichever line set it.
   */
  ipMtu?: Located<number>;
  /**
   * Junos `family inet6 mtu N` on a unit: the unit's IPv6 MTU (`ipMtu` is its IPv4 one). Added because a Junos unit
   * has one L3 MTU per family, each defaulting to the media MTU minus the Ethernet header (dialects/junos/mtu.ts).
   */
  ipv6Mtu?: Located<number>;
  /**
   * When `mtu` is defaulted from a configured default rather than the platform's (EOS
   * `interface defaults` / `mtu N`), the line that set it. Added so a finding can name that line too.
   */
  mtuDefaultFrom?: Loc;
  /**
   * The direct child lines of the interface's sections (all headers) that fix writers edit (mtu, ip …,
   * priority-flow-control, qos, service-policy, shutdown, switchport), as written, with their loc.
   * Added for fix writers: they find and replace the dialect's own lines (e.g. every PFC line) without the tree.
   */
  lines?: Located<string>[];
  /**
   * OSPF on this interface: the area it is in (dotted quad) and whether `ip ospf mtu-ignore` is set; the loc is
   * the line that enables it (`ip ospf area`, `ip router ospf … area`, or the `router ospf` `network` statement).
   * Added for mtu/ospf-adjacency: OSPF compares the IP MTU in DBD packets, so an MTU mismatch keeps the
   * adjacency in EXSTART/EXCHANGE. Passive interfaces form no adjacency and carry no `ospf`.
   */
  ospf?: Located<{ area: string; mtuIgnore: boolean }>;
  /**
   * NX-OS `fabric forwarding mode anycast-gateway`: the SVI's `ip address` is the distributed gateway every leaf
   * configures alike. Added for link/duplicate-address and subnet inference, which must not take it for a duplicate.
   */
  anycastGateway?: Located<boolean>;
  /**
   * DSCP classification on this port when it is not the device's table (`DeviceQos.dscpToClass`): the port's
   * own ingress policy, or none at all (NX-OS: a port without `service-policy type qos input` leaves every
   * packet in qos-group 0). Added so the per-hop behaviour of a code point is judged at each end of a link.
   */
  classification?: InterfaceClassification;
  /**
   * The DSCP a packet of each class leaves this port with (index = class, in the namespace of `dscpToClass`):
   * Junos `rewrite-rules dscp` on the port or its unit. Added so the per-hop behaviour sees a code point the port
   * hands its peer under another value.
   */
  egressDscpRewrite?: (Located<number> | undefined)[];
}

/** A port's line rate as the model knows it (Interface.speed). */
export interface PortSpeed {
  /** Line rate in Gb/s. */
  gbps: number;
  /** Lanes, when the speed line names them (EOS `speed 100g-4`). */
  lanes?: number;
  /**
   * Where the number comes from: the port's own speed line ('configured'; Junos `chassis … port N speed` too), the
   * breakout command of the port it is a sub-port of ('breakout'), or the default speed of that port on the
   * platform the file names ('platform').
   */
  source: 'configured' | 'breakout' | 'platform';
  /** As written (the speed word, the breakout mode, the platform and its port), for messages. */
  written: string;
  loc: Loc;
}

/** How one port classifies by DSCP (filled by the reader when it differs from the device's table). */
export interface InterfaceClassification {
  /** Index = DSCP 0..63; value = class, in the namespace of `DeviceQos.dscpToClass`. */
  dscpToClass: (Setting<number> | undefined)[];
  /** DSCPs the classifying policy rewrites on ingress (`set dscp`), index = DSCP. */
  remark: (Located<number> | undefined)[];
  /** DSCPs the classifying policy drops (a class with `drop`, or a policer that drops what conforms), index = DSCP. */
  drop?: (Located<boolean> | undefined)[];
  /** The policy that classifies, as attached (its `service-policy` line); undefined when the port has none. */
  policy?: Located<string>;
  /** True when the policy classifies by CoS only: a DSCP says nothing about the class on this port. */
  byCos: boolean;
}

export type SymbolKind =
  | 'class-map'
  | 'policy-map'
  | 'qos-profile'
  | 'dscp-map'
  | 'classifier'
  | 'scheduler'
  | 'scheduler-map'
  | 'drop-profile'
  | 'congestion-notification-profile'
  | 'buffer-profile'
  | 'buffer-pool'
  | 'wred-profile'
  | 'rewrite-rule'
  /** Junos forwarding classes (`forwarding-classes class X queue-num N`), named by classifiers, rewrite rules and scheduler-maps. */
  | 'forwarding-class';

/** A named structure the config defines (class-map, policy-map, qos profile …). `subtype` is e.g. the policy-map type. */
export interface SymbolDef {
  kind: SymbolKind;
  subtype?: string;
  name: string;
  loc: Loc;
  block?: Block;
  /**
   * Where the name itself is written, in every header or line that defines it (a repeated section, each `set`
   * line of a Junos set file). Added for rename and find-references, which edit the name and nothing else;
   * absent where the reader does not locate the name apart from `loc` (then `loc` is the name).
   */
  nameLocs?: Loc[];
  /**
   * The table the definition is an entry of (SONiC config_db: SCHEDULER, WRED_PROFILE …). Each table is a name
   * space of its own: only an entry of the reference's `table` defines it. Set by the reader.
   */
  table?: string;
}

/** A use of a named structure; `usage` says where it is used (service-policy, policy class, system qos …). */
export interface SymbolRef {
  kind: SymbolKind;
  subtype?: string;
  name: string;
  usage: string;
  loc: Loc;
  /**
   * The name is one the platform defines itself, so the file needs no definition: NX-OS `default-*` policies
   * (`default-nq-8e-policy`), Junos built-in classifiers and rewrite rules (`default`, `dscp-default`,
   * `ieee8021p-default` …). Set by the reader.
   */
  builtin?: boolean;
  /** The table whose entry the name is, where definitions are table entries (SONiC config_db: SCHEDULER, WRED_PROFILE …). */
  table?: string;
  /**
   * Every place this use writes the name when the reader merged several statements into one use (a Junos set
   * file repeats a classifier's forwarding class on each of its lines); absent when `loc` is the only one. Added
   * for rename and find-references.
   */
  writtenAt?: Loc[];
}

export interface PolicyClass {
  /** Class-map name (or a system class such as c-8q-nq3, class-default). */
  name: string;
  loc: Loc;
  block: Block;
  setQosGroup?: Located<number>;
  setTrafficClass?: Located<number>;
  setDscp?: Located<number>;
  setCos?: Located<number>;
  /**
   * The class drops what it matches: a `drop` action, or a policer whose conform action is `drop` (IOS/NX-OS
   * `police … conform-action drop`). Added so the per-hop behaviour can say "dropped"; a policer that
   * transmits what conforms only limits the rate and is not this.
   */
  drop?: Located<boolean>;
  /** network-qos `pause pfc-cos N` (or `pause no-drop`, resolved to the CoS values classified into the class's qos-group). */
  pausePfcCos?: Located<number[]>;
  /** network-qos `pause no-drop` without `pfc-cos`: the class is lossless, its priority comes from classification. */
  pauseNoDrop?: Located<boolean>;
  /**
   * The qos-group (system class) a queuing / network-qos class serves: from a system-class name
   * (c-out-8q-q3, c-8q-nq3) or from its class-map's `match qos-group N` (Nexus 3000/5000 user classes).
   */
  qosGroup?: Located<number>;
  mtu?: Located<number>;
  queue?: QueueConfig;
}

export interface PolicyMap {
  name: string;
  /** The platform defines it, so it needs no definition and no attachment in the file (NX-OS `default-*` policies). */
  builtin?: boolean;
  /** As written, lower case: qos, queuing, network-qos, quality-of-service, pdp … ('' when untyped, IOS MQC). */
  type: string;
  loc: Loc;
  block: Block;
  classes: PolicyClass[];
}

export interface ClassMap {
  name: string;
  type: string;
  matchAll: boolean;
  loc: Loc;
  block: Block;
  matchDscp: Located<number[]>[];
  matchCos: Located<number[]>[];
  /** `match qos-group N` (NX-OS queuing / network-qos class-maps of platforms with user-defined system classes). */
  matchQosGroup?: Located<number>;
}

/** Watchdog of the device (global lines). Timers are seconds. */
export interface PfcWatchdog {
  enabled: Setting<boolean>;
  timeout?: Located<number>;
  recovery?: Located<number>;
  polling?: Located<number>;
  action?: Located<string>;
}

/** How the platform's PFC watchdog behaves (what `PfcWatchdog`, the configuration, leaves unsaid). */
export interface WatchdogBehaviour {
  /**
   * True when a device without a watchdog line runs no watchdog: the reader reads every line that can start it
   * and the vendor's default is off (EOS, NX-OS). False where that is not established: SONiC can start it from
   * `DEVICE_METADATA` or `pfcwd start_default` outside the QoS tables; for Junos and Cumulus, whose per-port
   * `pfc-watchdog` is read, a missing line has not been checked against the platforms' defaults; IOS has none.
   */
  absenceMeansOff: boolean;
  /**
   * True when a port's own switch (`InterfacePfc.watchdog` true) runs the watchdog on that port without the
   * device-wide one (NX-OS `priority-flow-control watch-dog-interval on` under the interface, Junos and Cumulus
   * per-port `pfc-watchdog`, SONiC `PFC_WD|<port>`). False where the port switch can only turn off a
   * device-wide watchdog (EOS).
   */
  portSwitchEnables: boolean;
  /**
   * True when the platform polls once per `polling` interval and needs the interval to be at most half of
   * min(timeout, recovery) to act in time (EOS `priority-flow-control pause watchdog default polling-interval`).
   * False where the polling interval has no such bound, or the platform derives the timers from one setting.
   */
  pollingAtMostHalfTimeout: boolean;
}

/**
 * How PFC is switched on and declared on this platform. Filled by the reader from what the vendor documents,
 * so rules decide by these facts and never by the dialect.
 */
export interface PfcBehaviour {
  /**
   * Where the no-drop priorities are declared. 'device': one device-wide declaration makes them no-drop (and
   * reserves their lossless buffer) and each port only switches PFC on or off (NX-OS system network-qos
   * `pause pfc-cos`, copied into `InterfacePfc.noDropPriorities` of every port that is not off).
   * 'interface': each port (or the profile it uses) declares its own set (EOS, IOS, SONiC `pfc_enable`,
   * Junos congestion-notification-profile, Cumulus PFC profile).
   */
  scope: 'device' | 'interface';
  /**
   * True when `InterfacePfc.mode` 'auto' means "PFC as DCBX negotiates it with the peer" (NX-OS, the default
   * mode there). False where the reader never gives 'auto'.
   */
  autoNegotiates: boolean;
  /**
   * True when a port whose PFC is not off advertises its no-drop priorities to the peer through DCBX with no
   * further configuration (NX-OS: LLDP and DCBX run by default), so a peer at 'auto' follows it. False where
   * DCBX is off unless configured, which the model does not read (EOS, IOS, …).
   */
  advertisesByDefault: boolean;
  /**
   * True when a port-channel's own PFC mode line is the setting its members should carry (NX-OS configures
   * PFC on the port-channel and on its members). False where PFC is configured per member only (EOS, Cumulus).
   */
  portChannelMode: boolean;
  /** How the watchdog behaves here. */
  watchdog: WatchdogBehaviour;
}

/** The device's vendor-neutral QoS chain: DSCP → class → queue, lossless priorities, ECN per queue. */
export interface DeviceQos {
  /** Index = DSCP 0..63; value = traffic class (EOS) / qos-group (NX-OS). Defaulted where the platform default applies. */
  dscpToClass: (Setting<number> | undefined)[];
  cosToClass: (Setting<number> | undefined)[];
  /** Index = class; value = egress queue. */
  classToQueue: (Setting<number> | undefined)[];
  /** Lossless priorities declared device-wide (NX-OS network-qos pause pfc-cos under system qos). */
  noDropPriorities: Located<number>[];
  /** Device-wide egress queue settings (NX-OS system queuing policy). */
  queues: QueueConfig[];
  /**
   * `set dscp` of the device's classifying policy (the one `dscpToClass` was derived from), index = DSCP: what
   * ports that use the device's table rewrite on ingress. Ports with their own policy carry theirs in `classification`.
   */
  dscpRemark?: (Located<number> | undefined)[];
  /** DSCPs the device's classifying policy drops (see `InterfaceClassification.drop`), index = DSCP. */
  dscpDrop?: (Located<boolean> | undefined)[];
  /** EOS `qos rewrite dscp` and similar global remarking. */
  dscpRewrite?: Located<boolean>;
  watchdog: PfcWatchdog;
  classMaps: ClassMap[];
  policyMaps: PolicyMap[];
  /** Service policies attached device-wide (NX-OS `system qos`). */
  systemPolicies: Located<ServicePolicyRef>[];
  /** Where `system qos` (or equivalent) lives, for inserting a missing attachment. */
  systemQosBlock?: Block;
  /**
   * EOS `priority-flow-control all off`: PFC is disabled on every interface whatever their own lines say.
   * Added because interface `pfc.mode` keeps the interface's own setting; rules must check this too.
   */
  pfcAllOff?: Located<boolean>;
  /**
   * NX-OS: name of the `policy-map type qos` that `dscpToClass`/`cosToClass` were derived from (the one
   * attached with `service-policy type qos input` on most interfaces, else the only one defined).
   * Added so a rule can say which policy the table describes; per-policy mappings are in `policyMaps`.
   */
  classificationPolicy?: string;
  /**
   * The PFC priority whose PAUSE stops each class (index = class), when it is not the class number itself:
   * NX-OS qos-group N → `pause pfc-cos P` of network-qos class c-8q-nqN; Junos forwarding-class queue →
   * its `no-loss pfc-priority`. Where the array is present an empty entry means "no priority pauses this
   * class"; where it is absent (EOS traffic class, SONiC TC, Cumulus switch priority) class N is priority N.
   */
  classToPriority?: (Located<number> | undefined)[];
  /** How PFC is declared and negotiated on this platform. */
  pfcBehaviour: PfcBehaviour;
  /**
   * What the platform calls the internal class of `dscpToClass` in messages: 'traffic-class' (EOS),
   * 'qos-group' (NX-OS), 'class' elsewhere.
   */
  classLabel: string;
  /** What the platform calls an egress queue in messages: 'tx-queue' (EOS), 'queue' elsewhere. */
  queueLabel: string;
  /**
   * What classifies a packet that no configured policy or map classifies. 'table': the platform's default
   * DSCP → class table (EOS: by class selector), given as the defaulted entries of `dscpToClass`. 'none':
   * everything stays in class 0 (NX-OS: a port without `service-policy type qos input`); the defaulted
   * entries then only say so and classify nothing.
   */
  defaultClassification: 'table' | 'none';
  /**
   * True when `cosToClass` applies only on ports that trust CoS (`Interface.qosTrust` 'cos', EOS `qos trust cos`).
   * False when it comes from the classification policy that every classifying port applies (NX-OS `match cos`).
   */
  cosNeedsTrust: boolean;
  /**
   * True when each port chooses the header field it trusts, with a default by port mode (EOS `qos trust` under
   * the interface: routed ports DSCP, switchports CoS), so `Interface.qosTrust` is the port's own choice. False
   * where trust comes from a profile several ports share (Cumulus mapping profile) or the platform has none.
   */
  trustPerPort: boolean;
  /**
   * Where the settings of egress queues (strict priority, bandwidth, ECN) live. 'interface': on each port
   * (`Interface.queues`: EOS tx-queue under the interface or its qos profile, SONiC `QUEUE|port|q`). 'policy':
   * in the classes of queuing policies attached to ports or device-wide (NX-OS `type queuing`; see
   * `schedulingPolicyType`). Absent where the reader gives queue settings no rule can tie to ports yet (IOS,
   * Junos schedulers, Cumulus).
   */
  queueSettings?: 'interface' | 'policy';
  /**
   * The policy-map type whose classes schedule egress queues (`PolicyClass.queue`): 'queuing' on NX-OS, where
   * each class names the system class (qos-group) it serves; '' for untyped IOS MQC. Absent where scheduling is
   * not in policy maps (EOS tx-queues, SONiC, Junos, Cumulus).
   */
  schedulingPolicyType?: string;
  /**
   * How an egress queue becomes strict priority. 'ladder': every queue is strict until a `strictPriority: false`
   * on it or on a higher queue makes it weighted (EOS tx-queues: `no priority`; strict queues sit above weighted
   * ones). 'explicit': a queue is strict only where its settings say so (NX-OS `priority level 1` in the queuing
   * policy in effect; none without one). Absent where strict priority is not judged (IOS, SONiC, Junos, Cumulus).
   */
  strictPriority?: 'ladder' | 'explicit';
  /**
   * True when policy-maps and class-maps carry a type (qos, queuing, network-qos) that an attachment or a policy
   * class must match (EOS, NX-OS). False for untyped IOS MQC and for dialects without policy maps.
   */
  typedPolicies: boolean;
  /**
   * True when the platform applies qos, queuing and network-qos policies device-wide by attaching them in one
   * place (NX-OS `system qos`), listed in `systemPolicies`; a network-qos policy works only there.
   */
  deviceWidePolicies: boolean;
}

/** Something the extractor saw but could not use: an unknown top-level command is not a note; a malformed value is. */
export interface ParseNote {
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  loc: Loc;
}

/**
 * MLAG (EOS `mlag configuration`), vPC (NX-OS `vpc domain`) or CLAG (Cumulus `clag`): what pairs this switch with
 * its peer. Added for peer-link inference (links/peer-links.ts) and interface roles.
 */
export interface PeerGroup {
  kind: 'mlag' | 'vpc' | 'clag';
  /** The same on both peers: EOS `domain-id`, NX-OS `vpc domain N`, Cumulus `clag sys-mac`. */
  domain?: Located<string>;
  /** Canonical name of the peer-link port-channel or bond (EOS `peer-link`, NX-OS `vpc peer-link`, Cumulus `peerlink`). */
  peerLink?: Located<string>;
  /** The interface that carries the peering address (EOS `local-interface Vlan4094`, Cumulus `peerlink.4094`). */
  localInterface?: Located<string>;
  /** The address this switch peers from when the config names it (NX-OS `peer-keepalive … source`). */
  localAddress?: Located<string>;
  /** The peer's address (EOS `peer-address`, NX-OS `peer-keepalive destination`, Cumulus `clag peer-ip`). */
  peerAddress?: Located<string>;
}

/** The base of every dialect's facts (Device.facts): whose they are, checked before they are read. */
export interface DialectFacts {
  readonly dialect: Dialect;
}

/** One VLAN the device defines (EOS/NX-OS/IOS `vlan N`, Junos `vlans`, SONiC `VLAN`, Cumulus bridge `bridge-vids`). */
export interface VlanDef {
  id: number;
  loc: Loc;
  name?: string;
  /**
   * The VXLAN VNI the VLAN is mapped to (EOS `vxlan vlan N vni M`, NX-OS `vn-segment`, Junos `vxlan vni`, SONiC
   * `VXLAN_TUNNEL_MAP`, Cumulus `bridge-access` on a VXLAN device): the VLAN is carried over the overlay.
   */
  vni?: Located<number>;
  /** EOS `trunk group X` under the VLAN: only trunks of one of these groups carry it (`Interface.trunkGroups`). */
  trunkGroups?: readonly string[];
}

/** Spanning tree on the device, as far as the reader knows it. */
export interface SpanningTree {
  /**
   * False when the device runs no spanning tree (EOS `spanning-tree mode none`, Cumulus `bridge-stp off`), with the
   * line; defaulted true where the platform runs it without one.
   */
  enabled: Setting<boolean>;
  /** The mode as written (mstp, rapid-pvst, rstp, none …), when a line names it. */
  mode?: Located<string>;
  /** VLANs spanning tree is switched off for (NX-OS / IOS `no spanning-tree vlan 10-20`). */
  offVlans?: Located<VlanSet>;
}

export interface Device {
  hostname: string;
  hostnameLoc?: Loc;
  dialect: Dialect;
  /**
   * The network OS as messages name it (eos, nxos, ios, junos, sonic, nvue), and the key that groups devices of
   * one OS in comparisons. Wording only: what the OS does differently is in the model's own fields.
   */
  os: string;
  uri: string;
  /** Platform hint from the file header (e.g. DCS-7260CX-64, EOS-4.22.3M). */
  platform?: string;
  version?: string;
  interfaces: Map<string, Interface>;
  qos: DeviceQos;
  symbols: { defs: SymbolDef[]; refs: SymbolRef[] };
  /** End of file position and the top-level indentation, for inserting global lines. */
  topLevelEnd: Position;
  /** VRF name → route distinguisher etc. is not needed yet; the default VRF is ''. */
  notes: ParseNote[];
  /**
   * What this device's dialect keeps of the file beyond the vendor-neutral model (the file's form, set-line paths,
   * the config_db table a field sits in), for its fix writer and, for SONiC, its own table rules. Defined in the
   * dialect's folder and read back with `dialectFacts` (model/dialect-facts.ts), so a new dialect adds none here.
   */
  facts?: DialectFacts;
  /**
   * True when a port carries no L3 of its own and its subinterfaces do (Junos units, SR Linux subinterfaces): the
   * addresses, IP MTU and VRF are on `et-0/0/0.0` / `ethernet-1/1.0`, so link evidence that names a port with exactly
   * one subinterface means that subinterface (links/resolve.ts). Set by the reader.
   */
  l3OnSubinterfaces?: boolean;
  /** MLAG / vPC / CLAG pairing, when configured. */
  peerGroup?: PeerGroup;
  /**
   * The VLANs the device defines (read with the functions of model/vlan-table.ts). Absent where the reader does not
   * read them; a trunk carries only the VLANs it allows that the device defines. Added for the l2/ rules.
   */
  vlans?: VlanTable;
  /** Spanning tree on the device; absent where the reader does not know it (SONiC, SR Linux). */
  spanningTree?: SpanningTree;
  /**
   * The VXLAN tunnel source interface when the device names it outside any interface (Junos `switch-options` or a
   * `mac-vrf` routing instance: `vtep-source-interface lo0.0`). EOS and NX-OS name it on their VXLAN / NVE interface
   * (`Interface.vxlanSource`). Either makes the device a VTEP whose underlay carries 50 bytes of VXLAN.
   */
  vtepSource?: Located<string>;
}

export interface Endpoint {
  device: string;
  interface: string;
}

export type LinkSourceKind =
  'intent' | 'clab' | 'layer1' | 'avd-csv' | 'sonic-device-neighbor' | 'lldp' | 'subnet' | 'description' | 'port-channel' | 'peer-link';

/** One piece of evidence that two interfaces are cabled together. */
export interface LinkEvidence {
  source: LinkSourceKind;
  a: Endpoint;
  b: Endpoint;
  /** Where the evidence is written (a clab endpoint line, a CSV row, the two address lines …). */
  locs: Loc[];
  /** Human wording, e.g. "subnet 10.0.0.0/31". */
  detail: string;
}

/** What an LLDP neighbour advertises about itself. */
export interface NeighborAdvert {
  /** System name, else the chassis ID (hosts often send no name). */
  systemName: string;
  portId: string;
  /** LLDP port ID subtype: an interface name, a MAC address (a host's NIC, lldpd on Linux), or a local string. */
  portIdKind: 'ifname' | 'mac' | 'local';
  /** Enabled system capabilities, lower case (bridge, router, station, wlan, telephone, other …); undefined when not advertised. */
  capabilities?: string[];
}

/** An LLDP neighbour of a workspace interface that is not a device of the workspace (a host, an external switch). */
export interface ExternalNeighbor {
  /** The workspace end (device key, interface key). */
  endpoint: Endpoint;
  advert: NeighborAdvert;
  /** The neighbour's entry in the LLDP file. */
  loc: Loc;
}

export interface Link {
  a: Endpoint;
  b: Endpoint;
  /** The winning evidence. */
  source: LinkSourceKind;
  detail: string;
  evidence: LinkEvidence[];
}

/**
 * A multi-access segment: one subnet (in one VRF) shared by three or more distinct addresses. It is link evidence
 * (every member reaches the others) without pairing anyone.
 */
export interface LanSegment {
  subnet: string;
  vrf: string;
  members: { endpoint: Endpoint; address: string; loc: Loc }[];
}

/** An interface role the intent sets (`interfaces:`): hostname and interface globs, the role, where it is written. */
export interface InterfaceRoleAssignment {
  devices: string[];
  interfaces: string[];
  role: 'fabric' | 'host' | 'peer-link' | 'management' | 'unknown';
  loc: Loc;
}

export interface Fabric {
  devices: Map<string, Device>;
  links: Link[];
  /** Interface roles the intent sets, in file order; they win over inferred roles (model/interface-roles). */
  roleAssignments?: InterfaceRoleAssignment[];
  /** LLDP neighbours outside the workspace, in file order: evidence of what a port faces (model/interface-roles). */
  externalNeighbors?: ExternalNeighbor[];
  /** Multi-access segments (absent on fabrics built before segments were inferred). */
  segments?: LanSegment[];
  /** Evidence that could not become a link (ambiguous subnets, conflicts, unknown devices): rules report these. */
  linkIssues: LinkIssue[];
  /**
   * Each device's links, segments and LLDP neighbours, kept by the engine with the same objects from lint to lint while
   * they are the same (model/neighbourhood.ts); computed from the fields above when absent.
   */
  neighbourhoods?: ReadonlyMap<string, Neighbourhood>;
}

export type LinkIssue =
  | { kind: 'ambiguous-subnet'; subnet: string; members: { endpoint: Endpoint; loc: Loc }[] }
  | { kind: 'source-conflict'; winner: LinkEvidence; loser: LinkEvidence }
  | { kind: 'unpaired'; endpoint: Endpoint; loc: Loc; subnet: string };

export function interfaceOf(fabric: Fabric, e: Endpoint): Interface | undefined {
  return fabric.devices.get(e.device)?.interfaces.get(e.interface);
}
