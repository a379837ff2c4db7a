/**
 * containerlab node kind → how its container interface names (`eth1`, `e1-1`) map to the names
 * the NOS uses in its configuration. Names that do not match a kind's container pattern (already
 * NOS form such as `Ethernet1/1`, `et-0/0/1`, `swp1`) are taken as written.
 *
 * Sources: containerlab kind pages (containerlab.dev/manual/kinds/*) and the corpus labs
 * (srlvjunos01: vswitch eth1..3 ↔ ge-0/0/0..2 in vjunos.cfg; srlcjunosevo: cevo eth4..6 ↔
 * et-0/0/0..2 in cjunosevo.cfg).
 */

export interface ClabNaming {
  /** Container-side name → NOS name, or undefined when the rule does not apply to this name. */
  map(name: string): string | undefined;
  /** One line for docs and the report. */
  describe: string;
}

/** `eth<N>` → `${prefix}${(N - first) * step + base}${suffix}` (N ≥ first). */
function ethIndexed(prefix: string, opts: { first?: number; base?: number; step?: number } = {}): ClabNaming {
  const first = opts.first ?? 1;
  const base = opts.base ?? (prefix.endsWith('-0/0/') ? 0 : 1);
  const step = opts.step ?? 1;
  return {
    map(name) {
      const m = /^eth(\d+)$/i.exec(name);
      if (!m) return undefined;
      const n = Number(m[1]);
      if (n < first) return undefined;
      return `${prefix}${(n - first) * step + base}`;
    },
    describe: `eth${first} → ${prefix}${base}, eth${first + 1} → ${prefix}${base + step}`,
  };
}

const asWritten: ClabNaming = { map: () => undefined, describe: 'as written' };

/** cEOS: eth1 → Ethernet1; eth1_1 → Ethernet1/1 (the documented cEOS multi-lane form). */
const ceos: ClabNaming = {
  map(name) {
    const m = /^eth(\d+(?:_\d+)*)$/i.exec(name);
    return m ? `Ethernet${(m[1] ?? '').replace(/_/g, '/')}` : undefined;
  },
  describe: 'eth1 → Ethernet1, eth1_1 → Ethernet1/1',
};

/** SR Linux: e1-1 → ethernet-1/1, e1-2-3 (breakout) → ethernet-1/2/3. */
const srlinux: ClabNaming = {
  map(name) {
    const m = /^e(\d+)-(\d+)(?:-(\d+))?$/i.exec(name);
    if (!m) return undefined;
    return `ethernet-${m[1]}/${m[2]}${m[3] !== undefined ? `/${m[3]}` : ''}`;
  },
  describe: 'e1-1 → ethernet-1/1, e1-2-3 → ethernet-1/2/3',
};

const eosVm = ethIndexed('Ethernet');
const nxos = ethIndexed('Ethernet1/');
const junosGe = ethIndexed('ge-0/0/');
const junosXe = ethIndexed('xe-0/0/');
const junosEt = ethIndexed('et-0/0/');
const sonic = ethIndexed('Ethernet', { base: 0, step: 4 });

/** Kind (lower case, as written in the topology or its short alias) → naming rule. Add rows here. */
export const CLAB_KIND_NAMING: Record<string, ClabNaming> = {
  ceos: ceos,
  arista_ceos: ceos,
  'vr-veos': eosVm,
  vr_veos: eosVm,
  arista_veos: eosVm,
  cisco_n9kv: nxos,
  'vr-n9kv': nxos,
  vr_n9kv: nxos,
  juniper_vjunosswitch: junosGe,
  'vr-vjunosswitch': junosGe,
  juniper_vjunosrouter: junosGe,
  'vr-vjunosrouter': junosGe,
  juniper_vmx: junosGe,
  'vr-vmx': junosGe,
  juniper_vsrx: junosGe,
  juniper_vqfx: junosXe,
  'vr-vqfx': junosXe,
  juniper_vjunosevolved: junosEt,
  juniper_cjunosevolved: ethIndexed('et-0/0/', { first: 4, base: 0 }),
  crpd: asWritten,
  juniper_crpd: asWritten,
  nokia_srlinux: srlinux,
  srl: srlinux,
  'sonic-vs': sonic,
  sonic_vs: sonic,
  'sonic-vm': sonic,
  cumulus_cvx: asWritten,
  cvx: asWritten,
  linux: asWritten,
  bridge: asWritten,
  'ovs-bridge': asWritten,
  host: asWritten,
};

/** NOS name of a containerlab interface of a node of `kind` (unknown kinds: as written). */
export function clabInterfaceName(kind: string | undefined, name: string): string {
  const rule = kind ? CLAB_KIND_NAMING[kind.toLowerCase()] : undefined;
  return rule?.map(name) ?? name;
}
