/**
 * MLAG / vPC / CLAG peer-links from the pairing each switch configures (`Device.peerGroup`): switch A names its
 * peer's address (EOS `peer-address`, NX-OS `peer-keepalive destination`, Cumulus `clag peer-ip`); the switch that
 * owns that address, names A's address back and shares A's domain (EOS `domain-id`, NX-OS `vpc domain`, Cumulus
 * `sys-mac`) is A's peer, and their peer-link port-channels (and peering interfaces, EOS `local-interface Vlan4094`,
 * Cumulus `peerlink.4094`) are cabled together. Link-local peering addresses are reused by every pair of a fabric,
 * so an address alone never decides: the pairing must be mutual and unique, else nothing is inferred.
 */
import type { Device, LinkEvidence, PeerGroup } from '../model/types';

const KIND_WORDS: Record<PeerGroup['kind'], string> = { mlag: 'MLAG', vpc: 'vPC', clag: 'CLAG' };

function norm(address: string): string {
  return address
    .trim()
    .toLowerCase()
    .replace(/\/\d+$/, '');
}

/** Device keys owning each address (interface addresses and the configured peering source). */
function addressOwners(devices: Map<string, Device>): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  const own = (a: string, key: string) => {
    const k = norm(a);
    let s = owners.get(k);
    if (!s) owners.set(k, (s = new Set()));
    s.add(key);
  };
  for (const [key, d] of devices) {
    if (!d.peerGroup) continue;
    for (const i of d.interfaces.values()) for (const a of [...i.ipv4, ...i.ipv6]) own(a.value.address, key);
    if (d.peerGroup.localAddress) own(d.peerGroup.localAddress.value, key);
  }
  return owners;
}

export function inferPeerLinks(devices: Map<string, Device>): LinkEvidence[] {
  const grouped: [string, Device & { peerGroup: PeerGroup }][] = [];
  for (const [k, d] of devices) if (d.peerGroup?.peerAddress) grouped.push([k, d as Device & { peerGroup: PeerGroup }]);
  if (grouped.length < 2) return [];
  const owners = addressOwners(devices);
  const sameDomain = (x: PeerGroup, y: PeerGroup) => !x.domain || !y.domain || x.domain.value.toLowerCase() === y.domain.value.toLowerCase();
  const candidates = new Map<string, string[]>();
  for (const [key, d] of grouped) {
    const list: string[] = [];
    for (const other of owners.get(norm(d.peerGroup.peerAddress!.value)) ?? []) {
      const o = devices.get(other);
      if (other === key || !o?.peerGroup || o.peerGroup.kind !== d.peerGroup.kind || !sameDomain(d.peerGroup, o.peerGroup)) continue;
      const back = o.peerGroup.peerAddress;
      if (back && !owners.get(norm(back.value))?.has(key)) continue;
      list.push(other);
    }
    candidates.set(key, list);
  }
  const out: LinkEvidence[] = [];
  for (const [key, d] of grouped) {
    const [peer, ...more] = candidates.get(key) ?? [];
    if (!peer || more.length > 0 || key > peer) continue;
    const back = candidates.get(peer);
    if (!back || back.length !== 1 || back[0] !== key) continue;
    const p = devices.get(peer)!.peerGroup!;
    const mine = d.peerGroup;
    const locs = [mine.peerAddress, p.peerAddress].filter((x) => x !== undefined).map((x) => x.loc);
    const detail = `${KIND_WORDS[mine.kind]} peers (${key} names ${mine.peerAddress!.value}${p.peerAddress ? `, ${peer} names ${p.peerAddress.value}` : ''}${mine.domain ? `, domain ${mine.domain.value}` : ''})`;
    const pairs: [string | undefined, string | undefined, string][] = [
      [mine.peerLink?.value, p.peerLink?.value, 'peer-link'],
      [mine.localInterface?.value, p.localInterface?.value, 'peering interface'],
    ];
    const seen = new Set<string>();
    for (const [a, b, what] of pairs) {
      if (!a || !b || seen.has(`${a}\u0000${b}`)) continue;
      seen.add(`${a}\u0000${b}`);
      const whereLocs = [what === 'peer-link' ? mine.peerLink?.loc : mine.localInterface?.loc, what === 'peer-link' ? p.peerLink?.loc : p.localInterface?.loc];
      out.push({
        source: 'peer-link',
        a: { device: key, interface: a },
        b: { device: peer, interface: b },
        locs: [...whereLocs.filter((l) => l !== undefined), ...locs],
        detail: `${what} of ${detail}`,
      });
    }
  }
  return out;
}
