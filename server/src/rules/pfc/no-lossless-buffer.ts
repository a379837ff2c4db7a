import type { Located } from '../../model/location';
import { sonicFacts, type SonicBufferEntry, type SonicFacts, type SonicPortQosMap } from '../../model/sonic';
import type { Device } from '../../model/types';
import type { Finding, Rule, RuleContext } from '../types';
import { devicesOf, interfacesOf } from '../support/scope';
import { fmtSet } from '../support/describe';
import { uniqueSorted } from '../support/sets';

export const rule: Rule = {
  id: 'pfc/no-lossless-buffer',
  title: 'PFC without a no-drop (lossless buffer) class',
  category: 'pfc',
  severity: 'error',
  scope: 'device',
  reads: 'device',
  rationale:
    'PFC only helps if the switch reserves lossless buffer (headroom) for the paused priority. On NX-OS the ' +
    'no-drop buffer is carved by the network-qos class that says `pause pfc-cos N`, and only for the policy ' +
    'attached under `system qos`. A no-drop class in a network-qos policy that is not attached reserves ' +
    'nothing, so ports with `priority-flow-control mode on` and no attached no-drop class pause nothing: one ' +
    'finding per device, on the first such port, naming any unattached policy that has a no-drop class (the ' +
    'likely intent; attaching it is the fix when there is exactly one). Unattached policies never change the ' +
    'finding, so removing one does not either. ' +
    'On SONiC a priority in `PORT_QOS_MAP|<port>.pfc_enable` needs a lossless egress buffer for its queue ' +
    '(a `BUFFER_QUEUE|<port>|<queues>` entry whose profile is in a lossless pool) and, when the file pins ' +
    'the priority group in `BUFFER_PG`, a lossless ingress profile (one with `xoff` headroom). A profile ' +
    'name that `BUFFER_PROFILE` does not define is `qos/undefined-reference`. ' +
    'Lossless `BUFFER_PG` entries that are absent are not reported: buffermgrd creates them at run time ' +
    'from port speed and cable length (traditional model) or computes them (dynamic model, `profile: NULL`). ' +
    'BUFFER_QUEUE is judged only in files that carry BUFFER_QUEUE entries (QoS-only fragments rely on another file). ' +
    "(Junos lossless buffer partitions are the catalogue's other case; Junos is not read yet. EOS reserves " +
    'headroom for every no-drop priority itself, so there is nothing to check there.)',
  messages: {
    'no-class':
      '{count} interface(s) of {device} turn PFC on, but no network-qos class attached under `system qos` is no-drop (`pause pfc-cos`): no lossless buffer is reserved{hint}',
    'sonic-queue-missing':
      'PORT_QOS_MAP|{port} enables PFC on priority {priority}, but no BUFFER_QUEUE entry gives queue {queue} of {port} a lossless profile: the queue uses lossy buffer',
    'sonic-lossy-profile': '{table}|{key} gives {what} {index} of {port}, lossless by pfc_enable, the profile {profile}, which is not lossless ({why})',
  },
  fix: 'NX-OS: attach the network-qos policy that holds the no-drop class under `system qos`. SONiC: point the queue at the lossless egress profile the file defines (add the BUFFER_QUEUE entry).',
  example: {
    dialect: 'nxos',
    config:
      'policy-map type network-qos QOS_NETWORK\n  class type network-qos c-8q-nq3\n    pause pfc-cos 3\ninterface Ethernet1/1\n  priority-flow-control mode on\n! no `system qos` / `service-policy type network-qos QOS_NETWORK`',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const device of devicesOf(ctx)) {
      const facts = sonicFacts(device);
      if (facts) for (const f of checkSonic(ctx, device, facts)) findings.push(f);
      // The device-wide no-drop declaration is what reserves lossless buffer (NX-OS network-qos `pause pfc-cos`).
      if (device.qos.pfcBehaviour.scope !== 'device') continue;
      const on = interfacesOf(ctx, device).filter((i) => i.pfc.mode.value === 'on');
      if (on.length === 0 || device.qos.noDropPriorities.length > 0) continue;
      // What is not attached configures nothing: one finding whatever unattached policies the file holds, so
      // removing one (qos/unused-definition) changes nothing here. An unattached policy with a no-drop class is
      // the likely intent: named in the message, and attaching it is the fix when it is the only one.
      const attached = new Set(device.qos.systemPolicies.filter((p) => p.value.type === 'network-qos').map((p) => p.value.name));
      const candidates = device.qos.policyMaps.filter(
        (pm) => pm.type === 'network-qos' && !attached.has(pm.name) && pm.classes.some((c) => c.pausePfcCos?.value.length),
      );
      const hint = candidates
        .map(
          (pm) =>
            `network-qos policy ${pm.name} makes CoS ${fmtSet(uniqueSorted(pm.classes.flatMap((c) => c.pausePfcCos?.value ?? [])))} no-drop but is not attached`,
        )
        .join('; ');
      const edits = candidates.length === 1 ? ctx.writer(device).attachSystemPolicy('network-qos', 'none', candidates[0]!.name) : [];
      findings.push(
        ctx.report({
          messageId: 'no-class',
          data: { count: on.length, device: device.hostname, hint: hint ? ` (${hint})` : '' },
          loc: on[0]!.pfc.mode.loc,
          related: [
            ...candidates.map((pm) => ({
              loc: pm.classes.find((c) => c.pausePfcCos?.value.length)!.pausePfcCos!.loc,
              message: `policy-map type network-qos ${pm.name}: not attached under system qos`,
            })),
            ...on.slice(1, 4).map((i) => ({ loc: i.pfc.mode.loc, message: `${i.name}: priority-flow-control mode on` })),
          ],
          fixes: edits.length > 0 ? [{ title: `Attach ${candidates[0]!.name} under system qos`, isPreferred: true, edits }] : [],
        }),
      );
    }
    return findings;
  },
};

// ---------------------------------------------------------------------------------------------
// SONiC

/** Value of `key` in map `name` of `table` (`MAP_PFC_PRIORITY_TO_QUEUE|AZURE` "3": "3"), else `key` itself. */
function mapped(facts: SonicFacts, table: string, name: string | undefined, key: number): number {
  if (name === undefined) return key;
  const e = facts.entries.get(table)?.get(name);
  const v = e?.obj.fields.find((f) => f.name === String(key))?.value;
  return v !== undefined && /^\d+$/.test(v.trim()) ? Number(v) : key;
}

/** The lossless egress profile to propose: the one BUFFER_QUEUE entries of this device already use most, else the only one defined. */
function losslessQueueProfile(facts: SonicFacts): string | undefined {
  const counts = new Map<string, number>();
  for (const q of facts.bufferQueues) {
    const p = q.profile?.value;
    if (p && facts.bufferProfiles.get(p)?.losslessPool && !/lossy/i.test(p)) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [n, c] of counts) if (!best || c > counts.get(best)!) best = n;
  if (best) return best;
  const egress = [...facts.bufferProfiles.values()].filter((p) => p.losslessPool && !p.xoff && !/lossy/i.test(p.name));
  return egress.length === 1 ? egress[0]!.name : undefined;
}

function checkSonic(ctx: RuleContext, device: Device, facts: SonicFacts): Finding[] {
  const out: Finding[] = [];
  const w = ctx.writer(device);
  const reported = new Set<string>();
  const once = (k: string): boolean => (reported.has(k) ? false : (reported.add(k), true));
  // Indexed by port: a 512-port config_db has thousands of buffer entries.
  const index = (list: SonicBufferEntry[]): Map<string, SonicBufferEntry[]> => {
    const m = new Map<string, SonicBufferEntry[]>();
    for (const b of list) m.set(b.port, [...(m.get(b.port) ?? []), b]);
    return m;
  };
  const queuesByPort = index(facts.bufferQueues);
  const pgsByPort = index(facts.bufferPgs);
  const byPort = (list: Map<string, SonicBufferEntry[]>, port: string, i: number): SonicBufferEntry | undefined =>
    list.get(port)?.find((b) => b.indices.includes(i));
  const ifaces = new Map([...device.interfaces.values()].map((i) => [i.writtenAs[0], i] as const));
  const iface = (port: string) => ifaces.get(port);
  /** A profile problem of one BUFFER_* entry; undefined when the profile is fine or cannot be judged. */
  const judge = (
    table: 'BUFFER_QUEUE' | 'BUFFER_PG',
    b: SonicBufferEntry,
    profile: Located<string>,
    q: SonicPortQosMap,
    index: number,
    priority: number,
  ): void => {
    const what = table === 'BUFFER_QUEUE' ? 'queue' : 'priority group';
    const name = profile.value;
    if (name === 'NULL') return; // dynamic model: buffermgrd computes the lossless profile
    const def = facts.bufferProfiles.get(name);
    // The entry's own range (3-4): the profile applies to all of it.
    const data = {
      table,
      key: b.entry.key,
      port: b.port,
      what: `${what}(s)`,
      index: b.entry.key.split('|').slice(1).join('|') || String(index),
      profile: name,
      priority,
    };
    // A name BUFFER_PROFILE does not define is qos/undefined-reference's finding (with the rename).
    if (!def) return;
    // Some images put the lossy egress profile in the lossless pool too (it differs only in its threshold
    // mode); a profile the file itself names lossy is lossy whatever its pool.
    const namedLossy = /lossy/i.test(def.name);
    const lossless = table === 'BUFFER_QUEUE' ? def.losslessPool && !namedLossy : def.xoff;
    if (lossless || !once(`l ${table} ${b.entry.key}`)) return;
    const why =
      table === 'BUFFER_QUEUE'
        ? namedLossy && def.losslessPool
          ? `it is the lossy profile, although its pool ${def.pool ?? ''} is the lossless one`
          : `its pool ${def.pool ?? '(none)'} is not a lossless pool`
        : 'it has no xoff headroom';
    out.push(
      ctx.report({
        messageId: 'sonic-lossy-profile',
        data: { ...data, why },
        loc: profile.loc,
        related: [
          { loc: def.loc, message: `BUFFER_PROFILE|${name}` },
          ...(q.pfcEnable ? [{ loc: q.pfcEnable.loc, message: `PORT_QOS_MAP|${q.port} pfc_enable` }] : []),
        ],
      }),
    );
  };

  for (const q of facts.portQosMaps) {
    if (q.port === 'global' || !q.pfcEnable || q.priorities.length === 0) continue;
    const i = iface(q.port);
    if (i && ctx.ignored(device, i)) continue;
    const pfcToQueue = q.maps.find((m) => m.field === 'pfc_to_queue_map')?.name;
    const tcToPg = q.maps.find((m) => m.field === 'tc_to_pg_map')?.name;
    for (const p of q.priorities) {
      // Egress: only files that carry BUFFER_QUEUE entries are judged (a QoS-only file relies on another).
      if (facts.bufferQueues.length > 0) {
        const queue = mapped(facts, 'MAP_PFC_PRIORITY_TO_QUEUE', pfcToQueue, p);
        const b = byPort(queuesByPort, q.port, queue);
        if (!b) {
          if (once(`m ${q.port} ${queue}`)) {
            const profile = losslessQueueProfile(facts);
            const edits = profile ? w.setQueueBufferProfile(q.port, queue, profile) : [];
            out.push(
              ctx.report({
                messageId: 'sonic-queue-missing',
                data: { port: q.port, priority: p, queue },
                loc: q.pfcEnable.loc,
                fixes: edits.length > 0 ? [{ title: `Add BUFFER_QUEUE|${q.port}|${queue} with ${profile}`, isPreferred: true, edits }] : [],
              }),
            );
          }
        } else if (b.profile) judge('BUFFER_QUEUE', b, b.profile, q, queue, p);
      }
      // Ingress: an explicit BUFFER_PG entry for the lossless PG must be lossless; absent ones are generated.
      const pg = mapped(facts, 'TC_TO_PRIORITY_GROUP_MAP', tcToPg, p);
      const b = byPort(pgsByPort, q.port, pg);
      if (b?.profile) judge('BUFFER_PG', b, b.profile, q, pg, p);
    }
  }
  return out;
}
