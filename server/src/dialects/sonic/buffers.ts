/** BUFFER_PROFILE, BUFFER_PG and BUFFER_QUEUE. */
import { parseIntList } from '../../model/dscp';
import { located } from '../../model/location';
import { sonicRefName, type SonicBufferEntry, type SonicBufferProfile } from '../../model/sonic';
import type { SymbolRef } from '../../model/types';
import { field, splitIndexedKey, type ConfigDb } from './config-db';

/** BUFFER_PROFILE: each profile's pool and whether it reserves xoff headroom. */
export function readBufferProfileTable(db: ConfigDb): Map<string, SonicBufferProfile> {
  const bufferProfiles = new Map<string, SonicBufferProfile>();
  for (const e of db.table('BUFFER_PROFILE')) {
    const pool = field(e, 'pool') ? sonicRefName(field(e, 'pool')!.value) : undefined;
    const xoff = field(e, 'xoff') !== undefined;
    const p: SonicBufferProfile = { name: e.key, loc: e.obj.keyLoc, xoff, losslessPool: /lossless/i.test(pool ?? '') };
    if (pool) p.pool = pool;
    bufferProfiles.set(e.key, p);
  }
  return bufferProfiles;
}

/** BUFFER_PG or BUFFER_QUEUE (`<port>|<index or range>` keys): the profile each port's PGs or queues use. */
export function readBufferEntryTable(db: ConfigDb, t: 'BUFFER_PG' | 'BUFFER_QUEUE', refs: SymbolRef[]): SonicBufferEntry[] {
  const out: SonicBufferEntry[] = [];
  for (const e of db.table(t)) {
    const { ports, rest } = splitIndexedKey(e.key);
    const indices = parseIntList(rest, 31);
    if (!indices) {
      db.ctx.notes.push({ severity: 'warning', code: 'invalid-key', message: `${t} key "${e.key}" should be <port>|<index or range>`, loc: e.obj.keyLoc });
      continue;
    }
    const prof = field(e, 'profile');
    for (const port of ports) {
      const be: SonicBufferEntry = { port, indices, entry: e };
      if (prof) be.profile = located(sonicRefName(prof.value), prof.innerLoc);
      out.push(be);
    }
    if (prof && sonicRefName(prof.value) !== 'NULL') refs.push({ kind: 'buffer-profile', subtype: 'BUFFER_PROFILE', table: 'BUFFER_PROFILE', name: sonicRefName(prof.value), usage: t, loc: prof.innerLoc });
  }
  return out;
}
