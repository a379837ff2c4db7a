/**
 * Every dialect fabric-lint reads, one line each. The `Dialect` type, detection (engine/detect.ts), the engine's
 * dispatch (engine/workspace.ts), fix writers (dialects/index.ts fixWriterFor), the `fabricLint.dialects`
 * setting, the CLI's `--dialect`, the engine rules' dialect list and the extension manifest (package.json, written
 * by `npm run gen:package`) are derived from this list. The order is the order users see in lists (settings enum,
 * `--help`) and the order in which detection tries clues of equal priority.
 */
import { nvue } from './cumulus/index';
import { eos } from './eos/index';
import { ios } from './ios/index';
import { junos } from './junos/index';
import { nxos } from './nxos/index';
import { sonic } from './sonic/index';
import { srlinux } from './srlinux/index';
import type { DialectModule } from './types';

// One line per dialect, so that adding one is one line here (besides its import).
// prettier-ignore
const MODULES = [
  eos,
  nxos,
  ios,
  junos,
  sonic,
  nvue,
  srlinux,
] as const;

/** A dialect id: `Device.dialect`, the marker's and the settings' value. */
export type Dialect = (typeof MODULES)[number]['id'];

/** The registered dialects, in registry order. */
export const DIALECT_MODULES: readonly DialectModule<Dialect>[] = MODULES;

/** Their ids, in registry order. */
export const DIALECT_IDS: readonly Dialect[] = DIALECT_MODULES.map((m) => m.id);

const BY_ID = new Map<string, DialectModule<Dialect>>(DIALECT_MODULES.map((m) => [m.id, m]));

/** The module of a dialect id. */
export function dialectModule(id: Dialect): DialectModule<Dialect> {
  return BY_ID.get(id)!;
}

/** True for a string that names a registered dialect. */
export function isDialect(id: string): id is Dialect {
  return BY_ID.has(id);
}
