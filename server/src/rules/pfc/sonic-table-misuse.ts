import { sonicFacts, type SonicFacts, type SonicPortQosMap } from '../../model/sonic';
import type { Device } from '../../model/types';
import type { Finding, Fix, Rule, RuleContext } from '../types';
import { devicesOf } from '../support/scope';

/** The name most PORT_QOS_MAP entries of the device give `field`, else the only one the map table defines. */
function usualName(facts: SonicFacts, field: string, table: string): string | undefined {
  const counts = new Map<string, number>();
  for (const q of facts.portQosMaps) {
    const m = q.maps.find((x) => x.field === field);
    if (m && m.name) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [n, c] of counts) if (!best || c > counts.get(best)!) best = n;
  if (best) return best;
  const defined = [...(facts.mapNames.get(table) ?? [])];
  return defined.length === 1 ? defined[0] : undefined;
}

function fix(title: string, edits: Fix['edits']): Fix[] {
  return edits.length > 0 ? [{ title, isPreferred: true, edits }] : [];
}

export const rule: Rule = {
  id: 'pfc/sonic-table-misuse',
  title: 'SONiC PFC settings in the wrong table or incomplete',
  category: 'pfc',
  severity: 'error',
  scope: 'device',
  reads: 'device',
  rationale:
    'On SONiC, PFC is enabled per port by `PORT_QOS_MAP|<port>.pfc_enable` only. orchagent ignores a ' +
    '`pfc_enable` written in the `PORT` table, so the port stays lossy while the file looks right ' +
    '(sonic-buildimage PR 25442; `config interface pfc priority` silently does nothing without a ' +
    '`PORT_QOS_MAP` entry). A port whose `PORT_QOS_MAP` entry enables PFC also needs `pfc_to_queue_map`, ' +
    'which tells the ASIC which egress queue a PFC frame of each priority pauses; without it the pause ' +
    'frames do not stop the lossless queue. An empty map name (`"pfc_to_queue_map": ""`) fails the YANG ' +
    'validation of config reload and GCU (PR 24184).',
  messages: {
    'in-port': '`pfc_enable` "{value}" is set in PORT|{port}, where orchagent ignores it: PFC is enabled only by PORT_QOS_MAP|{port}',
    'no-queue-map': 'PORT_QOS_MAP|{port} enables PFC on {value} without `pfc_to_queue_map`: pause frames are not tied to the lossless queues',
    'empty-map': 'PORT_QOS_MAP|{port} has an empty `{field}`: YANG validation rejects it and no map is applied',
  },
  fix: "Move `pfc_enable` from `PORT` to the port's `PORT_QOS_MAP` entry; add the `pfc_to_queue_map` the other ports use; fill an empty map name (or remove the field).",
  example: {
    dialect: 'sonic',
    config:
      '"PORT": {\n    "Ethernet0": { "mtu": "9100", "pfc_enable": "3,4" }\n},\n"PORT_QOS_MAP": {\n    "Ethernet4": { "dscp_to_tc_map": "AZURE", "pfc_enable": "3,4" }\n}',
    explanation: 'Ethernet0 has no PFC (PORT.pfc_enable is ignored); Ethernet4 has PFC but no pfc_to_queue_map.',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const device of devicesOf(ctx)) {
      const facts = sonicFacts(device);
      if (!facts) continue;
      for (const f of [inPort(ctx, device, facts), qosMaps(ctx, device, facts)].flat()) findings.push(f);
    }
    return findings;
  },
};

function inPort(ctx: RuleContext, device: Device, facts: SonicFacts): Finding[] {
  const out: Finding[] = [];
  const w = ctx.writer(device);
  const byWritten = new Map([...device.interfaces.values()].map((i) => [i.writtenAs[0], i] as const));
  const qosByPort = new Map(facts.portQosMaps.map((q) => [q.port, q] as const));
  for (const { port, field } of facts.pfcEnableInPort) {
    const iface = byWritten.get(port);
    if (iface && ctx.ignored(device, iface)) continue;
    const qos = qosByPort.get(port);
    const remove = w.removeSetting(field.keyLoc);
    let edits = remove;
    let title = `Remove the ignored pfc_enable from PORT|${port}`;
    if (field.value.trim() !== '' && !qos?.pfcEnable && remove.length > 0) {
      title = `Move pfc_enable "${field.value}" to PORT_QOS_MAP|${port}`;
      if (qos) {
        edits = [...remove, ...w.setPortPfcEnable(port, field.value)];
        const name = usualName(facts, 'pfc_to_queue_map', 'MAP_PFC_PRIORITY_TO_QUEUE');
        if (!qos.maps.some((m) => m.field === 'pfc_to_queue_map') && name) edits.push(...w.bindPortQosMap(port, 'pfc_to_queue_map', name));
      } else if (iface) {
        const prios = field.value.split(',').map((p) => Number(p.trim()));
        const add = prios.every((p) => Number.isInteger(p) && p >= 0 && p <= 7) ? w.setInterfacePfc(iface, prios) : [];
        edits = add.length > 0 ? [...remove, ...add] : [];
      } else edits = [];
    }
    out.push(
      ctx.report({
        messageId: 'in-port',
        data: { port, value: field.value },
        loc: field.keyLoc,
        related: qos ? [{ loc: qos.entry.obj.keyLoc, message: `PORT_QOS_MAP|${port}` }] : [],
        fixes: fix(title, edits),
      }),
    );
  }
  return out;
}

function qosMaps(ctx: RuleContext, device: Device, facts: SonicFacts): Finding[] {
  const out: Finding[] = [];
  const w = ctx.writer(device);
  const seen = new Set<SonicPortQosMap['entry']>();
  for (const q of facts.portQosMaps) {
    // An entry keyed by several ports (`Ethernet0,Ethernet4`) is one place in the file: judged once.
    if (seen.has(q.entry)) continue;
    seen.add(q.entry);
    const key = q.entry.key;
    for (const m of q.maps) {
      if (m.name !== '') continue;
      const f = q.entry.obj.fields.find((x) => x.name === m.field)!;
      const name = usualName(facts, m.field, m.table);
      const edits = name ? w.bindPortQosMap(key, m.field, name) : w.unbindPortQosMap(key, m.field);
      out.push(
        ctx.report({
          messageId: 'empty-map',
          data: { port: key, field: m.field },
          loc: f.valueLoc,
          fixes: fix(name ? `Set ${m.field} to ${name}` : `Remove the empty ${m.field}`, edits),
        }),
      );
    }
    if (q.pfcEnable && q.priorities.length > 0 && !q.maps.some((m) => m.field === 'pfc_to_queue_map')) {
      const name = usualName(facts, 'pfc_to_queue_map', 'MAP_PFC_PRIORITY_TO_QUEUE');
      out.push(
        ctx.report({
          messageId: 'no-queue-map',
          data: { port: key, value: q.pfcEnable.value },
          loc: q.pfcEnable.loc,
          fixes: name ? fix(`Add pfc_to_queue_map ${name}`, w.bindPortQosMap(key, 'pfc_to_queue_map', name)) : [],
        }),
      );
    }
  }
  return out;
}
