/** The named objects of config_db that other tables refer to: maps, schedulers, WRED and buffer profiles. */
import type { Loc } from '../../model/location';
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
      defs.push({ kind, subtype: t, name: e.key, loc: e.obj.keyLoc, nameLocs: [nameInKey(e.obj.keyLoc, e.key)], table: t });
      let s = mapNames.get(t);
      if (!s) mapNames.set(t, (s = new Set()));
      s.add(e.key);
    }
  }
  return { defs, mapNames };
}

/**
 * Where the name is in its key: before the closing quote, in `"scheduler.1"` and in a redis dump's
 * `"SCHEDULER|scheduler.1"` alike. A key written over several lines (never in practice) stays whole.
 */
function nameInKey(keyLoc: Loc, name: string): Loc {
  const { start, end } = keyLoc.range;
  if (start.line !== end.line || end.character - start.character < name.length + 2) return keyLoc;
  return {
    uri: keyLoc.uri,
    range: { start: { line: end.line, character: end.character - 1 - name.length }, end: { line: end.line, character: end.character - 1 } },
  };
}
