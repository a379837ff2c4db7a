import { initParsers, parse, ParseTimeoutError, type Edit, type Tree } from '../parsing/parser';
import { DIALECT_MODULES, dialectModule } from '../dialects/registry';
import type { DialectModule } from '../dialects/types';
import { loadIntent } from '../intent/load';
import type { Intent } from '../intent/types';
import { detectTopologyFormat, readTopology, resolveExternalNeighbors, type ObservedNeighbor } from '../links/index';
import type { Device, Dialect, Fabric, LinkEvidence } from '../model/types';
import { allRules } from '../rules/index';
import { drain, RuleRunner, sortFindings } from '../rules/engine';
import type { Finding, Rule } from '../rules/types';
import { memoize } from '../model/memo';
import { NeighbourhoodTracker } from '../model/neighbourhood';
import { detectDialect } from './detect';
import { LinkCache } from './link-cache';
import { engineFinding, fileStart } from './engine-findings';
import type { EngineSettings, FileAnalysis, LintResult } from './types';
import { relativePath } from './uri';
import { loneCrAsLf } from './source-text';
import { readDisableComments, silence, type DisableComment, type IgnoreEntry } from './disable-comments';
import { compileGlobs } from '../model/glob';
import { workspaceRules } from '../rules/workspace/index';
import { OpenTrees } from './open-trees';
import type { DiskText } from './files';

export const DEFAULT_SETTINGS: EngineSettings = {
  dialectOverrides: {},
  intentPath: 'fabric-intent.yaml',
  ruleSeverity: {},
};

/** Files above this are not parsed: the editor stays responsive and the user is told why. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Names a switch config usually has: a config extension, or none at all (RANCID, Batfish); or a dialect's own extension. */
const CONFIG_NAME = /(\.(cfg|conf|config|txt|set|startup|running)|(^|\/)[^./]+)$/i;
const DIALECT_EXTENSIONS = DIALECT_MODULES.flatMap((m) => m.editor?.extensions ?? []);

function namedLikeConfig(relPath: string): boolean {
  const lower = relPath.toLowerCase();
  return CONFIG_NAME.test(relPath) || DIALECT_EXTENSIONS.some((e) => lower.endsWith(e));
}

export interface WorkspaceOptions {
  /** Workspace folder URIs; relative paths (dialect globs, the intent path) are taken from these. */
  roots: string[];
  settings?: Partial<EngineSettings>;
  rules?: readonly Rule[];
  /**
   * After every lint, lint again from scratch (a fork with nothing cached) and throw when the findings differ, and throw
   * when a rule breaks its `reads` declaration. Default: the environment variable FABRIC_LINT_VERIFY_INCREMENTAL=1.
   */
  verifyIncremental?: boolean;
  /**
   * Reads a file's text from disk again (the language server). With it, the workspace keeps no text of a file that
   * came from disk (setDiskFile) once it is analysed and not open: the model is what a lint needs, and the few
   * features that need the text of a closed file read it again. Without it (the CLI), every text is kept.
   */
  reread?: (uri: string) => DiskText;
}

/** A file to analyse in a thread: its text and what the engine's analysis depends on. */
export interface ThreadJob {
  uri: string;
  text: string;
  roots: string[];
  settings: EngineSettings;
  settingsVersion: number;
  /** The text's revision in the workspace (Workspace.revision): an analysis of an older one is dropped. */
  revision: number;
}

interface Entry {
  /** Absent once a closed disk file is analysed, where the workspace can read it again (WorkspaceOptions.reread). */
  text?: string;
  /** The digest of the disk bytes the text was read from; absent for an open document's text. */
  digest?: string;
  /** Which text this is: changes with the text, never repeats (Workspace.revision). */
  revision: number;
  analysis?: FileAnalysis;
  /** A link that is not read (setOutsideLink): its analysis is fixed. */
  link?: boolean;
}

/**
 * The whole fabric as the engine sees it: one entry per workspace file. The language server and the
 * CLI drive the same object, so the editor and CI always agree. Each file's analysis is cached until
 * its text changes; the fabric is built again on every lint, since any file can change any link, and
 * the rules run through a RuleRunner that keeps the findings nothing changed (rules/engine.ts).
 */
export class Workspace {
  private readonly entries = new Map<string, Entry>();
  private readonly links = new LinkCache();
  private readonly neighbourhoods = new NeighbourhoodTracker();
  /** Syntax trees of open documents, reparsed incrementally after edits (never shared with a fork). */
  private readonly trees = new OpenTrees();
  private settings: EngineSettings;
  /** Bumped when the settings change: an analysis made elsewhere under older settings is stale. */
  private settingsVersion = 0;
  private readonly rules: readonly Rule[];
  private ruleIds: ReadonlySet<string> | undefined;
  private readonly runner: RuleRunner;
  private revisions = 0;

  private constructor(
    private readonly roots: string[],
    settings: Partial<EngineSettings>,
    rules: readonly Rule[],
    private readonly verify: boolean,
    private readonly reread: ((uri: string) => DiskText) | undefined,
  ) {
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
    this.rules = rules;
    this.runner = new RuleRunner(rules, verify);
  }

  static async create(opts: WorkspaceOptions): Promise<Workspace> {
    await initParsers();
    const verify = opts.verifyIncremental ?? process.env.FABRIC_LINT_VERIFY_INCREMENTAL === '1';
    return new Workspace(opts.roots, opts.settings ?? {}, opts.rules ?? allRules, verify, opts.reread);
  }

  /**
   * A scratch copy for trying edits (the editor's fix-all): it shares the cached analyses of unchanged
   * files, and nothing done to it reaches this workspace.
   */
  fork(): Workspace {
    const copy = new Workspace(this.roots, this.settings, this.rules, false, this.reread);
    for (const [uri, entry] of this.entries) copy.entries.set(uri, { ...entry });
    copy.revisions = this.revisions;
    return copy;
  }

  /**
   * `edits`: how the previous text became this one, in order (an editor's change ranges), so that a kept tree
   * (keepTree) is reparsed incrementally; without them the file is parsed afresh.
   */
  setFile(uri: string, text: string, edits?: readonly Edit[]): void {
    const old = this.entries.get(uri);
    if (old && !old.link && this.holds(uri, old, text)) {
      // The same text (an open document as it is on disk): kept in memory while the editor has it open.
      old.text = text;
      return;
    }
    this.trees.edit(uri, old && !old.link ? edits : undefined);
    this.entries.set(uri, { text, revision: ++this.revisions });
  }

  /**
   * A file's text as read from disk: with WorkspaceOptions.reread, it is not kept once analysed while the file is
   * not open (keepTree), and is read again where needed.
   */
  setDiskFile(uri: string, source: DiskText): void {
    const old = this.entries.get(uri);
    // The same bytes, or the text kept of them (an open document as on disk). A text not kept is not read again to
    // compare: the disk holds `source` now, so it could only say the file changed.
    if (old && !old.link && (old.digest === source.digest || (old.text !== undefined && old.text === source.text))) {
      old.digest = source.digest;
      if (old.text !== undefined) old.text = source.text;
      this.release(uri, old);
      return;
    }
    this.trees.edit(uri, undefined);
    this.entries.set(uri, { text: source.text, digest: source.digest, revision: ++this.revisions });
  }

  /** Keep the syntax tree of a file between edits (an open document), or free it (closed: the model stays). */
  keepTree(uri: string, open: boolean): void {
    this.trees.keep(uri, open);
    const entry = this.entries.get(uri);
    if (entry) this.release(uri, entry);
  }

  /** How many files' texts are kept in memory, and their characters (bench, tests). */
  textStats(): { kept: number; chars: number; files: number } {
    let kept = 0;
    let chars = 0;
    for (const e of this.entries.values()) {
      if (e.text === undefined || e.link) continue;
      kept++;
      chars += e.text.length;
    }
    return { kept, chars, files: this.entries.size };
  }

  /** How many trees are kept, and how many parses started from a kept tree (bench, tests). */
  treeStats(): { kept: number; reused: number } {
    return { kept: this.trees.size, reused: this.trees.reused };
  }

  /** A symbolic link leaving the folders: not read, reported with one information finding. */
  setOutsideLink(uri: string, target: string): void {
    const finding = engineFinding('workspace/unclassified-file', 'outsideLink', { target }, fileStart(uri));
    this.entries.set(uri, { text: '', revision: ++this.revisions, analysis: { kind: 'unclassified', uri, findings: [finding] }, link: true });
  }

  removeFile(uri: string): void {
    this.entries.delete(uri);
    this.trees.drop(uri);
  }

  hasFile(uri: string): boolean {
    return this.entries.has(uri);
  }

  /**
   * The text the file's analysis was made from (an open document's, or the disk's). Undefined when the file is
   * unknown, or when its text was not kept and the disk no longer holds it: locations in the model would not fit.
   */
  text(uri: string): string | undefined {
    const entry = this.entries.get(uri);
    return entry && this.textOf(uri, entry);
  }

  /** Which text of the file the workspace has (bumped when it changes); undefined for an unknown file. */
  revision(uri: string): number | undefined {
    return this.entries.get(uri)?.revision;
  }

  uris(): string[] {
    return [...this.entries.keys()].sort();
  }

  updateSettings(settings: Partial<EngineSettings>): void {
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
    this.settingsVersion++;
    for (const e of this.entries.values()) if (!e.link) delete e.analysis;
  }

  /** True when the file's analysis is not cached: analysis(uri) would parse it now. */
  needsAnalysis(uri: string): boolean {
    const entry = this.entries.get(uri);
    return entry !== undefined && entry.analysis === undefined;
  }

  /**
   * What an analysis thread needs to analyse a file as this workspace would (undefined when the file is
   * analysed already); hand the result back with setAnalysis.
   */
  analysisJob(uri: string): ThreadJob | undefined {
    const entry = this.entries.get(uri);
    if (!entry || entry.analysis !== undefined) return undefined;
    const text = this.currentText(uri, entry);
    if (text === undefined) return undefined;
    const current = this.entries.get(uri)!;
    return { uri, text, roots: this.roots, settings: this.settings, settingsVersion: this.settingsVersion, revision: current.revision };
  }

  /**
   * Stores an analysis made elsewhere (an analysis thread) for the job's text, under the settings the job was made
   * with; a stale one (the text or the settings changed meanwhile) is dropped.
   */
  setAnalysis(job: ThreadJob, analysis: FileAnalysis): boolean {
    const entry = this.entries.get(job.uri);
    if (!entry || entry.revision !== job.revision || entry.link) return false;
    if (job.settingsVersion !== this.settingsVersion) return false;
    entry.analysis = analysis;
    this.release(job.uri, entry);
    return true;
  }

  /**
   * Analyses a job's text on this thread and stores it as setAnalysis does: for a caller that got the job to choose
   * where to analyse, so that a closed file's text is not read from disk a second time.
   */
  analyseHere(job: ThreadJob): FileAnalysis {
    const analysis = this.analyzeOrSetAside(job.uri, job.text);
    this.setAnalysis(job, analysis);
    return analysis;
  }

  analysis(uri: string): FileAnalysis | undefined {
    const entry = this.entries.get(uri);
    if (!entry) return undefined;
    if (entry.analysis) return entry.analysis;
    const text = this.currentText(uri, entry);
    const current = this.entries.get(uri)!;
    current.analysis = text === undefined ? unreadable(uri) : this.analyzeOrSetAside(uri, text);
    this.release(uri, current);
    return current.analysis;
  }

  /**
   * The entry's text: kept, or read again from disk (`same`: the disk still holds the text the entry was read from,
   * by the digest of its bytes). Undefined when it was not kept and cannot be read.
   */
  private textNow(uri: string, entry: Entry): (Partial<DiskText> & { text: string; same: boolean }) | undefined {
    if (entry.text !== undefined) return { text: entry.text, same: true };
    if (!this.reread || entry.digest === undefined) return undefined;
    try {
      const again = this.reread(uri);
      return { ...again, same: again.digest === entry.digest };
    } catch {
      return undefined;
    }
  }

  /** The text the entry's analysis was made from, when the workspace has it or the disk still holds it. */
  private textOf(uri: string, entry: Entry): string | undefined {
    const now = this.textNow(uri, entry);
    return now?.same ? now.text : undefined;
  }

  /** True when the entry is this text (false too when its text was not kept and the disk no longer holds it). */
  private holds(uri: string, entry: Entry, text: string): boolean {
    return this.textOf(uri, entry) === text;
  }

  /**
   * The text to analyse a file from now. When it was not kept and the disk changed since, the disk's: the file is
   * taken as changed, as the file watcher will say. Undefined when it cannot be read; the entry then names no disk
   * text, so that the file's return is a change.
   */
  private currentText(uri: string, entry: Entry): string | undefined {
    const now = this.textNow(uri, entry);
    if (now?.same) return now.text;
    this.entries.set(uri, now?.digest ? { text: now.text, digest: now.digest, revision: ++this.revisions } : { revision: ++this.revisions });
    return now?.text;
  }

  /** Lets go of a closed disk file's text once it is analysed, where it can be read again (WorkspaceOptions.reread). */
  private release(uri: string, entry: Entry): void {
    if (this.reread && entry.digest !== undefined && entry.analysis !== undefined && !entry.link && !this.trees.keeps(uri)) delete entry.text;
  }

  /** `pending`: files still being analysed elsewhere, left out of this lint (they are not parsed here). */
  lint(pending: ReadonlySet<string> = new Set()): LintResult {
    return drain(this.lintSteps(pending));
  }

  /**
   * lint() in steps (one per rule), for a caller that yields to other work between steps and drops a run that newer
   * edits made stale (the language server). Abandoning the generator leaves the workspace as it was.
   */
  *lintSteps(pending: ReadonlySet<string> = new Set()): Generator<void, LintResult> {
    const analyses = this.uris()
      .filter((u) => !pending.has(u))
      .map((u) => this.analysis(u)!);
    const fileFindings: Finding[] = [];
    const devices = new Map<string, Device>();
    const evidence: LinkEvidence[] = [];
    const neighbors: ObservedNeighbor[] = [];
    const disables = new Map<string, DisableComment[]>();
    let intent: Intent | undefined;

    for (const a of analyses) {
      // Loops, not push(...x): a spread passes every element as an argument, and the stack has room for about 100k.
      for (const f of a.findings) fileFindings.push(f);
      if (a.kind === 'intent') intent = a.intent;
      if (a.kind === 'topology' || a.kind === 'config') for (const e of a.evidence ?? []) evidence.push(e);
      if (a.kind === 'topology') for (const n of a.neighbors ?? []) neighbors.push(n);
      if (a.kind === 'config') {
        if (a.disables?.length) disables.set(a.uri, a.disables);
        const first = devices.get(a.device.hostname);
        if (first) {
          const loc = a.device.hostnameLoc ?? fileStart(a.uri);
          fileFindings.push(
            engineFinding('workspace/duplicate-hostname', 'duplicate', { hostname: a.device.hostname, other: relativePath(first.uri, this.roots) }, loc),
          );
        } else {
          devices.set(a.device.hostname, a.device);
        }
      }
    }
    if (intent) for (const e of this.intentEvidence(intent)) evidence.push(e);
    const resolved = this.links.resolve(devices, evidence, {
      ...(intent?.linkSources ? { sourceOrder: intent.linkSources } : {}),
      ...(intent?.descriptionPatterns ? { descriptionPatterns: intent.descriptionPatterns } : {}),
      ...(intent?.ignore?.interfaces ? { ignoreInterfaces: intent.ignore.interfaces } : {}),
    });
    for (const p of resolved.problems) fileFindings.push(engineFinding('workspace/topology-invalid', 'invalid', { message: p.message }, p.loc));
    const fabric: Fabric = {
      devices,
      links: resolved.links,
      segments: resolved.segments,
      linkIssues: resolved.issues,
      ...(intent?.interfaceRoles?.length ? { roleAssignments: intent.interfaceRoles } : {}),
    };
    const external = resolveExternalNeighbors(devices, neighbors);
    if (external.length > 0) fabric.externalNeighbors = external;
    fabric.neighbourhoods = this.neighbourhoods.of(fabric);
    const ruleFindings = yield* this.runner.steps(fabric, intent, { severity: this.settings.ruleSeverity });
    const all = [...applySeverity(fileFindings, this.settings, intent), ...ruleFindings];
    const quiet = silence(all, disables, this.knownRuleIds(), (uri) => !pending.has(uri), ignoreEntries(intent, devices), pending.size === 0);
    const findings = sortFindings([...quiet.kept, ...applySeverity(quiet.about, this.settings, intent)]);

    const byUri = new Map<string, Finding[]>();
    for (const u of this.entries.keys()) if (!pending.has(u)) byUri.set(u, []);
    for (const f of findings) {
      const list = byUri.get(f.loc.uri);
      if (list) list.push(f);
      else byUri.set(f.loc.uri, [f]);
    }
    if (this.verify) this.verifyAgainstScratch(findings, pending);
    return { fabric, intent, findings, byUri, silenced: quiet.silenced };
  }

  /** Rule ids a disable comment may name: the fabric rules and the engine's own. */
  private knownRuleIds(): ReadonlySet<string> {
    return (this.ruleIds ??= new Set([...this.rules, ...workspaceRules].map((r) => r.id)));
  }

  /**
   * FABRIC_LINT_VERIFY_INCREMENTAL: the findings of this lint must be those of a lint from scratch, byte for byte: the
   * same files' analyses, with links resolved again and every rule run over every device.
   */
  private verifyAgainstScratch(findings: Finding[], pending: ReadonlySet<string>): void {
    const expected = JSON.stringify(this.fork().lint(pending).findings);
    const actual = JSON.stringify(findings);
    if (actual === expected) return;
    let at = 0;
    while (at < actual.length && actual[at] === expected[at]) at++;
    throw new IncrementalMismatch(
      `incremental lint differs from a lint from scratch (FABRIC_LINT_VERIFY_INCREMENTAL) at character ${at}:\n` +
        `  incremental: …${actual.slice(Math.max(0, at - 200), at + 200)}\n  scratch:     …${expected.slice(Math.max(0, at - 200), at + 200)}`,
    );
  }

  /** The same objects for the same intent, so that unchanged links are recognised as such. */
  private intentEvidence = memoize((intent: Intent): LinkEvidence[] =>
    intent.links.map((l) => ({ source: 'intent', a: l.a, b: l.b, locs: [l.loc], detail: `${relativePath(intent.uri, this.roots)} links` })),
  );

  /**
   * The one place that sets aside a file whose reading throws (a defect: readers turn bad content into notes):
   * its analysis is one workspace/internal-error finding, cached like any analysis until the text changes, so
   * the rest of the fabric is linted and the file is not read again on every lint. The CLI, the language server
   * and its analysis threads all get here through analysis().
   */
  private analyzeOrSetAside(uri: string, text: string): FileAnalysis {
    try {
      if (INJECTED_FAULT && text.includes(INJECTED_FAULT)) throw new Error('injected fault (FABRIC_LINT_INJECT_FAULT)');
      return this.analyze(uri, text);
    } catch (err) {
      return setAside(uri, err);
    }
  }

  private analyze(uri: string, original: string): FileAnalysis {
    const text = loneCrAsLf(original);
    const rel = relativePath(uri, this.roots);
    if (text.length > MAX_FILE_BYTES) {
      return {
        kind: 'unclassified',
        uri,
        findings: [
          engineFinding(
            'workspace/unclassified-file',
            'tooLarge',
            { size: Math.round(text.length / 1048576), limit: MAX_FILE_BYTES / 1048576 },
            fileStart(uri),
          ),
        ],
      };
    }
    if (rel === this.settings.intentPath) {
      const { intent, problems } = loadIntent(uri, text, { knownRuleIds: this.rules.map((r) => r.id) });
      return {
        kind: 'intent',
        uri,
        intent,
        findings: problems.map((p) => engineFinding('workspace/intent-invalid', 'invalid', { message: p.message }, p.loc, p.severity)),
      };
    }
    const format = detectTopologyFormat(uri, text);
    // A SONiC config_db with DEVICE_NEIGHBOR is a device config that also states links: read as both below.
    const c = format === undefined || format === 'sonic-config-db' ? detectDialect(rel, text, this.settings.dialectOverrides) : undefined;
    if (format && !(c?.kind === 'config' && c.dialect === 'sonic')) {
      const { evidence, problems, neighbors } = readTopology(format, uri, text);
      const findings = problems.map((p) => engineFinding('workspace/topology-invalid', 'invalid', { message: p.message }, p.loc));
      return { kind: 'topology', uri, format, evidence, findings, ...(neighbors?.length ? { neighbors } : {}) };
    }
    if (!c) return { kind: 'ignored', uri, findings: [] };
    switch (c.kind) {
      case 'ignored':
      case 'intent':
      case 'topology':
        return { kind: 'ignored', uri, findings: [] };
      case 'binary':
        // Binary files are everywhere in a repository; only one named like a config deserves a word.
        if (!namedLikeConfig(rel)) return { kind: 'ignored', uri, findings: [] };
        return { kind: 'unclassified', uri, findings: [engineFinding('workspace/unclassified-file', 'binary', {}, fileStart(uri))] };
      case 'unclassified':
        return { kind: 'unclassified', uri, findings: [engineFinding('workspace/unclassified-file', 'unclassified', { reason: c.reason }, fileStart(uri))] };
      case 'config':
        return this.readDevice(uri, text, dialectModule(c.dialect), c.reason);
    }
  }

  /**
   * The steps every dialect shares: parse with a time limit (from the file's kept tree when it is open), read the
   * tree into a Device (the tree is then kept for an open document, else freed, whatever happens), and turn syntax
   * errors and extractor notes into findings.
   */
  private readDevice(uri: string, text: string, dialect: DialectModule<Dialect>, reason: string): FileAnalysis {
    const grammar = dialect.grammar(text);
    if (!grammar) {
      const data = { dialect: dialect.name, reason };
      return { kind: 'unclassified', uri, findings: [engineFinding('workspace/dialect-unsupported', 'unsupported', data, fileStart(uri))] };
    }
    let tree: Tree;
    const old = this.trees.take(uri, grammar.family);
    try {
      tree = parse(grammar.family, text, old);
    } catch (err) {
      if (!(err instanceof ParseTimeoutError)) throw err;
      const finding = engineFinding('workspace/syntax-error', 'timeout', { seconds: err.timeoutMs / 1000 }, fileStart(uri), 'error');
      return { kind: 'unclassified', uri, findings: [finding] };
    } finally {
      old?.delete();
    }
    try {
      const { device, syntaxErrors, evidence, evidenceProblems } = dialect.read(grammar.adapt(uri, tree, text, this.trees.memo(uri)));
      const findings: Finding[] = [];
      for (const e of syntaxErrors) findings.push(engineFinding('workspace/syntax-error', 'syntax', { detail: e.message }, { uri, range: e.range }));
      for (const n of device.notes)
        findings.push(engineFinding('workspace/parse-note', 'note', { message: n.message }, n.loc, n.severity === 'error' ? 'warning' : n.severity));
      for (const p of evidenceProblems ?? []) findings.push(engineFinding('workspace/topology-invalid', 'invalid', { message: p.message }, p.loc));
      const disables = dialect.lineComment === null ? [] : readDisableComments(text, dialect.lineComment);
      return {
        kind: 'config',
        uri,
        dialect: dialect.id,
        device,
        findings,
        ...(evidence?.length ? { evidence } : {}),
        ...(disables.length ? { disables } : {}),
      };
    } finally {
      this.trees.put(uri, grammar.family, tree);
    }
  }
}

/** FABRIC_LINT_VERIFY_INCREMENTAL found a lint whose findings differ from a lint from scratch. */
export class IncrementalMismatch extends Error {}

/**
 * Test hook: a file whose text contains this string throws while it is read, as a defect in a reader would. No real
 * input is known to crash the readers (the fuzz suite and the corpus keep it so, and a crash found is fixed), so
 * the tests of the set-aside path (test/cli, test/lsp) need a fault; it is read once, from the environment.
 */
const INJECTED_FAULT = process.env.FABRIC_LINT_INJECT_FAULT || undefined;

/** What a file whose reading threw contributes: one workspace/internal-error finding, and the stack for the log. */
export function setAside(uri: string, err: unknown): FileAnalysis {
  const message = err instanceof Error ? err.message : String(err);
  const finding = engineFinding('workspace/internal-error', 'crash', { message }, fileStart(uri));
  return { kind: 'unclassified', uri, findings: [finding], crash: (err instanceof Error ? err.stack : undefined) ?? message };
}

/** What a file contributes whose text was not kept and can no longer be read (it went away before the watcher said so). */
function unreadable(uri: string): FileAnalysis {
  return { kind: 'unclassified', uri, findings: [engineFinding('workspace/unclassified-file', 'unreadable', {}, fileStart(uri))] };
}

/** What a file over its analysis budget contributes: one finding saying so, nothing else. */
export function overBudget(uri: string, reason: 'time' | 'memory', limit: number): FileAnalysis {
  const finding =
    reason === 'time'
      ? engineFinding('workspace/syntax-error', 'timeout', { seconds: limit / 1000 }, fileStart(uri), 'error')
      : engineFinding('workspace/syntax-error', 'memory', { limit }, fileStart(uri), 'error');
  return { kind: 'unclassified', uri, findings: [finding] };
}

/** The intent's `ignore.findings`, each matching the files of the devices its hostname glob names. */
function ignoreEntries(intent: Intent | undefined, devices: ReadonlyMap<string, Device>): IgnoreEntry[] {
  return (intent?.ignore?.findings ?? []).map((e, i) => {
    const glob = compileGlobs([e.device], { nocase: true, braces: true });
    const uris = new Set([...devices.values()].filter((d) => glob.test(d.hostname)).map((d) => d.uri));
    return { rule: e.rule, device: e.device, covers: (uri: string) => uris.has(uri), loc: intent!.locs[`ignore.findings.${i}`] ?? fileStart(intent!.uri) };
  });
}

/** Engine findings obey the same severity overrides as rules. */
function applySeverity(findings: Finding[], settings: EngineSettings, intent: Intent | undefined): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const o = intent?.rules?.[f.ruleId]?.severity ?? settings.ruleSeverity[f.ruleId];
    if (o === 'off') continue;
    out.push(o ? { ...f, severity: o } : f);
  }
  return out;
}
