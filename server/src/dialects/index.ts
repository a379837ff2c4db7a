import type { Device } from '../model/types';
import type { CliDocument } from '../parsing/cli-tree';
import type { JsonDocument } from '../parsing/json-adapter';
import type { JunosDocument } from '../parsing/junos-tree';
import { extractCliDevice } from './cli/extract';
import { CliFixWriter } from './cli/fix-writer';
import { NoFixWriter } from './no-fix-writer';
import { extractCumulusDevice } from './cumulus/extract';
import { CumulusFixWriter } from './cumulus/fix-writer';
import type { FixWriter } from './fix-writer';
import { extractJunosDevice } from './junos/extract';
import { JunosFixWriter } from './junos/fix-writer';
import { extractSonicDevice } from './sonic/extract';
import { SonicFixWriter } from './sonic/fix-writer';

export type CliFamilyDialect = 'eos' | 'nxos' | 'ios';

/** Reads one configuration of the CLI family into the model. Never throws on content (malformed values become notes). */
export function extractDevice(doc: CliDocument, dialect: CliFamilyDialect): Device {
  return extractCliDevice(doc, dialect);
}

/** Reads a SONiC config_db.json (nested or redis-dump form) into the model. Never throws on content. */
export function extractSonic(doc: JsonDocument): Device {
  return extractSonicDevice(doc);
}

/** Reads a Junos configuration (braces or set, as a path tree) into the model. Never throws on content. */
export function extractJunos(doc: JunosDocument): Device {
  return extractJunosDevice(doc);
}

/** Reads a Cumulus Linux file (ifupdown2 interfaces, NCLU `net add`, NVUE `nv set`; parsed with netcli) into the model. Never throws on content. */
export function extractCumulus(doc: CliDocument): Device {
  return extractCumulusDevice(doc);
}

/** The writer that turns semantic changes into edits in this device's own dialect. */
export function fixWriterFor(device: Device): FixWriter {
  switch (device.dialect) {
    case 'eos':
    case 'nxos':
    case 'ios':
      return new CliFixWriter(device, device.dialect);
    case 'sonic':
      return new SonicFixWriter(device);
    case 'junos':
      return new JunosFixWriter(device);
    case 'nvue':
      return new CumulusFixWriter(device);
    default:
      // Other families register their own writers here; until then their fixes are "cannot express".
      return new NoFixWriter(device);
  }
}
