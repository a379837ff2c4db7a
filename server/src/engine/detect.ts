import { compilePathGlob } from '../model/glob';
import type { Dialect } from '../model/types';
import { escapedCount } from './source-text';

/** How a workspace file was classified, and why: the reason is shown to the user when it matters. */
export type Classification =
  | { kind: 'config'; dialect: Dialect; reason: string }
  | { kind: 'topology'; format: string }
  | { kind: 'intent' }
  /** Looks like a switch config, but no dialect could be told: one information diagnostic. */
  | { kind: 'unclassified'; reason: string }
  /** Binary or otherwise unreadable as text, while named like a config. */
  | { kind: 'binary' }
  | { kind: 'ignored' };

export const DIALECTS: readonly Dialect[] = ['eos', 'nxos', 'ios', 'junos', 'sonic', 'nvue'];

const MARKER = /^\s*[!#]\s*fabric-lint:\s*dialect\s*=\s*([a-z-]+)/i;
const SNIFF_BYTES = 16 * 1024;

/**
 * Dialect from content. The order of evidence: a `fabric-lint: dialect=` marker in the first lines,
 * then the workspace's glob overrides, then vendor headers, then typical commands and indentation.
 */
export function detectDialect(
  relPath: string,
  text: string,
  overrides: Record<string, Dialect> = {},
): Classification {
  const head = text.slice(0, SNIFF_BYTES);
  if (looksBinary(head)) return { kind: 'binary' };

  for (const line of head.split(/\r?\n/, 5)) {
    const m = MARKER.exec(line);
    if (m) {
      const d = m[1]!.toLowerCase() as Dialect;
      if (DIALECTS.includes(d)) return { kind: 'config', dialect: d, reason: 'first-line marker' };
      return { kind: 'unclassified', reason: `unknown dialect "${m[1]}" in the fabric-lint marker (known: ${DIALECTS.join(', ')})` };
    }
  }
  for (const [glob, dialect] of Object.entries(overrides)) {
    if (compilePathGlob(glob, { nocase: true }).test(relPath)) {
      return { kind: 'config', dialect, reason: `setting fabricLint.dialects["${glob}"]` };
    }
  }
  return sniff(head, text);
}

function looksBinary(head: string): boolean {
  if (head.includes('\u0000')) return true;
  // Many bytes that are not UTF-8 (escaped by engine/source-text) or replacement characters: not text.
  let bad = escapedCount(head, head.length);
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0xfffd) bad++;
  return bad > 8 && bad > head.length / 100;
}

// Line patterns below use [ \t], not \s, around `^`: \s also takes line breaks, so in a run of blank
// lines each line start would scan the whole run (quadratic).
function sniff(head: string, text: string): Classification {
  if (/^\s*[{[]/.test(head)) return sniffJson(text);
  // NVUE startup.yaml: a YAML list of `- set:` operations over NVUE's tree (recognised; read as unsupported for now).
  if (/^-\s+set:\s*$/m.test(head) && /^[ \t]+(interface|system|qos|router|bridge|vrf):[ \t]*$/m.test(head)) {
    return { kind: 'config', dialect: 'nvue', reason: 'NVUE startup.yaml' };
  }
  // Cumulus files concatenate ifupdown2 and FRR: the ifupdown2 part says what they are.
  if (/^(auto |iface )\S+/m.test(head)) {
    // A Linux host's own interfaces file (lo, eth*, no switch port, bond, bridge, VXLAN or VRF) is not a switch config.
    if (!/^[ \t]*((auto|iface|interface)\s+(swp|bond|peerlink|br|bridge|vni|vxlan|vlan|vrf|mgmt)|(bond|bridge|vxlan|clag|clagd)-\S+\s|vrf(-table)?\s)/m.test(head)) return { kind: 'ignored' };
    return { kind: 'config', dialect: 'nvue', reason: 'ifupdown2 interfaces file' };
  }
  // FRR (SONiC, Cumulus) routing daemons' config alone: not a switch config, and not to be mistaken for IOS.
  if (/^frr (version|defaults) /m.test(head)) return { kind: 'ignored' };

  if (/^!\s*device:.*\bEOS-/m.test(head)) return eos('"! device: … EOS-" header');
  if (/^!RANCID-CONTENT-TYPE:\s*arista/im.test(head)) return eos('RANCID content type arista');
  if (/^!RANCID-CONTENT-TYPE:\s*cisco-nx/im.test(head)) return nxos('RANCID content type cisco-nx');
  if (/^!RANCID-CONTENT-TYPE:\s*cisco\s*$/im.test(head)) return { kind: 'config', dialect: 'ios', reason: 'RANCID content type cisco' };
  if (/^boot system .*\.swi\b/m.test(head)) return eos('EOS boot image (.swi)');
  if (/^!Command: show running-config/m.test(head) && /^(feature |version \d+\.\d+\(|switchname )/m.test(head)) {
    return nxos('"!Command: show running-config" header with NX-OS feature/version lines');
  }
  if (/^! Command: show running-config/m.test(head)) return eos('"! Command: show running-config" header');

  // Junos, SONiC and Cumulus files are recognised so that they are not mistaken for the CLI family.
  if (/^set (system|interfaces|protocols|class-of-service|groups|policy-options|routing-options|chassis) /m.test(head)) {
    return { kind: 'config', dialect: 'junos', reason: 'Junos set commands' };
  }
  if (/^(version \S+;|system \{|interfaces \{|groups \{)/m.test(head)) {
    return { kind: 'config', dialect: 'junos', reason: 'Junos braces' };
  }
  if (/^(net add |nv set )/m.test(head)) return { kind: 'config', dialect: 'nvue', reason: 'NCLU/NVUE commands' };

  const nxosScore = count(head, /^(feature \S+|switchname \S+|vdc \S+|system jumbomtu|hardware access-list tcam|vrf context \S+|version \d+\.\d+\(\d+\))/gm);
  const eosScore = count(head, /^(service routing protocols model|transceiver qsfp default-mode|management api http-commands|spanning-tree mode mstp|no aaa root|ip routing$|ip virtual-router mac-address|daemon TerminAttr|queue-monitor length|switchport default mode|mlag configuration)/gm);
  const iosScore = count(head, /^(version 1[2-7]\.\d+|service (timestamps|password-encryption)|boot-start-marker|ip cef|no ip domain.lookup|line vty |line con 0|ip classless|Current configuration : )/gm);
  const best = Math.max(nxosScore, eosScore, iosScore);
  if (best > 0) {
    if (nxosScore === best && nxosScore > eosScore && nxosScore > iosScore) return nxos('NX-OS commands (feature, switchname, vrf context …)');
    if (eosScore === best && eosScore > iosScore) return eos('EOS commands');
    if (iosScore === best && iosScore > eosScore) return { kind: 'config', dialect: 'ios', reason: 'IOS commands (version, service, line vty …)' };
  }

  // FRR files of Linux-based NOSes name interfaces eth0/swp1/bond0; they are not IOS.
  const ifNames = [...head.matchAll(/^interface (\S+)/gm)].map((m) => m[1]!);
  if (ifNames.length > 0 && ifNames.every((n) => /^(eth|swp|bond|lo|br|vni|peerlink)/i.test(n) && !/^(ethernet|loopback)/i.test(n))) {
    return { kind: 'ignored' };
  }

  // No vendor-specific line: indentation of interface bodies is the last, weaker tell (EOS 3, NX-OS 2, IOS 1).
  if (/^(hostname \S+|interface \S+)/m.test(head)) {
    const width = bodyIndentWidth(head);
    if (width === 3) return eos('3-space indentation under interfaces');
    if (width === 2) return nxos('2-space indentation under interfaces');
    if (width === 1) return { kind: 'config', dialect: 'ios', reason: '1-space indentation under interfaces' };
    return {
      kind: 'unclassified',
      reason: 'the file has hostname/interface lines but no EOS, NX-OS or IOS header, command or indentation style was recognised',
    };
  }
  return { kind: 'ignored' };
}

/** config_db tables that name a SONiC file, including the QoS/buffer ones a fragment or configlet may hold alone. */
const SONIC_TABLES = /"(DEVICE_METADATA|PORT_QOS_MAP|PORT|BUFFER_PG|BUFFER_QUEUE|BUFFER_PROFILE|BUFFER_POOL|WRED_PROFILE|SCHEDULER|QUEUE|DSCP_TO_TC_MAP|TC_TO_QUEUE_MAP|PFC_WD)(\|[^"]*)?"\s*:/;

function sniffJson(text: string): Classification {
  if (SONIC_TABLES.test(text)) return { kind: 'config', dialect: 'sonic', reason: 'config_db.json tables' };
  return { kind: 'ignored' };
}

function bodyIndentWidth(head: string): number | undefined {
  const m = /^interface \S+.*\r?\n([ \t]+)\S/m.exec(head);
  return m ? m[1]!.replace(/\t/g, ' ').length : undefined;
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

function eos(reason: string): Classification {
  return { kind: 'config', dialect: 'eos', reason };
}

function nxos(reason: string): Classification {
  return { kind: 'config', dialect: 'nxos', reason };
}
