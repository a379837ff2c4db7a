/** What the seeders of the l2/, mlag/ and design/flat-l2 rules share: switch-to-switch links at their VLAN ports. */
import { l2Links, type L2Link } from '../../server/src/rules/l2/common';
import { CLI, fileOf, lineOf, type End } from './helpers';
import type { SeedContext } from './seeder';

/** Switch-to-switch links of the clean CLI devices (EOS, NX-OS, IOS) that are not peer-links, both ends switched and up. */
export function switchedCliLinks(ctx: SeedContext): L2Link[] {
  return l2Links(ctx.before.fabric).filter(
    (l) =>
      !l.peerLink &&
      [l.a, l.b].every((e) => CLI.has(e.device.dialect) && e.iface.mode.value === 'switched' && e.iface.adminUp.value && ctx.clean(fileOf(ctx, e.device))),
  );
}

/** Both orientations, the end that will be edited first: the end without an MLAG/vPC number first, so its peer switch is not disturbed. */
export function editableEnds(l: L2Link): [End, End][] {
  const out: [End, End][] = [
    [l.a, l.b],
    [l.b, l.a],
  ];
  return out.sort((x, y) => Number(!!x[0].iface.mlagId) - Number(!!y[0].iface.mlagId));
}

/** The line of a port's `switchport mode trunk`, when the port writes one. */
export function trunkModeLine(e: End): number | undefined {
  const m = e.iface.vlanMode;
  return m && !m.defaulted && m.value === 'trunk' ? lineOf(m.loc) : undefined;
}

/** Every switch-to-switch link at this port (a LAG dual-homed to an MLAG pair has one per peer switch), peer-links aside. */
export function linksAt(ctx: SeedContext, e: End): { other: End }[] {
  return l2Links(ctx.before.fabric)
    .filter((l) => !l.peerLink && (l.a.iface === e.iface || l.b.iface === e.iface))
    .map((l) => ({ other: l.a.iface === e.iface ? l.b : l.a }));
}
