import type { Position } from '../../model/location';
import type { SymbolKind } from '../../model/types';
import { statementPath } from '../../parsing/statement-path';
import { rangeBefore } from '../../parsing/text-position';
import type { DialectNavigation, ReferenceSlot } from '../types';
import { isJunosBuiltin } from './extract';

/**
 * Junos as navigation sees it, in both formats: sections by braces (a `set` file has none to fold). Under
 * `class-of-service interfaces` a port or unit names its `scheduler-map`, `congestion-notification-profile`,
 * `classifiers <type>` and `rewrite-rules <type>`; a scheduler-map names a scheduler per forwarding class, a scheduler
 * its drop profiles, and classifiers, rewrite rules and scheduler-maps name forwarding classes.
 */
export const junosNavigation: DialectNavigation = {
  folding: 'brackets',
  referenceSlot: junosSlot,
  renamable: new Set<SymbolKind>([
    'classifier',
    'rewrite-rule',
    'scheduler',
    'scheduler-map',
    'drop-profile',
    'congestion-notification-profile',
    'forwarding-class',
  ]),
  invalidName: (kind, name) => {
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name)) return 'a Junos name starts with a letter or digit and holds only letters, digits, `-`, `_` and `.`';
    if (isJunosBuiltin(kind, name)) return `${name} is a name Junos defines itself`;
    return undefined;
  },
  isBuiltin: isJunosBuiltin,
};

function junosSlot(text: string, pos: Position): ReferenceSlot | undefined {
  const path = statementPath(text, pos);
  if (path[0] === 'set') path.shift();
  const partial = path[path.length - 1] ?? '';
  const slot = (kind: SymbolKind, subtype?: string): ReferenceSlot => ({ kind, ...(subtype ? { subtype } : {}), range: rangeBefore(pos, partial) });
  const at = (i: number): string | undefined => path[path.length - 1 - i];
  if (path[0] !== 'class-of-service') return undefined;
  const onPort = path[1] === 'interfaces';
  if (onPort && at(1) === 'scheduler-map') return slot('scheduler-map');
  if (onPort && at(1) === 'congestion-notification-profile') return slot('congestion-notification-profile');
  if (onPort && at(2) === 'classifiers') return slot('classifier', at(1));
  if (onPort && at(2) === 'rewrite-rules') return slot('rewrite-rule', at(1));
  if (path[1] === 'scheduler-maps' && at(1) === 'scheduler' && at(3) === 'forwarding-class') return slot('scheduler');
  if (path[1] === 'schedulers' && at(1) === 'drop-profile') return slot('drop-profile');
  if ((path[1] === 'scheduler-maps' || path[1] === 'classifiers' || path[1] === 'rewrite-rules') && at(1) === 'forwarding-class') {
    return slot('forwarding-class');
  }
  return undefined;
}
