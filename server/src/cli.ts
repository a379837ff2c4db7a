/**
 * fabric-lint on the command line: the same Workspace the language server drives, fed from the file
 * system, with compiler-style, JSON or SARIF output. Exit codes: 0 clean (or only warnings within
 * --max-warnings), 1 findings that fail the run, 2 usage errors or a --fix that could not write (and
 * wrote nothing), 3 internal errors.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { classifyPath, collectFileSet, readSource, type ReadSource, type SkippedPath } from './engine/files';
import { fixAll } from './engine/fix-loop';
import { encodeText } from './engine/source-text';
import { resolvesOutside, writeAllOrNothing, type PlannedWrite } from './engine/write-files';
import { pathToUri, relativePath, uriToPath } from './engine/uri';
import { Workspace } from './engine/workspace';
import { analyzeAllInThreads, jobsFromEnv, threadsFor } from './engine/thread-analysis';
import { AnalysisPool } from './engine/worker-pool';
import { activeParser, PARSER_KINDS, parserFromEnv, useParser, type ParserKind } from './parsing/parser';
import type { EngineSettings, LintResult } from './engine/types';
import { DIALECT_IDS, isDialect, type Dialect } from './dialects/registry';
import { allRules } from './rules/index';
import type { Finding, Severity } from './rules/types';
import type { OutputContext } from './output/common';
import { formatJson } from './output/json';
import { formatModel } from './output/model-json';
import { formatSarif, ruleHelpUri } from './output/sarif';
import { formatText } from './output/text';
import { buildReport, type LintInput } from './output/report/model';
import { renderHtml } from './output/report/html';
import { renderMarkdown } from './output/report/markdown';

class UsageError extends Error {}

type Format = 'text' | 'json' | 'sarif';
type SeverityOverride = Severity | 'off';

interface Options {
  command: 'lint' | 'model' | 'report';
  paths: string[];
  include: string[];
  exclude: string[];
  intent?: string;
  dialects: Record<string, Dialect>;
  rules: Record<string, SeverityOverride>;
  format: Format;
  output?: string;
  fix: boolean;
  quiet: boolean;
  maxWarnings?: number;
  version: boolean;
  help: boolean;
  listRules: boolean;
  /** --jobs or FABRIC_LINT_JOBS; undefined: as many as the amount of text makes worth it (threadsFor). */
  jobs: number | undefined;
  /** Asked for with --parser or FABRIC_LINT_PARSER; WebAssembly otherwise. */
  parser?: ParserKind;
  /** `fabric-lint report`: where the HTML goes, and the baseline folder to compare with. */
  html?: string;
  baseline?: string;
  /** `fabric-lint report`: print the markdown summary (to --output or stdout). */
  markdown: boolean;
}

const USAGE = `Usage: fabric-lint [options] [paths...]
       fabric-lint model [options] [paths...]
       fabric-lint report [--html <file>] [--format markdown] [--baseline <dir>] [options] [paths...]

Lints MTU, PFC and QoS consistency of RoCEv2 switch fabrics: every switch config
(Arista EOS, Cisco NX-OS, Cisco IOS) under the given files and folders, and the
links between them. Paths default to the current directory; folders are searched
recursively and files are recognised by their content.

Commands:
  (none)                     lint and report findings
  model                      print the fabric model (devices, interfaces, QoS,
                             links) as JSON: what fabric-lint understood; a
                             file it could not read is named on stderr (exit 1)
  report                     a report of the fabric: --html <file> writes one
                             self-contained page (picture, summaries, links
                             with both ends side by side, every finding with
                             its lines); --format markdown prints a summary
                             fit for a pull-request comment (the default when
                             --html is not given); --baseline <dir> marks what
                             changed since the fabric in <dir>: fixed, new and
                             changed findings. Exits 1 on errors (with
                             --baseline: on new or changed errors)

Options:
  --include <glob>           only read files matching the glob, relative to each
                             given folder (repeatable)
  --exclude <glob>           skip files and folders matching the glob (repeatable)
  --intent <path>            intent file, relative to the root folder
                             (default: fabric-intent.yaml)
  --dialect <glob>=<dialect> treat files matching the glob as this dialect
                             (${DIALECT_IDS.join(', ')}; repeatable)
  --rule <id>=<severity>     override a rule's severity: error, warning, info,
                             hint or off (repeatable)
  -f, --format <format>      text (default), json or sarif; markdown for report
  -o, --output <file>        write the report to a file instead of stdout
  --fix                      apply every preferred fix to the files, lint again
                             and report what remains; files are written all or
                             none, keeping line endings, BOM and other bytes
  -q, --quiet                report errors only
  --max-warnings <n>         fail (exit 1) when there are more than n warnings
  -j, --jobs <n>             threads that parse and read the files (default:
                             FABRIC_LINT_JOBS, else one per core once there
                             are 8 MB of text per thread, so a small fabric is
                             read on the main thread, which is then faster; 1
                             reads them on the main thread); the report is the
                             same for any n
  --parser <wasm|native>     the tree-sitter runtime of the main thread: wasm
                             (WebAssembly, as in the editor; the default) or
                             native (the tree-sitter binding, where it is
                             installed and built); FABRIC_LINT_PARSER sets the
                             default. Analysis threads always use wasm
  --list-rules               list every rule with its default severity
  -v, --version              print the version
  -h, --help                 print this help

Exit status: 0 no errors, 1 errors (or more warnings than --max-warnings),
2 usage error, or --fix could not write (then no file was changed),
3 internal error.
Paths in the output are relative to the current directory; lines and columns are
1-based. Rule documentation: docs/rules/<category>-<rule>.md.
`;

const SEVERITIES: readonly SeverityOverride[] = ['error', 'warning', 'info', 'hint', 'off'];

function parseArgs(argv: readonly string[]): Options {
  const o: Options = {
    command: 'lint',
    paths: [],
    include: [],
    exclude: [],
    dialects: {},
    rules: {},
    format: 'text',
    fix: false,
    quiet: false,
    version: false,
    help: false,
    listRules: false,
    jobs: jobsFromEnv(),
    markdown: false,
  };
  const envParser = parserFromEnv();
  if (envParser) o.parser = envParser;
  let i = 0;
  let formatGiven = false;
  const lintOnly: string[] = [];
  if (argv[0] === 'model' || argv[0] === 'report') {
    o.command = argv[0];
    i = 1;
  }
  const value = (flag: string, inline: string | undefined): string => {
    if (inline !== undefined) return inline;
    const v = argv[++i];
    if (v === undefined || (v.startsWith('-') && v !== '-')) throw new UsageError(`option ${flag} needs a value`);
    return v;
  };
  let rest = false;
  for (; i < argv.length; i++) {
    const arg = argv[i]!;
    if (rest || !arg.startsWith('-') || arg === '-') {
      o.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      rest = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const noValue = (): void => {
      if (inline !== undefined) throw new UsageError(`option ${flag} takes no value`);
    };
    switch (flag) {
      case '--include':
        o.include.push(value(flag, inline));
        break;
      case '--exclude':
        o.exclude.push(value(flag, inline));
        break;
      case '--intent':
        o.intent = value(flag, inline);
        if (o.intent === '') throw new UsageError('--intent needs a path');
        break;
      case '--dialect': {
        const v = value(flag, inline);
        const at = v.lastIndexOf('=');
        const glob = at > 0 ? v.slice(0, at) : '';
        const d = at > 0 ? v.slice(at + 1).toLowerCase() : '';
        if (!glob || !d) throw new UsageError(`--dialect expects <glob>=<dialect>, got "${v}"`);
        if (!isDialect(d)) throw new UsageError(`unknown dialect "${d}" in --dialect (known: ${DIALECT_IDS.join(', ')})`);
        o.dialects[glob] = d;
        break;
      }
      case '--rule': {
        const v = value(flag, inline);
        const at = v.lastIndexOf('=');
        const id = at > 0 ? v.slice(0, at) : '';
        const sev = at > 0 ? v.slice(at + 1).toLowerCase() : '';
        if (!id || !sev) throw new UsageError(`--rule expects <rule-id>=<severity|off>, got "${v}"`);
        if (!allRules.some((r) => r.id === id)) throw new UsageError(`unknown rule "${id}" in --rule (see fabric-lint --list-rules)`);
        if (!SEVERITIES.includes(sev as SeverityOverride)) throw new UsageError(`unknown severity "${sev}" in --rule (use ${SEVERITIES.join(', ')})`);
        o.rules[id] = sev as SeverityOverride;
        break;
      }
      case '-f':
      case '--format': {
        const v = value(flag, inline);
        formatGiven = true;
        if (o.command === 'report') {
          if (v !== 'markdown') throw new UsageError(`"fabric-lint report" prints markdown (and writes HTML with --html), not "${v}"`);
          o.markdown = true;
          break;
        }
        if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`unknown format "${v}" (use text, json or sarif)`);
        o.format = v;
        break;
      }
      case '-o':
      case '--output':
        o.output = value(flag, inline);
        break;
      case '--fix':
        noValue();
        o.fix = true;
        lintOnly.push(flag);
        break;
      case '-q':
      case '--quiet':
        noValue();
        o.quiet = true;
        lintOnly.push(flag);
        break;
      case '--max-warnings': {
        const v = value(flag, inline);
        if (!/^\d+$/.test(v)) throw new UsageError(`--max-warnings expects a whole number, got "${v}"`);
        o.maxWarnings = Number(v);
        lintOnly.push(flag);
        break;
      }
      case '-v':
      case '--version':
        noValue();
        o.version = true;
        break;
      case '-h':
      case '--help':
        noValue();
        o.help = true;
        break;
      case '-j':
      case '--jobs': {
        const v = value(flag, inline);
        if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--jobs expects a whole number of threads, at least 1, got "${v}"`);
        o.jobs = Number(v);
        break;
      }
      case '--parser': {
        const v = value(flag, inline);
        if (!PARSER_KINDS.includes(v as ParserKind)) throw new UsageError(`unknown parser "${v}" (use ${PARSER_KINDS.join(' or ')})`);
        o.parser = v as ParserKind;
        break;
      }
      case '--list-rules':
        noValue();
        o.listRules = true;
        break;
      case '--html':
      case '--baseline':
        if (o.command !== 'report') throw new UsageError(`${flag} belongs to "fabric-lint report"`);
        o[flag === '--html' ? 'html' : 'baseline'] = value(flag, inline);
        break;
      default:
        throw new UsageError(`unknown option ${flag}`);
    }
  }
  if (o.command === 'model') {
    if (lintOnly.length) throw new UsageError(`${lintOnly[0]} does not apply to "fabric-lint model"`);
    if (formatGiven && o.format !== 'json') throw new UsageError('"fabric-lint model" prints JSON only');
  }
  if (o.command === 'report') {
    if (lintOnly.length) throw new UsageError(`${lintOnly[0]} does not apply to "fabric-lint report"`);
    if (o.listRules) throw new UsageError('--list-rules does not apply to "fabric-lint report"');
    if (o.html !== undefined && o.output !== undefined && path.resolve(o.html) === path.resolve(o.output))
      throw new UsageError('--html and --output name the same file');
    if (o.html === undefined) o.markdown = true;
  }
  if (o.paths.length === 0) o.paths.push('.');
  return o;
}

/** package.json of fabric-lint, found above the running file (dist/cli.js or out/server/src/cli.js). */
function packageInfo(): { version: string; repositoryUrl?: string } {
  let dir = __dirname;
  for (;;) {
    const p = path.join(dir, 'package.json');
    try {
      const pkg = JSON.parse(fs.readFileSync(p, 'utf8')) as { name?: string; version?: string; repository?: string | { url?: string }; homepage?: string };
      if (pkg.name === 'fabric-lint') {
        const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
        const url = pkg.homepage ?? repo;
        const repositoryUrl = url ? url.replace(/^git\+/, '').replace(/\.git$/, '') : undefined;
        return { version: pkg.version ?? '0.0.0', ...(repositoryUrl && /^https?:\/\//.test(repositoryUrl) ? { repositoryUrl } : {}) };
      }
    } catch {
      // not here
    }
    const up = path.dirname(dir);
    if (up === dir) return { version: '0.0.0' };
    dir = up;
  }
}

interface Loaded {
  workspace: Workspace;
  files: string[];
  roots: string[];
  /** Folders the run lints: the named folders and the folders of named files. */
  rootDirs: string[];
  texts: Map<string, string>;
  /** What was read, byte for byte: --fix writes back from it. */
  sources: Map<string, ReadSource>;
  /** Why the native parser is not used, when it is not. */
  parserNote: string | undefined;
  /** The threads the files were read on (1: the main thread). */
  jobs: number;
}

async function load(o: Options, cwd: string): Promise<Loaded> {
  const abs: string[] = [];
  for (const p of o.paths) {
    const a = path.resolve(cwd, p);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(a);
    } catch {
      throw new UsageError(`no such file or directory: ${p}`);
    }
    if (!stat.isFile() && !stat.isDirectory()) throw new UsageError(`not a file or directory: ${p}`);
    abs.push(a);
  }
  const rootDirs = [...new Set(abs.map((a) => (fs.statSync(a).isDirectory() ? a : path.dirname(a))))];
  const roots = rootDirs.map((d) => pathToUri(d));

  let files: string[];
  let skipped: SkippedPath[];
  try {
    ({ files, skipped } = await collectFileSet(abs, { include: o.include, exclude: o.exclude }));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code && e.path) throw new UsageError(`cannot read ${path.relative(cwd, e.path) || e.path}: ${e.code}`);
    throw err;
  }

  // The intent file belongs to the fabric even when only some configs were named on the command line.
  let intentPath = o.intent ?? 'fabric-intent.yaml';
  if (path.isAbsolute(intentPath) || intentPath.startsWith('./') || intentPath.startsWith('../')) {
    const a = path.resolve(cwd, intentPath);
    intentPath = relativePath(pathToUri(a), roots);
  }
  intentPath = intentPath.split(path.sep).join('/');
  const realRoots = rootDirs.map((d) => fs.realpathSync(d));
  const intentFiles: string[] = [];
  for (const f of rootDirs.map((d) => path.join(d, intentPath))) {
    // --intent names the file: reading it is the user's call. Found in a folder, it obeys the folder's policy.
    const c = o.intent !== undefined ? { kind: fs.existsSync(f) && fs.statSync(f).isFile() ? 'file' : 'missing' } : await classifyPath(f, realRoots);
    if (c.kind === 'file' || c.kind === 'link') intentFiles.push(c.kind === 'link' ? fs.realpathSync(f) : f);
    else if ('target' in c) skipped.push({ path: f, reason: 'outside', detail: c.target });
  }
  if (o.intent !== undefined && intentFiles.length === 0) {
    throw new UsageError(`intent file not found: ${o.intent} (looked in ${rootDirs.map((d) => path.relative(cwd, d) || '.').join(', ')})`);
  }
  files = [...new Set([...files, ...intentFiles])].sort();

  const settings: Partial<EngineSettings> = { intentPath, dialectOverrides: o.dialects, ruleSeverity: o.rules };
  const workspace = await Workspace.create({ roots, settings });
  const nativeProblem = useParser(o.parser ?? 'wasm');
  if (nativeProblem !== undefined && o.parser === 'native') throw new UsageError(`cannot use the native parser: ${nativeProblem}`);
  const named = new Set(abs);
  const texts = new Map<string, string>();
  const sources = new Map<string, ReadSource>();
  for (const skip of skipped) {
    if (skip.reason === 'outside') workspace.setOutsideLink(pathToUri(skip.path), skip.detail);
    else process.stderr.write(`fabric-lint: cannot read ${path.relative(cwd, skip.path) || skip.path}: ${skip.detail}; skipped\n`);
  }
  for (const f of files) {
    let source: ReadSource;
    try {
      source = await readSource(f);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      // One rule for everything named on the command line: it must be readable, or the run stops (exit 2).
      if (named.has(f)) throw new UsageError(`cannot read ${path.relative(cwd, f) || f}: ${code}`);
      process.stderr.write(`fabric-lint: cannot read ${path.relative(cwd, f)}: ${code}; skipped\n`);
      continue;
    }
    const uri = pathToUri(f);
    texts.set(uri, source.text);
    sources.set(uri, source);
    workspace.setFile(uri, source.text);
  }
  let chars = 0;
  for (const t of texts.values()) chars += t.length;
  const jobs = o.jobs ?? threadsFor(chars);
  if (jobs > 1) {
    // The budgets of the main thread: the parse's own time limit and Node's heap, no more (the editor's are tighter).
    // Threads parse with WebAssembly: a worker holding native trees can abort the whole process when it is
    // terminated (node-tree-sitter 0.22.4 threw Napi::Error at a worker's teardown, "terminate called").
    const pool = new AnalysisPool({ size: jobs, parser: 'wasm', timeMs: Infinity, heapMb: Infinity });
    try {
      await analyzeAllInThreads(workspace, pool, workspace.uris());
    } finally {
      await pool.close();
    }
  }
  return { workspace, files: [...texts.keys()].map(uriToPath), roots, rootDirs, texts, sources, parserNote: nativeProblem, jobs };
}

/**
 * --fix: the engine's fix loop over the files that may be written, then one all-or-nothing write.
 * When the write fails nothing was changed, and the report is the lint of the files as they are.
 */
function fixFiles(loaded: Loaded, cwd: string): { result: LintResult; fixed: number; failed: boolean } {
  const { workspace, sources } = loaded;
  const rel = (file: string): string => path.relative(cwd, file) || file;
  const outside = new Map<string, string>();
  for (const uri of sources.keys()) {
    const target = resolvesOutside(uriToPath(uri), loaded.rootDirs);
    if (target !== undefined) outside.set(uri, target);
  }
  const loop = fixAll(workspace, { editable: (uri) => sources.has(uri) && !outside.has(uri) });
  for (const [uri, target] of outside) {
    if (loop.result.byUri.get(uri)?.some((f) => f.fixes.some((x) => x.isPreferred))) {
      process.stderr.write(`fabric-lint: not fixing ${rel(uriToPath(uri))}: it is a symlink to ${target}, outside the linted folder\n`);
    }
  }
  if (!loop.converged) process.stderr.write(`fabric-lint: fixes were still changing files after ${loop.passes} passes; stopped there\n`);
  const plans: PlannedWrite[] = [];
  for (const [uri, { after }] of loop.changed) {
    const read = sources.get(uri)!;
    plans.push({ file: uriToPath(uri), read, bytes: encodeText({ text: after, bom: read.bom }) });
  }
  const outcome = writeAllOrNothing(plans);
  if (outcome.ok) {
    for (const [uri, { after }] of loop.changed) loaded.texts.set(uri, after);
    return { result: loop.result, fixed: loop.fixed, failed: false };
  }
  for (const p of outcome.problems) process.stderr.write(`fabric-lint: cannot write ${rel(p.file)}: ${p.reason}\n`);
  if (outcome.written.length === 0) {
    process.stderr.write(`fabric-lint: --fix changed no file; the report below is of the files as they are\n`);
  } else {
    process.stderr.write(
      `fabric-lint: --fix was interrupted after writing ${outcome.written.map(rel).join(', ')}; the report below is of the files as they were read\n`,
    );
  }
  for (const [uri, { before }] of loop.changed) workspace.setFile(uri, before);
  return { result: workspace.lint(), fixed: 0, failed: true };
}

function writeOut(o: Options, cwd: string, text: string): void {
  if (o.output) writeFile(cwd, o.output, text);
  else process.stdout.write(text);
}

function writeFile(cwd: string, name: string, text: string): void {
  const file = path.resolve(cwd, name);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  } catch (err) {
    throw new UsageError(`cannot write ${name}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

function listRules(o: Options, repositoryUrl: string | undefined): string {
  if (o.format === 'json') {
    return (
      JSON.stringify(
        allRules.map((r) => ({
          id: r.id,
          title: r.title,
          category: r.category,
          severity: r.severity,
          scope: r.scope,
          fix: r.fix ?? null,
          helpUri: ruleHelpUri(r.id, repositoryUrl),
        })),
        null,
        2,
      ) + '\n'
    );
  }
  const width = Math.max(...allRules.map((r) => r.id.length));
  const lines = allRules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.fix ? 'fix' : '   '}  ${r.title}`);
  return lines.join('\n') + '\n';
}

export async function main(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  const o = parseArgs(argv);
  const pkg = packageInfo();
  if (o.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (o.version) {
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  if (o.listRules) {
    if (o.format === 'sarif') throw new UsageError('--list-rules prints text or json');
    writeOut(o, cwd, listRules(o, pkg.repositoryUrl));
    return 0;
  }

  if (o.command === 'report') return writeReport(o, cwd, pkg);
  const loaded = await load(o, cwd);
  if (o.command === 'model') {
    const result = loaded.workspace.lint();
    writeOut(o, cwd, formatModel(result.fabric, result.intent, { cwd }));
    // A config that could not be read is not in the model: an empty model must never pass for a fabric with no devices.
    const leftOut = leftOutOfFabric(loaded.workspace);
    for (const { uri, message } of leftOut) process.stderr.write(`fabric-lint: ${path.relative(cwd, uriToPath(uri)) || uriToPath(uri)}: ${message}\n`);
    debugSetAside(loaded.workspace);
    return leftOut.length > 0 ? 1 : 0;
  }

  let result: LintResult;
  let fixed = 0;
  let fixFailed = false;
  if (o.fix) {
    const r = fixFiles(loaded, cwd);
    result = r.result;
    fixed = r.fixed;
    fixFailed = r.failed;
  } else {
    result = loaded.workspace.lint();
  }
  debugSetAside(loaded.workspace);
  if (process.env.FABRIC_LINT_DEBUG) {
    const on = loaded.jobs > 1 ? `on ${loaded.jobs} threads with the wasm parser` : `on the main thread with the ${activeParser()} parser`;
    const why = loaded.parserNote !== undefined ? ` (${loaded.parserNote})` : '';
    process.stderr.write(`fabric-lint: read ${loaded.files.length} files ${on}${why}\n`);
  }

  const all = result.findings;
  const shown: Finding[] = o.quiet ? all.filter((f) => f.severity === 'error') : all;
  const ctx: OutputContext = {
    cwd,
    fileCount: loaded.files.length,
    deviceCount: result.fabric.devices.size,
    linkCount: result.fabric.links.length,
    fixedCount: fixed,
    toolVersion: pkg.version,
    texts: loaded.texts,
    silenced: result.silenced,
  };
  let report: string;
  switch (o.format) {
    case 'json':
      report = formatJson(shown, ctx);
      break;
    case 'sarif':
      report = formatSarif(shown, { ...ctx, rules: allRules, ...(pkg.repositoryUrl ? { repositoryUrl: pkg.repositoryUrl } : {}) });
      break;
    default:
      report = formatText(shown, ctx);
  }
  writeOut(o, cwd, report);

  if (fixFailed) return 2;
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  if (errors > 0) return 1;
  if (o.maxWarnings !== undefined && warnings > o.maxWarnings) {
    process.stderr.write(`fabric-lint: ${warnings} warnings, more than --max-warnings ${o.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/**
 * `fabric-lint report`: lint the paths (and, with --baseline, the baseline folder with the same options), build one
 * report and render it as HTML and/or markdown. Exit 1 when errors remain; with a baseline, when the change brought
 * new errors or changed one.
 */
async function writeReport(o: Options, cwd: string, pkg: { version: string; repositoryUrl?: string }): Promise<number> {
  const lintOf = async (paths: string[]): Promise<LintInput> => {
    const loaded = await load({ ...o, paths }, cwd);
    const result = loaded.workspace.lint();
    debugSetAside(loaded.workspace);
    return { result, texts: loaded.texts, rootDirs: loaded.rootDirs, fileCount: loaded.files.length };
  };
  const now = await lintOf(o.paths);
  let baseline: { label: string; lint: LintInput; cwd: string } | undefined;
  if (o.baseline !== undefined) {
    const dir = path.resolve(cwd, o.baseline);
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(`--baseline needs a folder: ${o.baseline}`);
    baseline = { label: o.baseline, lint: await lintOf([o.baseline]), cwd };
  }
  const model = await buildReport(now, {
    cwd,
    title: o.paths.join(' '),
    toolVersion: pkg.version,
    rules: allRules,
    ...(pkg.repositoryUrl ? { repositoryUrl: pkg.repositoryUrl } : {}),
    ...(baseline ? { baseline } : {}),
  });
  if (o.html !== undefined) writeFile(cwd, o.html, renderHtml(model));
  if (o.markdown) writeOut(o, cwd, renderMarkdown(model));
  const errors = model.findings.filter((f) => f.severity === 'error' && (!baseline || f.status === 'new' || f.status === 'changed'));
  return errors.length > 0 ? 1 : 0;
}

/** The files the engine could not read (set aside, over a budget): each with the error finding that says why. */
function leftOutOfFabric(ws: Workspace): { uri: string; message: string }[] {
  const out: { uri: string; message: string }[] = [];
  for (const uri of ws.uris()) {
    const a = ws.analysis(uri);
    const error = a?.kind === 'unclassified' ? a.findings.find((f) => f.severity === 'error') : undefined;
    if (error) out.push({ uri, message: error.message });
  }
  return out;
}

/** With FABRIC_LINT_DEBUG, the stack of each file the engine set aside (workspace/internal-error), for a bug report. */
function debugSetAside(ws: Workspace): void {
  if (!process.env.FABRIC_LINT_DEBUG) return;
  for (const uri of ws.uris()) {
    const a = ws.analysis(uri);
    if (a?.kind === 'unclassified' && a.crash) process.stderr.write(`fabric-lint: reading ${uriToPath(uri)} failed:\n${a.crash}\n`);
  }
}

function run(): void {
  // A closed pipe (fabric-lint … | head) is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      if (err instanceof UsageError) {
        process.stderr.write(`fabric-lint: ${err.message}\nRun "fabric-lint --help" for usage.\n`);
        process.exitCode = 2;
        return;
      }
      const e = err as Error;
      process.stderr.write(`fabric-lint: internal error: ${e?.message ?? String(err)}\nPlease report this with the configs that caused it.\n`);
      if (process.env.FABRIC_LINT_DEBUG && e?.stack) process.stderr.write(e.stack + '\n');
      process.exitCode = 3;
    },
  );
}

// Run when started as a program: directly, or through bin/fabric-lint.js which requires the bundle.
const entry = require.main?.filename ?? '';
if (require.main === module || /[\\/]fabric-lint(\.js)?$/.test(entry)) run();
