import { compileGlobs } from '../model/glob';
import { compareLocs } from '../model/location';
import type { Device, Fabric, Interface } from '../model/types';
import type { Intent } from '../intent/types';
import { fixWriterFor } from '../dialects/index';
import type { FixWriter } from '../dialects/fix-writer';
import { renderMessage } from './render';
import type { Finding, Fix, ReportInput, Rule, RuleContext, Severity } from './types';

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
  for (const rule of rules) {
    const override = intent?.rules?.[rule.id]?.severity ?? opts.severity?.[rule.id];
    if (override === 'off') continue;
    const severity = override ?? rule.severity;
    const ctx: RuleContext = {
      fabric,
      intent,
      options: ruleOptions(rule, intent),
      ignored: isIgnored,
      writer,
      report: (input) => report(rule, severity, input),
    };
    try {
      for (const f of groupByCause(rule.check(ctx))) if (!dropped(f)) findings.push(f);
    } catch (err) {
      const anyDevice = fabric.devices.values().next().value as Device | undefined;
      if (!anyDevice) continue;
      findings.push({
        ruleId: rule.id,
        messageId: 'internal-error',
        data: {},
        message: `fabric-lint: rule ${rule.id} failed (${(err as Error).message}); please report this with the config`,
        severity: 'error',
        loc: { uri: anyDevice.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
        related: [],
        fixes: [],
      });
    }
  }
  return sortFindings(findings);
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
    delete f.cause;
    const g = groups.get(`${f.messageId}\u0000${cause.loc.uri}\u0000${cause.loc.range.start.line}`)!;
    if (g.length === 1) {
      out.push(f);
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
    out.push({ ...f, data, message: renderMessage(cause.message, data), loc: cause.loc, related, fixes });
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
