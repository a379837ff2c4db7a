import { capacityOf, formatRatio, type Capacity } from '../../model/capacity';
import { formatGbps } from '../../model/port-speed';
import type { Device, Interface } from '../../model/types';
import type { Finding, RelatedInfo, Rule, RuleContext } from '../types';
import { roleOfDevice } from '../support/roles';
import { devicesOf } from '../support/scope';

/** Without an intent entry for the role: above this, a warning (3:1, the usual front-end design ceiling). */
const DEFAULT_MAX = 3;
/** Related entries listed per side before "… and N more". */
const RELATED_PER_SIDE = 6;

export const rule: Rule = {
  id: 'design/oversubscription',
  title: 'Leaf oversubscription: host-facing capacity against fabric-facing capacity',
  category: 'design',
  severity: 'warning',
  scope: 'fabric',
  // Each leaf from its own ports and the far ends of its uplinks (their role, their port named as related
  // information); whether the workspace has a spine tier reads every device's name: the digest is the names.
  reads: 'aggregate',
  farEnds: true,
  rationale:
    'A leaf whose host-facing ports can send more than its uplinks carry is oversubscribed: when the hosts talk to the ' +
    'rest of the fabric at line rate, the uplinks congest, PFC pauses the hosts and ECN marks, and collective ' +
    'operations of an AI back-end slow to the speed of the narrowest leaf. An AI back-end is normally built 1:1 ' +
    '(non-blocking); a front-end or storage network commonly accepts 3:1.\n\n' +
    'For each leaf (role `leaf`, or any role the intent gives an `oversubscription` maximum), the rule adds the speeds of ' +
    'the physical ports that are up: host-facing ones (interface role host, or members of a host-facing LAG) and ' +
    'fabric-facing ones (role fabric, to a spine or super-spine when the workspace has that tier, else to a device of ' +
    'another role: links to another leaf or to an external router are not uplinks; peer-links are neither). Speeds come from the ' +
    "port's speed line, a breakout, or the platform's default (see the model's port speeds); a port of unknown speed is " +
    'counted apart and named in the message, never guessed. With an unknown fabric-facing speed the ratio can only be ' +
    'lower than shown, so it is reported as information, not as a warning; with an unknown host-facing speed it can only be higher, so it is reported as a floor ("at least"). A leaf whose ratio cannot be computed is reported only when the intent sets a maximum for its role.\n\n' +
    'With `oversubscription: {<role>: N}` in the intent, a leaf above N:1 is a warning. Without one, the ratio is ' +
    'reported as information and a leaf above 3:1 is a warning. A leaf with no host-facing or no fabric-facing port of ' +
    'known role gets no finding: interface roles are only as good as their evidence.',
  messages: {
    ratio: '{device}: {ratio} oversubscription — {host} host-facing against {fabric} fabric-facing{unknown}{limit}',
    over: '{device}: {ratio} oversubscription is above {max} — {host} host-facing against {fabric} fabric-facing{unknown}{limit}',
    unknown: '{device}: oversubscription not known — {unknownCount} of its {total} host- and fabric-facing ports have no known speed{known}',
  },
  options: {
    max: { description: 'Ratio N (N:1) above which a leaf without an intent `oversubscription` entry for its role is a warning.', default: DEFAULT_MAX },
  },
  example: {
    dialect: 'eos',
    config:
      'interface Ethernet1/1\n   description server01\n   speed forced 100gfull\n! … 15 more 100G host ports\ninterface Ethernet49/1\n   description P2P_LINK_TO_SPINE1\n   speed forced 100gfull\n! one 100G uplink per spine, two spines: 1600G against 200G is 8:1',
  },
  check(ctx) {
    const findings: Finding[] = [];
    const limits = ctx.intent?.oversubscription ?? {};
    const fallback = typeof ctx.options.max === 'number' && ctx.options.max > 0 ? ctx.options.max : DEFAULT_MAX;
    for (const device of devicesOf(ctx)) {
      const role = roleOfDevice(ctx.intent, device);
      const intentMax = limits[role];
      if (role !== 'leaf' && intentMax === undefined) continue;
      const cap = capacityOf(ctx.fabric, ctx.intent, device);
      const hostCount = cap.host.ports.length + cap.host.unknown.length;
      const fabricCount = cap.fabric.ports.length + cap.fabric.unknown.length;
      if (hostCount === 0 || fabricCount === 0) continue;
      const loc = device.hostnameLoc ?? (cap.fabric.ports[0] ?? cap.fabric.unknown[0])!.block.header;
      const related = relatedOf(ctx, device, cap);
      const limitLoc = intentMax !== undefined ? ctx.intent?.locs[`oversubscription.${role}`] : undefined;
      if (limitLoc) related.unshift({ loc: limitLoc, message: `intent: at most ${intentMax}:1 for role ${role}` });
      if (cap.ratio === undefined) {
        // Without a maximum to check, a ratio nobody can compute is not worth a finding (the hover says it).
        if (intentMax === undefined) continue;
        const unknownCount = cap.host.unknown.length + cap.fabric.unknown.length;
        const known = cap.fabric.gbps > 0 || cap.host.gbps > 0 ? ` (known: ${sideText(cap.host)} host-facing, ${sideText(cap.fabric)} fabric-facing)` : '';
        findings.push(
          ctx.report({
            messageId: 'unknown',
            data: { device: device.hostname, unknownCount, total: hostCount + fabricCount, known },
            loc,
            related,
            severity: 'info',
          }),
        );
        continue;
      }
      const max = intentMax ?? fallback;
      const data = {
        device: device.hostname,
        // Host ports of unknown speed can only raise the ratio: what is known is a floor.
        ratio: `${cap.host.unknown.length > 0 ? 'at least ' : ''}${formatRatio(cap.ratio)}`,
        host: sideText(cap.host),
        fabric: sideText(cap.fabric),
        unknown: unknownText(cap),
        limit: intentMax !== undefined ? ` (intent: at most ${intentMax}:1 for role ${role})` : '',
        max: `${max}:1`,
      };
      // Unknown fabric-facing speeds can only lower the ratio: above the limit is then not established.
      const over = cap.ratio > max + 1e-9 && cap.fabric.unknown.length === 0;
      if (over) findings.push(ctx.report({ messageId: 'over', data, loc, related }));
      else if (intentMax === undefined) findings.push(ctx.report({ messageId: 'ratio', data, loc, related, severity: 'info' }));
    }
    return findings;
  },
};

/** "1600G (16 ports)". */
function sideText(side: { gbps: number; ports: Interface[] }): string {
  return `${formatGbps(side.gbps)} (${side.ports.length} port${side.ports.length === 1 ? '' : 's'})`;
}

function unknownText(cap: Capacity): string {
  const parts: string[] = [];
  if (cap.host.unknown.length > 0) parts.push(`${cap.host.unknown.length} host-facing`);
  if (cap.fabric.unknown.length > 0) parts.push(`${cap.fabric.unknown.length} fabric-facing`);
  return parts.length > 0 ? `; ${parts.join(' and ')} port(s) of unknown speed not counted` : '';
}

/** The uplinks with their far ends, then the host ports; a port's speed line where it has one. */
function relatedOf(ctx: RuleContext, device: Device, cap: Capacity): RelatedInfo[] {
  const out: RelatedInfo[] = [];
  const list = (ports: Interface[], what: (i: Interface) => string) => {
    for (const i of ports.slice(0, RELATED_PER_SIDE)) out.push({ loc: i.speed?.loc ?? i.block.header, message: what(i) });
    if (ports.length > RELATED_PER_SIDE) out.push({ loc: ports[RELATED_PER_SIDE]!.block.header, message: `… and ${ports.length - RELATED_PER_SIDE} more` });
  };
  const speed = (i: Interface) => (i.speed ? `${formatGbps(i.speed.gbps)} (${i.speed.source}: ${i.speed.written})` : 'speed unknown');
  list([...cap.fabric.ports, ...cap.fabric.unknown], (i) => {
    const peer = cap.peers.get(i);
    return `fabric-facing ${device.hostname} ${i.name} ${speed(i)}${peer ? ` to ${peer.device} ${peer.interface}` : ''}`;
  });
  for (const i of cap.fabric.ports.slice(0, RELATED_PER_SIDE)) {
    const peer = cap.peers.get(i);
    const far = peer ? ctx.fabric.devices.get(peer.device)?.interfaces.get(peer.interface) : undefined;
    if (far && peer) out.push({ loc: far.block.header, message: `far end of ${i.name}: ${peer.device} ${peer.interface}` });
  }
  list([...cap.host.ports, ...cap.host.unknown], (i) => `host-facing ${device.hostname} ${i.name} ${speed(i)}`);
  return out;
}
