/** PORT_QOS_MAP and the maps it binds (DSCP_TO_TC_MAP, DOT1P_TO_TC_MAP, TC_TO_QUEUE_MAP …): per-port PFC and classification. */
import { parseIntList } from '../../model/dscp';
import { explicit, located, type Setting } from '../../model/location';
import { SONIC_MAP_FIELDS, sonicRefName, type SonicFacts, type SonicPortQosMap } from '../../model/sonic';
import type { DeviceQos, SymbolRef } from '../../model/types';
import { field, locatedField, splitPortKey, type ConfigDb } from './config-db';
import { ifaceOf, type Interfaces } from './ports';

/** PORT.pfc_enable: ignored by orchagent, kept for pfc/sonic-table-misuse. */
export function readPortPfcEnable(db: ConfigDb): SonicFacts['pfcEnableInPort'] {
  const pfcEnableInPort: SonicFacts['pfcEnableInPort'] = [];
  for (const e of db.table('PORT')) {
    const f = field(e, 'pfc_enable');
    if (f) pfcEnableInPort.push({ port: e.key, field: f, entry: e });
  }
  return pfcEnableInPort;
}

/** PORT_QOS_MAP: the maps each port binds, and `pfc_enable`, the only switch that turns PFC on. */
export function readPortQosMapTable(db: ConfigDb, interfaces: Interfaces, refs: SymbolRef[]): SonicPortQosMap[] {
  const portQosMaps: SonicPortQosMap[] = [];
  for (const e of db.table('PORT_QOS_MAP')) {
    const { ports } = splitPortKey(e.key);
    const maps = e.obj.fields
      .filter((f) => SONIC_MAP_FIELDS[f.name])
      .map((f) => ({ field: f.name, table: SONIC_MAP_FIELDS[f.name]!, name: sonicRefName(f.value), loc: f.innerLoc }));
    for (const m of maps) refs.push({ kind: 'dscp-map', subtype: m.table, table: m.table, name: m.name, usage: `PORT_QOS_MAP ${m.field}`, loc: m.loc });
    const pfcEnable = locatedField(e, 'pfc_enable');
    let priorities: number[] = [];
    if (pfcEnable) {
      const list = parseIntList(pfcEnable.value, 7);
      if (!list)
        db.ctx.notes.push({
          severity: 'warning',
          code: 'invalid-value',
          message: `PORT_QOS_MAP ${e.key} pfc_enable "${pfcEnable.value}" is not a list of priorities 0-7 (e.g. "3,4")`,
          loc: pfcEnable.loc,
        });
      else priorities = list;
    }
    const pfcwdSwEnable = locatedField(e, 'pfcwd_sw_enable');
    for (const port of ports) {
      const q: SonicPortQosMap = { port, entry: e, priorities, maps };
      if (pfcEnable) q.pfcEnable = pfcEnable;
      if (pfcwdSwEnable) q.pfcwdSwEnable = pfcwdSwEnable;
      portQosMaps.push(q);
      const iface = ifaceOf(interfaces, port);
      if (iface && pfcEnable) {
        iface.pfc.mode = explicit(priorities.length > 0 ? 'on' : 'off', pfcEnable.loc);
        iface.pfc.noDropPriorities = priorities.map((p) => located(p, pfcEnable.loc));
      }
    }
  }
  return portQosMaps;
}

/** The map of this PORT_QOS_MAP field most ports use, else the table's only map. */
export function usedMap(fieldName: string, portQosMaps: SonicPortQosMap[], mapNames: Map<string, Set<string>>): string | undefined {
  const t = SONIC_MAP_FIELDS[fieldName]!;
  const counts = new Map<string, number>();
  for (const q of portQosMaps) {
    const r = q.maps.find((m) => m.field === fieldName);
    if (r) counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [n, c] of counts) if (!best || c > counts.get(best)!) best = n;
  if (best) return best;
  const names = [...(mapNames.get(t) ?? [])];
  return names.length === 1 ? names[0] : undefined;
}

/** A number → number map entry (DSCP_TO_TC_MAP|AZURE …) as a table indexed by its keys up to `max`. */
export function readMap(db: ConfigDb, t: string, name: string | undefined, max: number): (Setting<number> | undefined)[] {
  const out: (Setting<number> | undefined)[] = [];
  const e = name ? db.entry(t, name) : undefined;
  if (!e) return out;
  for (const f of e.obj.fields) {
    const k = /^\d+$/.test(f.name) ? Number(f.name) : NaN;
    const v = /^\s*\d+\s*$/.test(f.value) ? Number(f.value) : NaN;
    if (!Number.isInteger(k) || k > max || !Number.isInteger(v)) {
      db.ctx.notes.push({
        severity: 'warning',
        code: 'invalid-value',
        message: `${t} ${e.key}: "${f.name}": "${f.value}" is not a number mapping`,
        loc: f.keyLoc,
      });
      continue;
    }
    out[k] = explicit(v, f.innerLoc);
  }
  return out;
}

/**
 * Each port classifies by the DSCP_TO_TC_MAP its own PORT_QOS_MAP entry names (one table per map name),
 * so a port bound to another map than the rest of the device is judged by its own.
 */
export function readPortClassification(
  db: ConfigDb,
  interfaces: Interfaces,
  portQosMaps: SonicPortQosMap[],
  qos: DeviceQos,
  dscpMap: string | undefined,
): void {
  const portTables = new Map<string, (Setting<number> | undefined)[]>();
  for (const q of portQosMaps) {
    const ref = q.maps.find((m) => m.field === 'dscp_to_tc_map');
    const iface = ref ? ifaceOf(interfaces, q.port) : undefined;
    if (!ref || !iface || !db.entry('DSCP_TO_TC_MAP', ref.name)) continue;
    let t = portTables.get(ref.name);
    if (!t) portTables.set(ref.name, (t = ref.name === dscpMap ? qos.dscpToClass : readMap(db, 'DSCP_TO_TC_MAP', ref.name, 63)));
    iface.classification = { dscpToClass: t, remark: [], policy: located(ref.name, ref.loc), byCos: false };
  }
}
