/**
 * What a dialect is to fabric-lint: one `DialectModule` per dialect, in `server/src/dialects/<folder>/index.ts`,
 * listed once in `server/src/dialects/registry.ts`. Detection, the engine's dispatch, the settings enum, the
 * CLI's `--dialect` values and the extension manifest (package.json, `npm run gen:package`) are all derived
 * from that list, so adding a dialect is its folder plus one line there.
 */
import type { Tree } from 'web-tree-sitter';
import type { Position, Range } from '../model/location';
import type { Device, LinkEvidence, SymbolKind } from '../model/types';
import type { DialectMtu } from '../model/mtu';
import type { AdapterMemo, GrammarFamily } from '../parsing/parser';
import type { TopologyProblem } from '../links/types';
import type { FixWriter } from './fix-writer';

export interface DialectModule<Id extends string = string, Doc = unknown> {
  /**
   * The dialect's id: the `Device.dialect` value, the `! fabric-lint: dialect=<id>` marker, the value of the
   * `fabricLint.dialects` setting and of `--dialect`, and the editor language id. Lower case; never renamed
   * (users write it in their files and settings).
   */
  readonly id: Id;
  /** The name users know the dialect by, in messages and as the editor language's first alias: "Arista EOS". */
  readonly name: string;
  /** The operating system's own short name, in sentences that list several: "EOS", "NX-OS". */
  readonly shortName: string;
  /** How a file in this dialect is recognised from its content (see `DialectDetection`). */
  readonly detection: DialectDetection;
  /**
   * How this text is parsed: which tree-sitter grammar and which adapter (tree → the document the reader
   * walks). It may depend on the text (Junos `set` files and braces use different grammars). Undefined: a form
   * of the dialect that is recognised but not read yet; the file gets one `workspace/dialect-unsupported`.
   */
  grammar(text: string): DialectGrammar<Doc> | undefined;
  /** Reads the document into the vendor-neutral model. Never throws on content: what it cannot read becomes a note. */
  read(doc: Doc): DeviceReading;
  /** The writer that turns semantic changes into edits in this dialect's syntax (a `NoFixWriter` declines all). */
  fixWriter(device: Device): FixWriter;
  /**
   * What starts a line comment (`!`, `#`): the engine reads `fabric-lint-disable` comments written with it, and
   * the quick-fix writes them with it (engine/disable-comments.ts). Null: the format has no comments (JSON).
   */
  readonly lineComment: string | null;
  /** The dialect's MTU semantics (`DialectMtu`, model/mtu.ts), in its folder's mtu.ts. */
  readonly mtu: DialectMtu;
  /** What the dialect contributes to the editor (a language with colouring); absent: none, its files stay plain text. */
  readonly editor?: EditorContribution;
  /**
   * Globs of the files this dialect usually lives in (`**` + `/*.cfg`, `**` + `/config_db*.json`): a workspace holding one
   * starts the extension (package.json `workspaceContains:` activation events), and the client sends their edits to
   * the server before they are saved. Content decides the dialect; these only say where to look.
   */
  readonly workspaceFiles: readonly string[];
  /** What the editor's navigation needs of the dialect's syntax: folding, reference slots, names (lsp/ folding, completion, rename). */
  readonly navigation: DialectNavigation;
}

/**
 * The dialect's syntax as navigation sees it, beyond what the reader put in the model (symbols and their
 * locations): how sections nest, where a name is expected, and which names may be written. In the dialect's folder.
 */
export interface DialectNavigation {
  /** How sections nest, for folding: by indentation (CLI, ifupdown2, NVUE YAML) or by brackets (braces, JSON). */
  readonly folding: 'indentation' | 'brackets';
  /**
   * The name the text expects at `pos` (the word being typed there, maybe empty), for completion: a reference
   * to a structure the file defines. Undefined where no name of a definition goes.
   */
  referenceSlot(text: string, pos: Position): ReferenceSlot | undefined;
  /** Kinds of structure whose every use in a file the reader locates, so that renaming them in one file is safe. */
  readonly renamable: ReadonlySet<SymbolKind>;
  /** Why `name` cannot name a structure of this kind (undefined: it can): spaces, quotes, a name the platform reserves. */
  invalidName(kind: SymbolKind, name: string): string | undefined;
  /** True for a name the platform defines itself (`class-default`, Junos `default`): it is not the file's to rename. */
  isBuiltin(kind: SymbolKind, name: string): boolean;
}

/** Where a reference's name is being typed: which definitions fit there, and the text a completion replaces. */
export interface ReferenceSlot {
  kind: SymbolKind;
  /** The definitions' subtype that fits (policy-map type), when the slot says it. */
  subtype?: string;
  /** The table whose entries fit (SONiC). */
  table?: string;
  /** The partial name under the cursor (empty at a blank), replaced by the completion. */
  range: Range;
}

/** A grammar chosen for one text. */
export interface DialectGrammar<Doc> {
  /** The tree-sitter grammar: `grammars/<family>/tree-sitter-<family>.wasm`, loaded by parsing/parser.ts. */
  readonly family: GrammarFamily;
  /**
   * Turns the tree into the document the reader walks (the tree is freed by the engine afterwards). `memo` is kept by
   * the engine for an open document from one keystroke to the next: the adapter may keep there what lets it reuse
   * the parts of its last document that the edit left as they were.
   */
  adapt(uri: string, tree: Tree, text: string, memo?: AdapterMemo): Doc;
}

/** What a reader made of one file. */
export interface DeviceReading {
  device: Device;
  /** Text the grammar could not place; each becomes one `workspace/syntax-error`. */
  syntaxErrors: readonly { range: Range; message: string }[];
  /** Links the file states besides being a device (SONiC `DEVICE_NEIGHBOR`). */
  evidence?: LinkEvidence[];
  /** Entries of that link evidence that could not be read; each becomes one `workspace/topology-invalid`. */
  evidenceProblems?: readonly TopologyProblem[];
}

/**
 * Evidence that a file is in this dialect, tried in this order across all dialects (engine/detect.ts):
 * the `! fabric-lint: dialect=<id>` marker and the `fabricLint.dialects` setting first (from the id), then a
 * JSON file's `json` clue, then every dialect's `headers` by `priority`, then the count of `commands`, then
 * `indentation`. Patterns see the first 16 KiB of the file; line patterns use `[ \t]`, not `\s`, next to `^`
 * (`\s` also takes line breaks, and a run of blank lines then costs quadratic time).
 */
export interface DialectDetection {
  /** For files that start with `{` or `[`: tested on the whole text; the first dialect whose clue matches wins. */
  readonly json?: { test(text: string): boolean; reason: string };
  /** Headers and forms that name the dialect outright (vendor banners, RANCID types, command forms). */
  readonly headers?: readonly HeaderClue[];
  /**
   * Commands typical of the dialect, counted when no header decided: the dialect with most matches wins. When
   * several share the best count, the one with the highest `tieRank` wins; an equal `tieRank` decides nothing.
   */
  readonly commands?: { pattern: RegExp; reason: string; tieRank: number };
  /** Spaces of one indentation level under `interface …` lines: the last, weakest tell (EOS 3, NX-OS 2, IOS 1). */
  readonly indentation?: number;
}

/** One header clue. */
export interface HeaderClue {
  /**
   * Order among all dialects' header clues, lower first; equal priorities go in registry order. Bands in use:
   * 100s whole-file forms (NVUE YAML, ifupdown2), 200 FRR-only files (ignored, engine/detect.ts), 300s vendor
   * banners and RANCID types, 400s command forms (Junos `set`, braces, NCLU/NVUE).
   */
  readonly priority: number;
  /**
   * What the clue says about the file's first 16 KiB: `match` (the file is in this dialect), `not-config`
   * (the file is something else this dialect's tools write, e.g. a Linux host's interfaces file: it is
   * ignored), or undefined (the clue does not apply).
   */
  judge(head: string): 'match' | 'not-config' | undefined;
  /** Why the file was read as this dialect, shown to the user (e.g. in `workspace/dialect-unsupported`). */
  readonly reason: string;
}

/** A header clue that matches when every pattern matches the head. */
export function header(priority: number, reason: string, ...patterns: RegExp[]): HeaderClue {
  return { priority, reason, judge: (head) => (patterns.every((p) => p.test(head)) ? 'match' : undefined) };
}

/**
 * A language for the editor (package.json `contributes.languages` and `grammars`, written by
 * `npm run gen:package`). The language id is the dialect id.
 */
export interface EditorContribution {
  /** Names in the language picker after the dialect's `name`, e.g. the id. */
  readonly aliases: readonly string[];
  /** File extensions that are always this dialect: `.eos`. */
  readonly extensions: readonly string[];
  /** File name globs that are always this dialect: `*.eos.cfg`. */
  readonly filenamePatterns: readonly string[];
  /** A regular expression (source) on a file's first line that tells the editor the language. */
  readonly firstLine: string;
  /** Path of the language configuration (comments, brackets), relative to the repository root: `./syntaxes/…`. */
  readonly configuration: string;
  /** The TextMate grammar that colours the language. */
  readonly textMate: { readonly scopeName: string; readonly path: string };
}
