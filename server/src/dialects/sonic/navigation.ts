import type { Position } from '../../model/location';
import { SONIC_MAP_FIELDS } from '../../model/sonic';
import type { SymbolKind } from '../../model/types';
import { jsonValueAt } from '../../parsing/json-path';
import { rangeBefore } from '../../parsing/text-position';
import type { DialectNavigation, ReferenceSlot } from '../types';

/**
 * SONiC config_db.json as navigation sees it: sections by JSON brackets; a field's string value names an entry of
 * another table (`QUEUE` `scheduler` → SCHEDULER, `PORT_QOS_MAP` `dscp_to_tc_map` → DSCP_TO_TC_MAP, buffer
 * `profile` → BUFFER_PROFILE, `pool` → BUFFER_POOL), bare or as `[TABLE|name]`.
 */
export const sonicNavigation: DialectNavigation = {
  folding: 'brackets',
  referenceSlot: sonicSlot,
  renamable: new Set<SymbolKind>(['dscp-map', 'scheduler', 'wred-profile', 'buffer-profile', 'buffer-pool']),
  invalidName: (_kind, name) => (/^[A-Za-z0-9][A-Za-z0-9_.@-]*$/.test(name) ? undefined : 'a config_db key holds only letters, digits, `-`, `_`, `.` and `@`'),
  isBuiltin: () => false,
};

/** field → the table its value names, per table holding the field. */
const FIELD_TABLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  QUEUE: { scheduler: 'SCHEDULER', wred_profile: 'WRED_PROFILE' },
  PORT_QOS_MAP: SONIC_MAP_FIELDS,
  BUFFER_PROFILE: { pool: 'BUFFER_POOL' },
  BUFFER_PG: { profile: 'BUFFER_PROFILE' },
  BUFFER_QUEUE: { profile: 'BUFFER_PROFILE' },
};

const TABLE_KIND: Readonly<Record<string, SymbolKind>> = {
  SCHEDULER: 'scheduler',
  WRED_PROFILE: 'wred-profile',
  BUFFER_POOL: 'buffer-pool',
  BUFFER_PROFILE: 'buffer-profile',
};

function sonicSlot(text: string, pos: Position): ReferenceSlot | undefined {
  const v = jsonValueAt(text, pos);
  // Nested form: { "QUEUE": { "Ethernet0|3": { "scheduler": … } } }; redis dump: { "QUEUE|Ethernet0|3": { "value": { … } } }.
  const holder = v?.keys[1]?.split('|')[0];
  const table = holder ? FIELD_TABLES[holder]?.[v!.field] : undefined;
  if (!v || !table) return undefined;
  // `[SCHEDULER|scheduler.1]`: the name is what follows the bar.
  const bar = v.partial.startsWith('[') ? v.partial.indexOf('|') : -1;
  const partial = bar >= 0 ? v.partial.slice(bar + 1) : v.partial;
  return { kind: TABLE_KIND[table] ?? 'dscp-map', table, subtype: table, range: rangeBefore(pos, partial) };
}
