import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Loc } from '../../server/src/model/location';
import type { Device, Interface, InterfaceKind, IpAddress } from '../../server/src/model/types';
import { qosBehaviour } from '../../server/src/dialects/cli/defaults';

/** A minimal interface description for resolution tests; everything else gets a neutral default. */
export interface IfSpec {
  name: string;
  kind?: InterfaceKind;
  /** `10.0.0.0/31`, `2001:db8::1/127`; one or several. */
  ip?: string | string[];
  vrf?: string;
  description?: string;
  channelGroup?: string;
  shutdown?: boolean;
  writtenAs?: string[];
}

let lineCounter = 0;

function loc(uri: string, line = lineCounter++, character = 0, length = 10): Loc {
  return { uri, range: { start: { line, character }, end: { line, character: character + length } } };
}

function address(spec: string): IpAddress {
  const [addr = '', len = ''] = spec.split('/');
  const family = addr.includes(':') ? 6 : 4;
  return { address: addr, prefixLength: Number(len), family };
}

function kindOf(name: string): InterfaceKind {
  if (/^loopback|^lo\d/i.test(name)) return 'loopback';
  if (/^port-channel|^ae\d|^bond/i.test(name)) return 'port-channel';
  if (/^vlan/i.test(name)) return 'svi';
  if (/^management|^mgmt/i.test(name)) return 'management';
  return 'physical';
}

/** Builds a Device with only what link resolution reads; every fact gets its own line in `file:///test/<host>.cfg`. */
export function makeDevice(hostname: string, ifaces: IfSpec[], opts: { uri?: string } = {}): Device {
  const uri = opts.uri ?? `file:///test/${hostname}.cfg`;
  lineCounter = 1;
  const interfaces = new Map<string, Interface>();
  for (const s of ifaces) {
    const header = loc(uri);
    const iface: Interface = {
      name: s.name,
      writtenAs: s.writtenAs ?? [s.name],
      kind: s.kind ?? kindOf(s.name),
      block: { header, end: header.range.end, childIndent: '   ' },
      headers: [header],
      adminUp: { value: !s.shutdown, loc: header, defaulted: !s.shutdown },
      mtu: { value: 1500, loc: header, defaulted: true },
      mode: { value: 'routed', loc: header, defaulted: true },
      ipv4: [],
      ipv6: [],
      pfc: { mode: { value: 'off', loc: header, defaulted: true }, noDropPriorities: [] },
      servicePolicies: [],
      queues: [],
    };
    if (s.description !== undefined) iface.description = { value: s.description, loc: loc(uri) };
    if (s.vrf !== undefined) iface.vrf = { value: s.vrf, loc: loc(uri) };
    if (s.channelGroup !== undefined) iface.channelGroup = { value: s.channelGroup, loc: loc(uri) };
    for (const ip of s.ip === undefined ? [] : Array.isArray(s.ip) ? s.ip : [s.ip]) {
      const a = address(ip);
      (a.family === 4 ? iface.ipv4 : iface.ipv6).push({ value: a, loc: loc(uri) });
    }
    interfaces.set(s.name, iface);
  }
  const top = loc(uri, 0);
  return {
    hostname,
    hostnameLoc: top,
    dialect: 'eos',
    os: 'eos',
    uri,
    interfaces,
    qos: {
      dscpToClass: [],
      cosToClass: [],
      classToQueue: [],
      noDropPriorities: [],
      queues: [],
      watchdog: { enabled: { value: false, loc: top, defaulted: true } },
      classMaps: [],
      policyMaps: [],
      systemPolicies: [],
      ...qosBehaviour('eos'),
    },
    symbols: { defs: [], refs: [] },
    topLevelEnd: { line: lineCounter, character: 0 },
    notes: [],
  };
}

export function fabric(...devices: Device[]): Map<string, Device> {
  return new Map(devices.map((d) => [d.hostname, d]));
}

/** `dev:if` strings of a link list, for compact assertions. */
export function linkStrings(links: readonly { a: { device: string; interface: string }; b: { device: string; interface: string } }[]): string[] {
  return links.map((l) => `${l.a.device}:${l.a.interface} ${l.b.device}:${l.b.interface}`);
}

/** Root of the repository (tests run from out/test/links). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

export { corpusDir } from '../helpers/lint';

export function fixture(name: string): { uri: string; text: string } {
  const file = path.join(REPO_ROOT, 'test', 'fixtures', 'links', name);
  return { uri: `file://${file}`, text: fs.readFileSync(file, 'utf8') };
}
