import type { Position } from '../../model/location';
import type { SymbolKind } from '../../model/types';
import { statementPath } from '../../parsing/statement-path';
import { rangeBefore } from '../../parsing/text-position';
import type { DialectNavigation, ReferenceSlot } from '../types';

/**
 * SR Linux as navigation sees it, braces or `set /` lines: sections by braces. Under `qos interfaces` a port names
 * its `input classifiers dscp-policy`, its `pfc pfc-mapping-profile` and each output queue's `queue-management-profile`.
 */
export const srlinuxNavigation: DialectNavigation = {
  folding: 'brackets',
  referenceSlot: srlinuxSlot,
  renamable: new Set<SymbolKind>(['classifier', 'congestion-notification-profile', 'wred-profile']),
  invalidName: (_kind, name) => {
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name)) return 'a name starts with a letter or digit and holds only letters, digits, `-`, `_` and `.`';
    if (name === 'default') return 'default is the profile SR Linux defines itself';
    return undefined;
  },
  // The platform's own dscp-policy, pfc-mapping-profile and queue-management-profile are named `default`.
  isBuiltin: (_kind, name) => name === 'default',
};

const SLOTS: Readonly<Record<string, SymbolKind>> = {
  'dscp-policy': 'classifier',
  'ipv4-dscp-policy': 'classifier',
  'ipv6-dscp-policy': 'classifier',
  'pfc-mapping-profile': 'congestion-notification-profile',
  'queue-management-profile': 'wred-profile',
};

function srlinuxSlot(text: string, pos: Position): ReferenceSlot | undefined {
  const path = statementPath(text, pos)
    .filter((w, i) => !(i === 0 && w === 'set') && w !== '/')
    .map((w) => w.replace(/^\//, ''));
  if (path[0] !== 'qos' || path[1] !== 'interfaces') return undefined;
  const kind = SLOTS[path[path.length - 2] ?? ''];
  const partial = path[path.length - 1] ?? '';
  return kind ? { kind, range: rangeBefore(pos, partial) } : undefined;
}
