import type { Finding, Rule } from '../types';
import { attachesAnything, isQosSymbol, kindText, misspeltReferences, symbolKey } from './symbols';
import { devicesOf } from '../support/scope';

export const rule: Rule = {
  id: 'qos/unused-definition',
  title: 'A QoS class-map, policy-map or qos profile is defined but never used',
  category: 'qos',
  severity: 'hint',
  scope: 'device',
  reads: 'device',
  rationale:
    'A definition nobody references is dead configuration at best, and at worst the policy the author ' +
    'meant to attach (a typo in the `service-policy` line leaves the real policy unused). Class-maps count as ' +
    'used when a policy class names them, policy-maps when a `service-policy` (interface, `system qos`, qos ' +
    'profile, control-plane or a parent policy) names them, qos profiles when a `service-profile` does, Junos ' +
    'classifiers and rewrite rules when `class-of-service interfaces` binds them to a port or unit (a rewrite rule ' +
    'never applied remarks nothing, like a classifier never applied classifies nothing); a use ' +
    'with another type still counts (that is `qos/policy-type-mismatch`). NX-OS system defaults ' +
    '(`default-*`) and `class-default` are never reported.\n\n' +
    'A file that attaches nothing at all (no `service-policy`, `service-profile` or `system qos`) reads as a ' +
    'library of definitions or a per-feature fragment, and is not judged.\n\n' +
    'A definition that an undefined reference of the same kind most likely misspells (the nearest defined name, ' +
    'within the edit distance `qos/undefined-reference` suggests from) is reported with that reference, and ' +
    'no removal is offered: the fix is renaming the reference, which `qos/undefined-reference` offers.',
  messages: {
    unused: '{kind} {name} is never used',
    misspelt: '{kind} {name} is never used: it is probably the misspelt reference {ref} at line {line}',
  },
  fix: 'Remove the definition (its whole section); none when a misspelt reference means it.',
  example: {
    dialect: 'nxos',
    config: 'class-map type qos match-any OLD_ROCE\n  match dscp 24\n! no policy-map names OLD_ROCE',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const device of devicesOf(ctx)) {
      if (!attachesAnything(device)) continue;
      const used = new Set(device.symbols.refs.map((r) => `${r.kind}\u0000${r.name}`));
      const seen = new Set<string>();
      const misspelt = misspeltReferences(device);
      for (const def of device.symbols.defs) {
        if (!isQosSymbol(def)) continue;
        const k = `${def.kind}\u0000${def.name}`;
        if (used.has(k)) continue;
        if (/^default-/i.test(def.name) || def.name.toLowerCase() === 'class-default') continue;
        const sk = `${k}\u0000${def.subtype ?? ''}`;
        if (seen.has(sk)) continue;
        seen.add(sk);
        const ref = misspelt.get(symbolKey(def));
        if (ref) {
          findings.push(
            ctx.report({
              messageId: 'misspelt',
              data: { kind: kindText(def), name: def.name, ref: ref.name, line: String(ref.loc.range.start.line + 1) },
              loc: def.loc,
              related: [{ loc: ref.loc, message: `${kindText(ref)} ${ref.name} is used here and not defined` }],
            }),
          );
          continue;
        }
        const edits = ctx.writer(device).removeSetting(def.loc, def.block);
        findings.push(
          ctx.report({
            messageId: 'unused',
            data: { kind: kindText(def), name: def.name },
            loc: def.loc,
            tags: ['unnecessary'],
            fixes: edits.length > 0 ? [{ title: `Remove ${kindText(def)} ${def.name}`, isPreferred: false, edits }] : [],
          }),
        );
      }
    }
    return findings;
  },
};
