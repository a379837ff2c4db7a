import type { QosBehaviour } from '../../model/qos-behaviour';
import type { InterfaceKind, PfcMode } from '../../model/types';

/** The CLI-family dialects this extractor reads. */
export type CliDialect = 'eos' | 'nxos' | 'ios';

/** Indentation of one nesting level as each dialect writes it (used when a section has no child yet). */
export const INDENT: Readonly<Record<CliDialect, string>> = { eos: '   ', nxos: '  ', ios: ' ' };

/**
 * Platform default L3 MTU by interface kind.
 * - EOS: routed port 1500 (Batfish EOS model DEFAULT_INTERFACE_MTU = 1500; `show running-config all`
 *   prints `mtu 1500`) [notes §1.1 BF-EOS-MTU, BF-EOS-SRA]; `interface defaults` / `mtu N` overrides
 *   it for Ethernet, Port-Channel and subinterfaces. Loopbacks are 65535 on EOS (show interfaces).
 * - NX-OS: 1500 on every interface (`mtu 1500` in `show running-config all`) [notes §1.2 BF-NX-SHOWALL].
 * - IOS / IOS-XE: 1500 (Catalyst 9500 system MTU default) [notes §1.6 C9500-MTU]; loopbacks 1514.
 */
export function defaultMtu(dialect: CliDialect, kind: InterfaceKind): number {
  if (kind === 'loopback') return dialect === 'eos' ? 65535 : dialect === 'ios' ? 1514 : 1500;
  return 1500;
}

/**
 * PFC mode when the interface has no line: EOS and IOS off (`no priority-flow-control` in EOS
 * `show running-config all`) [notes §1.1 BF-EOS-SRA]; NX-OS `auto` (DCBX) [notes §1.2 BF-NX-SHOWALL].
 */
export function defaultPfcMode(dialect: CliDialect): PfcMode {
  return dialect === 'nxos' ? 'auto' : 'off';
}

/**
 * EOS default DSCP → traffic-class table (the DSCP's class selector, with CS0 and CS1 swapped):
 * 0-7→1, 8-15→0, 16-23→2, 24-31→3, 32-39→4, 40-47→5, 48-55→6, 56-63→7 [notes §1.1 EOS-WD-SEC,
 * secondary; consistent with ARISTA-AIDG "DSCP 24-31 → TC3 by default"].
 */
export function eosDefaultDscpToTc(dscp: number): number {
  const cs = dscp >> 3;
  return cs === 0 ? 1 : cs === 1 ? 0 : cs;
}

/** EOS default CoS → traffic-class: the same swap of 0 and 1 as the DSCP table (unverified; same source family). */
export function eosDefaultCosToTc(cos: number): number {
  return cos === 0 ? 1 : cos === 1 ? 0 : cos;
}

/**
 * Whether a physical/port-channel interface is a switchport when nothing says so.
 * - EOS: yes, unless `switchport default mode routed` [notes §1.1 interface-defaults.cfg].
 * - NX-OS: per `system default switchport` / `no system default switchport`. The default differs by
 *   platform: Nexus 9000 (the RoCE platform) ships L2 ports on most models, N7K/N3K L3 on some.
 *   We default to switched; a file that prints `no system default switchport` flips it.
 *   (Batfish models the same switch as `systemDefaultSwitchport`.)
 * - IOS: routers, so routed.
 */
export function defaultSwitched(dialect: CliDialect): boolean {
  return dialect !== 'ios';
}

/**
 * Admin state when no `shutdown` line is present (`true` = up).
 * NX-OS follows Batfish's Interface.defaultShutdown: Ethernet switchports per
 * `system default switchport shutdown` (default: up), routed Ethernet up, port-channels up,
 * subinterfaces down, SVIs down, loopback/mgmt up. EOS: up, except Ethernet when
 * `interface defaults` / `ethernet` / `shutdown` is configured. IOS: up (running-configs print
 * `shutdown` for every down interface, so absence means up).
 */
export function defaultAdminUp(
  dialect: CliDialect,
  kind: InterfaceKind,
  switched: boolean,
  opts: { eosEthernetShutdown: boolean; nxosSwitchportShutdown: boolean },
): boolean {
  if (dialect === 'eos') return !(kind === 'physical' && opts.eosEthernetShutdown);
  if (dialect === 'nxos') {
    if (kind === 'subinterface' || kind === 'svi') return false;
    if (kind === 'physical' && switched) return !opts.nxosSwitchportShutdown;
    return true;
  }
  return true;
}

/**
 * How QoS and PFC behave on each CLI dialect [notes §1.1, §1.2, §1.6].
 * - EOS: PFC and its no-drop priorities per port (`priority-flow-control on` + `priority … no-drop`), no DCBX
 *   unless configured; DSCP → traffic class by the default table; `qos trust` per port; tx-queues under the
 *   interface, strict priority from the top down until `no priority`.
 * - NX-OS: the no-drop CoS are device-wide (`system qos` network-qos `pause pfc-cos`), ports `mode on|off|auto`
 *   with `auto` negotiated by DCBX; a port without a `type qos` policy leaves everything in qos-group 0;
 *   queuing policies schedule the queues, strict only with `priority level 1`.
 * - IOS: untyped MQC; no PFC model (notes §1.6).
 */
export function qosBehaviour(dialect: CliDialect): QosBehaviour {
  const nxos = dialect === 'nxos';
  return {
    pfcBehaviour: {
      scope: nxos ? 'device' : 'interface',
      autoNegotiates: nxos,
      advertisesByDefault: nxos,
      portChannelMode: nxos,
      // EOS `priority-flow-control pause watchdog default …`, NX-OS `priority-flow-control watch-dog-interval on` [notes §1.1 AVD-PFC, §1.2 NX-ROCE].
      watchdog: { absenceMeansOff: dialect !== 'ios', portSwitchEnables: nxos, pollingAtMostHalfTimeout: dialect === 'eos' },
    },
    classLabel: dialect === 'eos' ? 'traffic-class' : nxos ? 'qos-group' : 'class',
    queueLabel: dialect === 'eos' ? 'tx-queue' : 'queue',
    defaultClassification: nxos ? 'none' : 'table',
    cosNeedsTrust: !nxos,
    trustPerPort: dialect === 'eos',
    ...(dialect === 'eos' ? { queueSettings: 'interface' as const, strictPriority: 'ladder' as const } : {}),
    ...(nxos ? { queueSettings: 'policy' as const, schedulingPolicyType: 'queuing', strictPriority: 'explicit' as const } : {}),
    ...(dialect === 'ios' ? { schedulingPolicyType: '' } : {}),
    typedPolicies: dialect !== 'ios',
    deviceWidePolicies: nxos,
  };
}
