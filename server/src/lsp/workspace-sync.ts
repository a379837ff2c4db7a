import { promises as fs } from 'node:fs';
import { FileChangeType, type Connection, type Diagnostic, type FileEvent, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { classifyPath, collectFileSet, insideAny, readDiskText, readDiskTextSync, type Collected, type DiskText } from '../engine/files';
import type { LintResult } from '../engine/types';
import { pathToUri, uriToPath } from '../engine/uri';
import { AnalysisPool } from '../engine/worker-pool';
import { analyzeAllInThreads, analyzeInThread, defaultJobs } from '../engine/thread-analysis';
import { MAX_FILE_BYTES, Workspace, type ThreadJob } from '../engine/workspace';
import type { Edit } from '../parsing/parser';
import { IncrementalMismatch } from '../engine/workspace';
import { ReadsViolation } from '../rules/engine';
import type { Finding } from '../rules/types';
import { toDiagnostic, type DiagnosticOptions } from './diagnostics';
import { FileFilter } from './file-filter';
import { localPath } from './params';
import { StatusNotification, type ClassifyResult, type StatusParams } from '../../../shared/src/protocol';
import { DEFAULT_SERVER_SETTINGS, fileSetChanged, toEngineSettings, type ServerSettings } from './settings';

export interface SyncOptions {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  diagnostics: DiagnosticOptions;
  /** Send the document version with publishDiagnostics (client's versionSupport). */
  publishVersion: boolean;
  /** Called after each lint, once the diagnostics are out (inlay hints and lenses read the new fabric). */
  onLinted?: () => void;
  /** Analysis threads (a first indexing parses on all of them); one parses on the server's thread. Default: one per core. */
  jobs?: number;
}

/** Files read per step while indexing; the event loop gets a turn between steps. */
const INDEX_CHUNK = 32;
/** Files at least this big are parsed in an analysis thread, so that the server keeps answering meanwhile. */
export const OFF_THREAD_CHARS = 512 * 1024;
/**
 * A lint gives other messages a turn at least this often (milliseconds): a newer edit then cancels it, and hover and
 * definition are answered from the last model meanwhile.
 */
const LINT_SLICE_MS = 8;
/**
 * Analysis threads idle this long are stopped (a first indexing is over; a big file starts one again): each keeps its
 * own engine and the WebAssembly memory of its biggest parse, hundreds of MB at 2,048 switches.
 */
const THREAD_IDLE_MS = 5_000;
/** Time one file's analysis may take; FABRIC_LINT_ANALYSIS_BUDGET_MS overrides it (tests). */
const ANALYSIS_BUDGET_MS = Number(process.env.FABRIC_LINT_ANALYSIS_BUDGET_MS) || 10_000;

/**
 * Keeps the engine's Workspace equal to "disk content of every file in the folders, overridden by the
 * open documents", lints after changes, and pushes diagnostics for every uri whose diagnostics changed,
 * including closed files and files whose findings went away (an empty array).
 *
 * Scheduling: a change starts a lint at once (no quiet time: the engine's lint is incremental). The lint runs in
 * slices and gives other messages a turn between them; a change that arrives meanwhile makes it stale, so it is
 * dropped and a new lint starts with every change so far. A finished lint is published only if no change arrived
 * while it ran: a burst of changes ends in one publish for the final text.
 *
 * Uris are kept in one canonical form (file URL made by Node from the path), since clients spell the
 * same file differently (percent-encoding, drive letters); open documents keep the client's spelling
 * for messages sent back.
 */
export class WorkspaceSync {
  private readonly connection: Connection;
  private readonly documents: TextDocuments<TextDocument>;
  private readonly diagnosticOptions: DiagnosticOptions;
  private readonly publishVersion: boolean;
  private readonly onLinted: (() => void) | undefined;
  private readonly jobs: number;

  private roots: string[] = [];
  private settings: ServerSettings = DEFAULT_SERVER_SETTINGS;
  private filter = new FileFilter([], [], []);
  private ws: Workspace | undefined;
  /**
   * Canonical uris of the accepted files on disk in the folders. Their texts are not kept here: the engine keeps a
   * closed file's model and reads its text again where a feature needs it (WorkspaceOptions.reread).
   */
  private readonly disk = new Set<string>();
  /** Canonical uri → real path, for symbolic links in the folders that point out of them (never read). */
  private readonly outsideLinks = new Map<string, string>();
  /** Real paths of the folders, to tell where a symbolic link lands. */
  private realRoots: string[] = [];
  /** Canonical uri → the client's uri, for open documents. */
  private readonly open = new Map<string, string>();
  /** Canonical uri → JSON of the diagnostics last published (absent = nothing or an empty array). */
  private readonly published = new Map<string, string>();
  private last: LintResult | undefined;
  private lintedVersions = new Map<string, number>();
  /** Canonical uri → the revision of the text the last lint saw (hover answers from that lint while it is the same). */
  private lintedRevisions = new Map<string, number>();
  /** Canonical uri → the findings last turned into diagnostics, to skip files whose findings are the same objects. */
  private lastFindings = new Map<string, readonly Finding[]>();

  /** A lint is promised once the pending disk work is done (scheduleLint). */
  private scheduled = false;
  /** Set by every change, cleared while waiting for the messages already received to be handled (quiet). */
  private changed = false;
  private disposed = false;
  /** The lint under way (one at a time); it goes on while changes keep arriving. */
  private running: Promise<void> | undefined;
  /** Set by every change, cleared when a lint starts: a lint that finds it set when it ends is stale. */
  private dirty = false;
  private diskWork: Promise<void> = Promise.resolve();
  private generation = 0;
  private indexing = 0;
  private lintMs = 0;
  private pool: AnalysisPool | undefined;
  /** Canonical uri → revision of the text being analysed in a thread; such files sit out lints until it is back. */
  private readonly offThread = new Map<string, number>();
  /** Bumped when folders or settings change: analyses started before are stale. */
  private epoch = 0;

  constructor(opts: SyncOptions) {
    this.connection = opts.connection;
    this.documents = opts.documents;
    this.diagnosticOptions = opts.diagnostics;
    this.publishVersion = opts.publishVersion;
    this.onLinted = opts.onLinted;
    this.jobs = Math.max(1, opts.jobs ?? defaultJobs());
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  /** Creates the engine for these folders, reads every file of them and lints. */
  async start(roots: string[], settings: ServerSettings): Promise<void> {
    this.settings = settings;
    await this.setRoots(roots);
  }

  async setRoots(roots: string[]): Promise<void> {
    this.roots = roots.map(canonical);
    this.realRoots = await Promise.all(
      this.roots
        .map((r) => localPath(r))
        .filter((p): p is string => p !== undefined)
        .map((p) => fs.realpath(p).catch(() => p)),
    );
    this.filter = new FileFilter(this.roots, this.settings.include, this.settings.exclude);
    const ws = await Workspace.create({ roots: this.roots, settings: toEngineSettings(this.settings), reread: rereadFromDisk });
    // The trees move to the new engine: the old one frees its own, the new one keeps the open documents'.
    for (const uri of this.open.keys()) {
      this.ws?.keepTree(uri, false);
      ws.keepTree(uri, true);
    }
    this.ws = ws;
    this.last = undefined;
    this.epoch++;
    this.offThread.clear();
    await this.reindex();
  }

  async setSettings(settings: ServerSettings): Promise<void> {
    const old = this.settings;
    this.settings = settings;
    if (!this.ws) return;
    this.ws.updateSettings(toEngineSettings(settings));
    this.epoch++;
    this.offThread.clear();
    if (fileSetChanged(old, settings)) {
      this.filter = new FileFilter(this.roots, settings.include, settings.exclude);
      await this.reindex();
    } else {
      this.scheduleLint();
    }
  }

  /** Resolves once every pending change is linted and published. */
  async settled(): Promise<void> {
    await this.diskWork;
    while (this.dirty || this.running) await this.lint();
  }

  /**
   * True when the last lint saw this file's current text: hover and definition on it can be answered from the last
   * model at once, even while a newer lint (of other files' changes) runs.
   */
  linted(uri: string): boolean {
    const c = canonical(uri);
    const revision = this.ws?.revision(c);
    return this.last !== undefined && revision !== undefined && this.lintedRevisions.get(c) === revision && !this.offThread.has(c);
  }

  dispose(): void {
    this.disposed = true;
    void this.pool?.close();
    this.pool = undefined;
  }

  // ---- inputs ----------------------------------------------------------------------------------

  /** `edits`: the change ranges since the last call, as tree edits (lsp/document-edits.ts), for an incremental reparse. */
  documentChanged(doc: TextDocument, edits?: Edit[]): void {
    const uri = canonical(doc.uri);
    this.open.set(uri, doc.uri);
    this.ws?.keepTree(uri, true);
    this.refresh(uri, edits);
  }

  /** A closed document keeps its analysis (the model) but not its syntax tree; its text is the disk's again. */
  documentClosed(doc: TextDocument): void {
    const uri = canonical(doc.uri);
    this.open.delete(uri);
    this.ws?.keepTree(uri, false);
    this.refresh(uri);
  }

  /** Files created, changed or deleted on disk (by the editor's watcher or anyone else). */
  filesChanged(changes: readonly FileEvent[]): Promise<void> {
    return this.enqueueDiskWork(async () => {
      for (const change of changes) {
        // Other schemes and remote hosts (file://server/share) are not the server's to read.
        if (localPath(change.uri) === undefined) continue;
        const uri = canonical(change.uri);
        if (change.type === FileChangeType.Deleted) {
          // A deleted folder arrives as one event for the folder.
          for (const known of [...this.disk, ...this.outsideLinks.keys()]) {
            if (known === uri || known.startsWith(uri + '/')) {
              this.disk.delete(known);
              this.outsideLinks.delete(known);
              this.refresh(known);
            }
          }
          continue;
        }
        await this.readFromDisk(uri);
      }
    });
  }

  // ---- queries ---------------------------------------------------------------------------------

  /** The last lint (fabric, findings), for hover and go to definition; never to be modified. */
  lastResult(): Readonly<LintResult> | undefined {
    return this.last;
  }

  findings(uri: string): readonly Finding[] {
    return this.last?.byUri.get(canonical(uri)) ?? [];
  }

  /** Version of the open document whose text the last lint saw; null for disk content. */
  lintedVersion(uri: string): number | null {
    return this.lintedVersions.get(canonical(uri)) ?? null;
  }

  /** The text of a file as the engine has it (open document or disk). */
  text(uri: string): string | undefined {
    return this.ws?.text(canonical(uri));
  }

  /** A scratch copy of the workspace as last linted, to try fixes (fix-all) without keeping them. */
  scratch(): Workspace | undefined {
    return this.ws?.fork();
  }

  /** The spelling the client uses for a file (open documents), else the canonical uri. */
  clientUri(uri: string): string {
    return this.open.get(canonical(uri)) ?? uri;
  }

  classify(uri: string): ClassifyResult {
    const c = canonical(uri);
    if (this.ws?.hasFile(c)) this.analyse(c);
    if (this.offThread.has(c)) return { kind: 'unknown' };
    const a = this.ws?.hasFile(c) ? this.ws.analysis(c) : undefined;
    if (!a) return { kind: 'unknown' };
    return a.kind === 'config' ? { kind: a.kind, dialect: a.dialect } : { kind: a.kind };
  }

  // ---- internals -------------------------------------------------------------------------------

  /** Open documents belong to the fabric when they lie in an accepted place, or when there is no folder at all. */
  private openIncluded(uri: string): boolean {
    if (this.roots.length === 0) return true;
    return this.filter.accepts(uri);
  }

  /**
   * Puts the effective text of one file (open document, else disk, else nothing) into the engine. `read`: the disk's
   * text, when the caller has just read it; a file on disk without it is read again first.
   */
  private refresh(uri: string, edits?: Edit[], read?: DiskText): void {
    const ws = this.ws;
    this.dirty = true;
    this.scheduleLint();
    if (!ws) return;
    const clientUri = this.open.get(uri);
    const doc = clientUri !== undefined ? this.documents.get(clientUri) : undefined;
    if (doc !== undefined && this.openIncluded(uri)) {
      ws.setFile(uri, doc.getText(), edits);
      return;
    }
    if (this.disk.has(uri)) {
      if (read) ws.setDiskFile(uri, read);
      else void this.enqueueDiskWork(() => this.readFromDisk(uri));
      return;
    }
    const link = this.outsideLinks.get(uri);
    if (link !== undefined) ws.setOutsideLink(uri, link);
    else ws.removeFile(uri);
  }

  /** Reads one path after a file event, under the engine's policy (engine/files.ts collectFileSet). */
  private async readFromDisk(uri: string): Promise<void> {
    const file = localPath(uri);
    if (file === undefined) return;
    const c = await classifyPath(file, this.realRoots);
    if (c.kind === 'folder') {
      // A folder moved or copied into the workspace: read what is in it.
      if (!this.filter.inside(uri)) return;
      const found = await collectFileSet([file]).catch(() => ({ files: [], skipped: [] }) as Collected);
      const links = found.skipped.filter((x) => x.reason === 'outside').map((x) => x.path);
      for (const f of [...found.files, ...links]) {
        const u = canonical(pathToUri(f));
        if (this.filter.accepts(u)) await this.readFromDisk(u);
      }
      return;
    }
    const accepted = this.filter.accepts(uri);
    if (c.kind === 'outside' && accepted) {
      // Never read through a link out of the folders: the link gets one information diagnostic instead.
      this.disk.delete(uri);
      this.outsideLinks.set(uri, c.target);
      this.refresh(uri);
      return;
    }
    // A link inside the folders is read under its target's own path, once.
    if (c.kind !== 'file' || !accepted) {
      const had = this.outsideLinks.delete(uri);
      if (this.disk.delete(uri) || had) this.refresh(uri);
      return;
    }
    this.outsideLinks.delete(uri);
    let read: DiskText | undefined;
    try {
      read = await readDiskText(file);
      this.disk.add(uri);
    } catch (err) {
      this.log(`cannot read ${file}: ${(err as Error).message}`);
      this.disk.delete(uri);
    }
    this.refresh(uri, undefined, read);
  }

  private reindex(): Promise<void> {
    return this.enqueueDiskWork(async () => {
      this.indexing++;
      this.sendStatus('indexing');
      const progress = await this.connection.window.createWorkDoneProgress();
      progress.begin('fabric-lint', 0, 'indexing the fabric', false);
      try {
        const files: string[] = [];
        const links = new Map<string, string>();
        for (const root of this.roots) {
          const rootPath = localPath(root);
          if (rootPath === undefined) continue;
          try {
            const found = await collectFileSet([rootPath], { include: this.settings.include, exclude: this.settings.exclude });
            // One push per file: a spread of a huge list would overflow the stack.
            for (const f of found.files) files.push(f);
            for (const skip of found.skipped) {
              // A link into another workspace folder is read there, under its real path.
              if (skip.reason === 'outside' && !insideAny(skip.detail, this.realRoots)) links.set(canonical(pathToUri(skip.path)), skip.detail);
              if (skip.reason === 'unreadable') this.log(`cannot read ${skip.path}: ${skip.detail}; skipped`);
            }
          } catch (err) {
            this.log(`cannot list ${root}: ${(err as Error).message}`);
          }
        }
        const next = new Map<string, DiskText>();
        for (let i = 0; i < files.length; i += INDEX_CHUNK) {
          const chunk = files.slice(i, i + INDEX_CHUNK);
          const texts = await Promise.all(
            chunk.map(async (f) => {
              try {
                return [canonical(pathToUri(f)), await readDiskText(f)] as const;
              } catch (err) {
                this.log(`cannot read ${f}: ${(err as Error).message}`);
                return undefined;
              }
            }),
          );
          for (const t of texts) if (t) next.set(t[0], t[1]);
          const done = Math.min(i + INDEX_CHUNK, files.length);
          progress.report(Math.round((100 * done) / files.length), `${done}/${files.length} files`);
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
        const touched = new Set<string>([...this.disk, ...next.keys(), ...this.open.keys(), ...links.keys(), ...(this.ws?.uris() ?? [])]);
        this.disk.clear();
        for (const u of next.keys()) this.disk.add(u);
        this.outsideLinks.clear();
        for (const [u, t] of links) this.outsideLinks.set(u, t);
        for (const u of touched) this.refresh(u, undefined, next.get(u));
        next.clear();
        // Parse on every core, or in steps on this thread: the lint below then only builds the fabric and runs the rules.
        const uris = this.ws?.uris() ?? [];
        if (this.jobs > 1 && this.ws) {
          let shown = -1;
          const report = (done: number, total: number): void => {
            const percent = Math.round((100 * done) / total);
            if (percent !== shown) progress.report((shown = percent), `parsed ${done}/${total} files`);
          };
          // A small file gets the budget it has on this thread (the parse's own time limit only); a big one the analysis budget.
          const timeMs = (job: ThreadJob): number | undefined => (job.text.length < OFF_THREAD_CHARS ? Infinity : undefined);
          await analyzeAllInThreads(this.ws, this.analysisPool(), uris, { progress: report, log: (m) => this.log(m), timeMs });
        }
        for (let i = 0; i < uris.length; i += INDEX_CHUNK) {
          for (const u of uris.slice(i, i + INDEX_CHUNK)) this.analyse(u);
          const done = Math.min(i + INDEX_CHUNK, uris.length);
          progress.report(Math.round((100 * done) / uris.length), `parsed ${done}/${uris.length} files`);
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
        this.log(`indexed ${next.size} files in ${this.roots.length} folder(s)`);
      } finally {
        progress.done();
        this.indexing--;
      }
      // Indexing ends with a lint right away.
      this.dirty = true;
      await this.lint();
    });
  }

  private enqueueDiskWork(task: () => Promise<void>): Promise<void> {
    const run = this.diskWork.then(task).catch((err: unknown) => this.log(`error: ${(err as Error).stack ?? String(err)}`));
    this.diskWork = run;
    return run;
  }

  /** A change: lint once the pending disk work is done, or, while a lint runs, make it start over. */
  private scheduleLint(): void {
    this.dirty = true;
    this.changed = true;
    if (this.running || this.scheduled) return;
    this.scheduled = true;
    void this.diskWork.then(() => {
      this.scheduled = false;
      return this.dirty ? this.lint() : undefined;
    });
  }

  /**
   * Lints until a lint finishes with no change arriving meanwhile; one such run at a time. Each lint starts once the
   * messages already received are handled (no quiet time beyond that): a burst of changes is linted once.
   */
  private lint(): Promise<void> {
    this.running ??= (async () => {
      try {
        while (this.dirty && !this.disposed) {
          await this.quiet();
          await this.lintOnce();
        }
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /**
   * Resolves once a turn of the event loop passes without a change. The connection handles one received message per
   * turn, so this waits out the messages already queued, and no longer.
   */
  private async quiet(): Promise<void> {
    do {
      this.changed = false;
      await yieldTurn();
    } while (this.changed);
  }

  /** One lint in slices; dropped, unpublished, when a change arrives before it is published. */
  private async lintOnce(): Promise<void> {
    const ws = this.ws;
    if (!ws) {
      this.dirty = false;
      return;
    }
    this.dirty = false;
    const t0 = performance.now();
    const stale = (): boolean => this.dirty || ws !== this.ws;

    for (const uri of ws.uris()) this.analyse(uri);
    const pending = new Set([...this.offThread.keys()].filter((u) => ws.needsAnalysis(u)));
    const revisions = new Map<string, number>();
    for (const uri of ws.uris()) if (!pending.has(uri)) revisions.set(uri, ws.revision(uri)!);
    let result: LintResult;
    try {
      const steps = ws.lintSteps(pending);
      let slice = performance.now();
      for (;;) {
        const step = steps.next();
        if (step.done) {
          result = step.value;
          break;
        }
        if (performance.now() - slice < LINT_SLICE_MS) continue;
        await yieldTurn();
        if (stale()) {
          steps.return(undefined as never);
          return;
        }
        slice = performance.now();
      }
    } catch (err) {
      this.log(`lint failed: ${(err as Error).stack ?? String(err)}`);
      if (err instanceof IncrementalMismatch || err instanceof ReadsViolation) {
        // The debug switch FABRIC_LINT_VERIFY_INCREMENTAL is on (tests): fail loudly, the server's exit code says so.
        process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
        process.exit(70);
      }
      return;
    }
    // Changes already received but not yet handled get their turn: the result is published only if still current.
    await yieldTurn();
    if (stale()) return;
    this.last = result;
    this.lintedRevisions = revisions;
    this.generation++;
    this.lintMs = Math.round(performance.now() - t0);

    this.lintedVersions = new Map();
    for (const [uri, clientUri] of this.open) {
      const doc = this.documents.get(clientUri);
      if (doc && ws.hasFile(uri) && !pending.has(uri) && this.openIncluded(uri)) this.lintedVersions.set(uri, doc.version);
    }

    const previous = this.lastFindings;
    this.lastFindings = new Map();
    for (const [uri, findings] of result.byUri) {
      this.lastFindings.set(uri, findings);
      // The same findings (the engine keeps unchanged devices' findings as the same objects): nothing to send.
      if (sameItems(previous.get(uri), findings)) continue;
      this.publish(
        uri,
        findings.map((f) => toDiagnostic(f, this.diagnosticOptions)),
      );
    }
    // A file still in its analysis thread keeps the diagnostics it had until its analysis is back.
    for (const uri of [...this.published.keys()]) if (!result.byUri.has(uri) && !pending.has(uri)) this.publish(uri, []);
    this.sendStatus('ready');
    this.onLinted?.();
  }

  /** Parses one file (cached by the engine, which sets aside a file whose reading throws: engine/workspace.ts). */
  private analyse(uri: string): void {
    const ws = this.ws;
    if (!ws?.needsAnalysis(uri)) return;
    const job = ws.analysisJob(uri);
    if (job && job.text.length >= OFF_THREAD_CHARS && job.text.length <= MAX_FILE_BYTES) {
      this.analyseOffThread(ws, job);
      return;
    }
    // The job's text is analysed here: for a closed file it was just read from disk, and need not be read again.
    const a = job ? ws.analyseHere(job) : ws.analysis(uri);
    if (a?.kind === 'unclassified' && a.crash) this.log(`analysis of ${uri} failed: ${a.crash}`);
  }

  /**
   * Parses a big file in an analysis thread within the time and memory budget; lints go on without it
   * meanwhile, and the file gets its findings (or one saying it was over budget) when the thread is done.
   */
  private analyseOffThread(ws: Workspace, job: ThreadJob): void {
    const uri = job.uri;
    if (this.offThread.get(uri) === job.revision) return;
    this.offThread.set(uri, job.revision);
    const epoch = this.epoch;
    void analyzeInThread(this.analysisPool(), job, (m) => this.log(m)).then((analysis) => {
      // A newer text, other folders or other settings: a newer analysis is (or will be) under way.
      if (epoch !== this.epoch || ws !== this.ws || this.offThread.get(uri) !== job.revision) return;
      this.offThread.delete(uri);
      ws.setAnalysis(job, analysis);
      this.scheduleLint();
    });
  }

  /** The one pool of analysis threads: big files at any time, and every file of a first indexing. */
  private analysisPool(): AnalysisPool {
    this.pool ??= new AnalysisPool({ size: this.jobs, timeMs: ANALYSIS_BUDGET_MS, idleMs: THREAD_IDLE_MS });
    return this.pool;
  }

  private publish(uri: string, diagnostics: Diagnostic[]): void {
    const json = JSON.stringify(diagnostics);
    if ((this.published.get(uri) ?? '[]') === json) return;
    if (diagnostics.length > 0) this.published.set(uri, json);
    else this.published.delete(uri);
    const version = this.lintedVersions.get(uri);
    void this.connection.sendDiagnostics({
      uri: this.clientUri(uri),
      ...(this.publishVersion && version !== undefined ? { version } : {}),
      diagnostics,
    });
  }

  private sendStatus(state: StatusParams['state']): void {
    const findings = this.last?.findings ?? [];
    void this.connection.sendNotification(StatusNotification, {
      state: this.indexing > 0 ? 'indexing' : state,
      files: this.ws?.uris().length ?? 0,
      devices: this.last?.fabric.devices.size ?? 0,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      lintMs: this.lintMs,
      generation: this.generation,
    });
  }

  private log(message: string): void {
    this.connection.console.log(message);
  }
}

/** A closed file's text, read again from disk for the engine (WorkspaceOptions.reread). */
function rereadFromDisk(uri: string): DiskText {
  const file = localPath(uri);
  if (file === undefined) throw new Error('not a local file');
  return readDiskTextSync(file);
}

/** Gives the event loop one turn: messages received meanwhile are handled before the caller goes on. */
function yieldTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function sameItems<T>(a: readonly T[] | undefined, b: readonly T[]): boolean {
  return a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
}

/** One spelling per file: clients percent-encode differently (VS Code writes `%3A` and `%5B`, Node does not). */
export function canonical(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToUri(uriToPath(uri));
  } catch {
    return uri;
  }
}
