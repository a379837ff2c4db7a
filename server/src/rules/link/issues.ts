/**
 * What the link/ rules that report the link resolution's issues read (RuleReads `aggregate` with a basis): the issues
 * come from every device at once, so they are the fabric-wide basis of those rules' verdicts. Link resolution hands
 * back the same issue list while no device's link facts moved (engine/link-cache.ts), so the issues are prepared and
 * written as a basis once per list, not once per keystroke.
 */
import type { Fabric, LinkIssue } from '../../model/types';
import type { RuleContext } from '../types';

/**
 * `prepare` turned into a fact of the fabric's issue list, with its JSON as the rule's basis. `prepare` may read the
 * devices only where link resolution does (addresses, descriptions, interface names, the links), so that the same
 * issue list means the same result; it keeps names, never Device or Interface objects, which an edit replaces.
 */
export function fromLinkIssues<T>(prepare: (fabric: Fabric) => T): { of(fabric: Fabric): T; basis(ctx: RuleContext): string } {
  const cache = new WeakMap<readonly LinkIssue[], { value: T; basis: string }>();
  const entry = (fabric: Fabric): { value: T; basis: string } => {
    let e = cache.get(fabric.linkIssues);
    if (!e) {
      const value = prepare(fabric);
      e = { value, basis: JSON.stringify(value) };
      cache.set(fabric.linkIssues, e);
    }
    return e;
  };
  return { of: (fabric) => entry(fabric).value, basis: (ctx) => entry(ctx.fabric).basis };
}
