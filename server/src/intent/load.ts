/**
 * Loads fabric-intent.yaml: YAML → schema validation → semantic checks → `Intent`.
 *
 * Nothing here throws on bad input. Every problem is reported at the YAML node it is about (0-based
 * LSP positions) and only the invalid part is dropped, so the rules keep the valid rest: an
 * out-of-range `mtu.fabric` drops `mtu.fabric` only; a bad DSCP list drops that class; a bad link
 * drops that link.
 *
 * How dropping works: the raw YAML value is kept untouched and a set of dropped raw paths grows.
 * Each round validates a pruned copy (dropped paths removed, arrays compacted) and maps the errors
 * back to raw paths; rounds repeat until the pruned copy is valid, because dropping a part can make
 * its parent invalid (a class without `dscp`). Problems are reported for the first round; later
 * rounds only widen what an earlier problem says is ignored.
 *
 * This module runs the stages; each has its own module: yaml-source.ts (nodes and positions), paths.ts and
 * pruning.ts (what is dropped), schema-check.ts and schema-errors.ts (validation rounds and their wording),
 * semantic-checks.ts (what a schema cannot say) and build.ts (the Intent).
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { comparePositions } from '../model/location';
import { yamlErrorText } from '../parsing/yaml-errors';
import { buildIntent } from './build';
import { isObject } from './paths';
import { finish, type Pending } from './problems';
import { DroppedPaths, prune } from './pruning';
import { runSchemaRounds } from './schema-check';
import { SemanticChecks } from './semantic-checks';
import type { Intent, LoadIntentOptions, LoadIntentResult } from './types';
import { Source } from './yaml-source';

export type { IntentProblem, LoadIntentOptions, LoadIntentResult } from './types';

/**
 * Largest intent file read, in characters. The YAML library holds about 200 bytes per character while
 * it parses, so 2 MB (some 50,000 links) stays well inside the 1 GB a file may take; a fabric with
 * more cabling than that states it in a topology file (LLDP, containerlab, CSV), not by hand.
 */
export const MAX_INTENT_CHARS = 2 * 1024 * 1024;

export function loadIntent(uri: string, text: string, options: LoadIntentOptions = {}): LoadIntentResult {
  if (text.length > MAX_INTENT_CHARS) {
    const mb = (n: number): string => `${(n / 1048576).toFixed(1)} MB`;
    const message = `fabric-intent.yaml is ${mb(text.length)}, over the ${mb(MAX_INTENT_CHARS)} an intent file may have; it is not read. Give a cabling list this long as a topology file (LLDP, containerlab, CSV).`;
    return {
      intent: undefined,
      problems: [{ message, loc: { uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, severity: 'error' }],
    };
  }
  const problems: Pending[] = [];
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const src = new Source(uri, doc, lc, text.length);

  for (const e of doc.errors) {
    problems.push({ text: `YAML: ${firstLine(e.message)}`, loc: src.loc(e.pos[0], e.pos[1]), severity: 'error', at: [] });
  }
  for (const w of doc.warnings) {
    problems.push({ text: `YAML: ${firstLine(w.message)}`, loc: src.loc(w.pos[0], w.pos[1]), severity: 'warning', at: [] });
  }
  const done = (intent: Intent | undefined): LoadIntentResult => ({
    intent,
    problems: problems.map(finish).sort((a, b) => comparePositions(a.loc.range.start, b.loc.range.start)),
  });

  const root = isAlias(doc.contents) ? undefined : doc.contents;
  if (root === null || root === undefined || (isScalar(root) && (root.value === null || root.value === undefined))) return done(undefined);
  if (!isMap(root)) {
    const r = root.range ?? [0, 0, 0];
    problems.push({
      text: `fabric-intent.yaml must be a mapping of keys (version, roles, mtu, lossless, classes …), not ${isSeq(root) ? 'a list' : 'a single value'}`,
      loc: src.loc(r[0], r[1]),
      severity: 'error',
      at: [],
    });
    return done(undefined);
  }

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 1000 });
  } catch (err) {
    problems.push({ text: `YAML: ${firstLine(err instanceof Error ? err.message : String(err))}`, loc: src.loc(0, 0), severity: 'error', at: [] });
    return done(undefined);
  }
  if (!isObject(raw)) return done(undefined);

  const dropped = new DroppedPaths();

  // 1. Schema, in rounds until the pruned copy is valid.
  const schemaProblems: Pending[] = [];
  runSchemaRounds(raw, dropped, src, schemaProblems, true);
  for (const p of schemaProblems) problems.push(p);

  // 2. What a schema cannot say.
  const semantic = new SemanticChecks(src, raw, dropped, options);
  semantic.run();
  for (const p of semantic.problems) problems.push(p);
  // Semantic drops may leave a parent invalid (a class without dscp): prune silently, widening the problems above.
  runSchemaRounds(raw, dropped, src, problems, false);

  // 3. Build the Intent from what survived.
  const data = prune(raw, dropped) as Record<string, unknown>;
  const intent = buildIntent(uri, data, src, semantic, options);
  return done(intent);
}

function firstLine(s: string): string {
  if (/multiple documents/i.test(s)) return 'fabric-intent.yaml must be one YAML document; what follows the second `---` is ignored';
  return yamlErrorText(s);
}
