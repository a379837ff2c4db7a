// What an aggregate rule that looks for the same key on several devices (an address held twice) reads: every device's
// keyed entries, grouped by key. Built from scratch it is a pass over every entry of the fabric on every lint; here it
// is brought up to date from the last lint by the devices whose contribution is a new object (the runner keeps the
// same Contribution while a device and its neighbourhood are the same), so a keystroke costs a look at each device
// and the entries of the one that changed. What it gives is what a build from scratch gives, in the same order.
import type { Device } from '../../model/types';
import type { Contribution } from '../types';

export interface Keyed<T> {
  key: string;
  item: T;
}

interface Placed<T> extends Keyed<T> {
  device: Device;
  /** The entry's index among its device's entries. */
  index: number;
}

export class KeyedIndex<T> {
  private readonly byKey = new Map<string, Placed<T>[]>();
  /** Keys with entries on more than one place (any two entries). */
  private readonly shared = new Set<string>();
  private last = new Map<Device, { contribution: Contribution; placed: Placed<T>[] }>();
  private lastSeen: ReadonlyMap<Device, Contribution> | undefined;
  private lastShared: [string, T[]][] = [];
  private position = new Map<Device, number>();

  /** `entriesOf`: a device's keyed entries, from its contribution (what Rule.contribution put in `facts`). */
  constructor(private readonly entriesOf: (contribution: Contribution) => readonly Keyed<T>[]) {}

  /**
   * The keys held by two entries or more, each with its entries, in the order a build from scratch over
   * `contributions` would give (keys by their first entry; entries by device, then by their order on the device).
   */
  sharedKeys(contributions: ReadonlyMap<Device, Contribution>): readonly [string, T[]][] {
    if (contributions === this.lastSeen) return this.lastShared;
    this.update(contributions);
    const placed: [string, Placed<T>[]][] = [];
    for (const key of this.shared) placed.push([key, [...this.byKey.get(key)!].sort((a, b) => this.compare(a, b))]);
    placed.sort((a, b) => this.compare(a[1][0]!, b[1][0]!));
    this.lastSeen = contributions;
    this.lastShared = placed.map(([key, list]) => [key, list.map((p) => p.item)]);
    return this.lastShared;
  }

  private compare(a: Placed<T>, b: Placed<T>): number {
    return this.position.get(a.device)! - this.position.get(b.device)! || a.index - b.index;
  }

  private update(contributions: ReadonlyMap<Device, Contribution>): void {
    const next = new Map<Device, { contribution: Contribution; placed: Placed<T>[] }>();
    this.position = new Map();
    for (const [device, contribution] of contributions) {
      this.position.set(device, this.position.size);
      const before = this.last.get(device);
      if (before?.contribution === contribution) {
        next.set(device, before);
        this.last.delete(device);
        continue;
      }
      if (before) this.remove(before.placed);
      this.last.delete(device);
      const placed = this.entriesOf(contribution).map((e, index) => ({ ...e, device, index }));
      for (const p of placed) this.add(p);
      next.set(device, { contribution, placed });
    }
    // What is left of the last lint: devices gone from the fabric.
    for (const gone of this.last.values()) this.remove(gone.placed);
    this.last = next;
  }

  private add(p: Placed<T>): void {
    const list = this.byKey.get(p.key);
    if (!list) {
      this.byKey.set(p.key, [p]);
      return;
    }
    list.push(p);
    this.shared.add(p.key);
  }

  private remove(placed: readonly Placed<T>[]): void {
    for (const p of placed) {
      const list = this.byKey.get(p.key)!;
      list.splice(list.indexOf(p), 1);
      if (list.length === 0) this.byKey.delete(p.key);
      if (list.length < 2) this.shared.delete(p.key);
    }
  }
}
