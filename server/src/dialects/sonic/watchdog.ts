/** PFC_WD: the PFC watchdog, from its port entries or from DEVICE_METADATA `default_pfcwd_status`. */
import { defaulted, explicit, located } from '../../model/location';
import type { SonicEntry } from '../../model/sonic';
import type { PfcWatchdog } from '../../model/types';
import { field, intOf, type ConfigDb } from './config-db';

/** PFC watchdog defaults of `pfcwd start_default` (seconds in the model). */
export const SONIC_WATCHDOG = { detection: 0.2, restoration: 0.2, poll: 0.2, action: 'drop' } as const;

/** The first PFC_WD port entry stands for the device; the SONiC defaults fill what it leaves out. No entry: off. */
export function readPfcWatchdogTable(db: ConfigDb, meta: SonicEntry | undefined): PfcWatchdog {
  const { ctx, fileStart } = db;
  const watchdog: PfcWatchdog = { enabled: defaulted(false, meta?.obj.keyLoc ?? fileStart) };
  const wdPorts = db.table('PFC_WD').filter((e) => e.key !== 'GLOBAL');
  const defaultStatus = field(meta, 'default_pfcwd_status');
  if (wdPorts.length > 0) {
    const first = wdPorts[0]!;
    watchdog.enabled = explicit(true, first.obj.keyLoc);
    const ms = (name: string, min: number, max: number): number | undefined => intOf(ctx, field(first, name), `PFC_WD ${first.key} ${name}`, min, max);
    const det = ms('detection_time', 1, 60000);
    const res = ms('restoration_time', 1, 60000);
    const detF = field(first, 'detection_time');
    const resF = field(first, 'restoration_time');
    watchdog.timeout = det !== undefined && detF ? located(det / 1000, detF.innerLoc) : located(SONIC_WATCHDOG.detection, first.obj.keyLoc);
    watchdog.recovery = res !== undefined && resF ? located(res / 1000, resF.innerLoc) : located(SONIC_WATCHDOG.restoration, first.obj.keyLoc);
    const action = field(first, 'action');
    watchdog.action = action ? located(action.value, action.innerLoc) : located(SONIC_WATCHDOG.action, first.obj.keyLoc);
    const global = db.entry('PFC_WD', 'GLOBAL');
    const pollF = field(global, 'POLL_INTERVAL');
    const poll = intOf(ctx, pollF, 'PFC_WD GLOBAL POLL_INTERVAL', 1, 60000);
    watchdog.polling = poll !== undefined && pollF ? located(poll / 1000, pollF.innerLoc) : located(SONIC_WATCHDOG.poll, (global ?? first).obj.keyLoc);
  } else if (defaultStatus) {
    // `default_pfcwd_status: enable` makes `pfcwd start_default` fill PFC_WD at boot with the defaults.
    const on = defaultStatus.value.trim().toLowerCase() === 'enable';
    watchdog.enabled = explicit(on, defaultStatus.innerLoc);
    if (on) {
      watchdog.timeout = located(SONIC_WATCHDOG.detection, defaultStatus.innerLoc);
      watchdog.recovery = located(SONIC_WATCHDOG.restoration, defaultStatus.innerLoc);
      watchdog.polling = located(SONIC_WATCHDOG.poll, defaultStatus.innerLoc);
      watchdog.action = located(SONIC_WATCHDOG.action, defaultStatus.innerLoc);
    }
  }
  return watchdog;
}
