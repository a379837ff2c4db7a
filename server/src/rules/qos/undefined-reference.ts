import type { SymbolRef } from '../../model/types';
import type { Finding, Fix, Rule } from '../types';
import { closestDefs, defsOf, definesNamespaceOf, isJudgedRef, kindText, sameKind } from './symbols';
import { devicesOf } from '../support/scope';

export const rule: Rule = {
  id: 'qos/undefined-reference',
  title: 'A QoS class-map, policy-map, qos profile or SONiC QoS table entry is used but not defined',
  category: 'qos',
  severity: 'error',
  scope: 'device',
  reads: 'device',
  rationale:
    'A `service-policy` naming a policy-map that does not exist, a policy class naming a missing class-map, ' +
    'or an EOS `service-profile` naming a missing `qos profile` silently does nothing: the RoCE traffic ' +
    'stays in the default class, unpaused and unmarked. Policy-maps are looked up by type (`type qos` and ' +
    '`type queuing` are separate name spaces; EOS `quality-of-service` is `qos`); a name defined with another ' +
    'type is `qos/policy-type-mismatch`, not this rule. CoPP, PBR and inspect policies are other features and ' +
    'are not judged; on IOS only untyped MQC is; class names inside NX-OS queuing and network-qos policies are ' +
    'system classes and NX-OS `default-*` policies are built in, so neither is looked up.\n\n' +
    'SONiC: each config_db table is its own name space. `PORT_QOS_MAP` map fields are looked up in their map ' +
    'table (`dscp_to_tc_map` in `DSCP_TO_TC_MAP`, `tc_to_queue_map` in `TC_TO_QUEUE_MAP`, `tc_to_pg_map` in ' +
    '`TC_TO_PRIORITY_GROUP_MAP`, `pfc_to_queue_map` in `MAP_PFC_PRIORITY_TO_QUEUE` …), `QUEUE` `scheduler` in ' +
    '`SCHEDULER`, `QUEUE` `wred_profile` in `WRED_PROFILE`, `BUFFER_PG` / `BUFFER_QUEUE` `profile` in ' +
    '`BUFFER_PROFILE` (`NULL`, the dynamic buffer model, is no name) and `BUFFER_PROFILE` `pool` in `BUFFER_POOL`; ' +
    'a name defined in another table does not count. orchagent leaves an entry whose reference does not resolve ' +
    'unapplied (and YANG validation rejects it).\n\n' +
    'A file that defines no structure of the referenced kind at all (no policy-map, no class-map, no qos ' +
    'profile) reads as a fragment: a per-feature test file or a template excerpt whose definitions live ' +
    'elsewhere. There the finding is an `info` ("nothing of this kind is defined in this file"), not an error, ' +
    'so single-feature corpora (AVD eos_cli_config_gen features, Batfish grammar test configs) do not drown ' +
    'real errors; a full running-config cannot hold such a reference anyway. All references of that kind share the ' +
    'one cause, so they are reported once, on the first of them, with every place as related information.',
  messages: {
    undefined: '{kind} {name} is not defined{hint}',
    fragment: '{kind} {name} is not defined, and this file defines no {base} at all (a fragment?)',
  },
  fix: 'Rename the reference to the closest defined name of the same kind (edit distance), e.g. ROCE_CLASIFY → ROCE_CLASSIFY.',
  example: {
    dialect: 'nxos',
    config: 'policy-map type qos ROCE_CLASSIFY\n  class ROCE\n    set qos-group 3\ninterface Ethernet1/49\n  service-policy type qos input ROCE_CLASIFY',
    explanation: 'The interface names ROCE_CLASIFY (typo); RoCE on that port stays in qos-group 0.',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const device of devicesOf(ctx)) {
      const seen = new Set<string>();
      const firstRefOfKind = new Map<string, SymbolRef>();
      for (const ref of device.symbols.refs) {
        if (!isJudgedRef(device, ref)) continue;
        if (defsOf(device, ref).length > 0) continue; // defined (possibly with another type: policy-type-mismatch)
        const at = `${ref.loc.range.start.line}:${ref.loc.range.start.character}`;
        if (seen.has(at)) continue;
        seen.add(at);
        const sameKindDefs = device.symbols.defs.filter((d) => sameKind(d, ref));
        const anyOfBase = definesNamespaceOf(device, ref);
        const candidates = closestDefs(ref, sameKindDefs);
        const fixes: Fix[] = candidates.map((d, i) => ({
          title: `Change to ${d.name}`,
          isPreferred: i === 0,
          edits: ctx.writer(device).renameReference(ref.loc, d.name),
        }));
        if (!anyOfBase) {
          // One cause: the file holds no definition of this kind at all. Every reference of the kind is one
          // place of that cause, reported once on the first of them (the engine groups by cause line). A SONiC
          // file that lacks whole tables is one fragment, whichever tables it lacks: one cause for all of them.
          const base = baseText(ref);
          const space = ref.table ? '\u0000tables' : ref.kind;
          const first = firstRefOfKind.get(space) ?? ref;
          firstRefOfKind.set(space, first);
          const lacks = ref.table ? 'none of the tables they name' : `no ${base} at all`;
          findings.push(
            ctx.report({
              messageId: 'fragment',
              severity: 'info',
              data: { kind: kindText(ref), name: ref.name, base, place: ref.name },
              loc: ref.loc,
              cause: { loc: first.loc, message: `{count} references ({places}), but this file defines ${lacks} (a fragment?)` },
            }),
          );
          continue;
        }
        findings.push(
          ctx.report({
            messageId: 'undefined',
            data: { kind: kindText(ref), name: ref.name, hint: candidates[0] ? ` (did you mean ${candidates[0].name}?)` : '' },
            loc: ref.loc,
            related: candidates.slice(0, 3).map((d) => ({ loc: d.loc, message: `${kindText(d)} ${d.name} is defined here` })),
            fixes: fixes.filter((f) => f.edits.length > 0),
          }),
        );
      }
    }
    return findings;
  },
};

/** What a fragment lacks: a table (SONiC `SCHEDULER table`), else the structure (`policy-map`, `qos profile`). */
function baseText(ref: SymbolRef): string {
  if (ref.table) return `${ref.table} table`;
  return ref.kind === 'qos-profile' ? 'qos profile' : ref.kind;
}
