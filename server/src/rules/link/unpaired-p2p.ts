import { roleOfInterface } from '../../model/interface-roles';
import type { Finding, Rule } from '../types';
import { judges } from '../support/scope';
import { fromLinkIssues } from './issues';

/** The unpaired point-to-point ends link resolution found; names and lines only. */
const unpaired = fromLinkIssues((fabric) => fabric.linkIssues.filter((i) => i.kind === 'unpaired'));

export const rule: Rule = {
  id: 'link/unpaired-p2p',
  title: 'Point-to-point interface with no peer in the workspace',
  category: 'link',
  severity: 'info',
  scope: 'device',
  // Whether an end is unpaired depends on every device's addresses: the issues are the basis; the rest is the end's own
  // device (its admin state and interface role).
  reads: 'aggregate',
  rationale:
    'Link checks (`mtu/link-mismatch`, `pfc/one-sided` …) need both ends. An up interface with a /31, /30, /127 or ' +
    '/126 address whose subnet no other workspace interface shares, and that no topology file, description or LLDP ' +
    "dump links, is checked alone: its peer is outside the workspace, the peer's address is mistyped, or the " +
    "peer's config is missing. An interface whose role is host-facing (its description names a server or GPU, " +
    'as on a rail-optimized AI leaf whose /31s face the NICs) or management is expected to end outside the ' +
    'workspace and is not reported. Saying so once per interface is better than silence that looks like a clean link. ' +
    "Add the peer's config or a topology file (containerlab, layer1_topology.json, AVD CSV, LLDP) to check it.",
  messages: {
    unpaired: '{iface} has a point-to-point address in {subnet} but no peer in the workspace; link checks skip it',
  },
  example: { dialect: 'eos', config: 'interface Ethernet1\n   no switchport\n   ip address 10.0.0.0/31\n! no other config has 10.0.0.1/31' },
  basis: unpaired.basis,
  check(ctx) {
    const findings: Finding[] = [];
    for (const issue of unpaired.of(ctx.fabric)) {
      const device = ctx.fabric.devices.get(issue.endpoint.device);
      const iface = device?.interfaces.get(issue.endpoint.interface);
      if (!device || !iface || !judges(ctx, device) || ctx.ignored(device, iface) || !iface.adminUp.value) continue;
      // A host (a GPU server's /31) or a management port is expected to have its other end outside the workspace.
      const role = roleOfInterface(ctx.fabric, iface).role;
      if (role === 'host' || role === 'management') continue;
      findings.push(ctx.report({ messageId: 'unpaired', data: { iface: iface.name, subnet: issue.subnet }, loc: issue.loc }));
    }
    return findings;
  },
};
