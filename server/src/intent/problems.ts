/** Problems found while loading, before and after their final wording. */
import type { Loc } from '../model/location';
import { dottedPath, key, type Path } from './paths';
import type { IntentProblem } from './types';

export interface Pending {
  /** Already complete ("mtu.fabric: 99999 is above …"). */
  text: string;
  loc: Loc;
  severity: 'error' | 'warning';
  /** What is ignored because of it (raw path), if anything. */
  drop?: Path;
  /** The raw path the problem is about, to say "(ignored)" rather than naming the path twice. */
  at: Path;
}

export function finish(p: Pending): IntentProblem {
  let message = p.text;
  if (p.drop) {
    message += key(p.drop) === key(p.at) ? ' (ignored)' : ` (${dottedPath(p.drop)} is ignored)`;
  }
  return { message, loc: p.loc, severity: p.severity };
}
