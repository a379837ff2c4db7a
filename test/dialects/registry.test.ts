import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DIALECT_IDS, DIALECT_MODULES } from '../../server/src/dialects/registry';
import { detectDialect } from '../../server/src/engine/detect';
import { loneCrAsLf } from '../../server/src/engine/source-text';
import { pathToUri } from '../../server/src/engine/uri';
import { initParsers, parse } from '../../server/src/parsing/parser';
import { corpusDir, REPO_ROOT } from '../helpers/lint';

/** Source folders that must not list the dialects themselves: they take them from server/src/dialects/registry.ts. */
const SOURCES = ['server/src', 'client/src', 'scripts', 'syntaxes', 'esbuild.mjs'];

function sourceFiles(p: string): string[] {
  const full = path.join(REPO_ROOT, p);
  if (fs.statSync(full).isFile()) return [full];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(p, e.name);
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.(ts|mjs|js)$/.test(e.name) ? [path.join(REPO_ROOT, rel)] : [];
  });
}

/**
 * Lists of dialect ids written out in a source: quoted ids in a row (`'eos', 'nxos'` or `'eos' | 'nxos'`),
 * and the keys of one object literal (`{ eos: …, nxos: … }`). Returned as the sets of ids each one names.
 */
function idLists(text: string): Set<string>[] {
  const id = DIALECT_IDS.join('|');
  const quoted = new RegExp(`(['"\`])(${id})\\1(\\s*[,|]\\s*(['"\`])(${id})\\4)+`, 'g');
  const lists: Set<string>[] = [];
  for (const m of text.matchAll(quoted)) lists.push(new Set([...m[0].matchAll(new RegExp(`\\b(${id})\\b`, 'g'))].map((x) => x[1]!)));
  for (const m of text.matchAll(/\{[^{}]*\}/g)) {
    lists.push(new Set([...m[0].matchAll(new RegExp(`(?:^|[\\s,{])(${id})\\s*:`, 'g'))].map((x) => x[1]!)));
  }
  return lists;
}

describe('dialect registry', () => {
  it('is the one place that lists every dialect (server, client, scripts)', () => {
    const found: string[] = [];
    for (const file of SOURCES.flatMap(sourceFiles)) {
      const lines = fs
        .readFileSync(file, 'utf8')
        .split('\n')
        // A rule's `dialects` says which dialects its fixtures cover: a claim about that rule, not the list of dialects.
        .map((l) => (/^\s*dialects: \[/.test(l) && file.includes(`${path.sep}rules${path.sep}`) ? '' : l));
      for (const ids of idLists(lines.join('\n'))) {
        if (DIALECT_IDS.every((d) => ids.has(d))) found.push(path.relative(REPO_ROOT, file));
      }
    }
    assert.deepEqual(found, [], 'these files list every dialect; derive the list from server/src/dialects/registry.ts');
  });

  it('the scan above finds a list written out (it is not vacuous)', () => {
    const all = DIALECT_IDS.map((d) => `'${d}'`);
    assert.equal(
      idLists(`const A = [${all.join(', ')}];`).some((s) => s.size === DIALECT_IDS.length),
      true,
    );
    assert.equal(
      idLists(`type D = ${all.join(' | ')};`).some((s) => s.size === DIALECT_IDS.length),
      true,
    );
    assert.equal(
      idLists(`const N = { ${DIALECT_IDS.map((d) => `${d}: 'x'`).join(', ')} };`).some((s) => s.size === DIALECT_IDS.length),
      true,
    );
  });

  it('ids and names are unique, ids are lower case, and each module has a folder under server/src/dialects', () => {
    assert.equal(new Set(DIALECT_IDS).size, DIALECT_IDS.length);
    assert.equal(new Set(DIALECT_MODULES.map((m) => m.name)).size, DIALECT_MODULES.length);
    for (const m of DIALECT_MODULES) assert.match(m.id, /^[a-z][a-z0-9-]*$/);
    const sources = fs.readdirSync(path.join(REPO_ROOT, 'server', 'src', 'dialects'), { withFileTypes: true });
    const folders = sources.filter((e) => e.isDirectory() && fs.existsSync(path.join(REPO_ROOT, 'server', 'src', 'dialects', e.name, 'index.ts')));
    // One module folder per dialect; Cumulus Linux keeps its folder name, with the id users write ('nvue').
    assert.equal(folders.length, DIALECT_MODULES.length, folders.map((f) => f.name).join(', '));
  });

  it('header clues have distinct priorities, so their order never depends on the order of the registry', () => {
    const priorities = DIALECT_MODULES.flatMap((m) => (m.detection.headers ?? []).map((h) => h.priority));
    assert.equal(new Set(priorities).size, priorities.length);
    assert.ok(!priorities.includes(200), '200 is the FRR-only clue of engine/detect.ts');
  });

  it('the fabric-lint marker names each dialect', () => {
    for (const id of DIALECT_IDS) {
      const c = detectDialect('x.cfg', `! fabric-lint: dialect=${id}\nhostname x\n`);
      assert.deepEqual(c, { kind: 'config', dialect: id, reason: 'first-line marker' });
    }
  });

  it('each module detects, parses and reads a corpus config of its own, and writes fixes for what it read', async function () {
    await initParsers();
    const corpus = corpusDir();
    for (const m of DIALECT_MODULES) {
      const files = detectedFiles(path.join(corpus, m.id), m.id);
      assert.ok(files.length > 0, `test/corpus/${m.id} has files detected as ${m.id}`);
      const read = files.map((file) => {
        const text = loneCrAsLf(fs.readFileSync(file, 'utf8'));
        const grammar = m.grammar(text);
        if (!grammar) return undefined;
        const tree = parse(grammar.family, text);
        try {
          return m.read(grammar.adapt(pathToUri(file), tree, text)).device;
        } finally {
          tree.delete();
        }
      });
      const device = read.find((d) => d !== undefined && d.interfaces.size > 0);
      assert.ok(device, `${m.id}: a corpus config with interfaces`);
      assert.equal(device.dialect, m.id);
      assert.equal(m.fixWriter(device).device, device);
    }
  });
});

function detectedFiles(dir: string, id: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) stack.push(full);
      else {
        const c = detectDialect(e.name, fs.readFileSync(full, 'utf8'));
        if (c.kind === 'config' && c.dialect === id) out.push(full);
      }
    }
  }
  return out.sort();
}
