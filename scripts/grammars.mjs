#!/usr/bin/env node
// Builds and checks the tree-sitter grammars under grammars/<family>/.
//
//   node scripts/grammars.mjs build            generate (ABI 14), tree-sitter test, build the .wasm,
//                                              write BUILD-INFO; needs the toolchain
//   node scripts/grammars.mjs check            if the toolchain is present: regenerate into a temp
//                                              copy and compare src/parser.c, grammar.json,
//                                              node-types.json with the committed ones; always:
//                                              parse every corpus test with the committed .wasm
//                                              (web-tree-sitter) and compare with the expected tree
//   node scripts/grammars.mjs update-corpus    rewrite the expected trees of test/corpus/*.txt from
//                                              the committed .wasm (with field names); review the
//                                              diff before committing!
//
// Options: --family <name> (repeatable) limits the run to some grammars.
// The toolchain (tree-sitter CLI 0.22.6 and build-grammar-wasm) is looked up in $FABRIC_TOOLS when
// set, else in ../shared/tools relative to the repository root.
// Exit status is non-zero on any failure.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const grammarsDir = join(repo, 'grammars');
const require = createRequire(join(repo, 'package.json'));

const GENERATED = ['src/parser.c', 'src/grammar.json', 'src/node-types.json'];

function log(msg) {
  process.stdout.write(`${msg}\n`);
}

function fail(msg) {
  process.stderr.write(`grammars: ${msg}\n`);
}

function sha256(path) {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function toolsDir() {
  const candidates = [];
  // An explicit FABRIC_TOOLS is the only place looked at (so it can also turn the toolchain off).
  if (process.env.FABRIC_TOOLS) candidates.push(resolve(process.env.FABRIC_TOOLS));
  else candidates.push(resolve(repo, '..', 'shared', 'tools'));
  for (const dir of candidates) {
    if (existsSync(join(dir, 'tree-sitter')) && existsSync(join(dir, 'build-grammar-wasm'))) return { dir, candidates };
  }
  return { dir: undefined, candidates };
}

function run(cmd, args, cwd, { capture = false } = {}) {
  const res = spawnSync(cmd, args, { cwd, encoding: 'utf8', stdio: capture ? 'pipe' : 'inherit', maxBuffer: 64 << 20 });
  if (res.error) throw new Error(`${cmd}: ${res.error.message}`);
  return { status: res.status ?? 1, stdout: res.stdout ?? '', stderr: res.stderr ?? '' };
}

function families(selected) {
  if (!existsSync(grammarsDir)) return [];
  const all = readdirSync(grammarsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(grammarsDir, d.name, 'grammar.js')))
    .map((d) => d.name)
    .sort();
  if (selected.length === 0) return all;
  for (const f of selected) if (!all.includes(f)) throw new Error(`no grammar grammars/${f}/grammar.js`);
  return all.filter((f) => selected.includes(f));
}

function cliVersion(ts) {
  const out = run(ts, ['--version'], repo, { capture: true });
  const m = /(\d+\.\d+\.\d+)/.exec(out.stdout + out.stderr);
  return m ? m[1] : 'unknown';
}

// ---------------------------------------------------------------------------------------------
// Corpus files (tree-sitter test format)

/**
 * Parses a tree-sitter corpus file. Supports the 0.22 format: a header of `=` lines (3 or more,
 * with an optional suffix that must match), the test name and attribute lines (`:skip`, `:error`,
 * `:language(..)`, ...), the input, a divider line of `-` (3 or more, same suffix), the expected
 * S-expression. One trailing newline of the input is dropped, as tree-sitter does.
 */
export function parseCorpusFile(content) {
  const lines = content.split('\n');
  const tests = [];
  const isHeader = (l) => /^={3,}[^=\s]*\r?$/.test(l);
  let i = 0;
  while (i < lines.length) {
    if (!isHeader(lines[i])) {
      i++;
      continue;
    }
    const suffix = /^=+([^=\s]*)/.exec(lines[i])[1];
    const headerLine = i + 1;
    i++;
    const nameLines = [];
    while (i < lines.length && !isHeader(lines[i])) nameLines.push(lines[i++].replace(/\r$/, ''));
    i++; // closing header
    const inputStart = i;
    const isDivider = (l) => new RegExp(`^-{3,}${suffix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\r?$`).test(l);
    let next = i;
    while (next < lines.length && !isHeader(lines[next])) next++;
    // As tree-sitter does: the longest line of dashes before the next test is the divider.
    let divider = -1;
    for (let k = inputStart; k < next; k++) {
      if (isDivider(lines[k]) && (divider < 0 || lines[k].length > lines[divider].length)) divider = k;
    }
    if (divider < 0) divider = next;
    const inputLines = lines.slice(inputStart, divider);
    const expected = lines.slice(divider + 1, next).join('\n');
    i = next;
    // Joining the lines drops the '\n' that precedes the divider, as tree-sitter does.
    const input = inputLines.join('\n');
    const name = nameLines
      .filter((l) => l.trim() && !l.trim().startsWith(':'))
      .join(' ')
      .trim();
    const attributes = nameLines.filter((l) => l.trim().startsWith(':')).map((l) => l.trim());
    tests.push({ name, attributes, input, expected, line: headerLine });
  }
  return tests;
}

/** Normalizes an S-expression like tree-sitter does for comparison. */
export function normalizeSexp(sexp, keepFields) {
  let s = sexp.replace(/;[^\n]*/g, '');
  if (!keepFields) s = s.replace(/[A-Za-z_][A-Za-z0-9_]*:\s*/g, '');
  s = s.replace(/\s+/g, ' ').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')').trim();
  return s;
}

function sexpHasFields(sexp) {
  return /[A-Za-z_][A-Za-z0-9_]*:\s*\(/.test(sexp.replace(/;[^\n]*/g, ''));
}

/**
 * Pretty-prints a one-line S-expression (as web-tree-sitter's toString() gives): one node per
 * line, nodes whose children are all leaves on a single line.
 */
export function formatSexp(sexp) {
  const tokens = sexp.match(/\(|\)|[^\s()]+/g) ?? [];
  let pos = 0;
  const parseNode = (field) => {
    // tokens[pos] === '('
    pos++;
    const words = [];
    const children = [];
    let pendingField = '';
    while (pos < tokens.length && tokens[pos] !== ')') {
      const tok = tokens[pos];
      if (tok === '(') {
        children.push(parseNode(pendingField));
        pendingField = '';
      } else if (tok.endsWith(':')) {
        pendingField = `${tok} `;
        pos++;
      } else {
        words.push(tok);
        pos++;
      }
    }
    pos++;
    return { field, words, children };
  };
  const print = (node, depth) => {
    const head = `${'  '.repeat(depth)}${node.field}(${node.words.join(' ')}`;
    if (node.children.length === 0) return `${head})`;
    if (node.children.every((c) => c.children.length === 0)) {
      return `${head} ${node.children.map((c) => `${c.field}(${c.words.join(' ')})`).join(' ')})`;
    }
    return `${head}\n${node.children.map((c) => print(c, depth + 1)).join('\n')})`;
  };
  if (tokens[0] !== '(') return sexp.trim();
  return print(parseNode(''), 0);
}

function corpusFiles(family) {
  const dir = join(grammarsDir, family, 'test', 'corpus');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
}

/** The text tree-sitter parses: the lines between header and divider, minus the last line break. */
function inputOf(test) {
  return test.input.endsWith('\r') ? test.input.slice(0, -1) : test.input;
}

async function loadLanguage(family) {
  const { Parser, Language } = require('web-tree-sitter');
  await Parser.init();
  const wasm = join(grammarsDir, family, `tree-sitter-${family}.wasm`);
  if (!existsSync(wasm)) throw new Error(`${relative(repo, wasm)} is missing (run: npm run grammars:build)`);
  const language = await Language.load(wasm);
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

/** Parses every corpus test with the committed .wasm; returns the number of failures. */
async function checkCorpusWithWasm(family) {
  const parser = await loadLanguage(family);
  let failures = 0;
  let count = 0;
  for (const file of corpusFiles(family)) {
    const content = readFileSync(file, 'utf8');
    for (const test of parseCorpusFile(content)) {
      if (test.attributes.includes(':skip')) continue;
      count++;
      const tree = parser.parse(inputOf(test));
      if (!tree) {
        fail(`${relative(repo, file)}:${test.line} "${test.name}": no tree`);
        failures++;
        continue;
      }
      const actual = tree.rootNode.toString();
      const hasError = tree.rootNode.hasError;
      tree.delete();
      if (test.attributes.includes(':error')) {
        if (!hasError) {
          fail(`${relative(repo, file)}:${test.line} "${test.name}": expected a syntax error, got ${actual}`);
          failures++;
        }
        continue;
      }
      const keepFields = sexpHasFields(test.expected);
      const want = normalizeSexp(test.expected, keepFields);
      const got = normalizeSexp(actual, keepFields);
      if (want !== got) {
        failures++;
        fail(`${relative(repo, file)}:${test.line} "${test.name}": tree differs\n  expected: ${want}\n  actual:   ${got}`);
      }
    }
  }
  parser.delete();
  log(`${family}: ${count} corpus tests parsed with tree-sitter-${family}.wasm, ${failures} failure(s)`);
  return failures;
}

// ---------------------------------------------------------------------------------------------
// Commands

function writeBuildInfo(family, ts, wasmToolchain) {
  const dir = join(grammarsDir, family);
  const lines = [
    `# Generated by scripts/grammars.mjs build; checked by scripts/grammars.mjs check.`,
    `family: ${family}`,
    `tree-sitter-cli: ${cliVersion(ts)}`,
    `abi: 14`,
    `grammar.js sha256: ${sha256(join(dir, 'grammar.js'))}`,
  ];
  if (existsSync(join(dir, 'src', 'scanner.c'))) lines.push(`src/scanner.c sha256: ${sha256(join(dir, 'src', 'scanner.c'))}`);
  lines.push(`src/parser.c sha256: ${sha256(join(dir, 'src', 'parser.c'))}`);
  if (wasmToolchain) lines.push(`wasm toolchain: ${wasmToolchain}`);
  lines.push(`tree-sitter-${family}.wasm sha256: ${sha256(join(dir, `tree-sitter-${family}.wasm`))} (informational; not reproducible across hosts)`);
  writeFileSync(join(dir, 'BUILD-INFO'), `${lines.join('\n')}\n`);
}

async function build(selected) {
  const { dir: tools, candidates } = toolsDir();
  if (!tools) {
    fail(`toolchain not found (looked in ${candidates.join(', ')}); set FABRIC_TOOLS`);
    return 1;
  }
  const ts = join(tools, 'tree-sitter');
  const bgw = join(tools, 'build-grammar-wasm');
  let failures = 0;
  for (const family of families(selected)) {
    const dir = join(grammarsDir, family);
    log(`== ${family}: tree-sitter generate --no-bindings --abi 14`);
    if (run(ts, ['generate', '--no-bindings', '--abi', '14'], dir).status !== 0) {
      fail(`${family}: generate failed`);
      failures++;
      continue;
    }
    log(`== ${family}: tree-sitter test`);
    if (run(ts, ['test'], dir).status !== 0) {
      fail(`${family}: tree-sitter test failed`);
      failures++;
      continue;
    }
    const wasm = join(dir, `tree-sitter-${family}.wasm`);
    log(`== ${family}: build-grammar-wasm -o ${relative(repo, wasm)}`);
    const res = run(bgw, ['-o', wasm, dir], repo, { capture: true });
    process.stdout.write(res.stdout);
    process.stderr.write(res.stderr);
    if (res.status !== 0) {
      fail(`${family}: build-grammar-wasm failed`);
      failures++;
      continue;
    }
    const m = /\b(emcc [\d.]+|clang [\d.]+)/.exec(res.stdout + res.stderr);
    writeBuildInfo(family, ts, m ? m[1] : undefined);
    log(`== ${family}: wrote ${relative(repo, join(dir, 'BUILD-INFO'))}`);
    failures += await checkCorpusWithWasm(family);
  }
  return failures ? 1 : 0;
}

function checkBuildInfo(family) {
  const dir = join(grammarsDir, family);
  const infoPath = join(dir, 'BUILD-INFO');
  if (!existsSync(infoPath)) {
    fail(`${family}: BUILD-INFO is missing (run: npm run grammars:build)`);
    return 1;
  }
  const info = readFileSync(infoPath, 'utf8');
  let failures = 0;
  for (const [label, path] of [
    ['grammar.js', join(dir, 'grammar.js')],
    ['src/scanner.c', join(dir, 'src', 'scanner.c')],
  ]) {
    if (!existsSync(path)) continue;
    const m = new RegExp(`^${label.replace(/[.]/g, '\\.')} sha256: ([0-9a-f]{64})`, 'm').exec(info);
    if (!m) {
      fail(`${family}: BUILD-INFO has no sha256 for ${label}`);
      failures++;
    } else if (m[1] !== sha256(path)) {
      fail(`${family}: ${label} changed since the last build (sha256 differs from BUILD-INFO); run: npm run grammars:build`);
      failures++;
    }
  }
  return failures;
}

async function check(selected) {
  const { dir: tools, candidates } = toolsDir();
  let failures = 0;
  for (const family of families(selected)) {
    const dir = join(grammarsDir, family);
    failures += checkBuildInfo(family);
    if (tools) {
      const ts = join(tools, 'tree-sitter');
      const tmp = mkdtempSync(join(tmpdir(), `grammar-${family}-`));
      try {
        cpSync(dir, tmp, {
          recursive: true,
          filter: (src) => !/\.wasm$/.test(src) && !src.startsWith(join(dir, 'node_modules')),
        });
        for (const f of GENERATED) rmSync(join(tmp, f), { force: true });
        rmSync(join(tmp, 'src', 'tree_sitter'), { recursive: true, force: true });
        const res = run(ts, ['generate', '--no-bindings', '--abi', '14'], tmp, { capture: true });
        if (res.status !== 0) {
          fail(`${family}: tree-sitter generate failed in a temp copy:\n${res.stderr}`);
          failures++;
        } else {
          const headers = existsSync(join(tmp, 'src', 'tree_sitter')) ? readdirSync(join(tmp, 'src', 'tree_sitter')).map((h) => `src/tree_sitter/${h}`) : [];
          for (const f of [...GENERATED, ...headers]) {
            const committed = join(dir, f);
            if (!existsSync(committed)) {
              fail(`${family}: ${f} is not committed`);
              failures++;
            } else if (!readFileSync(committed).equals(readFileSync(join(tmp, f)))) {
              fail(`${family}: ${f} differs from a fresh 'tree-sitter generate' (run: npm run grammars:build)`);
              failures++;
            }
          }
          log(`${family}: regenerated ${[...GENERATED, ...headers].join(', ')} in a temp copy and compared`);
        }
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    } else {
      log(
        `${family}: skipping the generate comparison: tree-sitter toolchain not found ` + `(looked in ${candidates.join(', ')}; set FABRIC_TOOLS to enable it)`,
      );
    }
    failures += await checkCorpusWithWasm(family);
  }
  if (failures) fail(`${failures} failure(s)`);
  return failures ? 1 : 0;
}

async function updateCorpus(selected) {
  for (const family of families(selected)) {
    const parser = await loadLanguage(family);
    for (const file of corpusFiles(family)) {
      const content = readFileSync(file, 'utf8');
      const eol = content.includes('\r\n') ? '\r\n' : '\n';
      const tests = parseCorpusFile(content);
      let out = '';
      for (const test of tests) {
        const bar = '='.repeat(80);
        out += `${bar}${eol}${test.name}${eol}${test.attributes.map((a) => a + eol).join('')}${bar}${eol}`;
        out += `${test.input}\n${'-'.repeat(80)}${eol}${eol}`;
        if (test.attributes.includes(':error')) {
          out += eol;
          continue;
        }
        const tree = parser.parse(inputOf(test));
        out += `${formatSexp(tree.rootNode.toString()).split('\n').join(eol)}${eol}${eol}`;
        tree.delete();
      }
      writeFileSync(file, out.replace(new RegExp(`(${eol})+$`), eol));
      log(`updated ${relative(repo, file)}`);
    }
    parser.delete();
  }
  return 0;
}

async function main() {
  const args = process.argv.slice(2);
  const cmd = args[0];
  const selected = [];
  for (let i = 1; i < args.length; i++) {
    if (args[i] === '--family' && args[i + 1]) selected.push(args[++i]);
    else {
      fail(`unknown argument ${args[i]}`);
      return 2;
    }
  }
  if (cmd === 'build') return build(selected);
  if (cmd === 'check') return check(selected);
  if (cmd === 'update-corpus') return updateCorpus(selected);
  fail('usage: node scripts/grammars.mjs build|check|update-corpus [--family NAME]');
  return 2;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    fail(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
  },
);
