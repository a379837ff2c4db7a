import type { Loc } from '../model/location';
import type { Fix } from '../model/edit';
import type { Device, Dialect, Fabric, Interface } from '../model/types';
import type { Intent } from '../intent/types';
import type { FixWriter } from '../dialects/fix-writer';
import type { LinkEnds } from './support/links';
import type { DevicePair } from './support/pairs';

/** Edits and fixes belong to the model layer (writers build them); re-exported for rules and their callers. */
export type { Fix, TextEdit } from '../model/edit';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type Scope = 'line' | 'device' | 'link' | 'fabric';
export type Category = 'mtu' | 'pfc' | 'qos' | 'link' | 'design' | 'l2' | 'mlag' | 'workspace';

/**
 * What a rule reads, so that the engine (rules/engine.ts RuleRunner) can keep its findings from one lint to the next.
 * - `fabric`, the default: anything at all; the rule runs again on every lint.
 * - `device`: the rule judges the devices `devicesOf(ctx)` yields, each from that device alone — with its own links,
 *   segments and LLDP neighbours, hence its interfaces' roles, and the intent and options — and reports only in the
 *   judged device's file. It reads no other device and no `linkIssues`. The engine keeps each device's findings while
 *   its Device object (an unchanged file keeps its Device) and its links are the same objects, and judges again only
 *   the others; when the intent or the settings change, every device is judged again.
 * - `link`: the rule judges the links `linksOf(ctx)` (or `pfcLinksOf`) yields, each from that link and its two end
 *   devices alone (and the intent, options and the names of the workspace's devices), with no state from one link to
 *   the next, and reports only in the two ends' files. The engine keeps each link's findings while the Link object
 *   and both end devices are the same objects.
 * - `pair`: the rule judges the device pairs `pairsOf(ctx)` yields (or their links, `pairLinksOf`), each an unordered
 *   pair of devices with every link between them, from those two devices and their links alone (and the intent,
 *   options and the names of the workspace's devices), and reports only in the two devices' files. For what must see
 *   all links between two switches at once: the members of one LAG pair, an MLAG/vPC/CLAG pair. The engine keeps a
 *   pair's findings while both Device objects, the links between them and both devices' neighbourhoods (links,
 *   segments and LLDP neighbours: what their interfaces' roles are made of) are the same objects.
 * - `peers`: as `device`, and the rule may also read the devices at the other end of the judged device's links (a
 *   peer's PFC, trust or MTU facing this device). The engine keeps a device's findings while the device, its
 *   neighbourhood and each of those peer Device objects are the same objects.
 * - `aggregate`: the rule compares every device with a fabric-wide aggregate (a majority, a contract, a role group)
 *   made of one contribution per device (`Rule.contribution`): what of that device the verdicts on the OTHER devices
 *   depend on. It judges the devices `devicesOf(ctx)` yields, reading any device it needs for the aggregate through
 *   `fabricDevicesOf(ctx)`, and reports only in the judged devices' files. The engine keeps a device's findings
 *   while its Device object and its links (and, with `farEnds`, the devices at the other ends of its links, as for `peers`) are the
 *   same and the fabric digest — the contributions joined, or `Rule.digest` of them — is the same string; when the
 *   digest moves, every device is judged again, as when the intent or the settings change.
 */
export type RuleReads = 'fabric' | 'device' | 'link' | 'pair' | 'peers' | 'aggregate';

export interface RuleOption {
  description: string;
  default: unknown;
}

/** Everything the docs generator needs; rule docs are generated from this, never written by hand. */
export interface RuleMeta {
  /** Stable `category/slug`; becomes diagnostic.code and docs/rules/<category>-<slug>.md. */
  id: string;
  title: string;
  category: Category;
  severity: Severity;
  scope: Scope;
  /** What the rule reads (see RuleReads); without it, the rule runs on every lint. */
  reads?: RuleReads;
  /** Markdown: why this hurts a lossless RoCEv2 fabric. */
  rationale: string;
  /** Message templates by message id; `{name}` is replaced with data.name. Tests assert ids and data, not wording. */
  messages: Record<string, string>;
  /** What the quick-fix does, or undefined when the rule has none. */
  fix?: string;
  options?: Record<string, RuleOption>;
  /** A config excerpt that triggers the rule, shown in the docs (dialect-tagged). */
  example: { dialect: Dialect; config: string; explanation?: string };
}

export interface RelatedInfo {
  loc: Loc;
  message: string;
}

export interface Finding {
  ruleId: string;
  messageId: string;
  data: Record<string, string | number>;
  /** Rendered from the rule's template. */
  message: string;
  severity: Severity;
  loc: Loc;
  related: RelatedInfo[];
  fixes: Fix[];
  /** 'unnecessary' renders as faded text (unused definitions). */
  tags?: 'unnecessary'[];
  /** The one line that causes this finding and others like it (see `FindingCause`); consumed by the engine. */
  cause?: FindingCause;
}

/**
 * The one line behind many findings: a default inherited by every unit of a port, a profile applied to every
 * port. The engine reports findings of one rule that share a cause (same message id, same cause line) once, on
 * that line, with every place as a related location; a cause with a single finding leaves it where it is.
 */
export interface FindingCause {
  loc: Loc;
  /** Message of the grouped finding; `{count}` is the number of places, `{places}` names the first few. */
  message: string;
}

export interface RuleContext {
  fabric: Fabric;
  intent: Intent | undefined;
  /** Options of this rule: defaults merged with the intent/settings overrides. */
  options: Record<string, unknown>;
  /**
   * The devices this run judges, for a rule that reads one device at a time (RuleReads `device`); undefined: every
   * device. Rules read it through devicesOf (rules/support/scope.ts), never directly.
   */
  judging?: ReadonlySet<Device>;
  /**
   * For a rule reading a fabric-wide aggregate (RuleReads `aggregate`): every device's contribution (Rule.contribution)
   * in this fabric, by Device; the rule may read the aggregate from them instead of reading every device again.
   */
  contributions?: ReadonlyMap<Device, Contribution>;
  /** For a rule reading a fabric-wide aggregate: what Rule.derived made of the contributions (kept while they are the same). */
  derived?: unknown;
  /** The links this run judges, for a rule that reads one link at a time (RuleReads `link`); read through linksOf. */
  judgingLinks?: readonly LinkEnds[];
  /** The device pairs this run judges, for a rule that reads one pair at a time (RuleReads `pair`); read through pairsOf. */
  judgingPairs?: readonly DevicePair[];
  /**
   * This lint and what changed since the runner's previous one: the devices whose Device object (or neighbourhood) is
   * new, by their names in Fabric.devices (the names links use). A cache that was brought up to date in `previous` need only look at those (rules/support/
   * quiet-ports.ts). Absent when the runner cannot say (a device left the fabric, or a run outside the runner).
   */
  lintChanges?: ChangedSinceLastLint;
  /**
   * State kept from one lint to the next by the runner, so one per Workspace: an index that a rule's support code
   * brings up to date from the previous lint instead of building it again. `of` names the state (a token of the
   * module that owns it); `make` creates it on first use. Module-level state would be shared by every Workspace of
   * the process and keep the last fabric alive after its Workspace is gone.
   */
  kept<T>(of: object, make: () => T): T;
  /** True when the intent's ignore lists exclude this device (or this interface of it). */
  ignored(device: Device, iface?: Interface): boolean;
  /** The dialect-specific writer that turns a semantic change into text edits for this device's file. */
  writer(device: Device): FixWriter;
  /** Builds a finding with the rule's severity and rendered message. */
  report(input: ReportInput): Finding;
}

/** RuleContext.lintChanges: each lint is its own object, so a cache can tell which lint it was last made in. */
export interface ChangedSinceLastLint {
  lint: object;
  previous: object | undefined;
  devices: ReadonlySet<string>;
}

export interface ReportInput {
  messageId: string;
  data: Record<string, string | number>;
  loc: Loc;
  related?: RelatedInfo[];
  fixes?: Fix[];
  severity?: Severity;
  tags?: 'unnecessary'[];
  cause?: FindingCause;
}

/** One device's part of a fabric-wide aggregate (RuleReads `aggregate`, Rule.contribution). */
export interface Contribution {
  /** What of the device the verdicts on other devices depend on; compared as a string. */
  digest: string;
  /**
   * The facts the digest was made of, kept with it while the device is the same: the rule reads them again from
   * `RuleContext.contributions` (rules/support/scope.ts factsOf) instead of deriving them for every device.
   */
  facts?: unknown;
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): Finding[];
  /**
   * RuleReads `aggregate`: what of this device the verdicts on other devices depend on — every fact of it the
   * aggregate is made of, and whatever of it appears in another device's findings (a hostname or a line named in a
   * message or related information, a fix editing its file) — as a string. It reads the device, its links, segments
   * and LLDP neighbours, the intent and the options; it is computed again only when one of them changes.
   */
  contribution?(ctx: RuleContext, device: Device): Contribution;
  /**
   * RuleReads `aggregate` or `link`: what every verdict reads that is derived from the whole fabric (the code points of
   * the QoS contract, which any device's own lines may extend), as a string. When it changes, every link, or every
   * contribution and device, is judged again; for an aggregate it is part of the digest.
   */
  basis?(ctx: RuleContext): string;
  /**
   * RuleReads `aggregate`: the fabric-wide state the verdicts depend on, made of every device's contribution (in
   * `Fabric.devices` order, ignored devices included) or of what Rule.derived made of them (`derived`); while it is
   * the same string, the findings of the devices not judged again are kept. Without it, the contributions joined with
   * their hostnames; with it, a rule whose verdicts read only a summary (a majority value and its count) lets a
   * contribution move without judging every device.
   */
  digest?(ctx: RuleContext, contributions: ReadonlyMap<Device, Contribution>, derived: unknown): string;
  /**
   * RuleReads `aggregate`: the verdicts on a device also read the devices at the far ends of its links (their MTU, a
   * line named in related information, a fix on both ends): a device is judged again when one of them changed.
   */
  farEnds?: boolean;
  /**
   * RuleReads `aggregate`: what the verdicts read that is made of every device's contribution (a majority per role,
   * the fabric's reference thresholds, a search of the switch graph), handed to Rule.digest and to check as
   * `RuleContext.derived` (read it through rules/support/scope.ts derivedOf). The engine makes it when a
   * contribution's digest or the set of devices moved and keeps it between lints while they do not, so it may read
   * only what the contributions' digests cover and hold no object of a device that may be made again, except as a
   * carrier of what its digest covers (a hostname, a line).
   */
  derived?(ctx: RuleContext, contributions: ReadonlyMap<Device, Contribution>): unknown;
}
