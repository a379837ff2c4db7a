import { compileGlobs } from '../model/glob';
import { neighbourhoodOf, type Neighbourhood } from '../model/neighbourhood';
import { compareLocs } from '../model/location';
import type { Device, Fabric, Interface, Link } from '../model/types';
import type { Intent } from '../intent/types';
import { fixWriterFor } from '../dialects/index';
import type { FixWriter } from '../dialects/fix-writer';
import { renderMessage } from './render';
import { type LinkEnds, linkEnds, resolvedLinks } from './support/links';
import { devicePairs, type DevicePair } from './support/pairs';
import { devicesByName, devicesOf } from './support/scope';
import { KeptFindings } from './kept-findings';
import { memoize } from '../model/memo';
import type { Contribution, Finding, Fix, ReportInput, Rule, RuleContext, Severity } from './types';

export type SeverityOverride = Severity | 'off';

export interface RunOptions {
  /** From editor settings; the intent file's `rules:` entries win over these. */
  severity?: Record<string, SeverityOverride>;
}

/**
 * Runs every enabled rule over the fabric. Device-level ignores apply to every rule, including those
 * that forget to ask. A rule that throws yields one error finding, never a crash.
 */
export function runRules(rules: readonly Rule[], fabric: Fabric, intent: Intent | undefined, opts: RunOptions = {}): Finding[] {
  return drain(new RuleRunner(rules).steps(fabric, intent, opts));
}

/** Runs a step generator to its end. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** A rule that reported outside the devices it was asked to judge, against its `reads: 'device'`. */
export class ReadsViolation extends Error {}

/**
 * What every rule reading one device may read beyond that device and its own links (RuleReads): ignores, options,
 * interface roles set by the intent, severities from the settings. When it changes, every device is judged again.
 */
interface Surroundings {
  intent: Intent | undefined;
  severity: string;
}

function sameSurroundings(a: Surroundings | undefined, b: Surroundings): boolean {
  return a !== undefined && a.intent === b.intent && a.severity === b.severity;
}

/**
 * Device pairs from lint to lint: a pair whose two Device objects, links between them (those whose ends are not
 * interfaces of the devices too: an MLAG pair's peer-link inference reads them) and the two devices' neighbourhoods
 * (links, segments and LLDP neighbours: what their interfaces' roles are made of) are the same as at the last lint is
 * the same DevicePair object, so that rules reading one pair keep its findings by the object.
 */
class PairTracker {
  private last = new Map<string, { pair: DevicePair; aroundA: Neighbourhood; aroundB: Neighbourhood }>();
  private lastPairs: DevicePair[] = [];
  private lastLinks: readonly Link[] | undefined;
  private lastNeighbourhoods: Fabric['neighbourhoods'];
  /** The pairs of the last of() that are new objects, and whether a pair of the one before is gone. */
  changes: { fresh: DevicePair[]; gone: boolean } = { fresh: [], gone: false };

  of(fabric: Fabric, aroundOf: (d: Device) => Neighbourhood): DevicePair[] {
    const quick = this.sameLinks(fabric);
    if (quick) return quick;
    const out: DevicePair[] = [];
    const fresh: DevicePair[] = [];
    let kept = 0;
    const next = new Map<string, { pair: DevicePair; aroundA: Neighbourhood; aroundB: Neighbourhood }>();
    for (const p of devicePairs(fabric)) {
      const aroundA = aroundOf(p.a);
      const aroundB = aroundOf(p.b);
      const before = this.last.get(p.key);
      const same =
        before !== undefined &&
        before.pair.a === p.a &&
        before.pair.b === p.b &&
        before.aroundA === aroundA &&
        before.aroundB === aroundB &&
        (before.pair.links === p.links || sameItems(before.pair.links, p.links));
      const entry = same ? before : { pair: p, aroundA, aroundB };
      if (same) kept++;
      else fresh.push(p);
      next.set(p.key, entry);
      out.push(entry.pair);
    }
    this.changes = { fresh, gone: kept < this.last.size };
    this.last = next;
    this.lastPairs = out;
    this.lastLinks = fabric.links;
    this.lastNeighbourhoods = fabric.neighbourhoods;
    return out;
  }

  /**
   * A keystroke that moved no link: the same links array and the same neighbourhoods (the engine's tracker hands back
   * its map), so only the Device objects of edited files differ and only their pairs are new. Undefined when a device
   * is gone (the pairs are grouped again).
   */
  private sameLinks(fabric: Fabric): DevicePair[] | undefined {
    if (fabric.links !== this.lastLinks || !fabric.neighbourhoods || fabric.neighbourhoods !== this.lastNeighbourhoods) return undefined;
    // Nothing is changed before every pair is known to be still there: the full path compares with what is kept.
    for (const p of this.lastPairs) if (!fabric.devices.has(p.keys[0]) || !fabric.devices.has(p.keys[1])) return undefined;
    let out = this.lastPairs;
    const fresh: DevicePair[] = [];
    for (let i = 0; i < out.length; i++) {
      const p = out[i]!;
      const a = fabric.devices.get(p.keys[0])!;
      const b = fabric.devices.get(p.keys[1])!;
      if (a === p.a && b === p.b) continue;
      if (out === this.lastPairs) out = [...out];
      const pair: DevicePair = { ...p, a, b };
      out[i] = pair;
      fresh.push(pair);
      const before = this.last.get(p.key)!;
      this.last.set(p.key, { pair, aroundA: before.aroundA, aroundB: before.aroundB });
    }
    this.lastPairs = out;
    this.changes = { fresh, gone: fresh.length > 0 };
    return out;
  }
}

/**
 * What a rule reading a device and its link peers (RuleReads `peers`) judges a device from, besides the device: its
 * neighbourhood and the Device objects at the other end of its links, in link order. A device whose list is element
 * for element the same as at the last lint gets the same array.
 */
class PeerNeighbourhoods {
  private last = new Map<string, readonly unknown[]>();
  private lastDevices = new Map<string, Device>();
  private lastNeighbourhoods: Fabric['neighbourhoods'];

  of(fabric: Fabric, aroundOf: (d: Device) => Neighbourhood): Map<string, readonly unknown[]> {
    const listOf = (key: string, d: Device): readonly unknown[] => {
      const around = aroundOf(d);
      const list: unknown[] = [around];
      for (const l of around.links) list.push(fabric.devices.get(l.a.device === key ? l.b.device : l.a.device));
      const before = this.last.get(key);
      return before && sameItems(before, list) ? before : list;
    };
    // The same neighbourhoods (no link moved): only the lists of edited devices and of the devices linked to them
    // change, and they are changed in place (the last lint's map is this lint's: nothing per device is copied).
    if (fabric.neighbourhoods && fabric.neighbourhoods === this.lastNeighbourhoods && fabric.devices.size === this.lastDevices.size) {
      const out = this.last;
      let known = true;
      for (const [key, d] of fabric.devices) {
        if (this.lastDevices.get(key) === d) continue;
        if (!this.lastDevices.has(key)) {
          known = false;
          break;
        }
        this.lastDevices.set(key, d);
        out.set(key, listOf(key, d));
        for (const l of aroundOf(d).links) {
          const peer = l.a.device === key ? l.b.device : l.a.device;
          const pd = fabric.devices.get(peer);
          if (pd) out.set(peer, listOf(peer, pd));
        }
      }
      if (known) return out;
    }
    const out = new Map<string, readonly unknown[]>();
    for (const [key, d] of fabric.devices) out.set(key, listOf(key, d));
    return this.keep(fabric, out);
  }

  private keep(fabric: Fabric, lists: Map<string, readonly unknown[]>): Map<string, readonly unknown[]> {
    this.last = lists;
    this.lastDevices = new Map(fabric.devices);
    this.lastNeighbourhoods = fabric.neighbourhoods;
    return lists;
  }
}

/**
 * Runs the rules lint after lint, keeping what can be kept: a rule that reads one device at a time (`reads: 'device'`)
 * judges only the devices whose Device object is new since the last lint (a file that did not change keeps its
 * Device), and the findings of the others are reused; likewise per link (`link`) and per device pair (`pair`). Every
 * other rule runs again. The findings, and their order,
 * are those of a run from scratch: the reused findings are the same objects, grouped by cause and sorted like new ones.
 */
export class RuleRunner {
  private surroundings: Surroundings | undefined;
  private readonly peerNeighbourhoods = new PeerNeighbourhoods();
  private readonly pairTracker = new PairTracker();
  /** Per rule reading one device: each judged device's findings before grouping by cause, stamped with its neighbourhood then. */
  private readonly judged = new Map<Rule, KeptFindings<Device>>();
  /** Per rule reading one link: each judged link's findings, by its ends (the same LinkEnds while the link and both devices are). */
  private readonly linkJudged = new Map<Rule, KeptFindings<LinkEnds>>();
  /** Per rule reading one device pair: each judged pair's findings, by the pair (the same object while unchanged: PairTracker). */
  private readonly pairJudged = new Map<Rule, KeptFindings<DevicePair>>();
  /** Counts lints: a rule's kept findings brought up to date in the last one need only what changed since (LintChanges). */
  private lints = 0;
  private readonly changes = new LintChanges();
  /** Per rule reading one link: the basis of its last run (Rule.basis). */
  private readonly linkBases = new Map<Rule, string | undefined>();
  /** The names of the workspace's devices at the last run: rules reading one link may look a name up. */
  private names = '';
  /** The object that stands for the last lint (RuleContext.lintChanges). */
  private lastLint: object | undefined;
  /** Per rule reading a fabric-wide aggregate: the digest of the last run and each device's contribution and findings. */
  private readonly aggregates = new Map<Rule, Aggregate>();
  /** Rules that reported outside the devices they judged: from then on they run whole. */
  private readonly whole = new Set<Rule>();
  /** RuleContext.kept: what rules' support code keeps from one lint to the next, by its token. */
  private readonly keptState = new Map<object, unknown>();
  private readonly kept = <T>(of: object, make: () => T): T => {
    if (!this.keptState.has(of)) this.keptState.set(of, make());
    return this.keptState.get(of) as T;
  };

  /** `strict`: a rule breaking its `reads` declaration throws (tests, FABRIC_LINT_VERIFY_INCREMENTAL), instead of running whole. */
  constructor(
    private readonly rules: readonly Rule[],
    private readonly strict = false,
  ) {}

  /** One step per rule, so that a caller can yield between rules and abandon a stale run. */
  *steps(fabric: Fabric, intent: Intent | undefined, opts: RunOptions = {}): Generator<void, Finding[]> {
    const surroundings: Surroundings = { intent, severity: JSON.stringify(opts.severity ?? {}) };
    if (!sameSurroundings(this.surroundings, surroundings)) {
      this.judged.clear();
      this.linkJudged.clear();
      this.pairJudged.clear();
      this.aggregates.clear();
    }
    this.surroundings = surroundings;
    const names = [...fabric.devices].map(([key, d]) => `${key} ${d.hostname}`).join('\n');
    if (names !== this.names) {
      this.linkJudged.clear();
      this.pairJudged.clear();
    }
    this.names = names;
    const aroundOf = (d: Device): Neighbourhood => neighbourhoodOf(fabric, d.hostname);
    const withPeers = this.rules.some((r) => r.reads === 'peers' || (r.reads === 'aggregate' && r.farEnds))
      ? this.peerNeighbourhoods.of(fabric, aroundOf)
      : undefined;
    const withPeersOf = (d: Device): object => withPeers?.get(d.hostname) ?? aroundOf(d);
    const readsPairs = this.rules.some((r) => r.reads === 'pair');
    const pairs = readsPairs ? this.pairTracker.of(fabric, aroundOf) : [];
    const lint = ++this.lints;
    const changed = this.changes.of(fabric, aroundOf, withPeers ? withPeersOf : undefined, readsPairs ? this.pairTracker.changes : NO_PAIRS);
    const thisLint = {};
    const lintChanges = changed.devices.removed ? undefined : { lint: thisLint, previous: this.lastLint, devices: new Set(changed.devices.keys) };
    this.lastLint = thisLint;
    const isIgnored = ignoreMatcher(intent);
    const writers = new Map<Device, FixWriter>();
    const writer = (d: Device): FixWriter => {
      let w = writers.get(d);
      if (!w) {
        w = fixWriterFor(d);
        writers.set(d, w);
      }
      return w;
    };
    const deviceByUri = new Map<string, Device>();
    for (const d of fabric.devices.values()) deviceByUri.set(d.uri, d);
    const dropped = (f: Finding): boolean => {
      const d = deviceByUri.get(f.loc.uri);
      return d !== undefined && isIgnored(d);
    };
    const findings: Finding[] = [];
    for (const rule of this.rules) {
      const override = intent?.rules?.[rule.id]?.severity ?? opts.severity?.[rule.id];
      if (override === 'off') continue;
      const severity = override ?? rule.severity;
      const ctx: RuleContext = {
        fabric,
        intent,
        options: ruleOptions(rule, intent),
        kept: this.kept,
        ignored: isIgnored,
        writer,
        report: (input) => report(rule, severity, input),
        ...(lintChanges ? { lintChanges } : {}),
      };
      try {
        const raw = this.whole.has(rule)
          ? rule.check(ctx)
          : rule.reads === 'device'
            ? this.byDevice(rule, ctx, aroundOf, changed.devices, lint)
            : rule.reads === 'link'
              ? this.byLink(rule, ctx, changed, lint)
              : rule.reads === 'pair'
                ? this.byPair(rule, ctx, pairs, changed, lint)
                : rule.reads === 'peers'
                  ? this.byDevice(rule, ctx, withPeersOf, changed.peers, lint)
                  : rule.reads === 'aggregate'
                    ? this.byAggregate(rule, ctx, rule.farEnds ? withPeersOf : aroundOf)
                    : rule.check(ctx);
        for (const f of groupByCause(raw)) if (!dropped(f)) findings.push(f);
      } catch (err) {
        if (err instanceof ReadsViolation) throw err;
        this.judged.delete(rule);
        this.linkJudged.delete(rule);
        this.pairJudged.delete(rule);
        this.aggregates.delete(rule);
        const anyDevice = fabric.devices.values().next().value as Device | undefined;
        if (anyDevice) findings.push(internalError(rule, err, anyDevice));
      }
      yield;
    }
    return sortFindings(findings);
  }

  /**
   * The findings of a rule reading one device: the devices that are new, or whose links, segments or LLDP neighbours
   * changed, are judged in one run; the others' findings are kept. `changed` lists those devices when the rule was
   * brought up to date in the last lint; else every device is looked at.
   */
  private byDevice(rule: Rule, ctx: RuleContext, aroundOf: (d: Device) => object, changed: DeviceChanges, lint: number): Finding[] {
    let kept = this.judged.get(rule);
    if (!kept) {
      kept = new KeptFindings();
      this.judged.set(rule, kept);
    }
    const current = kept.lint === lint - 1;
    kept.lint = lint;
    const every = current ? undefined : devicesOf(ctx);
    const stale = every ? every.filter((d) => kept.stamp(d) !== aroundOf(d)) : changed.list.filter((d) => !ctx.ignored(d));
    const judged: { unit: Device; stamp: unknown; findings: Finding[] }[] = [];
    if (stale.length > 0) {
      const mine = new Map<string, Finding[]>();
      for (const d of stale) mine.set(d.uri, []);
      const judging = new Set(stale);
      for (const f of rule.check({ ...ctx, judging })) {
        const list = mine.get(f.loc.uri);
        if (list) {
          list.push(f);
          continue;
        }
        const message = `rule ${rule.id} reads one device, but judging ${[...judging].map((d) => d.hostname).join(', ')} it reported in ${f.loc.uri}`;
        if (this.strict) throw new ReadsViolation(message);
        this.whole.add(rule);
        this.judged.delete(rule);
        return rule.check(ctx);
      }
      for (const d of stale) judged.push({ unit: d, stamp: aroundOf(d), findings: mine.get(d.uri)! });
    }
    if (every) return kept.update(judged, { every });
    const order = orderOf(devicesByName(ctx.fabric));
    return kept.update(judged, { someGone: changed.someGone, present: (d) => order().has(d), position: (d) => order().get(d)! });
  }

  /**
   * The findings of a rule reading a fabric-wide aggregate: each device's contribution is kept while the device is
   * (the same Device object and links, and far-end Device objects when the rule reads them); the contributions make the
   * fabric digest. While the digest is the same string, only the devices whose contribution was made again are
   * judged and the others' findings are kept; when it moved, every device is judged again.
   */
  private byAggregate(rule: Rule, ctx: RuleContext, aroundOf: (d: Device) => object): Finding[] {
    const basis = rule.basis ? rule.basis(ctx) : '';
    let before = this.aggregates.get(rule);
    if (before && before.basis !== basis) before = undefined;
    const kept = before?.devices ?? new WeakMap<Device, AggregateEntry>();
    const contributions = new Map<Device, Contribution>();
    const stale = new Set<Device>();
    for (const d of ctx.fabric.devices.values()) {
      const k = kept.get(d);
      if (k && k.around === aroundOf(d)) {
        contributions.set(d, k.contribution);
        continue;
      }
      stale.add(d);
      contributions.set(d, rule.contribution ? rule.contribution(ctx, d) : NO_CONTRIBUTION);
    }
    // The contributions moved when the devices did or when one made again differs from the last one of that device
    // (the others are the same objects). What the rule makes of them (Rule.derived) stands while they do not.
    const moved = !before || before.names !== this.names || [...stale].some((d) => before.byHost.get(d.hostname) !== contributions.get(d)!.digest);
    const derived = moved ? rule.derived?.(ctx, contributions) : before!.derived;
    // Without Rule.digest, the digest is every device's contribution with its name.
    const digest = rule.digest ? rule.digest(ctx, contributions, derived) : this.names;
    const whole = before?.digest !== digest || (!rule.digest && moved);
    const byHost = whole ? new Map<string, string>() : before!.byHost;
    for (const d of whole ? contributions.keys() : stale) byHost.set(d.hostname, contributions.get(d)!.digest);
    const judging = whole ? new Set(contributions.keys()) : stale;
    const mine = new Map<string, Finding[]>();
    for (const d of judging) mine.set(d.uri, []);
    const rest = whole ? [] : before!.rest;
    if (judging.size > 0) {
      const raw = rule.check(whole ? { ...ctx, contributions, derived } : { ...ctx, contributions, judging, derived });
      for (const f of raw) {
        const list = mine.get(f.loc.uri);
        if (list) list.push(f);
        else if (whole) rest.push(f);
        else {
          const message = `rule ${rule.id} reads an aggregate, but judging ${[...judging].map((d) => d.hostname).join(', ')} it reported in ${f.loc.uri}`;
          if (this.strict) throw new ReadsViolation(message);
          this.whole.add(rule);
          this.aggregates.delete(rule);
          return rule.check(ctx);
        }
      }
    }
    // Findings judged under another digest are never kept: a digest that moved starts a new map.
    const now = whole ? new WeakMap<Device, AggregateEntry>() : kept;
    for (const d of judging) {
      now.set(d, { around: aroundOf(d), contribution: contributions.get(d)!, findings: mine.get(d.uri)! });
    }
    this.aggregates.set(rule, { basis, names: this.names, digest, byHost, devices: now, rest, derived });
    const out: Finding[] = [];
    for (const d of contributions.keys()) for (const f of now.get(d)!.findings) out.push(f);
    for (const f of rest) out.push(f);
    return out;
  }

  /**
   * The findings of a rule reading one link: links that are new, or whose end devices are, judged one by one (only
   * those when the rule was brought up to date in the last lint; else every link is looked at).
   */
  private byLink(rule: Rule, ctx: RuleContext, changed: LintChangeSet, lint: number): Finding[] {
    let kept = this.linkJudged.get(rule);
    // A fabric-wide basis the verdicts read (the contract's code points) that moved: every link is judged again.
    const basis = rule.basis?.(ctx);
    if (basis !== undefined && basis !== this.linkBases.get(rule)) kept = undefined;
    this.linkBases.set(rule, basis);
    if (!kept) {
      kept = new KeptFindings();
      this.linkJudged.set(rule, kept);
    }
    const all = resolvedLinks(ctx.fabric);
    const unit = { units: all, fresh: changed.links, gone: changed.linksGone, what: 'one link' };
    return this.byUnit(
      rule,
      ctx,
      kept,
      lint,
      unit,
      (ends) => ({ ...ctx, judgingLinks: [ends] }),
      (e) => [e.a.device, e.b.device],
      () => this.linkJudged.delete(rule),
    );
  }

  /**
   * The findings of a rule reading one device pair: pairs that are new since the last lint (PairTracker) judged one by
   * one (only those when the rule was brought up to date in the last lint; else every pair is looked at).
   */
  private byPair(rule: Rule, ctx: RuleContext, pairs: readonly DevicePair[], changed: LintChangeSet, lint: number): Finding[] {
    let kept = this.pairJudged.get(rule);
    if (!kept) {
      kept = new KeptFindings();
      this.pairJudged.set(rule, kept);
    }
    const unit = { units: pairs, fresh: changed.pairs, gone: changed.pairsGone, what: 'one device pair' };
    return this.byUnit(
      rule,
      ctx,
      kept,
      lint,
      unit,
      (pair) => ({ ...ctx, judgingPairs: [pair] }),
      (p) => [p.a, p.b],
      () => this.pairJudged.delete(rule),
    );
  }

  /**
   * Judges a rule's units one at a time (links, device pairs), keeping each one's findings: the units new since the
   * last lint when the rule was brought up to date in it, else every unit not judged before. A unit's findings must be
   * in the files of its two devices; a rule that reports elsewhere runs whole from then on (`forget` drops what was kept).
   */
  private byUnit<U extends object>(
    rule: Rule,
    ctx: RuleContext,
    kept: KeptFindings<U>,
    lint: number,
    unit: { units: readonly U[]; fresh: readonly U[]; gone: boolean; what: string },
    judging: (u: U) => RuleContext,
    devicesOf: (u: U) => [Device, Device],
    forget: () => void,
  ): Finding[] {
    const current = kept.lint === lint - 1;
    kept.lint = lint;
    const judged: { unit: U; stamp: unknown; findings: Finding[] }[] = [];
    for (const u of current ? unit.fresh : unit.units) {
      if (!current && kept.stamp(u)) continue;
      const findings = rule.check(judging(u));
      const [a, b] = devicesOf(u);
      const outside = findings.find((f) => f.loc.uri !== a.uri && f.loc.uri !== b.uri);
      if (outside) {
        const message = `rule ${rule.id} reads ${unit.what}, but judging ${a.hostname}–${b.hostname} it reported in ${outside.loc.uri}`;
        if (this.strict) throw new ReadsViolation(message);
        this.whole.add(rule);
        forget();
        return rule.check(ctx);
      }
      judged.push({ unit: u, stamp: true, findings });
    }
    if (!current) return kept.update(judged, { every: unit.units });
    const order = orderOf(unit.units);
    return kept.update(judged, { someGone: unit.gone, present: (u) => order().has(u), position: (u) => order().get(u)! });
  }
}

/** Devices judged again, for one way of saying what a device is judged from (RuleRunner.byDevice's `aroundOf`). */
interface DeviceChanges {
  /** Devices whose Device object, or what they are judged from, is new since the last lint. */
  list: Device[];
  /** Their names in Fabric.devices (what links name). */
  keys: string[];
  /** A device of the last lint is gone (or was replaced by a new Device object). */
  someGone: boolean;
  /** A device of the last lint is no longer in the fabric. */
  removed: boolean;
}

/** What changed since the last lint, for every unit a rule may read. */
interface LintChangeSet {
  devices: DeviceChanges;
  /** With the devices' link peers (RuleReads `peers`). */
  peers: DeviceChanges;
  /** Links whose ends (LinkEnds: the link and its two Device objects) are new. */
  links: LinkEnds[];
  linksGone: boolean;
  /** Device pairs that are new objects (PairTracker). */
  pairs: DevicePair[];
  pairsGone: boolean;
}

/**
 * Works out once per lint what changed since the last one, so that each rule reading a device, a link or a pair
 * judges those units without looking at the others (a rule that skipped a lint, or is new, looks at every unit).
 */
class LintChanges {
  private arounds = new Map<string, { device: Device; around: object }>();
  private peers = new Map<string, { device: Device; around: object }>();
  /** Each link's ends at the last lint. */
  private ends = new Map<Link, LinkEnds>();
  private lastLinks: readonly Link[] | undefined;
  private lastNeighbourhoods: Fabric['neighbourhoods'];

  of(
    fabric: Fabric,
    aroundOf: (d: Device) => object,
    peersOf: ((d: Device) => object) | undefined,
    pairs: { fresh: DevicePair[]; gone: boolean },
  ): LintChangeSet {
    const devices = this.devices(fabric, aroundOf, this.arounds);
    const peers = peersOf ? this.devices(fabric, peersOf, this.peers) : devices;
    const sameLinks =
      fabric.links === this.lastLinks && fabric.neighbourhoods !== undefined && fabric.neighbourhoods === this.lastNeighbourhoods && !devices.removed;
    this.lastLinks = fabric.links;
    this.lastNeighbourhoods = fabric.neighbourhoods;
    const { links, linksGone } = sameLinks ? this.endsOf(fabric, devices.list) : this.allEnds(fabric);
    return { devices, peers, links, linksGone, pairs: pairs.fresh, pairsGone: pairs.gone };
  }

  /** No link moved: only the links of devices with a new Device object can have new ends. */
  private endsOf(fabric: Fabric, devices: readonly Device[]): { links: LinkEnds[]; linksGone: boolean } {
    const links = new Set<LinkEnds>();
    let linksGone = false;
    for (const d of devices) {
      for (const link of neighbourhoodOf(fabric, d.hostname).links) {
        const before = this.ends.get(link);
        const e = linkEnds(link, fabric.devices.get(link.a.device), fabric.devices.get(link.b.device));
        if (e === before) continue;
        if (before) linksGone = true;
        if (e) {
          this.ends.set(link, e);
          links.add(e);
        } else this.ends.delete(link);
      }
    }
    return { links: [...links], linksGone };
  }

  /** Links moved: every link's ends against the last lint's. */
  private allEnds(fabric: Fabric): { links: LinkEnds[]; linksGone: boolean } {
    const links: LinkEnds[] = [];
    const next = new Map<Link, LinkEnds>();
    let kept = 0;
    for (const e of resolvedLinks(fabric)) {
      if (this.ends.get(e.link) === e) kept++;
      else links.push(e);
      next.set(e.link, e);
    }
    const linksGone = kept < this.ends.size;
    this.ends = next;
    return { links, linksGone };
  }

  /** Devices whose Device object or `aroundOf` is new since the last lint; `last` is brought up to date in place. */
  private devices(fabric: Fabric, aroundOf: (d: Device) => object, last: Map<string, { device: Device; around: object }>): DeviceChanges {
    const list: Device[] = [];
    const keys: string[] = [];
    let someGone = false;
    for (const [key, device] of fabric.devices) {
      const around = aroundOf(device);
      const b = last.get(key);
      if (b && b.device === device && b.around === around) continue;
      list.push(device);
      keys.push(key);
      if (b) {
        someGone ||= b.device !== device;
        b.device = device;
        b.around = around;
      } else last.set(key, { device, around });
    }
    const removed = last.size > fabric.devices.size;
    if (removed) {
      someGone = true;
      for (const key of [...last.keys()]) if (!fabric.devices.has(key)) last.delete(key);
    }
    return { list, keys, someGone, removed };
  }
}

const NO_PAIRS = { fresh: [], gone: false };

/** Each item's index; kept per array (the devices by name, resolvedLinks and the pairs are made once per lint). */
const positionsIn = memoize((items: readonly object[]): Map<object, number> => new Map(items.map((x, i) => [x, i])));

/** The items' indexes, made when first asked: a keystroke that moves no finding never asks. */
function orderOf<T extends object>(items: readonly T[]): () => Map<T, number> {
  let order: Map<T, number> | undefined;
  return () => (order ??= positionsIn(items) as Map<T, number>);
}

interface AggregateEntry {
  /** The device's neighbourhood, or with `farEnds` its neighbourhood and far-end devices (PeerNeighbourhoods). */
  around: object;
  contribution: Contribution;
  findings: Finding[];
}

interface Aggregate {
  basis: string;
  /** The names of the fabric's devices (RuleRunner.names) at that run. */
  names: string;
  /** Rule.digest's, else the names of the fabric's devices. */
  digest: string;
  /** Each device's contribution digest, by hostname. */
  byHost: Map<string, string>;
  devices: WeakMap<Device, AggregateEntry>;
  /** Findings outside every device's file (the intent's), from the last run that judged every device. */
  rest: Finding[];
  /** Rule.derived's, from the last run in which the contributions moved. */
  derived: unknown;
}

const NO_CONTRIBUTION: Contribution = { digest: '' };

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function internalError(rule: Rule, err: unknown, anyDevice: Device): Finding {
  return {
    ruleId: rule.id,
    messageId: 'internal-error',
    data: {},
    message: `fabric-lint: rule ${rule.id} failed (${(err as Error).message}); please report this with the config`,
    severity: 'error',
    loc: { uri: anyDevice.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
    related: [],
    fixes: [],
  };
}

function report(rule: Rule, severity: Severity, input: ReportInput): Finding {
  const template = rule.messages[input.messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} has no message "${input.messageId}"`);
  const finding: Finding = {
    ruleId: rule.id,
    messageId: input.messageId,
    data: input.data,
    message: renderMessage(template, input.data),
    severity: input.severity ?? severity,
    loc: input.loc,
    related: input.related ?? [],
    fixes: input.fixes ?? [],
  };
  if (input.tags) finding.tags = input.tags;
  if (input.cause) finding.cause = input.cause;
  return finding;
}

/** Places named in a grouped message before "and N more". */
const NAMED_PLACES = 3;

/**
 * One finding per cause line (see FindingCause): findings of one rule with the same message id and the same cause
 * line become one finding on that line, listing every place as related information and keeping each distinct fix.
 */
export function groupByCause(findings: Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.cause) continue;
    const k = `${f.messageId}\u0000${f.cause.loc.uri}\u0000${f.cause.loc.range.start.line}`;
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  const out: Finding[] = [];
  const emitted = new Set<Finding[]>();
  for (const f of findings) {
    const cause = f.cause;
    if (!cause) {
      out.push(f);
      continue;
    }
    const g = groups.get(`${f.messageId}\u0000${cause.loc.uri}\u0000${cause.loc.range.start.line}`)!;
    // A copy without the cause: the rule's finding may be kept for the next lint (RuleRunner).
    const { cause: _cause, ...alone } = f;
    if (g.length === 1) {
      out.push(alone);
      continue;
    }
    if (emitted.has(g)) continue;
    emitted.add(g);
    // Distinct names: many places may share one (35 queues naming the same missing scheduler).
    const distinct = [...new Set(g.map((x) => String(x.data['iface'] ?? x.data['place'] ?? '')).filter((n) => n !== ''))];
    const names = distinct.slice(0, NAMED_PLACES);
    const places = names.join(', ') + (distinct.length > names.length ? ` and ${distinct.length - names.length} more` : '');
    const data = { ...f.data, count: g.length, places };
    // One fix for the one finding: every place's preferred edit (an edit shared by several places once).
    const edits = new Map<string, Fix['edits'][number]>();
    let title: string | undefined;
    for (const x of g) {
      const fix = x.fixes.find((y) => y.isPreferred) ?? x.fixes[0];
      if (!fix) continue;
      title ??= fix.title;
      for (const e of fix.edits) edits.set(JSON.stringify(e), e);
    }
    const fixes: Fix[] = title
      ? [
          {
            title: g.length > 1 && edits.size > 1 ? `${title}, and the same on the other ${g.length - 1} places` : title,
            isPreferred: true,
            edits: [...edits.values()],
          },
        ]
      : [];
    const related = g.map((x) => ({ loc: x.loc, message: x.message }));
    const seen = new Set(related.map((r) => `${r.loc.uri}:${r.loc.range.start.line}`));
    for (const r of f.related) if (!seen.has(`${r.loc.uri}:${r.loc.range.start.line}`)) related.push(r);
    out.push({ ...alone, data, message: renderMessage(cause.message, data), loc: cause.loc, related, fixes });
  }
  return out;
}

function ruleOptions(rule: Rule, intent: Intent | undefined): Record<string, unknown> {
  const opts: Record<string, unknown> = {};
  for (const [k, o] of Object.entries(rule.options ?? {})) opts[k] = o.default;
  Object.assign(opts, intent?.rules?.[rule.id]?.options ?? {});
  return opts;
}

function ignoreMatcher(intent: Intent | undefined): (d: Device, i?: Interface) => boolean {
  // The same matcher as link resolution: `Ethernet*` covers Ethernet1/1 (a picomatch `*` stops at `/`).
  const devices = compileGlobs(intent?.ignore?.devices ?? [], { nocase: true, braces: true });
  const ifaces = compileGlobs(intent?.ignore?.interfaces ?? [], { nocase: true, braces: true });
  return (d, i) => devices.test(d.hostname) || (i !== undefined && ifaces.test(i.name));
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => compareLocs(a.loc, b.loc) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
