import type { Device } from '../model/types';
import type { CliDocument } from '../parsing/cli-tree';
import type { JsonDocument } from '../parsing/json-adapter';
import type { JunosDocument } from '../parsing/junos-tree';
import { extractCliDevice } from './cli/extract';
import { extractCumulusDevice } from './cumulus/extract';
import type { FixWriter } from './fix-writer';
import { extractJunosDevice } from './junos/extract';
import { dialectModule } from './registry';
import { extractSonicDevice } from './sonic/extract';

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
  return dialectModule(device.dialect).fixWriter(device);
}
