/** Where findings point: a device's anchor line, an interface's own line, one line of a file. */
import type { Loc } from '../../model/location';
import type { Device, Interface } from '../../model/types';

/** `loc` when it is a line of the interface itself, else the interface header (profile lines are shared). */
export function ownLineOr(iface: Interface, loc: Loc): Loc {
  for (const l of iface.lines ?? []) {
    if (l.loc.uri === loc.uri && l.loc.range.start.line === loc.range.start.line) return loc;
  }
  return iface.block.header;
}

/** Where a device-level finding about a missing device line goes: the hostname line, else the file start. */
export function deviceAnchor(device: Device): Loc {
  if (device.hostnameLoc) return device.hostnameLoc;
  return { uri: device.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

/** True when two places start on the same line of the same file. */
export function sameLine(a: Loc, b: Loc): boolean {
  return a.uri === b.uri && a.range.start.line === b.range.start.line;
}
