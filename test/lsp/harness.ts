import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CodeLensRequest,
  ConfigurationRequest,
  DefinitionRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  InlayHintRefreshRequest,
  InlayHintRequest,
  IPCMessageReader,
  IPCMessageWriter,
  LogMessageNotification,
  NotificationType,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  WorkDoneProgress,
  type ClientCapabilities,
  type CodeAction,
  type CodeLens,
  type Command,
  type Diagnostic,
  type Hover,
  type InitializeResult,
  type InlayHint,
  type Location,
  type LocationLink,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

import { REPO_ROOT } from '../helpers/lint';

export { REPO_ROOT };
export const SERVER = path.join(REPO_ROOT, 'dist', 'server.js');
export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'lsp');

export function uriOf(file: string): string {
  return pathToFileURL(path.resolve(file)).href;
}

/** A fresh temp copy of a fixture folder: tests write fixes to disk. */
export function tempCopy(src: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-lsp-'));
  fs.cpSync(src, dir, { recursive: true });
  return dir;
}

export interface StartOptions {
  transport: 'stdio' | 'ipc';
  /** Workspace folder (a path). */
  root: string;
  /** What the client answers to workspace/configuration for `fabricLint`. */
  settings?: unknown;
  documentChanges?: boolean;
  /** Drops capabilities to test the server's fallbacks. */
  minimal?: boolean;
  /** Extra environment of the server process. */
  env?: Record<string, string>;
  /** A command the server runs under, e.g. ['strace', '-f', …]; stdio transport only. */
  wrap?: string[];
}

/**
 * The server's environment: every protocol test runs with FABRIC_LINT_VERIFY_INCREMENTAL=1, so each lint is checked
 * against a lint from scratch and a difference ends the server with exit code 70 (the session hooks fail on it).
 */
function serverEnv(opts: StartOptions): NodeJS.ProcessEnv {
  return { FABRIC_LINT_VERIFY_INCREMENTAL: '1', ...process.env, ...opts.env };
}

/** A server on a scratch folder, for the tests of one `describe`; its fields are set by the hooks. */
export interface Session {
  dir: string;
  client: TestClient;
  /** A file of the scratch folder. */
  f(name: string): string;
  /** Starts the server on the scratch folder, for a test that chooses its own client options. */
  start(options: Omit<StartOptions, 'root'>): Promise<TestClient>;
}

/**
 * Registers the hooks that give each test (`each`) or the whole `describe` (`all`) a fresh folder from
 * `prepare` and, with `start`, a server on it (without, the test calls `session.start`); afterwards they
 * stop the server, check it exited cleanly and remove the folder.
 */
export function serverSession(prepare: () => string, start?: Omit<StartOptions, 'root'>, scope: 'each' | 'all' = 'each'): Session {
  let started: TestClient | undefined;
  const session = {
    f: (name: string) => path.join(session.dir, name),
    start: async (options: Omit<StartOptions, 'root'>) => {
      started = session.client = await TestClient.start({ ...options, root: session.dir });
      return started;
    },
  } as Session;
  (scope === 'each' ? beforeEach : before)(async () => {
    session.dir = prepare();
    if (start) await session.start(start);
  });
  (scope === 'each' ? afterEach : after)(async () => {
    const client = started;
    started = undefined;
    const code = await client?.stop();
    fs.rmSync(session.dir, { recursive: true, force: true });
    if (client && code !== 0) throw new Error(`server exit code ${code}\n${client.stderr}`);
  });
  return session;
}

interface Waiter {
  check(): boolean;
  resolve(): void;
}

/**
 * A minimal LSP client over the real protocol: spawns dist/server.js, answers the server's requests
 * (configuration, registrations, progress) and records every publishDiagnostics. Waits are promises
 * resolved by incoming notifications, with a timeout, never sleeps.
 */
export class TestClient {
  /** Latest diagnostics per uri, as published. */
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** Every publish, in order. */
  readonly publishes: PublishDiagnosticsParams[] = [];
  readonly registrations: Registration[] = [];
  readonly logs: string[] = [];
  /** Every $/progress value the server sent (work-done progress while indexing). */
  readonly progress: { kind: string; message?: string; percentage?: number }[] = [];
  /** fabricLint/status notifications (shared/src/protocol.ts). */
  readonly statuses: { state: string; generation: number; files: number; devices: number }[] = [];
  stderr = '';
  /** workspace/inlayHint/refresh requests received. */
  refreshes = 0;
  settings: unknown;
  initializeResult!: InitializeResult;
  private readonly docs = new Map<string, TextDocument>();
  private waiters: Waiter[] = [];
  private exited = false;
  private readonly exitPromise: Promise<number | null>;

  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
    readonly root: string,
  ) {
    this.exitPromise = new Promise((resolve) =>
      child.on('exit', (code) => {
        this.exited = true;
        this.poke();
        resolve(code);
      }),
    );
    // SERVER_STDERR=1 shows the server's stderr as it comes (a server that exits mid-request leaves the test waiting).
    child.stderr?.on('data', (b: Buffer) => {
      this.stderr += b.toString();
      if (process.env.SERVER_STDERR) process.stderr.write(b);
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.publishes.push(p);
      this.diagnostics.set(p.uri, p.diagnostics);
      this.poke();
    });
    connection.onNotification(LogMessageNotification.type, (p) => this.logs.push(p.message));
    connection.onNotification(new NotificationType<TestClient['statuses'][number]>('fabricLint/status'), (p) => {
      this.statuses.push(p);
      this.poke();
    });
    connection.onRequest(ConfigurationRequest.type, (p) => p.items.map((i) => (i.section === 'fabricLint' ? (this.settings ?? null) : null)));
    connection.onRequest(RegistrationRequest.type, (p) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    // The server names each progress in window/workDoneProgress/create; its $/progress values are recorded.
    connection.onRequest(WorkDoneProgressCreateRequest.type, (p) => {
      connection.onProgress(WorkDoneProgress.type, p.token, (value) => {
        this.progress.push(value);
        this.poke();
      });
      return null;
    });
    connection.onRequest(InlayHintRefreshRequest.type, () => {
      this.refreshes++;
      this.poke();
      return null;
    });
  }

  static async start(opts: StartOptions): Promise<TestClient> {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "npx tsc -b && node esbuild.mjs" first`);
    let child: ChildProcess;
    let connection: ProtocolConnection;
    if (opts.transport === 'stdio') {
      const argv = [...(opts.wrap ?? []), process.execPath, SERVER, '--stdio'];
      child = spawn(argv[0]!, argv.slice(1), { stdio: ['pipe', 'pipe', 'pipe'], env: serverEnv(opts) });
      connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    } else {
      child = spawn(process.execPath, [SERVER, '--node-ipc'], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'], env: serverEnv(opts) });
      connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    }
    const client = new TestClient(child, connection, opts.root);
    client.settings = opts.settings;
    connection.listen();
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uriOf(opts.root),
      workspaceFolders: [{ uri: uriOf(opts.root), name: path.basename(opts.root) }],
      capabilities: opts.minimal ? {} : capabilities(opts.documentChanges === true),
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** Resolves with check()'s value once it is not undefined; re-checked on every message from the server. */
  wait<T>(what: string, check: () => T | undefined, timeoutMs = 20000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let value: T | undefined;
      const waiter: Waiter = {
        check: () => {
          if (this.exited) {
            clearTimeout(timer);
            reject(new Error(`server exited while waiting for ${what}\n${this.stderr}`));
            return true;
          }
          value = check();
          return value !== undefined;
        },
        resolve: () => {
          clearTimeout(timer);
          resolve(value as T);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(
          new Error(
            `timed out after ${timeoutMs} ms waiting for ${what}\nlast diagnostics: ${this.dump()}\nstderr: ${this.stderr}\nlog: ${this.logs.slice(-5).join('\n')}`,
          ),
        );
      }, timeoutMs);
      if (waiter.check()) waiter.resolve();
      else this.waiters.push(waiter);
    });
  }

  /** Waits until the latest diagnostics of a file satisfy the predicate. */
  waitForDiagnostics(file: string, what: string, predicate: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    const uri = uriOf(file);
    return this.wait(`${path.basename(file)}: ${what}`, () => {
      const d = this.diagnostics.get(uri);
      return d && predicate(d) ? d : undefined;
    });
  }

  /** Waits for a publish for this file that arrives after `since` publishes. */
  waitForPublish(file: string, since: number, what: string, predicate: (d: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    const uri = uriOf(file);
    return this.wait(`${path.basename(file)}: ${what}`, () => this.publishes.slice(since).find((p) => p.uri === uri && predicate(p.diagnostics))?.diagnostics);
  }

  async open(file: string, languageId = 'plaintext'): Promise<void> {
    const uri = uriOf(file);
    const doc = TextDocument.create(uri, languageId, 1, fs.readFileSync(file, 'utf8'));
    this.docs.set(uri, doc);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: doc.version, text: doc.getText() },
    });
  }

  text(file: string): string {
    return this.docs.get(uriOf(file))?.getText() ?? fs.readFileSync(file, 'utf8');
  }

  version(file: string): number | undefined {
    return this.docs.get(uriOf(file))?.version;
  }

  /** Sends the edits as incremental changes, as an editor does. */
  async edit(file: string, edits: TextEdit[]): Promise<void> {
    const uri = uriOf(file);
    const old = this.docs.get(uri);
    if (!old) throw new Error(`${file} is not open`);
    const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
    const doc = TextDocument.create(uri, old.languageId, old.version + 1, TextDocument.applyEdits(old, edits));
    this.docs.set(uri, doc);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: doc.version },
      contentChanges: sorted.map((e) => ({ range: e.range, text: e.newText })),
    });
  }

  /** Replaces one line's text (0-based line) in an open document. */
  async replaceLine(file: string, line: number, text: string): Promise<void> {
    const current = this.text(file).split('\n')[line] ?? '';
    await this.edit(file, [{ range: { start: { line, character: 0 }, end: { line, character: current.length } }, newText: text }]);
  }

  async close(file: string): Promise<void> {
    const uri = uriOf(file);
    this.docs.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Writes a file on disk and tells the server, as the editor's file watcher would. */
  async writeFile(file: string, content: string | Buffer, created = false): Promise<void> {
    fs.writeFileSync(file, content);
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: uriOf(file), type: created ? FileChangeType.Created : FileChangeType.Changed }],
    });
  }

  async deleteFile(file: string): Promise<void> {
    fs.rmSync(file, { force: true });
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(file), type: FileChangeType.Deleted }] });
  }

  /** The generation of the last lint the server reported done (-1 before the first). */
  lintGeneration(): number {
    return this.statuses.filter((s) => s.state === 'ready').at(-1)?.generation ?? -1;
  }

  /** Waits for a lint done after the one of `generation` (for changes that may leave every diagnostic as it was). */
  async lintedAfter(generation: number): Promise<void> {
    await this.wait(`a lint after generation ${generation}`, () =>
      this.statuses.some((s) => s.state === 'ready' && s.generation > generation) ? true : undefined,
    );
  }

  /** Waits for the first lint after indexing. */
  async ready(): Promise<void> {
    await this.wait('first lint', () => (this.statuses.some((s) => s.state === 'ready') ? true : undefined));
  }

  async setSettings(settings: unknown): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  async codeActions(file: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const result = await this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uriOf(file) },
      range,
      context: { diagnostics, ...(only ? { only } : {}) },
    });
    return (result ?? []).filter((a): a is CodeAction => !isCommand(a));
  }

  /**
   * Waits until every change sent so far is linted and published: a code action request needs current findings, so
   * the server answers it only then (hover may answer from the last lint at once).
   */
  async settle(file: string): Promise<void> {
    await this.codeActions(file, [], ['quickfix']);
  }

  /** textDocument/hover at a 0-based line and character. */
  hover(file: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(file) }, position: { line, character } });
  }

  /** textDocument/inlayHint over the whole file. */
  async inlayHints(file: string): Promise<InlayHint[]> {
    const range = { start: { line: 0, character: 0 }, end: { line: this.text(file).split('\n').length, character: 0 } };
    return (await this.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: uriOf(file) }, range })) ?? [];
  }

  async codeLenses(file: string): Promise<CodeLens[]> {
    return (await this.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uriOf(file) } })) ?? [];
  }

  /** textDocument/definition at a 0-based line and character. */
  async definition(file: string, line: number, character: number): Promise<Location[] | null> {
    const r = await this.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: uriOf(file) }, position: { line, character } });
    if (r === null) return null;
    const list: (Location | LocationLink)[] = Array.isArray(r) ? r : [r];
    return list.map((l) => ('targetUri' in l ? { uri: l.targetUri, range: l.targetSelectionRange } : l));
  }

  /** Applies a WorkspaceEdit: to the open document via didChange, to the file on disk (plus a watcher event) otherwise. */
  async applyEdit(edit: WorkspaceEdit): Promise<void> {
    const perUri: [string, TextEdit[], number | null | undefined][] = [];
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) perUri.push([uri, edits, undefined]);
    for (const dc of edit.documentChanges ?? []) {
      if (!('textDocument' in dc)) throw new Error('only text document edits are expected');
      perUri.push([dc.textDocument.uri, dc.edits as TextEdit[], dc.textDocument.version]);
    }
    for (const [uri, edits, version] of perUri) {
      const file = fileURLToPath(uri);
      const open = this.docs.get(uri);
      if (open) {
        if (typeof version === 'number' && version !== open.version)
          throw new Error(`edit for ${uri} is for version ${version}, document is at ${open.version}`);
        await this.edit(file, edits);
      } else {
        const doc = TextDocument.create(uri, 'plaintext', 0, fs.readFileSync(file, 'utf8'));
        await this.writeFile(file, TextDocument.applyEdits(doc, edits));
      }
    }
  }

  /** Shuts the server down the polite way and waits for the process to end. */
  async stop(): Promise<number | null> {
    if (!this.exited) {
      try {
        await withTimeout(this.connection.sendRequest(ShutdownRequest.type), 5000, 'shutdown');
        await this.connection.sendNotification(ExitNotification.type);
      } catch {
        this.child.kill();
      }
    }
    const code = await withTimeout(this.exitPromise, 5000, 'exit').catch(() => {
      this.child.kill('SIGKILL');
      return null;
    });
    this.connection.dispose();
    return code;
  }

  get alive(): boolean {
    return !this.exited;
  }

  dump(): string {
    return JSON.stringify([...this.diagnostics].map(([u, d]) => [path.basename(u), d.map((x) => `${x.code}@${x.range.start.line}`)]));
  }

  private poke(): void {
    const still: Waiter[] = [];
    for (const w of this.waiters) {
      if (w.check()) w.resolve();
      else still.push(w);
    }
    this.waiters = still;
  }
}

function capabilities(documentChanges: boolean): ClientCapabilities {
  return {
    workspace: {
      configuration: true,
      workspaceFolders: true,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
      workspaceEdit: { documentChanges },
      inlayHint: { refreshSupport: true },
    },
    textDocument: {
      synchronization: { dynamicRegistration: false },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true, tagSupport: { valueSet: [1, 2] } },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
        isPreferredSupport: true,
        dataSupport: true,
      },
      inlayHint: { dynamicRegistration: false },
      rename: { prepareSupport: true },
    },
    window: { workDoneProgress: true },
  };
}

function isCommand(a: CodeAction | Command): a is Command {
  return typeof (a as Command).command === 'string';
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`timed out: ${what}`)), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/** Diagnostics of one rule. */
export function ofRule(d: Diagnostic[], ruleId: string): Diagnostic[] {
  return d.filter((x) => x.code === ruleId);
}
