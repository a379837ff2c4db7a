/**
 * Conventional RoCEv2 values.
 *
 * A fabric WITHOUT an intent file is NOT judged by these: rules then compare devices with each other
 * (same role, majority), because vendors and operators legitimately differ (Microsoft SONiC puts RoCE
 * on DSCP 3/4, Intel Gaudi on DSCP 24, Cisco on 24–31). Rules may use them only
 *   - as hints in messages ("RoCE conventionally uses DSCP 26"), and
 *   - for physical facts that hold everywhere (the host MTU needed for an RDMA path MTU of 4096).
 *
 * Sources are the keys of /work/shared/notes/fabric-domain.md §R.
 */

export interface RoceHint<T> {
  value: T;
  /** One sentence a message can quote. */
  why: string;
  refs: readonly string[];
}

/** Bytes Linux subtracts from the netdev MTU to get the RDMA (IB) path MTU. */
export const ROCE_HEADER_BYTES = {
  grh: 40,
  udp: 8,
  bth: 12,
  xrc: 4,
  atomicEth: 28,
  icrc: 4,
} as const;

/** 96: GRH 40 + UDP 8 + BTH 12 + XRC 4 + AtomicETH 28 + ICRC 4. */
export const ROCE_MTU_OVERHEAD = Object.values(ROCE_HEADER_BYTES).reduce((a, b) => a + b, 0);

/** RDMA path MTUs a RoCE NIC can use. */
export const IB_MTUS = [256, 512, 1024, 2048, 4096] as const;
export type IbMtu = (typeof IB_MTUS)[number];

/**
 * The largest RDMA path MTU a host with this netdev (L3) MTU gets: the largest IB MTU that fits
 * `mtu − 96`. 1500 → 1024, 4200 → 4096, 9000 → 4096. Undefined below 352 (256 + 96).
 */
export function ibMtuFor(netdevMtu: number): IbMtu | undefined {
  let best: IbMtu | undefined;
  for (const ib of IB_MTUS) if (ib + ROCE_MTU_OVERHEAD <= netdevMtu) best = ib;
  return best;
}

/** The smallest netdev (L3) MTU that gives this RDMA path MTU: 4096 → 4192. */
export function minNetdevMtuFor(ibMtu: IbMtu): number {
  return ibMtu + ROCE_MTU_OVERHEAD;
}

export const ROCE_HINTS = {
  roceDscp: {
    value: 26,
    why: 'RoCEv2 data conventionally uses DSCP 26 (af31) → priority 3 (NVIDIA, Juniper JVD, Arista CS3); Cisco classifies 24–31, Microsoft SONiC 3/4, Intel Gaudi 24.',
    refs: ['CL-ROCE', 'JVD-AI', 'NX-ROCE', 'ARISTA-AIDG', 'SONIC-QOSJ2', 'HABANA'],
  } as RoceHint<number>,
  cnpDscp: {
    value: 48,
    why: 'Congestion notification packets (CNP) conventionally use DSCP 48 (cs6) in a strict-priority, lossy queue.',
    refs: ['CL-ROCE', 'JVD-AI', 'NX-ROCE'],
  } as RoceHint<number>,
  losslessPriority: {
    value: 3,
    why: 'RoCE data is conventionally lossless on priority 3 (PFC priority, traffic class and queue 3).',
    refs: ['CL-ROCE', 'NX-ROCE', 'NX-AZ', 'JVD-AI'],
  } as RoceHint<number>,
  cnpTrafficClass: {
    value: 6,
    why: 'CNP conventionally goes to traffic class 6 (NVIDIA, SONiC) or qos-group 7 (Cisco), strict priority, not lossless.',
    refs: ['CL-ROCE', 'SONIC-QOSJ2', 'NX-ROCE'],
  } as RoceHint<number>,
  maxLosslessPriorities: {
    value: 2,
    why: 'Every lossless priority reserves PFC headroom buffer on every port; SONiC enables 2 by default.',
    refs: ['SONIC-QOSJ2'],
  } as RoceHint<number>,
  minHostMtu: {
    value: minNetdevMtuFor(4096),
    why: `A host needs netdev MTU ≥ 4096 + ${ROCE_MTU_OVERHEAD} = ${minNetdevMtuFor(4096)} for an RDMA path MTU of 4096 (Linux subtracts GRH 40 + UDP 8 + BTH 12 + XRC 4 + AtomicETH 28 + ICRC 4); with 1500 RDMA uses 1024. Switches on the path need at least the host MTU.`,
    refs: ['LINUX-IBADDR', 'LINUX-IBPACK', 'IBM-MTU'],
  } as RoceHint<number>,
  hostMtu: {
    value: 9000,
    why: 'RoCE hosts commonly run netdev MTU 9000 (RDMA path MTU 4096).',
    refs: ['IBM-MTU'],
  } as RoceHint<number>,
  fabricMtu: {
    value: 9214,
    why: 'Fabric links commonly run L3 MTU 9214 (Arista AVD) or 9216 (NX-OS, SONiC, Cumulus maximum), above any host MTU.',
    refs: ['AVD-FS', 'BRKDCN', 'SONIC-YANG-PORT', 'CL-SPA'],
  } as RoceHint<number>,
  ecn: {
    value: { minBytes: 150_000, maxBytes: 1_500_000, probability: 100 },
    why: 'NVIDIA `nv set qos roce` marks ECN on the RoCE queue from ~150 KB to ~1.5 MB at probability 100; Cisco examples use 950 KB–3000 KB, SONiC 1–2 MiB.',
    refs: ['CL-ROCE', 'NX-ROCE', 'SONIC-QOSJ2'],
  } as RoceHint<{ minBytes: number; maxBytes: number; probability: number }>,
  watchdog: {
    value: { detectMs: 200, restoreMs: 200, pollMs: 100, action: 'drop' },
    why: 'A PFC watchdog breaks pause storms and deadlocks: SONiC detects/restores after 200 ms (drop), Junos and NX-OS poll every 100 ms.',
    refs: ['MSFT-2016', 'SONIC-PFCWD', 'JNPR-WD', 'NX-PFC105'],
  } as RoceHint<{ detectMs: number; restoreMs: number; pollMs: number; action: string }>,
  vxlanOverhead: {
    value: 50,
    why: 'VXLAN adds 50 bytes (outer Ethernet 14 + IPv4 20 + UDP 8 + VXLAN 8): the underlay MTU must exceed the overlay MTU by 50.',
    refs: ['CL-SPA'],
  } as RoceHint<number>,
} as const;

/**
 * What a rule uses when the intent leaves a value out AND the rule has no option for it. Matches the
 * `default` keywords of the schema.
 */
export const INTENT_FALLBACKS = {
  mtuTolerance: 0,
  /** mtu/below-intent threshold without mtu.minimum / mtu.fabric. */
  mtuMinimum: 9000,
  maxLosslessPriorities: 2,
  watchdog: 'recommended' as 'required' | 'recommended' | 'off',
  ecnProbability: 100,
  ecnTolerancePct: 0,
} as const;

/** DSCP names the intent accepts (lower case), with their values; mirrors model/dscp.ts. */
export const DSCP_NAME_VALUES: Readonly<Record<string, number>> = {
  default: 0,
  be: 0,
  cs0: 0,
  cs1: 8,
  cs2: 16,
  cs3: 24,
  cs4: 32,
  cs5: 40,
  cs6: 48,
  cs7: 56,
  af11: 10,
  af12: 12,
  af13: 14,
  af21: 18,
  af22: 20,
  af23: 22,
  af31: 26,
  af32: 28,
  af33: 30,
  af41: 34,
  af42: 36,
  af43: 38,
  ef: 46,
  va: 44,
  le: 1,
};

export const DSCP_NAMES = Object.keys(DSCP_NAME_VALUES);
