import { resolveLinks, type ResolveOptions, type ResolveResult } from '../links/index';
import type { Loc } from '../model/location';
import { memoize } from '../model/memo';
import type { Device, LinkEvidence } from '../model/types';

/**
 * Link resolution reads only a few facts of each interface (addresses, VRF, description, LAG membership,
 * admin state, and where they are written). A keystroke rarely changes any of them, so the previous
 * links are reused when every device's link facts, the topology evidence and the options are the same; when links
 * are resolved again, the links and segments that came out the same are the previous objects.
 */
export class LinkCache {
  private last?: { signatures: Map<string, string>; evidence: LinkEvidence[]; options: string; result: ResolveResult };

  resolve(devices: Map<string, Device>, evidence: LinkEvidence[], options: ResolveOptions): ResolveResult {
    const signatures = new Map<string, string>();
    for (const d of devices.values()) signatures.set(d.hostname, linkSignature(d));
    const opts = JSON.stringify(options);
    if (this.last && this.last.options === opts && sameEvidence(this.last.evidence, evidence) && sameSignatures(this.last.signatures, signatures)) {
      return this.last.result;
    }
    const result = resolveLinks(devices, evidence, options);
    if (this.last) {
      // What did not change stays the same object, so that the rules keep the findings of the devices around it.
      result.links = sameObjects(this.last.result.links, result.links);
      result.segments = sameObjects(this.last.result.segments, result.segments);
    }
    this.last = { signatures, evidence, options: opts, result };
    return result;
  }
}

/** `next`, with each item equal (as JSON) to one of `before` replaced by that object; `before` itself when all are. */
function sameObjects<T>(before: T[], next: T[]): T[] {
  const old = new Map<string, T>();
  for (const x of before) old.set(JSON.stringify(x), x);
  const out = next.map((x) => old.get(JSON.stringify(x)) ?? x);
  return out.length === before.length && out.every((x, i) => x === before[i]) ? before : out;
}

function sameEvidence(a: LinkEvidence[], b: LinkEvidence[]): boolean {
  return a.length === b.length && a.every((e, i) => e === b[i]);
}

function sameSignatures(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of b) if (a.get(k) !== v) return false;
  return true;
}

const at = (loc: Loc | undefined): string => (loc ? `${loc.range.start.line}:${loc.range.start.character}` : '');

/** Everything of a device that link resolution reads, as one string; computed once per Device object. */
const linkSignature = memoize((d: Device): string => {
  const parts: string[] = [d.uri, d.hostname, peerGroupSignature(d)];
  for (const i of d.interfaces.values()) {
    parts.push(
      [
        i.name,
        i.writtenAs.join(','),
        i.kind,
        i.adminUp.value,
        i.vrf?.value ?? '',
        i.ipv4.map((a) => `${a.value.address}/${a.value.prefixLength}@${at(a.loc)}`).join(','),
        i.ipv6.map((a) => `${a.value.address}/${a.value.prefixLength}@${at(a.loc)}`).join(','),
        i.description ? `${i.description.value}@${at(i.description.loc)}` : '',
        i.channelGroup ? `${i.channelGroup.value}@${at(i.channelGroup.loc)}` : '',
        i.anycastGateway?.value ? 'anycast' : '',
      ].join('\u0001'),
    );
  }
  return parts.join('\u0002');
});

function peerGroupSignature(d: Device): string {
  const g = d.peerGroup;
  if (!g) return '';
  const f = (x: { value: string; loc: Loc } | undefined) => (x ? `${x.value}@${at(x.loc)}` : '');
  return [g.kind, f(g.domain), f(g.peerLink), f(g.localInterface), f(g.localAddress), f(g.peerAddress)].join('\u0001');
}
