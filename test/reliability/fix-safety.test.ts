// The fix-safety sweep: every fix any finding offers, over the example fabric, every rule's fires/
// fixtures and the whole real-config corpus, applied to the files as they are and to CRLF, BOM, Latin-1
// (and, for the small sets, CR-only) copies. Each fix is applied in memory the way --fix applies it
// (engine/source-text + output/apply-fixes) and must:
//   (a) change no byte outside its edits, and write line breaks in the file's own style;
//   (b) leave the file parsing with no new ERROR node;
//   (c) remove its finding and add no new one;
//   (d) be harmless twice: the fixed files do not offer the same fix again, and the engine's fix loop,
//       run twice, changes nothing the second time.
// Some fixes trade their finding for another by design (a non-preferred alternative, a first step whose
// next step is the new finding) or because a rule is wrong. Those (c) results are listed, each with a
// reviewed verdict, in fix-consequences.json; one not listed fails, and so does a listed one that no
// longer happens. (a), (b) and (d) admit no exception.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectFiles } from '../../server/src/engine/files';
import { editsKey, fixAll } from '../../server/src/engine/fix-loop';
import { decodeBytes, encodeText, eolOf, loneCrAsLf, withEol } from '../../server/src/engine/source-text';
import { pathToUri, uriToPath } from '../../server/src/engine/uri';
import { Workspace } from '../../server/src/engine/workspace';
import { dialectModule } from '../../server/src/dialects/registry';
import { LineIndex } from '../../server/src/model/line-index';
import { applyFixes } from '../../server/src/output/apply-fixes';
import { parse, type GrammarFamily } from '../../server/src/parsing/parser';
import type { Finding, Fix, TextEdit } from '../../server/src/rules/types';
import { errorNodes } from '../grammar/helpers';
import { corpusDir, REPO_ROOT } from '../helpers/lint';

interface Consequence {
  set: string;
  rule: string;
  fix: string;
  problem: string;
  verdict: string;
}

const CONSEQUENCES: Consequence[] = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'test', 'reliability', 'fix-consequences.json'), 'utf8'));
const consequenceKey = (c: Omit<Consequence, 'verdict'>): string => `${c.set} | ${c.rule} | ${c.fix} | ${c.problem}`;

interface Variant {
  name: string;
  /** The copy's bytes, or undefined when this variant of the file is the file itself. */
  transform(bytes: Buffer, file: string): Buffer | undefined;
  /** A text of the copy as the original's text would be (the decoded text never holds the BOM). */
  normalize(text: string): string;
}

const asBinary = (b: Buffer): string => b.toString('latin1');
const fromBinary = (s: string): Buffer => Buffer.from(s, 'latin1');

const same = (t: string): string => t;
const AS_IS: Variant = { name: 'as is', transform: (b) => b, normalize: same };
// The corpus and fixtures use LF only, so the copies turn every line break into CRLF or CR.
const CRLF: Variant = {
  name: 'CRLF',
  transform: (b) => (b.includes(10) ? fromBinary(asBinary(b).replace(/\r?\n/g, '\r\n')) : undefined),
  normalize: (t) => t.replace(/\r\n/g, '\n'),
};
const CR: Variant = {
  name: 'CR only',
  transform: (b) => (b.includes(10) ? fromBinary(asBinary(b).replace(/\r?\n/g, '\r')) : undefined),
  normalize: (t) => t.replace(/\r/g, '\n'),
};
const BOM: Variant = {
  name: 'BOM',
  transform: (b) => (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? undefined : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b])),
  normalize: same,
};
/** A comment with a Latin-1 `é` (one byte 0xE9, not UTF-8) appended to every config whose comment syntax is known. */
const LATIN1_MARK = fromBinary('caf\xe9 cr\xe8me');
const LATIN1_LINE = / caf\udce9 cr\udce8me\n/;
const LATIN1: Variant = {
  name: 'Latin-1',
  transform: (b, file) => {
    const text = asBinary(b);
    const comment = commentLeader(text, file);
    // Only after a final line break, so that dropping the line again gives the original text.
    if (!comment || !text.endsWith('\n')) return undefined;
    return Buffer.concat([b, fromBinary(`${comment} `), LATIN1_MARK, fromBinary('\n')]);
  },
  normalize: (t) => t.replace(new RegExp(`(^|\n)[#!]${LATIN1_LINE.source}`), '$1'),
};

/** How a line comment starts in this config, judged the way a reader would (undefined: do not touch). */
function commentLeader(text: string, file: string): string | undefined {
  if (/\.(json|ya?ml|csv|clab\.ya?ml)$/i.test(file) || /^\s*[{[]/.test(text)) return undefined;
  if (/^(auto|iface|net add|nv set) /m.test(text)) return '#';
  if (/^(set|deactivate) \S/m.test(text) || /^\s*(system|interfaces|class-of-service) \{/m.test(text)) return '#';
  if (/^(interface|hostname|router|ip|feature|qos|policy-map|class-map) /m.test(text)) return '!';
  return undefined;
}

interface FixSet {
  name: string;
  dir: string;
  variants: Variant[];
  /** Lint every copy after every fix (small sets), rather than only texts that differ from the original's. */
  lintEveryCopy: boolean;
}

function sameTexts(changed: Map<string, string>, reference: Map<string, string>, variant: Variant): boolean {
  if (changed.size !== reference.size) return false;
  for (const [uri, text] of changed) if (variant.normalize(text) !== reference.get(uri)) return false;
  return true;
}

function sets(): FixSet[] {
  const small = [AS_IS, CRLF, CR, BOM, LATIN1];
  const out: FixSet[] = [{ name: 'examples/leaf-spine', dir: path.join(REPO_ROOT, 'examples', 'leaf-spine'), variants: small, lintEveryCopy: true }];
  const rules = path.join(REPO_ROOT, 'test', 'fixtures', 'rules');
  for (const r of fs.readdirSync(rules).sort()) {
    const fires = path.join(rules, r, 'fires');
    if (fs.existsSync(fires)) out.push({ name: `fixtures/rules/${r}/fires`, dir: fires, variants: small, lintEveryCopy: true });
  }
  const corpus = corpusDir();
  for (const d of fs.readdirSync(corpus, { withFileTypes: true })) {
    if (!d.isDirectory() || d.name === 'LICENSES' || d.name.startsWith('.')) continue;
    for (const s of fs.readdirSync(path.join(corpus, d.name), { withFileTypes: true })) {
      if (s.isDirectory())
        out.push({ name: `corpus/${d.name}/${s.name}`, dir: path.join(corpus, d.name, s.name), variants: [AS_IS, CRLF, BOM, LATIN1], lintEveryCopy: false });
    }
  }
  return out;
}

interface Copy {
  ws: Workspace;
  /** uri → the copy's bytes and whether they begin with a BOM. */
  files: Map<string, { bytes: Buffer; bom: boolean }>;
  /** The variant changed at least one file. */
  differs: boolean;
}

async function copyOf(dir: string, variant: Variant, originals: Map<string, Buffer>): Promise<Copy> {
  const ws = await Workspace.create({ roots: [pathToUri(dir)] });
  const files = new Map<string, { bytes: Buffer; bom: boolean }>();
  let differs = false;
  for (const [file, original] of originals) {
    const changed = variant.transform(original, file);
    const bytes = changed ?? original;
    if (changed && !changed.equals(original)) differs = true;
    const { text, bom } = decodeBytes(bytes);
    const uri = pathToUri(file);
    files.set(uri, { bytes, bom });
    ws.setFile(uri, text);
  }
  return { ws, files, differs };
}

/** The grammar the engine parses a config with, or undefined for files that are not configs. */
function familyOf(ws: Workspace, uri: string): GrammarFamily | undefined {
  const a = ws.analysis(uri);
  if (a?.kind !== 'config') return undefined;
  return dialectModule(a.dialect).grammar(loneCrAsLf(ws.text(uri)!))?.family;
}

function errorCount(family: GrammarFamily, text: string): number {
  const tree = parse(family, loneCrAsLf(text));
  try {
    return errorNodes(tree).length;
  } finally {
    tree.delete();
  }
}

/** Byte offset in the file of a text offset (the text is the file decoded, without its BOM). */
function byteOffset(text: string, bom: boolean, offset: number): number {
  return (bom ? 3 : 0) + encodeText({ text: text.slice(0, offset), bom: false }).length;
}

/**
 * (a): the new bytes are the old bytes with exactly the edits' ranges replaced by their text (line breaks
 * in the file's style), and nothing else changed. Undefined when that holds, else what differs.
 */
function outsideEditsProblem(old: { bytes: Buffer; bom: boolean }, text: string, edits: readonly TextEdit[], result: Buffer): string | undefined {
  const lines = new LineIndex(text);
  const eol = eolOf(text);
  const spans = edits
    .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: withEol(e.newText, eol) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: Buffer[] = [];
  let cursor = 0;
  for (const s of spans) {
    parts.push(old.bytes.subarray(cursor, byteOffset(text, old.bom, s.start)), encodeText({ text: s.newText, bom: false }));
    cursor = byteOffset(text, old.bom, s.end);
  }
  parts.push(old.bytes.subarray(cursor));
  const expected = Buffer.concat(parts);
  if (expected.equals(result)) return undefined;
  let at = 0;
  while (at < expected.length && expected[at] === result[at]) at++;
  return `bytes differ from the original outside the edits, first at byte ${at}: ${JSON.stringify(asBinary(result.subarray(Math.max(0, at - 20), at + 20)))}`;
}

/** The kinds of line break in a text. */
function eolKinds(text: string): Set<string> {
  const kinds = new Set<string>();
  for (const m of text.matchAll(/\r\n|\r|\n/g)) kinds.add(JSON.stringify(m[0]));
  return kinds;
}

const findingKey = (f: Finding, root: string): string => `${f.ruleId} ${path.relative(root, uriToPath(f.loc.uri))} ${f.messageId}`;
const newTexts = (fix: Fix): string =>
  fix.edits
    .map((e) => `${path.basename(e.uri)}=${e.newText}`)
    .sort()
    .join('\n');

function countBy(findings: readonly Finding[], root: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) m.set(findingKey(f, root), (m.get(findingKey(f, root)) ?? 0) + 1);
  return m;
}

interface FixCheck {
  problems: string[];
  /** The fixed texts (uri → text); undefined when the fix could not be applied. */
  changed?: Map<string, string>;
}

/**
 * Checks (a)–(d) for one fix. (c) and (d) need a lint of the fixed files; `relint` false skips them when
 * the caller has shown that the fixed texts equal those of a copy already linted.
 */
function checkFix(
  copy: Copy,
  dir: string,
  before: readonly Finding[],
  finding: Finding,
  fix: Fix,
  errorsBefore: Map<string, number>,
  relint: (changed: Map<string, string>) => boolean,
): FixCheck {
  const problems: string[] = [];
  const texts = new Map<string, string>();
  for (const e of fix.edits) texts.set(e.uri, copy.ws.text(e.uri) ?? '');
  const applied = applyFixes(texts, [fix]);
  if (applied.applied.length !== 1) return { problems: ['cannot be applied: its edits overlap or name a file outside the fabric'] };
  const after = copy.ws.fork();
  for (const [uri, text] of applied.changed) {
    const old = copy.files.get(uri)!;
    const result = encodeText({ text, bom: old.bom });
    const oldText = texts.get(uri)!;
    const outside = outsideEditsProblem(
      old,
      oldText,
      fix.edits.filter((e) => e.uri === uri),
      result,
    );
    if (outside) problems.push(`(a) ${path.relative(dir, uriToPath(uri))}: ${outside}`);
    const newKinds = [...eolKinds(text)].filter((k) => !eolKinds(oldText).has(k));
    if (eolKinds(oldText).size > 0 && newKinds.length > 0)
      problems.push(`(a) ${path.relative(dir, uriToPath(uri))}: adds line breaks ${newKinds.join(', ')} the file does not use`);
    const family = familyOf(copy.ws, uri);
    if (family) {
      let was = errorsBefore.get(uri);
      if (was === undefined) errorsBefore.set(uri, (was = errorCount(family, oldText)));
      const now = errorCount(family, text);
      if (now > was) problems.push(`(b) ${path.relative(dir, uriToPath(uri))}: ${now - was} new ERROR/MISSING node(s) in the parse`);
    }
    after.setFile(uri, text);
  }
  if (!relint(applied.changed)) return { problems, changed: applied.changed };
  const afterFindings = after.lint().findings;
  const was = countBy(before, dir);
  const now = countBy(afterFindings, dir);
  const key = findingKey(finding, dir);
  if ((now.get(key) ?? 0) >= (was.get(key) ?? 0)) problems.push(`(c) the finding is still there`);
  for (const [k, n] of now)
    if (n > (was.get(k) ?? 0) && k !== key) problems.push(`(c) adds ${k}: ${afterFindings.find((f) => findingKey(f, dir) === k)!.message}`);
  const again = afterFindings.some((f) => f.fixes.some((x) => x.title === fix.title && newTexts(x) === newTexts(fix)));
  if (again) problems.push('(d) the fixed files offer the same fix again: applying it twice would change them twice');
  return { problems, changed: applied.changed };
}

/** (d) for fix-all, and (a)'s byte rules for its result: the loop settles, and a second run changes nothing. */
function checkFixAll(copy: Copy, dir: string): string[] {
  const problems: string[] = [];
  const ws = copy.ws.fork();
  const first = fixAll(ws);
  if (!first.converged) problems.push(`fix-all did not settle in ${first.passes} passes`);
  const second = fixAll(ws);
  if (second.changed.size > 0)
    problems.push(`fix-all run twice changed ${[...second.changed.keys()].map((u) => path.relative(dir, uriToPath(u))).join(', ')} again`);
  for (const [uri, { before, after }] of first.changed) {
    const old = copy.files.get(uri)!;
    const bytes = encodeText({ text: after, bom: old.bom });
    const name = path.relative(dir, uriToPath(uri));
    if (old.bom && !(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) problems.push(`fix-all: ${name} lost its BOM`);
    if (old.bytes.includes(LATIN1_MARK) && !bytes.includes(LATIN1_MARK)) problems.push(`fix-all: ${name} lost its Latin-1 bytes`);
    const added = [...eolKinds(after)].filter((k) => !eolKinds(before).has(k));
    if (eolKinds(before).size > 0 && added.length > 0) problems.push(`fix-all: ${name} gained line breaks ${added.join(', ')}`);
  }
  return problems;
}

describe('fix safety: every fix on the example, the rule fixtures and the corpus, in CRLF, BOM and Latin-1 copies', function () {
  let fixesChecked = 0;
  const ALL_SETS = sets();
  let setsDone = 0;
  const rulesSeen = new Set<string>();
  const CONSEQUENCE_KEYS = new Set(CONSEQUENCES.map(consequenceKey));
  const consequencesSeen = new Set<string>();

  it('lists each accepted consequence once, with a verdict', function () {
    assert.equal(CONSEQUENCE_KEYS.size, CONSEQUENCES.length, 'duplicate entries in fix-consequences.json');
    for (const c of CONSEQUENCES) assert.match(c.verdict, /^(follow-up|alternative|defect \(rules? [^)]+\)): \S/, consequenceKey(c));
  });

  for (const set of ALL_SETS) {
    it(set.name, async function () {
      const originals = new Map<string, Buffer>();
      for (const file of await collectFiles([set.dir])) originals.set(file, fs.readFileSync(file));
      const failures: string[] = [];
      let baseline: string[] | undefined;
      // The as-is copy's fixed texts, by finding and fix index, normalised per variant to compare with.
      const reference = new Map<string, Map<string, string>>();
      for (const variant of set.variants) {
        const copy = await copyOf(set.dir, variant, originals);
        if (variant !== AS_IS && !copy.differs) continue;
        const result = copy.ws.lint();
        // The copy must read as the original does: same findings, at the same places.
        const places = result.findings.map((f) => `${findingKey(f, set.dir)} ${f.loc.range.start.line}:${f.loc.range.start.character}`);
        if (!baseline) baseline = places;
        else assert.deepEqual(places, baseline, `${variant.name} copy is read differently from the original`);
        const errorsBefore = new Map<string, number>();
        const seen = new Set<string>();
        result.findings.forEach((finding, i) => {
          finding.fixes.forEach((fix, j) => {
            // Two findings offering the same edits are one fix to check.
            const k = editsKey(fix);
            if (fix.edits.length === 0 || seen.has(k)) return;
            seen.add(k);
            fixesChecked++;
            rulesSeen.add(finding.ruleId);
            const ref = reference.get(`${i}/${j}`);
            // A copy's fixed texts that read as the original's fixed texts need no lint of their own: the
            // copy was shown above to read as the original does. Large corpus sets rely on that; the
            // example and the fixtures lint every copy.
            const relint = (changed: Map<string, string>): boolean =>
              !set.lintEveryCopy && variant !== AS_IS && ref !== undefined ? !sameTexts(changed, ref, variant) : true;
            const checked = checkFix(copy, set.dir, result.findings, finding, fix, errorsBefore, relint);
            if (variant === AS_IS && checked.changed) reference.set(`${i}/${j}`, checked.changed);
            for (const p of checked.problems) {
              const c = /^\(c\) (adds \S+ \S+ \S+|the finding is still there)/.exec(p);
              const listed = c ? consequenceKey({ set: set.name, rule: finding.ruleId, fix: fix.title, problem: c[1]!.replace(/:$/, '') }) : undefined;
              if (listed && CONSEQUENCE_KEYS.has(listed)) {
                consequencesSeen.add(listed);
                continue;
              }
              failures.push(
                `[${variant.name}] ${finding.ruleId} "${fix.title}" at ${path.relative(set.dir, uriToPath(finding.loc.uri))}:${finding.loc.range.start.line + 1}: ${p}`,
              );
            }
          });
        });
        if (set.lintEveryCopy || variant === AS_IS) for (const p of checkFixAll(copy, set.dir)) failures.push(`[${variant.name}] ${p}`);
      }
      const stale = CONSEQUENCES.filter((c) => c.set === set.name && !consequencesSeen.has(consequenceKey(c))).map(consequenceKey);
      setsDone++;
      assert.deepEqual(
        failures,
        [],
        'fixes that break a rule of the sweep (a fix whose new finding is by design goes into fix-consequences.json with a verdict)',
      );
      assert.deepEqual(stale, [], 'fix-consequences.json lists results that no longer happen: remove them');
    });
  }

  after(function () {
    // The sweep is only worth something if it saw the fixes: most rules with a fix, hundreds of fixes.
    if (setsDone < ALL_SETS.length) return; // a run filtered with --grep
    assert.ok(fixesChecked > 1000, `only ${fixesChecked} fix applications checked`);
    assert.ok(rulesSeen.size >= 30, `fixes of only ${rulesSeen.size} rules checked`);
  });
});
