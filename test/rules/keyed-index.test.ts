// KeyedIndex (rules/support/keyed-index.ts) is brought up to date from the last call by the devices whose contribution
// is a new object; what it gives must be what a build from scratch gives, in the same order, whatever the edits:
// devices changed, added anywhere in the order, removed, and keys that go from one holder to several and back.
import { strict as assert } from 'node:assert';
import type { Device } from '../../server/src/model/types';
import type { Contribution } from '../../server/src/rules/types';
import { KeyedIndex, type Keyed } from '../../server/src/rules/support/keyed-index';
import { seededRandom } from '../helpers/seeded-random';

const entriesOf = (c: Contribution): readonly Keyed<string>[] => c.facts as Keyed<string>[];

describe('KeyedIndex', () => {
  for (const seed of [1, 2, 3, 42]) {
    it(`gives what a build from scratch gives after each of 300 random edits (seed ${seed})`, () => {
      const next = seededRandom(seed);
      const pick = (n: number): number => Math.floor(next() * n);
      // Few keys, so that keys are often shared; several entries of one key on one device happen too.
      const contributionOf = (name: string): Contribution => ({
        digest: '',
        facts: Array.from({ length: pick(4) }, (_, i) => ({ key: `k${pick(12)}`, item: `${name}#${i}` })),
      });
      const devices: Device[] = [];
      const contributions = new Map<Device, Contribution>();
      const index = new KeyedIndex<string>(entriesOf);
      let named = 0;
      let sharedSeen = 0;
      for (let step = 0; step < 300; step++) {
        const what = pick(4);
        if ((what === 0 || devices.length < 3) && devices.length < 30) {
          // A device added at any place of the fabric's order.
          const d = { hostname: `d${named++}` } as Device;
          devices.splice(pick(devices.length + 1), 0, d);
          contributions.set(d, contributionOf(d.hostname));
        } else if (what === 1) {
          const [gone] = devices.splice(pick(devices.length), 1);
          contributions.delete(gone!);
        } else {
          const d = devices[pick(devices.length)]!;
          contributions.set(d, contributionOf(d.hostname));
        }
        const now = new Map(devices.map((d) => [d, contributions.get(d)!]));
        const expected = new KeyedIndex<string>(entriesOf).sharedKeys(now);
        assert.deepEqual(index.sharedKeys(now), expected, `seed ${seed}, step ${step}`);
        // By hand: keys by first holder, holders in device order, only keys held twice or more.
        const byKey = new Map<string, string[]>();
        for (const c of now.values()) for (const e of entriesOf(c)) byKey.set(e.key, [...(byKey.get(e.key) ?? []), e.item]);
        assert.deepEqual(
          expected,
          [...byKey].filter(([, items]) => items.length > 1),
          `seed ${seed}, step ${step}: a build from scratch`,
        );
        sharedSeen += expected.length;
      }
      assert.ok(sharedSeen > 100, 'the edits made shared keys');
    });
  }
});
