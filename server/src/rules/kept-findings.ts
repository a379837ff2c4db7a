import type { Finding } from './types';

/**
 * One rule's findings per unit it judges (a device, a link, a device pair), kept from lint to lint, with the list of
 * all of them in the units' order. Bringing it up to date after a keystroke costs what the units judged again and the
 * units holding findings cost, not what the fabric's thousands of clean units would: they are neither looked up nor
 * copied.
 */
export class KeptFindings<U extends object> {
  private readonly byUnit = new WeakMap<U, { stamp: unknown; findings: readonly Finding[] }>();
  /** Units holding at least one finding, in order. */
  private holding: U[] = [];
  private list: Finding[] = [];
  /** The runner's lint this was last brought up to date in (RuleRunner: a rule that skipped a lint scans every unit). */
  lint = -1;

  /** What the unit was judged from (its neighbourhood, its far ends), or undefined when it never was. */
  stamp(unit: U): unknown {
    return this.byUnit.get(unit)?.stamp;
  }

  /**
   * Keeps the findings of the units judged now; every finding, in the units' order. With `every` (the units there are
   * now, in order: a rule that skipped a lint), the list is made again from them; else the units holding findings are
   * kept, those no longer there dropped (`present`, asked only when `someGone`), and `position` orders them.
   */
  update(
    judged: readonly { unit: U; stamp: unknown; findings: readonly Finding[] }[],
    since: { every: readonly U[] } | { someGone: boolean; present: (u: U) => boolean; position: (u: U) => number },
  ): Finding[] {
    for (const j of judged) this.byUnit.set(j.unit, { stamp: j.stamp, findings: j.findings });
    let holding: U[];
    if ('every' in since) holding = since.every.filter((u) => (this.byUnit.get(u)?.findings.length ?? 0) > 0);
    else {
      if (judged.length === 0 && !since.someGone) return this.list;
      const again = new Set(judged.map((j) => j.unit));
      holding = this.holding.filter((u) => !again.has(u) && (!since.someGone || since.present(u)));
      const before = holding.length;
      for (const j of judged) if (j.findings.length > 0) holding.push(j.unit);
      // No unit dropped (none judged again held findings, none gone) and none added: the same list.
      if (holding.length === before && before === this.holding.length) return this.list;
      holding.sort((x, y) => since.position(x) - since.position(y));
    }
    this.holding = holding;
    const list: Finding[] = [];
    for (const u of holding) for (const f of this.byUnit.get(u)!.findings) list.push(f);
    this.list = list;
    return list;
  }
}
