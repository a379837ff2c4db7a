/**
 * Loads the tree-sitter runtime (web-tree-sitter, WebAssembly) and our grammars, and parses text;
 * optionally with the native `tree-sitter` binding and the same grammars compiled natively (useParser).
 *
 * Usage:
 *   await initParsers();              // once, async, idempotent
 *   const tree = parse('netcli', text); // sync afterwards
 *   try { ...use tree... } finally { tree.delete(); }
 *
 * Memory: a Tree lives in the WebAssembly heap and is NOT garbage collected. Whoever receives a
 * tree from parse() owns it and must call `tree.delete()` once it is no longer needed (after
 * toCliDocument(), or when it is replaced by an incremental reparse: the old tree passed as
 * `oldTree` is not deleted by parse(); delete it after the new tree is returned).
 *
 * Files are found relative to this module, so the same code works
 *   - from the esbuild bundle `dist/server.js`: `dist/tree-sitter.wasm` and
 *     `dist/grammars/tree-sitter-<family>.wasm`;
 *   - from tsc output `out/server/parsing/parser.js`: walking up from __dirname to the repository
 *     root, `node_modules/web-tree-sitter/tree-sitter.wasm` and
 *     `grammars/<family>/tree-sitter-<family>.wasm`.
 * The environment variable FABRIC_LINT_GRAMMARS_DIR, when set, is searched first for
 * `tree-sitter-<family>.wasm` and `<family>/tree-sitter-<family>.wasm`.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Language as TSLanguage, Parser as TSParser, Tree } from 'web-tree-sitter';
// `import = require` on purpose: bundlers resolve a require() with the package's "require"
// condition (tree-sitter.cjs). An ES `import` makes esbuild pick the ESM build, whose
// `import.meta.url` is empty in our CommonJS bundle and breaks Parser.init().
import TreeSitter = require('web-tree-sitter');

const { Parser, Language } = TreeSitter;
type Parser = TSParser;
type Language = TSLanguage;

/**
 * `netcli`: EOS, NX-OS, IOS and Junos `set` files (grammars/netcli); `json`: SONiC config_db.json
 * (grammars/json, vendored tree-sitter-json); `junos`: Junos curly-brace configs (grammars/junos).
 */
export type GrammarFamily = 'netcli' | 'json' | 'junos' | 'srlinux';

/**
 * An adapter's own state for one open document, kept by the engine from one keystroke to the next
 * (DialectGrammar.adapt): what lets the adapter reuse the parts of its last document an edit left alone.
 */
export interface AdapterMemo {
  state?: unknown;
}
export const GRAMMAR_FAMILIES: readonly GrammarFamily[] = ['netcli', 'json', 'junos', 'srlinux'];

/** Default time budget of one parse. A config of 100k lines parses in well under a second. */
export const DEFAULT_PARSE_TIMEOUT_MS = 10_000;

export class ParseTimeoutError extends Error {
  constructor(
    readonly family: GrammarFamily,
    readonly timeoutMs: number,
  ) {
    super(`parsing (${family}) took longer than ${timeoutMs} ms and was cancelled`);
    this.name = 'ParseTimeoutError';
  }
}

export interface ParseOptions {
  /** Cancel the parse after this many milliseconds (default DEFAULT_PARSE_TIMEOUT_MS). */
  timeoutMs?: number;
}

const parsers = new Map<GrammarFamily, Parser>();
let initPromise: Promise<void> | undefined;

/** Directories from `start` up to the filesystem root. */
function ancestors(start: string): string[] {
  const out: string[] = [];
  let dir = resolve(start);
  for (;;) {
    out.push(dir);
    const parent = dirname(dir);
    if (parent === dir) return out;
    dir = parent;
  }
}

function firstExisting(candidates: string[]): string | undefined {
  return candidates.find((p) => existsSync(p));
}

/** Path of web-tree-sitter's own `tree-sitter.wasm`. */
export function locateRuntimeWasm(fromDir: string = __dirname): string | undefined {
  const candidates: string[] = [];
  for (const dir of ancestors(fromDir)) {
    candidates.push(join(dir, 'tree-sitter.wasm'), join(dir, 'node_modules', 'web-tree-sitter', 'tree-sitter.wasm'));
  }
  return firstExisting(candidates);
}

/** Path of the committed grammar `.wasm` of a family. */
export function locateGrammarWasm(family: GrammarFamily, fromDir: string = __dirname): string | undefined {
  const file = `tree-sitter-${family}.wasm`;
  const candidates: string[] = [];
  const override = process.env.FABRIC_LINT_GRAMMARS_DIR;
  if (override) candidates.push(join(override, file), join(override, family, file));
  for (const dir of ancestors(fromDir)) {
    candidates.push(join(dir, 'grammars', file), join(dir, 'grammars', family, file));
  }
  return firstExisting(candidates);
}

/**
 * Initializes web-tree-sitter and loads every grammar. Idempotent: later calls return the same
 * promise. A failed initialization can be retried.
 */
export function initParsers(): Promise<void> {
  if (!initPromise) {
    initPromise = doInit().catch((err: unknown) => {
      initPromise = undefined;
      throw err;
    });
  }
  return initPromise;
}

async function doInit(): Promise<void> {
  const runtimeWasm = locateRuntimeWasm();
  await Parser.init({
    locateFile(scriptName: string, scriptDirectory: string): string {
      if (scriptName === 'tree-sitter.wasm' && runtimeWasm) return runtimeWasm;
      return join(scriptDirectory, scriptName);
    },
  } as unknown as Parameters<typeof Parser.init>[0]);
  for (const family of GRAMMAR_FAMILIES) {
    const wasm = locateGrammarWasm(family);
    if (!wasm) {
      throw new Error(
        `grammar tree-sitter-${family}.wasm not found near ${__dirname} ` +
          `(looked for grammars/tree-sitter-${family}.wasm and grammars/${family}/tree-sitter-${family}.wasm)`,
      );
    }
    const language = await Language.load(wasm);
    const parser = new Parser();
    parser.setLanguage(language);
    parsers.set(family, parser);
  }
}

/** True once initParsers() has completed. */
export function parsersReady(): boolean {
  return parsers.size === GRAMMAR_FAMILIES.length;
}

/** The loaded Language of a family (for queries). Requires initParsers(). */
export function getLanguage(family: GrammarFamily): Language {
  const language = getParser(family).language;
  if (!language) throw new Error(`no language set for ${family}`);
  return language;
}

function getParser(family: GrammarFamily): Parser {
  const parser = parsers.get(family);
  if (!parser) throw new Error('initParsers() must complete before parse()');
  return parser;
}

/**
 * Parses `text` synchronously. Pass the previous tree (already updated with `tree.edit()`) as
 * `oldTree` for an incremental reparse. The caller owns the returned tree and must `delete()` it;
 * `oldTree` is left alone.
 *
 * @throws ParseTimeoutError when the parse exceeds the time budget (the parser is reset, so the
 *   next call starts fresh).
 */
export function parse(family: GrammarFamily, text: string, oldTree?: Tree | null, options?: ParseOptions): Tree {
  const timeoutMs = options?.timeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS;
  if (active === 'native') return parseNative(family, text, oldTree, timeoutMs);
  const parser = getParser(family);
  const deadline = performance.now() + timeoutMs;
  let cancelled = false;
  const progressCallback = (): boolean => {
    if (performance.now() > deadline) cancelled = true;
    return cancelled;
  };
  const tree = parser.parse(text, oldTree ?? null, {
    progressCallback: progressCallback as unknown as (state: unknown) => void,
  });
  if (!tree) {
    parser.reset();
    if (cancelled) throw new ParseTimeoutError(family, timeoutMs);
    throw new Error(`tree-sitter returned no tree for ${family}`);
  }
  return tree;
}

/**
 * Which parser parse() uses: `wasm` (web-tree-sitter, the default, and the only one in the editor) or `native`
 * (the `tree-sitter` npm binding with grammars/<family>/src/parser.c compiled by scripts/build-native.mjs). Both run
 * the same generated parsers, so they give the same trees (test/grammar/native.test.ts proves the same model
 * on the whole corpus).
 */
export type ParserKind = 'wasm' | 'native';
export const PARSER_KINDS: readonly ParserKind[] = ['wasm', 'native'];

let active: ParserKind = 'wasm';
const nativeParsers = new Map<GrammarFamily, NativeParser>();

/** The parser parse() uses now. */
export function activeParser(): ParserKind {
  return active;
}

/**
 * Makes parse() use this parser. Needs initParsers() first. Returns why the native parser cannot be used
 * (then parse() stays on WebAssembly), or undefined when it is in use.
 */
export function useParser(kind: ParserKind): string | undefined {
  if (kind === 'wasm') {
    active = 'wasm';
    return undefined;
  }
  const reason = nativeParsers.size === GRAMMAR_FAMILIES.length ? undefined : loadNative();
  if (reason === undefined) active = 'native';
  return reason;
}

/** The parser asked for by FABRIC_LINT_PARSER (wasm or native), if any. */
export function parserFromEnv(): ParserKind | undefined {
  const v = process.env.FABRIC_LINT_PARSER;
  return v === 'wasm' || v === 'native' ? v : undefined;
}

/** Path of the natively compiled grammars (build/native/fabric-grammars.node, made by scripts/build-native.mjs). */
export function locateNativeGrammars(fromDir: string = __dirname): string | undefined {
  return firstExisting(ancestors(fromDir).map((d) => join(d, 'build', 'native', 'fabric-grammars.node')));
}

/** The part of the native binding's parser this module uses. */
interface NativeParser {
  parse(input: string, oldTree?: Tree | null): Tree | null;
  setLanguage(language: object): void;
  setTimeoutMicros(timeout: number): void;
  reset(): void;
}

interface NativeBinding {
  new (): NativeParser;
  Tree: { prototype: object };
  TreeCursor: { prototype: object };
}

/** Loads `tree-sitter` and the native grammars; the reason when it cannot. */
function loadNative(): string | undefined {
  if (!parsersReady()) return 'initParsers() must complete first';
  // Loaded at run time from node_modules (an optional dependency, never bundled): the editor never gets here.
  const load = createRequire(__filename);
  let binding: NativeBinding;
  try {
    binding = load('tree-sitter') as NativeBinding;
  } catch (err) {
    return `the tree-sitter package does not load: ${(err as Error).message.split('\n')[0]}`;
  }
  const addon = locateNativeGrammars();
  if (!addon) return 'the native grammars are not built (build/native/fabric-grammars.node; run node scripts/build-native.mjs)';
  let grammars: Partial<Record<GrammarFamily, unknown>>;
  try {
    grammars = load(addon) as Partial<Record<GrammarFamily, unknown>>;
  } catch (err) {
    return `${addon} does not load: ${(err as Error).message.split('\n')[0]}`;
  }
  // The WebAssembly API frees trees and cursors by hand; native ones are garbage collected, so delete() does nothing.
  for (const proto of [binding.Tree.prototype, binding.TreeCursor.prototype] as Record<string, unknown>[]) proto.delete ??= (): void => undefined;
  const loaded = new Map<GrammarFamily, NativeParser>();
  for (const family of GRAMMAR_FAMILIES) {
    const wasm = getLanguage(family);
    // The adapters read node type names and ids from tree.language (parsing/node-kinds.ts): the native language
    // carries the WebAssembly one's table, which is the same since both come from the same parser.c.
    const language = {
      name: family,
      language: grammars[family],
      types: wasm.types,
      nodeTypeIsNamed: (id: number): boolean => wasm.nodeTypeIsNamed(id),
    };
    try {
      const parser = new binding();
      parser.setLanguage(language);
      loaded.set(family, parser);
    } catch (err) {
      return `the native ${family} grammar is not accepted: ${(err as Error).message}`;
    }
  }
  for (const [family, parser] of loaded) nativeParsers.set(family, parser);
  return undefined;
}

function parseNative(family: GrammarFamily, text: string, oldTree: Tree | null | undefined, timeoutMs: number): Tree {
  const parser = nativeParsers.get(family)!;
  parser.setTimeoutMicros(timeoutMs * 1000);
  const tree = parser.parse(text, oldTree ?? null);
  if (!tree) {
    parser.reset();
    throw new ParseTimeoutError(family, timeoutMs);
  }
  return tree;
}

export type { Edit, Tree } from 'web-tree-sitter';
