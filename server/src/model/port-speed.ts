/**
 * Port speeds: the words vendors write for a line rate, read into Gb/s, and the located `PortSpeed` a reader puts
 * on an interface. A port whose speed no line, breakout or platform entry gives has no `speed`: unknown, never a
 * guess (rules count such ports and say so).
 */
import type { Loc } from './location';
import type { PortSpeed } from './types';

/**
 * A speed word in Gb/s, with its lane count when written: EOS `forced 100gfull`, `100g-4`, `25g`; NX-OS and IOS
 * `100000` / `1000` (megabits); Junos `100g`; SONiC and ifupdown2 `100000` (megabits); NVUE and SR Linux `100G`,
 * `400G`; `1000full`. Undefined for `auto` and anything unreadable.
 */
export function parseSpeedWord(written: string): { gbps: number; lanes?: number } | undefined {
  const t = written
    .toLowerCase()
    .replace(/^forced\s+/, '')
    .trim();
  if (t === '' || t.startsWith('auto')) return undefined;
  let m = /^(\d+(?:\.\d+)?)g(?:bps)?(?:full|half)?(?:-(\d+))?$/.exec(t);
  if (m) return positive(Number(m[1]), m[2]);
  m = /^(\d+)(?:m|mfull|full|half)?$/.exec(t);
  if (m) return positive(Number(m[1]) / 1000);
  return undefined;
}

function positive(gbps: number, lanes?: string): { gbps: number; lanes?: number } | undefined {
  if (!(gbps > 0) || !Number.isFinite(gbps)) return undefined;
  return lanes ? { gbps, lanes: Number(lanes) } : { gbps };
}

/** A breakout mode as written (`4x25G`, `4x25g`, NX-OS `25g-4x`, `2x400G`): sub-ports and the speed of each. */
export function parseBreakoutMode(written: string): { ports: number; gbps: number } | undefined {
  const t = written.trim().toLowerCase();
  let m = /^(\d+)x(\d+(?:\.\d+)?)g/.exec(t);
  if (m) return breakout(Number(m[1]), Number(m[2]));
  m = /^(\d+(?:\.\d+)?)g-(\d+)x$/.exec(t);
  if (m) return breakout(Number(m[2]), Number(m[1]));
  return undefined;
}

function breakout(ports: number, gbps: number): { ports: number; gbps: number } | undefined {
  return ports >= 1 && ports <= 8 && gbps > 0 ? { ports, gbps } : undefined;
}

/** The port's own speed line as a PortSpeed (undefined for `auto` or an unreadable word, which the reader notes). */
export function configuredSpeed(written: string, loc: Loc): PortSpeed | undefined {
  const s = parseSpeedWord(written);
  return s ? { ...s, source: 'configured', written, loc } : undefined;
}

/** "100G", "2.5G", "800G" for messages. */
export function formatGbps(gbps: number): string {
  return `${Number.isInteger(gbps) ? gbps : Number(gbps.toFixed(3))}G`;
}
