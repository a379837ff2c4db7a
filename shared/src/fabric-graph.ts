/**
 * The fabric as a picture sees it: devices by tier, links with their state and both ends' values, and the
 * findings behind each colour. The language server answers `fabricLint/fabricGraph` with it (docs/protocol.md),
 * the CLI's HTML report embeds it, and shared/src/fabric-picture.ts draws it; nothing in it needs the model.
 * Positions are zero-based LSP positions; uris are the server's (canonical `file:` uris).
 *
 * Versioned: a client reads `version` and refuses a shape it does not know. Fields are only ever added within
 * a version.
 */

export const FABRIC_GRAPH_VERSION = 1;

export type GraphSeverity = 'error' | 'warning' | 'info' | 'hint';

/** Severities, worst first. */
export const SEVERITIES: readonly GraphSeverity[] = ['error', 'warning', 'info', 'hint'];

/** True when `x` is worse than `y` (or `y` is absent). */
export function worse(x: GraphSeverity, y: GraphSeverity | undefined): boolean {
  return y === undefined || SEVERITIES.indexOf(x) < SEVERITIES.indexOf(y);
}

/**
 * What a link's findings say about it, worst first in this order when several apply:
 * mtu (MTU mismatch), pfc (PFC mismatch), qos (QoS-contract break: a code point behaves differently at the two
 * ends, or trust differs), other (another finding about the link: speed/FEC, evidence that disagrees, rules of
 * families this shape does not name yet), weak (no finding, but the only evidence is a description), consistent.
 * An unpaired port (its point-to-point subnet has no peer in the workspace) is not a link: see `GraphUnpaired`.
 */
export type LinkState = 'mtu' | 'pfc' | 'qos' | 'other' | 'weak' | 'consistent';

export const LINK_STATES: readonly LinkState[] = ['mtu', 'pfc', 'qos', 'other', 'weak', 'consistent'];

export interface GraphRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface GraphLoc {
  uri: string;
  range: GraphRange;
}

export interface GraphValue<T> {
  value: T;
  /** True when no line sets it and the platform default applies (`loc` is then the section's header). */
  defaulted?: boolean;
  loc?: GraphLoc;
}

export interface GraphFinding {
  ruleId: string;
  /** The rule's category (the part before `/`): mtu, pfc, qos, link, workspace, or a family added later. */
  family: string;
  severity: GraphSeverity;
  message: string;
  loc: GraphLoc;
  /** Device (hostname) whose file the finding is in; absent for findings in topology or intent files. */
  device?: string;
  /** Index into `FabricGraph.links` when the finding is about a link. */
  link?: number;
}

/** Per-hop behaviour of one code point of the QoS contract at one end (model/hop-behaviour.ts). */
export interface GraphHop {
  dscp: number;
  /** Contract class name (intent class, else roce / cnp). */
  name: string;
  /** lossless, strict, ecn, best-effort, remarked, dropped, by-cos. */
  kind: string;
  /** In words: "lossless on priority 3, ECN-marked". */
  text: string;
  /** Local names for display: "traffic-class 3 → queue 3". */
  local: string;
  pausedOn?: number;
  ecn: boolean;
  /**
   * What the rules compare across a link (model/hop-behaviour.ts): the pause (`p3`, `lossy`, `drop`, `cos`), a
   * rewrite to a code point that means something else here (`p3>0`), and `|strict` for a prioritised lossy one.
   * Two ends with the same meaning keep the contract, whatever their local names or wording. Added in version 1.
   */
  meaning?: string;
  /** The line that classifies the code point. */
  loc: GraphLoc;
}

/** One end of a link. In a brief graph (`ends: 'brief'`) only `device` and `interface` are present. */
export interface GraphEnd {
  device: string;
  interface: string;
  /** The interface's header line. */
  loc?: GraphLoc;
  /** L3 MTU (the vendor's number converted, see dialects/mtu.ts); null value when the files cannot tell. */
  mtu?: GraphValue<number | null> & { written?: number };
  pfc?: {
    mode: GraphValue<string>;
    noDrop: number[];
    /** The priorities lossless on this port as the PFC rules read it (PFC in effect with its no-drop set; empty when off). */
    lossless?: number[];
    loc?: GraphLoc;
  };
  /** The port's own trust setting, on platforms that have one (EOS `qos trust`); see `classification`. */
  trust?: GraphValue<string>;
  /**
   * What classifies traffic entering the port: the header field that decides the class (DSCP, CoS or nothing)
   * and the setting that says so, "trust dscp (default)" or "policy QOS_IN" where a policy classifies (NX-OS, SONiC,
   * Junos have no per-port trust). Ends are compared by `field`.
   */
  classification?: { field: 'dscp' | 'cos' | 'none'; text: string; loc?: GraphLoc };
  /** One entry per code point of the contract (`FabricGraph.contract`). */
  hop?: GraphHop[];
}

export interface GraphLink {
  a: GraphEnd;
  b: GraphEnd;
  state: LinkState;
  /** Every state the link's findings give (empty when consistent or weak). */
  states: LinkState[];
  /** Worst severity among the link's findings. */
  severity?: GraphSeverity;
  /** Winning evidence source (intent, clab, lldp, subnet, description …) and its wording. */
  source: string;
  detail: string;
  /** Every source that says the link exists, most trusted first (empty in a brief graph: `source` and `detail` name the winner). */
  evidence: { source: string; detail: string; loc?: GraphLoc }[];
  /** Indexes into `FabricGraph.findings`. */
  findings: number[];
}

export interface GraphUnpaired {
  device: string;
  interface: string;
  subnet: string;
  loc: GraphLoc;
  findings: number[];
}

export interface GraphDevice {
  /** The hostname; unique in the fabric. */
  id: string;
  os: string;
  /** Role from the intent's `roles:`, else inferred from the hostname, else `default`. */
  role: string;
  roleSource: 'intent' | 'inferred' | 'default';
  /** Row of the picture, 0 = top (`FabricGraph.tiers[tier]` names it). */
  tier: number;
  /** How the tier was found: from the role, or from the distance to the host-facing (leaf) tier. */
  tierFrom: 'role' | 'depth';
  /** Pod (the group of the picture when the fabric is large): `pod<N>` from the hostname, else the tier name. */
  pod: string;
  uri: string;
  /** The hostname line, else the start of the file. */
  loc: GraphLoc;
  worst?: GraphSeverity;
  counts: Record<GraphSeverity, number>;
  /** Indexes into `FabricGraph.findings`: every finding in the device's file. */
  findings: number[];
}

export interface FabricGraph {
  version: typeof FABRIC_GRAPH_VERSION;
  /** Tier names, top to bottom: super-spine, spine, leaf (and `tier N` rows the roles do not name). */
  tiers: string[];
  /** The code points of the QoS contract, in the order of every `GraphEnd.hop`. */
  contract: { dscp: number; name: string; source: string }[];
  devices: GraphDevice[];
  links: GraphLink[];
  unpaired: GraphUnpaired[];
  findings: GraphFinding[];
}

/**
 * A link's state from its findings (those `keep` accepts; all by default): every state they give, worst first, the
 * worst one, and the worst severity. Without findings: weak when only descriptions say the link exists.
 */
export function linkStateOf(
  l: Pick<GraphLink, 'findings' | 'evidence' | 'source'>,
  findings: readonly GraphFinding[],
  keep: (finding: number) => boolean = () => true,
): { state: LinkState; states: LinkState[]; severity?: GraphSeverity } {
  const seen = new Set<LinkState>();
  let severity: GraphSeverity | undefined;
  for (const i of l.findings) {
    if (!keep(i)) continue;
    const f = findings[i]!;
    seen.add(linkStateOfFamily(f.family));
    if (worse(f.severity, severity)) severity = f.severity;
  }
  const states = LINK_STATES.filter((s) => seen.has(s));
  // A brief graph lists no evidence: the winner is the most trusted source, so a description wins when nothing more trusted speaks.
  const weak = l.evidence.length > 0 ? l.evidence.every((e) => e.source === 'description') : l.source === 'description';
  return { state: states[0] ?? (weak ? 'weak' : 'consistent'), states, ...(severity ? { severity } : {}) };
}

/** The state a finding about a link gives it, by its rule family; families named later count as `other`. */
export function linkStateOfFamily(family: string): LinkState {
  return family === 'mtu' || family === 'pfc' || family === 'qos' ? family : 'other';
}

export function linkStateLabel(state: LinkState): string {
  return LINK_STATE_LABELS[state];
}

const LINK_STATE_LABELS: Record<LinkState, string> = {
  mtu: 'MTU mismatch',
  pfc: 'PFC mismatch',
  qos: 'QoS-contract break',
  other: 'other link finding',
  weak: 'inferred from weak evidence',
  consistent: 'consistent',
};
