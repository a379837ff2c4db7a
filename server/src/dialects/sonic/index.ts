import { deviceNeighborEvidence } from '../../links/read-sonic';
import { toJsonDocument, type JsonDocument } from '../../parsing/json-adapter';
import { SONIC_MTU } from './mtu';
import type { DialectModule } from '../types';
import { extractSonicDevice } from './extract';
import { SonicFixWriter } from './fix-writer';
import { sonicNavigation } from './navigation';

/** config_db tables that name a SONiC file, including the QoS/buffer ones a fragment or configlet may hold alone. */
const SONIC_TABLES =
  /"(DEVICE_METADATA|PORT_QOS_MAP|PORT|BUFFER_PG|BUFFER_QUEUE|BUFFER_PROFILE|BUFFER_POOL|WRED_PROFILE|SCHEDULER|QUEUE|DSCP_TO_TC_MAP|TC_TO_QUEUE_MAP|PFC_WD)(\|[^"]*)?"\s*:/;

/**
 * SONiC config_db.json (nested or redis-dump form), parsed with grammars/json. A config_db with
 * `DEVICE_NEIGHBOR` is a device and link evidence: both come from one parse.
 */
export const sonic: DialectModule<'sonic', JsonDocument> = {
  id: 'sonic',
  name: 'SONiC',
  shortName: 'SONiC',
  detection: { json: { test: (text) => SONIC_TABLES.test(text), reason: 'config_db.json tables' } },
  grammar: () => ({ family: 'json', adapt: toJsonDocument }),
  read(doc) {
    const device = extractSonicDevice(doc);
    const neighbors = deviceNeighborEvidence(doc, device.hostname);
    return { device, syntaxErrors: doc.syntaxErrors, evidence: neighbors.evidence, evidenceProblems: neighbors.problems };
  },
  fixWriter: (device) => new SonicFixWriter(device),
  workspaceFiles: ['**/config_db*.json'],
  lineComment: null,
  mtu: SONIC_MTU,
  navigation: sonicNavigation,
};
