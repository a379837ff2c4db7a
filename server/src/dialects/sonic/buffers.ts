/** BUFFER_PROFILE, BUFFER_PG and BUFFER_QUEUE. */
import { parseIntList } from '../../model/dscp';
import { located, type Located } from '../../model/location';
import { sonicRefName, type SonicBufferEntry, type SonicBufferPool, type SonicBufferProfile, type SonicFacts } from '../../model/sonic';
import type { QueueBufferLimit, SymbolRef } from '../../model/types';
import { field, splitIndexedKey, type ConfigDb } from './config-db';
import { ifaceOf, type Interfaces } from './ports';

/** BUFFER_PROFILE: each profile's pool (a reference to BUFFER_POOL) and whether it reserves xoff headroom. */
export function readBufferProfileTable(db: ConfigDb, refs: SymbolRef[]): Map<string, SonicBufferProfile> {
  const bufferProfiles = new Map<string, SonicBufferProfile>();
  for (const e of db.table('BUFFER_PROFILE')) {
    const poolField = field(e, 'pool');
    const pool = poolField ? sonicRefName(poolField.value) : undefined;
    if (poolField && pool)
      refs.push({ kind: 'buffer-pool', subtype: 'BUFFER_POOL', name: pool, usage: 'BUFFER_PROFILE pool', loc: poolField.innerLoc, table: 'BUFFER_POOL' });
    const xoff = field(e, 'xoff') !== undefined;
    const p: SonicBufferProfile = { name: e.key, loc: e.obj.keyLoc, xoff, losslessPool: /lossless/i.test(pool ?? '') };
    if (pool) p.pool = pool;
    const size = bytesOf(e, 'size');
    const staticTh = bytesOf(e, 'static_th');
    const dynamicTh = field(e, 'dynamic_th');
    if (size) p.size = size;
    if (staticTh) p.staticTh = staticTh;
    if (dynamicTh) p.dynamicTh = located(dynamicTh.value, dynamicTh.innerLoc);
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
    if (prof && sonicRefName(prof.value) !== 'NULL')
      refs.push({ kind: 'buffer-profile', subtype: 'BUFFER_PROFILE', table: 'BUFFER_PROFILE', name: sonicRefName(prof.value), usage: t, loc: prof.innerLoc });
  }
  return out;
}

/** BUFFER_POOL: each pool's size, type and mode. */
export function readBufferPoolTable(db: ConfigDb): Map<string, SonicBufferPool> {
  const pools = new Map<string, SonicBufferPool>();
  for (const e of db.table('BUFFER_POOL')) {
    const p: SonicBufferPool = { name: e.key, loc: e.obj.keyLoc };
    const size = bytesOf(e, 'size');
    if (size) p.size = size;
    const type = field(e, 'type')?.value;
    const mode = field(e, 'mode')?.value;
    if (type) p.type = type;
    if (mode) p.mode = mode;
    pools.set(e.key, p);
  }
  return pools;
}

/**
 * A byte count field. Anything else (empty, a template expression, a negative) is not a size this reader vouches
 * for: it stays undefined, and the queues using it get no buffer bound (no check rather than a guessed one).
 */
function bytesOf(e: Parameters<typeof field>[0], name: string): Located<number> | undefined {
  const f = field(e, name);
  return f && /^\s*\d{1,15}\s*$/.test(f.value) ? located(Number(f.value), f.innerLoc) : undefined;
}

/**
 * The most each queue of BUFFER_QUEUE can hold, where the config makes it certain (SAI buffer profile semantics:
 * a queue holds its reserved `size` plus what its threshold lets it take from the shared pool):
 * - `static_th`: size + static_th, and never more than size + the pool's size when that is known;
 * - `dynamic_th`: the threshold is 2^dynamic_th times the pool's free space, so at most the whole pool: size + the
 *   pool's size, when the pool states a size;
 * - nothing in the dynamic buffer model (`buffer_model: dynamic`): buffermgrd recomputes pools and profiles, so the
 *   written sizes are not the ones in effect. Only queues the QUEUE table configures (they carry ECN/WRED) get it.
 */
export function readQueueBufferLimits(
  interfaces: Interfaces,
  sonic: Pick<SonicFacts, 'bufferQueues' | 'bufferProfiles' | 'bufferPools' | 'bufferModel'>,
): void {
  if (sonic.bufferModel?.value.toLowerCase() === 'dynamic') return;
  for (const bq of sonic.bufferQueues) {
    if (!bq.profile) continue;
    const prof = sonic.bufferProfiles.get(bq.profile.value);
    if (!prof) continue;
    const limit = profileLimit(prof, prof.pool ? sonic.bufferPools.get(prof.pool) : undefined, bq.profile.loc);
    if (!limit) continue;
    const iface = ifaceOf(interfaces, bq.port);
    if (!iface) continue;
    for (const q of bq.indices) {
      const qc = iface.queues.find((x) => x.queue === q);
      if (qc) qc.bufferLimit = limit;
    }
  }
}

function profileLimit(prof: SonicBufferProfile, pool: SonicBufferPool | undefined, loc: QueueBufferLimit['loc']): QueueBufferLimit | undefined {
  const size = prof.size?.value ?? 0;
  const from: QueueBufferLimit['from'] = [{ loc: prof.loc, message: `BUFFER_PROFILE ${prof.name}` }];
  const poolSize = pool?.size;
  if (poolSize) from.push({ loc: poolSize.loc, message: `BUFFER_POOL ${pool!.name} size ${poolSize.value}` });
  if (prof.staticTh) {
    const bytes = size + (poolSize ? Math.min(prof.staticTh.value, poolSize.value) : prof.staticTh.value);
    const capped = poolSize && poolSize.value < prof.staticTh.value;
    return {
      bytes,
      basis: `BUFFER_PROFILE ${prof.name}: size ${size} + ${capped ? `pool ${pool!.name} size ${poolSize.value} (below static_th ${prof.staticTh.value})` : `static_th ${prof.staticTh.value}`}`,
      loc,
      from,
    };
  }
  if (prof.dynamicTh && poolSize) {
    return {
      bytes: size + poolSize.value,
      basis: `BUFFER_PROFILE ${prof.name}: size ${size} + at most the whole pool ${pool!.name} (${poolSize.value}; dynamic_th ${prof.dynamicTh.value})`,
      loc,
      from,
    };
  }
  return undefined;
}
