/** Symbol-table helpers of the reference rules (undefined-reference, unused-definition, policy-type-mismatch). */
import type { Device, SymbolDef, SymbolRef } from '../../model/types';
import { editDistance } from '../../model/edit-distance';

/** Policy / class-map types the QoS rules judge ('' = untyped IOS MQC). CoPP, PBR, inspect … are other features. */
export const QOS_TYPES = new Set(['qos', 'queuing', 'network-qos', '']);

/** Junos class-of-service structures (defined under `class-of-service`, bound under its `interfaces`). */
const JUNOS_KINDS = new Set(['classifier', 'rewrite-rule', 'scheduler-map', 'scheduler', 'drop-profile', 'congestion-notification-profile']);

/** Structures whose names are table entries (SONiC config_db: maps, schedulers, WRED and buffer profiles, pools). */
const TABLE_KINDS = new Set(['dscp-map', 'scheduler', 'wred-profile', 'buffer-profile', 'buffer-pool']);

export function isQosSymbol(s: { kind: string; subtype?: string; table?: string }): boolean {
  if (s.table) return TABLE_KINDS.has(s.kind);
  if (s.kind === 'qos-profile' || JUNOS_KINDS.has(s.kind)) return true;
  if (s.kind !== 'class-map' && s.kind !== 'policy-map') return false;
  return QOS_TYPES.has(s.subtype ?? '');
}

/**
 * References the reference rules judge on this device. Where policies are untyped (IOS MQC), typed class-maps
 * and policy-maps (inspect, control, pbr, and Nexus 5K/7K network-qos/queuing in mixed test files) are other
 * features. Class names in queuing and network-qos policies are system classes (NX-OS c-out-8q-q3, c-8q-nq3;
 * older platforms have other spellings), so only `type qos` class references are judged there. Names the
 * platform defines itself (`SymbolRef.builtin`) need no definition.
 */
export function isJudgedRef(device: Device, r: SymbolRef): boolean {
  if (!isQosSymbol(r)) return false;
  const sub = r.subtype ?? '';
  if (!device.qos.typedPolicies && (r.kind === 'class-map' || r.kind === 'policy-map') && sub !== '') return false;
  if (r.kind === 'class-map' && sub !== 'qos' && sub !== '') return false;
  if (r.builtin) return false;
  return true;
}

export function sameKind(a: { kind: string; subtype?: string }, b: { kind: string; subtype?: string }): boolean {
  return a.kind === b.kind && (a.subtype ?? '') === (b.subtype ?? '');
}

/** The definitions a reference names: same kind and name, and an entry of the same table where names are table entries. */
export function defsOf(device: Device, ref: SymbolRef): SymbolDef[] {
  return device.symbols.defs.filter((d) => d.kind === ref.kind && d.name === ref.name && (!ref.table || d.table === ref.table));
}

/** True when the device defines anything in the reference's name space (its kind, or its table where it has one). */
export function definesNamespaceOf(device: Device, ref: SymbolRef): boolean {
  return device.symbols.defs.some((d) => d.kind === ref.kind && (!ref.table || d.table === ref.table));
}

/** "policy-map type queuing", "class-map type qos", "qos profile", "policy-map" (IOS), "SCHEDULER" (a SONiC table). */
export function kindText(s: { kind: string; subtype?: string; table?: string }): string {
  if (s.table) return s.table;
  if (s.kind === 'qos-profile') return 'qos profile';
  return s.subtype ? `${s.kind} type ${s.subtype}` : s.kind;
}

/** Usages that attach a policy or profile to the device (as opposed to a class inside a policy). */
export const ATTACH_USAGES = new Set(['service-policy', 'system-qos', 'service-profile', 'control-plane', 'cos-interface']);

/** True when the file attaches any QoS structure: a file that only defines them is a library or a fragment. */
export function attachesAnything(device: Device): boolean {
  return device.symbols.refs.some((r) => ATTACH_USAGES.has(r.usage));
}

/**
 * Defined names close to the reference: distance ≤ max(2, length/3), and only the nearest of them (several when
 * tied; a case-only difference first). A farther name is another structure, not the misspelt one: offering it
 * would point a lossless queue at `egress_lossy_profile` when `egress_losless_profile` meant `egress_lossless_profile`.
 */
export function closestDefs(ref: SymbolRef, defs: SymbolDef[]): SymbolDef[] {
  const limit = Math.max(2, Math.floor(ref.name.length / 3));
  const scored = new Map<string, { d: SymbolDef; score: number }>();
  for (const d of defs) {
    if (scored.has(d.name)) continue;
    const score = d.name.toLowerCase() === ref.name.toLowerCase() ? 0.5 : editDistance(ref.name, d.name);
    if (score <= limit) scored.set(d.name, { d, score });
  }
  const ranked = [...scored.values()].sort((a, b) => a.score - b.score || (a.d.name < b.d.name ? -1 : 1));
  const best = Math.ceil(ranked[0]?.score ?? 0);
  return ranked.filter((x) => x.score <= best).map((x) => x.d);
}

/**
 * Judged references that name no definition of their kind, keyed by the definition each most likely means
 * (`kind type subtype name` of the nearest defined name, as `closestDefs` ranks them): a definition that an
 * undefined reference misspells is not unused, the reference is wrong.
 */
export function misspeltReferences(device: Device): Map<string, SymbolRef> {
  const out = new Map<string, SymbolRef>();
  for (const ref of device.symbols.refs) {
    if (!isJudgedRef(device, ref) || defsOf(device, ref).length > 0) continue;
    const nearest = closestDefs(
      ref,
      device.symbols.defs.filter((d) => sameKind(d, ref)),
    )[0];
    if (!nearest) continue;
    const key = symbolKey(nearest);
    if (!out.has(key)) out.set(key, ref);
  }
  return out;
}

/** One key per kind, type and name. */
export function symbolKey(s: { kind: string; subtype?: string; name: string }): string {
  return `${s.kind}\u0000${s.subtype ?? ''}\u0000${s.name}`;
}
