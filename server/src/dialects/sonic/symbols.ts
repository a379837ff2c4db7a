/** The named objects of config_db that other tables refer to: maps, schedulers, WRED and buffer profiles. */
import type { SymbolDef } from '../../model/types';
import type { ConfigDb } from './config-db';

/** Tables whose entries are symbol definitions (kind, subtype). */
const DEF_TABLES: Readonly<Record<string, SymbolDef['kind']>> = {
  DSCP_TO_TC_MAP: 'dscp-map',
  DOT1P_TO_TC_MAP: 'dscp-map',
  TC_TO_QUEUE_MAP: 'dscp-map',
  TC_TO_PRIORITY_GROUP_MAP: 'dscp-map',
  MAP_PFC_PRIORITY_TO_QUEUE: 'dscp-map',
  PFC_PRIORITY_TO_PRIORITY_GROUP_MAP: 'dscp-map',
  TC_TO_DSCP_MAP: 'dscp-map',
  MPLS_TC_TO_TC_MAP: 'dscp-map',
  SCHEDULER: 'scheduler',
  WRED_PROFILE: 'wred-profile',
  BUFFER_PROFILE: 'buffer-profile',
  BUFFER_POOL: 'buffer-pool',
};

/** The definitions, and the names each table defines. */
export function readDefinitions(db: ConfigDb): { defs: SymbolDef[]; mapNames: Map<string, Set<string>> } {
  const defs: SymbolDef[] = [];
  const mapNames = new Map<string, Set<string>>();
  for (const [t, kind] of Object.entries(DEF_TABLES)) {
    for (const e of db.table(t)) {
      defs.push({ kind, subtype: t, name: e.key, loc: e.obj.keyLoc, table: t });
      let s = mapNames.get(t);
      if (!s) mapNames.set(t, (s = new Set()));
      s.add(e.key);
    }
  }
  return { defs, mapNames };
}
