/**
 * Default port speeds of the platforms a file can name (EOS `! device: … (DCS-7260CX3-64, …)`, SONiC
 * `DEVICE_METADATA.hwsku`): the speed a front-panel port runs at when no speed line, breakout or PORT entry says
 * otherwise. Deliberately small: an entry is added only with a source, and a port the entry does not describe (a
 * broken-out lane, a name the platform does not have) stays unknown.
 */
import type { Loc } from '../model/location';
import { formatGbps } from '../model/port-speed';
import type { Interface, PortSpeed } from '../model/types';

interface PlatformEntry {
  /** Matches the platform as the file writes it (case-insensitive; a trailing `-F`/`-R` airflow suffix is fine). */
  platform: RegExp;
  /** The speed of this port in Gb/s when the platform gives it one without a breakout, else undefined. */
  portSpeed(name: string, hasLane: (name: string) => boolean): number | undefined;
}

/** EOS QSFP port `EthernetN/1` of ports 1..count, when none of its other lanes is an interface of the file. */
function eosQsfp(count: number, gbps: number): (name: string, hasLane: (name: string) => boolean) => number | undefined {
  return (name, hasLane) => {
    const m = /^Ethernet(\d+)\/1$/.exec(name);
    if (!m) return undefined;
    const port = Number(m[1]);
    if (port < 1 || port > count) return undefined;
    // A lane /2, /3 or /4 configured means the port is broken out: the speed of /1 is then not the default.
    for (const lane of [2, 3, 4]) if (hasLane(`Ethernet${port}/${lane}`)) return undefined;
    return gbps;
  };
}

const PLATFORMS: readonly PlatformEntry[] = [
  {
    // 64 QSFP100 ports (default breakout mode 1x100G) and two SFP+ ports Ethernet65-66:
    // sonic-net/sonic-buildimage device/arista/x86_64-arista_7260cx3_64/platform.json (chassis DCS-7260CX3-64,
    // qsfp1..qsfp64 + sfp65..sfp66, breakout_modes "1x100G[50G,40G,25G,10G]" first).
    platform: /^DCS-7260CX3-64(E)?(-[FR])?$/i,
    portSpeed: (name, hasLane) => eosQsfp(64, 100)(name, hasLane) ?? (/^Ethernet6[56]$/.test(name) ? 10 : undefined),
  },
  {
    // 64 × 100G + 2 × 10G (Broadcom Tomahawk): Arista 7260X series data sheet, as tabulated in the public switch
    // buffer list ("Arista DCS-7260CX-64  64*100G+2*10G") — secondary; the port layout is the 7260CX3-64's.
    platform: /^DCS-7260CX-64(-[FR])?$/i,
    portSpeed: (name, hasLane) => eosQsfp(64, 100)(name, hasLane) ?? (/^Ethernet6[56]$/.test(name) ? 10 : undefined),
  },
  {
    // 32 × 40G QSFP+, SONiC ports Ethernet0, 4, … 124 at 40000: sonic-net/sonic-buildimage
    // device/dell/x86_64-dell_s6000_s1220-r0/Force10-S6000/port_config.ini.
    platform: /^Force10-S6000$/i,
    portSpeed: (name) => {
      const m = /^Ethernet(\d+)$/.exec(name);
      const n = m ? Number(m[1]) : -1;
      return n >= 0 && n <= 124 && n % 4 === 0 ? 40 : undefined;
    },
  },
];

/**
 * The default speed of a port on the named platform, located at `platformLoc` (where the file names it), or
 * undefined when the table has no entry for the platform or the port. `interfaces` tells which lanes are configured.
 */
export function platformPortSpeed(
  platform: string | undefined,
  platformLoc: Loc | undefined,
  iface: Interface,
  interfaces: ReadonlyMap<string, Interface>,
): PortSpeed | undefined {
  if (!platform || !platformLoc || iface.kind !== 'physical') return undefined;
  const entry = PLATFORMS.find((p) => p.platform.test(platform.trim()));
  const gbps = entry?.portSpeed(iface.name, (n) => interfaces.has(n));
  if (gbps === undefined) return undefined;
  return { gbps, source: 'platform', written: `${platform.trim()} default ${formatGbps(gbps)}`, loc: platformLoc };
}
