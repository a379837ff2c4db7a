/** What a schema cannot say: DSCP overlaps, MTU relations, duplicate links, pattern groups, unknown rule ids. */
import { canonicalInterfaceName } from '../model/interface-names';
import { compileGlob } from '../model/glob';
import { linearRegExp } from '../model/linear-regex';
import type { Endpoint } from '../model/types';
import { DSCP_NAME_VALUES, ROCE_HINTS } from './defaults';
import { dottedPath, isObject, type Path } from './paths';
import type { Pending } from './problems';
import { prune, toRawPath, type DroppedPaths } from './pruning';
import { suggest } from '../model/edit-distance';
import type { LoadIntentOptions } from './types';
import type { Source } from './yaml-source';

interface ParsedLink {
  a: Endpoint;
  b: Endpoint;
  rawIndex: number;
}

export class SemanticChecks {
  readonly problems: Pending[] = [];
  /** Class name → DSCP values after expanding names and ranges. */
  readonly dscp = new Map<string, number[] | 'other'>();
  /** Raw link index → parsed endpoints. */
  readonly links = new Map<number, ParsedLink>();
  /** Raw pattern index → the pattern to use (converted from Python syntax when needed). */
  readonly patterns = new Map<number, string>();
  private data: Record<string, unknown>;

  constructor(
    private readonly src: Source,
    private readonly raw: unknown,
    private readonly dropped: DroppedPaths,
    private readonly options: LoadIntentOptions,
  ) {
    this.data = prune(raw, dropped) as Record<string, unknown>;
  }

  private warn(at: Path, text: string, onKey = false): void {
    this.problems.push({ text: `${dottedPath(at)}: ${text}`, loc: onKey ? this.src.keyLoc(at) : this.src.valueLoc(at), severity: 'warning', at });
  }

  private error(at: Path, text: string, drop: Path, onKey = false): void {
    this.problems.push({ text: `${dottedPath(at)}: ${text}`, loc: onKey ? this.src.keyLoc(at) : this.src.valueLoc(at), severity: 'error', at, drop });
    this.dropped.add(drop);
  }

  private line(p: Path): number {
    return this.src.valueLoc(p).range.start.line + 1;
  }

  run(): void {
    this.mtu();
    this.classes();
    this.lossless();
    this.ecn();
    this.links_();
    this.linkSources();
    this.descriptionPatterns();
    this.rules();
  }

  private mtu(): void {
    const m = this.data.mtu;
    if (!isObject(m)) return;
    const fabric = typeof m.fabric === 'number' ? m.fabric : undefined;
    const host = typeof m.host === 'number' ? m.host : undefined;
    const minimum = typeof m.minimum === 'number' ? m.minimum : undefined;
    const min = ROCE_HINTS.minHostMtu.value;
    if (fabric !== undefined && minimum !== undefined && minimum > fabric) {
      this.warn(['mtu', 'minimum'], `${minimum} is above mtu.fabric ${fabric}: every fabric interface at the intended MTU would be reported`);
    }
    if (fabric !== undefined && host !== undefined && host > fabric) {
      this.warn(['mtu', 'host'], `${host} is above mtu.fabric ${fabric}: hosts would send packets the fabric drops`);
    }
    if (host !== undefined && host < min) {
      this.warn(['mtu', 'host'], `${host} is below ${min}, the host MTU RDMA needs for a path MTU of 4096 (4096 + 96 bytes of RoCE headers)`);
    }
    if (fabric !== undefined && fabric < min) {
      this.warn(['mtu', 'fabric'], `${fabric} is below ${min}, the host MTU RDMA needs for a path MTU of 4096 (4096 + 96 bytes of RoCE headers)`);
    }
  }

  private classes(): void {
    const classes = this.data.classes;
    if (!isObject(classes)) return;
    const owner = new Map<number, string>();
    let otherOwner: string | undefined;
    for (const [name, c] of Object.entries(classes)) {
      if (!isObject(c)) continue;
      const at: Path = ['classes', name, 'dscp'];
      if (c.dscp === 'other') {
        if (otherOwner !== undefined) {
          this.error(at, `class ${otherOwner} already takes the other DSCP values (line ${this.line(['classes', otherOwner, 'dscp'])})`, ['classes', name]);
          continue;
        }
        otherOwner = name;
        this.dscp.set(name, 'other');
        continue;
      }
      if (!Array.isArray(c.dscp)) continue;
      const values: number[] = [];
      let bad = false;
      c.dscp.forEach((item, i) => {
        if (bad) return;
        const itemAt = toRawPath(this.data, ['classes', name, 'dscp', i]);
        if (typeof item === 'number') values.push(item);
        else if (typeof item === 'string' && DSCP_NAME_VALUES[item] !== undefined) values.push(DSCP_NAME_VALUES[item]!);
        else if (typeof item === 'string') {
          const m = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(item);
          const lo = Number(m?.[1]);
          const hi = Number(m?.[2]);
          if (!m || lo > hi || hi > 63) {
            this.error(itemAt, `'${item}' is not a DSCP range (low-high, within 0–63)`, ['classes', name]);
            bad = true;
            return;
          }
          for (let d = lo; d <= hi; d++) values.push(d);
        }
      });
      if (bad) continue;
      const unique = [...new Set(values)];
      if (unique.length !== values.length) this.warn(at, 'lists a DSCP value more than once (after expanding names and ranges)');
      const clash = unique.find((d) => owner.has(d));
      if (clash !== undefined) {
        const other = owner.get(clash)!;
        this.error(
          at,
          `DSCP ${clash} already belongs to class ${other} (line ${this.line(['classes', other, 'dscp'])}); a code point can be in one class only`,
          ['classes', name],
        );
        continue;
      }
      for (const d of unique) owner.set(d, name);
      this.dscp.set(name, unique);
    }
  }

  private lossless(): void {
    const l = this.data.lossless;
    if (!isObject(l)) return;
    const prios = Array.isArray(l.priorities) ? (l.priorities as number[]) : undefined;
    const max = typeof l.maxLosslessPriorities === 'number' ? l.maxLosslessPriorities : undefined;
    if (prios && max !== undefined && prios.length > max) {
      this.warn(['lossless', 'priorities'], `${prios.length} lossless priorities but lossless.maxLosslessPriorities is ${max}`);
    }
    const classes = this.data.classes;
    if (!prios || !isObject(classes)) return;
    for (const [name, c] of Object.entries(classes)) {
      if (!isObject(c) || !this.dscp.has(name) || typeof c.trafficClass !== 'number') continue;
      if (c.lossless === true && !prios.includes(c.trafficClass)) {
        this.warn(
          ['classes', name, 'lossless'],
          `class ${name} is lossless on traffic class ${c.trafficClass}, which lossless.priorities [${prios.join(', ')}] leaves out (assuming traffic class N pauses PFC priority N)`,
        );
      }
      if (c.lossless === false && prios.includes(c.trafficClass)) {
        this.warn(
          ['classes', name, 'lossless'],
          `class ${name} is lossy, but its traffic class ${c.trafficClass} is in lossless.priorities (assuming traffic class N pauses PFC priority N)`,
        );
      }
    }
  }

  private ecn(): void {
    const ecn = this.data.ecn;
    if (!isObject(ecn)) return;
    const classes = isObject(this.data.classes) ? this.data.classes : undefined;
    const written = isObject(this.raw) && isObject(this.raw.classes) ? this.raw.classes : undefined;
    for (const [name, e] of Object.entries(ecn)) {
      if (!isObject(e)) continue;
      if (classes && written && !(name in written)) this.warn(['ecn', name], `no class ${name} in classes: these thresholds apply to nothing`, true);
      else if (classes && isObject(classes[name]) && (classes[name] as Record<string, unknown>).ecn === false) {
        this.warn(['ecn', name], `class ${name} says ecn: false, yet ECN thresholds are given`, true);
      }
      if (typeof e.minBytes === 'number' && typeof e.maxBytes === 'number' && e.minBytes > e.maxBytes) {
        this.error(['ecn', name, 'minBytes'], `${e.minBytes} is above maxBytes ${e.maxBytes}`, ['ecn', name]);
      }
    }
  }

  private links_(): void {
    const links = this.data.links;
    if (!Array.isArray(links)) return;
    const used = new Map<string, number>();
    const pairs = new Map<string, number>();
    links.forEach((item, i) => {
      const rawAt = toRawPath(this.data, ['links', i]);
      const rawI = Number(rawAt[1]);
      const ends = Array.isArray(item) ? item : isObject(item) ? [item.a, item.b] : [];
      const eps = ends.map((s) => parseEndpoint(String(s)));
      const [a, b] = eps;
      if (!a || !b) return;
      const ka = `${a.device.toLowerCase()}:${a.interface}`;
      const kb = `${b.device.toLowerCase()}:${b.interface}`;
      if (ka === kb) {
        this.error(rawAt, `both ends are ${a.device}:${a.interface}`, rawAt);
        return;
      }
      const pk = ka < kb ? `${ka} ${kb}` : `${kb} ${ka}`;
      const dup = pairs.get(pk);
      if (dup !== undefined) {
        this.warn(rawAt, `same link as line ${this.line(['links', dup])}`);
        this.dropped.add(rawAt);
        return;
      }
      for (const [k, ep] of [
        [ka, a],
        [kb, b],
      ] as const) {
        const prev = used.get(k);
        if (prev !== undefined) {
          this.error(rawAt, `${ep.device}:${ep.interface} is already cabled by the link on line ${this.line(['links', prev])}`, rawAt);
          return;
        }
      }
      used.set(ka, rawI);
      used.set(kb, rawI);
      pairs.set(pk, rawI);
      this.links.set(rawI, { a, b, rawIndex: rawI });
    });
  }

  private linkSources(): void {
    const s = this.data.linkSources;
    if (Array.isArray(s) && Array.isArray(this.data.links) && this.data.links.length > 0 && !s.includes('intent')) {
      this.warn(['linkSources'], "leaves out 'intent', so the links: of this file are not used");
    }
  }

  private descriptionPatterns(): void {
    const list = this.data.descriptionPatterns;
    if (!Array.isArray(list)) return;
    list.forEach((item, i) => {
      if (typeof item !== 'string') return;
      const at = toRawPath(this.data, ['descriptionPatterns', i]);
      let pattern = item;
      if (pattern.includes('(?P<')) {
        pattern = pattern.replace(/\(\?P</g, '(?<');
        this.warn(at, 'Python named groups (?P<name>…) read as JavaScript (?<name>…)');
      }
      // Compiled as the links code will run it: on the linear-time engine, or not at all.
      const re = linearRegExp(pattern);
      if (re instanceof Error) {
        this.error(at, re.message, at);
        return;
      }
      const groups = namedGroups(re);
      if (!groups.has('peer')) {
        this.error(at, 'has no named group (?<peer>…) for the peer hostname', at);
        return;
      }
      this.patterns.set(Number(at[1]), pattern);
    });
  }

  private rules(): void {
    if (!this.options.knownRuleIds) return;
    const known = new Set(this.options.knownRuleIds);
    const rules = this.data.rules;
    if (isObject(rules)) {
      for (const id of Object.keys(rules)) if (!known.has(id)) this.warn(['rules', id], unknownRule(id, known), true);
    }
    const ignore = isObject(this.data.ignore) ? this.data.ignore.rules : undefined;
    if (Array.isArray(ignore)) {
      ignore.forEach((id, i) => {
        if (typeof id !== 'string') return;
        if (!expandRuleGlob(id, known).length) this.warn(toRawPath(this.data, ['ignore', 'rules', i]), unknownRule(id, known));
      });
    }
    const findings = isObject(this.data.ignore) ? this.data.ignore.findings : undefined;
    if (Array.isArray(findings)) {
      findings.forEach((f, i) => {
        const id = isObject(f) ? f.rule : undefined;
        if (typeof id === 'string' && !known.has(id)) this.warn(toRawPath(this.data, ['ignore', 'findings', i, 'rule']), unknownRule(id, known));
      });
    }
  }
}

function unknownRule(id: string, known: Set<string>): string {
  const hint = suggest(id, [...known]);
  return `no rule ${id}` + (hint ? ` — did you mean ${hint}?` : '');
}

/** Named groups of a compiled regex: an empty-string exec tells nothing, so read them from the source. */
function namedGroups(re: RegExp): Set<string> {
  const out = new Set<string>();
  for (const m of re.source.matchAll(/\(\?<([A-Za-z_$][\w$]*)>/g)) out.add(m[1]!);
  return out;
}

export const GLOB_CHARS = /[*?[\]{}!]/;

export function expandRuleGlob(id: string, known: Set<string>): string[] {
  if (!GLOB_CHARS.test(id)) return known.has(id) ? [id] : [];
  const glob = compileGlob(id, { nocase: true, braces: true });
  return [...known].filter((k) => glob.test(k));
}

/** `leaf1:Et49/1` → {device: 'leaf1', interface: 'Ethernet49/1'}; splits at the first colon. */
export function parseEndpoint(s: string): Endpoint | undefined {
  const i = s.indexOf(':');
  if (i <= 0) return undefined;
  const device = s.slice(0, i).trim();
  const written = s.slice(i + 1).trim();
  if (!device || !written) return undefined;
  return { device, interface: canonicalInterfaceName(written) };
}
