/** Schema validation in rounds: each round validates a pruned copy and drops what its errors are about. */
import Ajv, { type ValidateFunction } from 'ajv';
import { dottedPath, isObject, key, startsWith } from './paths';
import type { Pending } from './problems';
import { dropUnit, prune, type DroppedPaths } from './pruning';
import { intentSchema } from './schema';
import { collapseUnions, locate } from './schema-errors';
import type { Source } from './yaml-source';

// ---------------------------------------------------------------------------------------------
// Schema validator (compiled once)

let validator: ValidateFunction | undefined;

function validate(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictTypes: false, allowUnionTypes: true });
    ajv.addVocabulary(['markdownDescription', 'patternErrorMessage', 'defaultSnippets']);
    validator = ajv.compile(inlineRefs(intentSchema, intentSchema.definitions) as object);
  }
  return validator;
}

/**
 * The schema with each `$ref` replaced by its definition (the schema has no cycles). ajv gathers the
 * errors of a referenced schema with `concat`, a copy of all errors so far per value: quadratic in a
 * file with thousands of invalid links. Inline, errors are pushed.
 */
function inlineRefs(schema: unknown, definitions: Record<string, unknown>): unknown {
  if (Array.isArray(schema)) return schema.map((s) => inlineRefs(s, definitions));
  if (!isObject(schema)) return schema;
  if (typeof schema.$ref === 'string') return inlineRefs(definitions[schema.$ref.replace('#/definitions/', '')], definitions);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) if (k !== 'definitions') out[k] = inlineRefs(v, definitions);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Rounds

export function runSchemaRounds(raw: unknown, dropped: DroppedPaths, src: Source, problems: Pending[], report: boolean): void {
  // Problems by every prefix of what they drop, to find those a wider drop covers without a scan per
  // error. Entries go stale when a drop widens; the startsWith check on lookup sees the current drop.
  const byDropPrefix = new Map<string, Pending[]>();
  const index = (p: Pending): void => {
    for (let n = 1; p.drop && n <= p.drop.length; n++) {
      const k = p.drop.slice(0, n).join('\u0000');
      const list = byDropPrefix.get(k);
      if (list) list.push(p);
      else byDropPrefix.set(k, [p]);
    }
  };
  for (const p of problems) index(p);
  for (let round = 0; round < 20; round++) {
    const pruned = prune(raw, dropped);
    const v = validate();
    if (v(pruned)) return;
    const errors = collapseUnions(v.errors ?? []).filter((e) => e.keyword !== 'propertyNames' && e.keyword !== 'if');
    let progressed = false;
    const seen = new Set<string>();
    for (const e of errors) {
      const l = locate(e, pruned);
      if (l.at.length === 0) {
        // Only the root itself; it is a mapping (checked before), so this cannot drop anything useful.
        continue;
      }
      const unit = dropUnit(l.at);
      const dedupe = `${key(l.at)}|${l.text}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      if (dropped.add(unit)) progressed = true;
      const widened = (byDropPrefix.get(unit.join('\u0000')) ?? []).filter((p) => p.drop && startsWith(p.drop, unit));
      for (const p of widened) p.drop = unit;
      if (report && (round === 0 || widened.length === 0)) {
        const p: Pending = {
          text: `${dottedPath(l.at)}: ${l.text}`,
          loc: l.onKey ? src.keyLoc(l.at) : src.valueLoc(l.at),
          severity: 'error',
          drop: unit,
          at: l.at,
        };
        problems.push(p);
        index(p);
      }
    }
    if (!progressed) return;
  }
}
