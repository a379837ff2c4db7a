/** DEVICE_METADATA: the device's name, SKU and buffer model; a file without it and without PORT is a QoS/buffer fragment. */
import { sonicHostFromUri } from '../../links/read-sonic';
import { folderName, stem } from '../../model/file-names';
import type { Loc, Located } from '../../model/location';
import type { SonicEntry } from '../../model/sonic';
import { field, locatedField, type ConfigDb } from './config-db';

/** File names sonic-buildimage gives the QoS/buffer file of every platform folder (device/<vendor>/<platform>/<hwsku>/). */
const GENERIC_FRAGMENT = /^(qos|buffers?|qos_config|buffers?_config|buffers_defaults(_t\d)?)$/i;

/** The name of a fragment: its file stem, or `<folder>/<stem>` when the stem is the generic name every platform uses. */
export function fragmentName(uri: string): string {
  const name = stem(uri);
  if (!GENERIC_FRAGMENT.test(name)) return sonicHostFromUri(uri);
  const folder = folderName(uri);
  return folder ? `${folder}/${name}` : name;
}

export interface SonicMetadata {
  /** DEVICE_METADATA|localhost. */
  meta: SonicEntry | undefined;
  fragment: boolean;
  hostname: string;
  hostnameLoc: Loc | undefined;
  hwsku: string | undefined;
  /** Where `hwsku` is written, where a platform default speed points. */
  hwskuLoc: Loc | undefined;
  bufferModel: Located<string> | undefined;
}

export function readMetadata(db: ConfigDb): SonicMetadata {
  const { ctx, fileStart } = db;
  const uri = ctx.uri;
  const meta = db.entry('DEVICE_METADATA', 'localhost');
  const hostField = field(meta, 'hostname');
  const fragment = !meta && !db.entries.has('PORT');
  let hostname = hostField?.value.trim() ?? '';
  let hostnameLoc: Loc | undefined = hostField && hostname ? hostField.innerLoc : undefined;
  if (!hostname) {
    hostname = fragment ? fragmentName(uri) : sonicHostFromUri(uri);
    ctx.notes.push({
      severity: 'info',
      code: fragment ? 'sonic-fragment' : 'hostname-missing',
      message: fragment
        ? `no DEVICE_METADATA and no PORT table: read as a QoS/buffer fragment named "${hostname}" without interfaces; only its tables are checked`
        : `no DEVICE_METADATA.localhost.hostname; using the file name "${hostname}"`,
      loc: fileStart,
    });
    hostnameLoc = undefined;
  }
  const hwskuField = field(meta, 'hwsku');
  const hwsku = hwskuField?.value;
  const hwskuLoc = hwskuField?.innerLoc;
  const bufferModel = locatedField(meta, 'buffer_model');
  return { meta, fragment, hostname, hostnameLoc, hwsku, hwskuLoc, bufferModel };
}
