import { farEndOf } from '../../model/capacity';
import { roleOfInterface } from '../../model/interface-roles';
import type { Device, Interface } from '../../model/types';
import type { Finding, RelatedInfo, Rule } from '../types';
import { losslessSet, pfcState } from './common';
import { intentExpectsPfc } from './intent-classes';
import { where } from '../support/describe';
import { devicesOf, interfacesOf } from '../support/scope';

export const rule: Rule = {
  id: 'pfc/with-link-pause',
  title: '802.3x link pause on a fabric port, or with PFC',
  category: 'pfc',
  severity: 'warning',
  scope: 'fabric',
  // A fabric port names its other end, and whether link pause is on there too.
  reads: 'peers',
  // IOS has no PFC model (notes §1.6), but its `flowcontrol receive on` on a fabric port is still link pause. SONiC
  // config_db has no 802.3x setting in PORT, and Cumulus link pause (NVUE `qos link-pause` profiles, traffic.conf)
  // is not read yet, so neither can have a finding.
  rationale:
    'Link-level pause (802.3x: `flowcontrol send|receive on`, Junos `flow-control`, SR Linux `flow-control`) stops ' +
    'every priority of the port, lossy ones included — exactly what PFC exists to avoid. Between two switches it ' +
    'pauses CNPs and best-effort traffic along with RoCE and spreads congestion hop by hop through the fabric, so on a ' +
    'fabric port (interface role fabric or MLAG/vPC peer-link) it is reported whether or not PFC is on. On a host-facing ' +
    'port it is reported when the intent expects PFC (`lossless.priorities`, or a class with `lossless: true`): the ' +
    'host should pause one priority, not the whole port. On any other port it is reported when the port also runs PFC: ' +
    'the two are mutually exclusive on several platforms (SR Linux refuses the combination) and NVIDIA recommends PFC ' +
    'instead of link pause for RoCE. A port whose role is unknown and that runs no PFC gets no finding.',
  messages: {
    both: '{iface} has 802.3x link pause on together with PFC',
    fabric: '{iface} faces {peer}: 802.3x link pause on a fabric port pauses every class{pfc}',
    host: '{iface} faces a host and the intent expects PFC: 802.3x link pause pauses every class of the port{pfc}',
  },
  fix: 'Turns 802.3x flow control off on the port (EOS/NX-OS/IOS: removes the `flowcontrol … on` lines; Junos: `no-flow-control`).',
  example: {
    dialect: 'eos',
    config: 'interface Ethernet49/1\n   description P2P_LINK_TO_SPINE1_Ethernet1/1\n   no switchport\n   flowcontrol receive on',
  },
  check(ctx) {
    const findings: Finding[] = [];
    const expectsPfc = intentExpectsPfc(ctx.intent);
    for (const device of devicesOf(ctx)) {
      for (const iface of interfacesOf(ctx, device)) {
        if (!iface.linkPause?.value) continue;
        const withPfc = runsPfc(device, iface);
        const role = roleOfInterface(ctx.fabric, iface);
        const pfc = withPfc ? ' (PFC is on too)' : '';
        const related: RelatedInfo[] = withPfc ? [{ loc: iface.pfc.mode.loc, message: `PFC ${pfcState(device, iface).mode}` }] : [];
        let messageId: 'both' | 'fabric' | 'host';
        let data: Record<string, string> = { iface: where(device, iface), pfc };
        if (role.role === 'fabric' || role.role === 'peer-link') {
          const peer = farEndOf(ctx.fabric, iface);
          messageId = 'fabric';
          data = { ...data, peer: peer ? `${peer.device} ${peer.interface}` : role.role === 'peer-link' ? 'its MLAG/vPC peer' : 'another switch' };
          const far = peer ? ctx.fabric.devices.get(peer.device)?.interfaces.get(peer.interface) : undefined;
          if (far && peer)
            related.push({
              loc: far.linkPause?.loc ?? far.block.header,
              message: `${peer.device} ${peer.interface}, the other end${far.linkPause?.value ? ' (link pause on too)' : ''}`,
            });
          else if (role.evidence[0]?.loc) related.push({ loc: role.evidence[0].loc, message: `fabric port: ${role.evidence[0].text}` });
        } else if (role.role === 'host' && expectsPfc) {
          messageId = 'host';
          const at = ctx.intent?.locs['lossless.priorities'] ?? ctx.intent?.locs['classes'];
          if (at) related.push({ loc: at, message: 'the intent expects PFC' });
          if (role.evidence[0]?.loc) related.push({ loc: role.evidence[0].loc, message: `host-facing: ${role.evidence[0].text}` });
        } else if (withPfc) {
          messageId = 'both';
        } else continue;
        findings.push(
          ctx.report({
            messageId,
            data,
            loc: iface.linkPause.loc,
            related,
            fixes: [
              { title: `Turn 802.3x flow control off on ${where(device, iface)}`, isPreferred: true, edits: ctx.writer(device).disableLinkPause(iface) },
            ].filter((f) => f.edits.length > 0),
          }),
        );
      }
    }
    return findings;
  },
};

/** PFC on (or negotiated where the platform negotiates it) with at least one lossless priority. */
function runsPfc(device: Device, iface: Interface): boolean {
  const st = pfcState(device, iface).mode;
  if (st === 'off' || losslessSet(device, iface).length === 0) return false;
  return st !== 'auto' || device.qos.pfcBehaviour.autoNegotiates;
}
