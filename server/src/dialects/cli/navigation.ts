import type { Position } from '../../model/location';
import type { SymbolKind } from '../../model/types';
import { linePrefix, rangeBefore } from '../../parsing/text-position';
import type { DialectNavigation, ReferenceSlot } from '../types';
import { isSystemClass, normPolicyType } from './context';
import type { CliDialect } from './defaults';

/**
 * EOS, NX-OS and IOS as navigation sees them: sections by indentation; names are referred to by
 * `service-policy [type T] input|output NAME` (interfaces, NX-OS `system qos`, IOS control-plane), `service-profile
 * NAME` (EOS interfaces) and `class [type T] NAME` in a policy-map.
 */
export function cliNavigation(dialect: CliDialect): DialectNavigation {
  return {
    folding: 'indentation',
    referenceSlot: (text, pos) => cliSlot(text, pos),
    renamable: new Set<SymbolKind>(['class-map', 'policy-map', 'qos-profile']),
    invalidName: (kind, name) => {
      if (!/^[!-~]+$/.test(name)) return 'a name is one word of printable ASCII characters, without spaces';
      if (name.startsWith('"')) return 'a name does not start with a quote';
      if (isBuiltin(dialect, kind, name)) return `${name} is a name the platform defines itself`;
      return undefined;
    },
    isBuiltin: (kind, name) => isBuiltin(dialect, kind, name),
  };
}

function isBuiltin(dialect: CliDialect, kind: SymbolKind, name: string): boolean {
  if (kind === 'class-map') return isSystemClass(name);
  // NX-OS ships `default-nq-8e-policy`, `default-8q-out-policy` …
  return kind === 'policy-map' && dialect === 'nxos' && /^default-/i.test(name);
}

const SERVICE_POLICY = /^\s*service-policy\s+(?:type\s+(\S+)\s+)?(?:input|output)\s+(\S*)$/i;
/** NX-OS `system qos` attaches network-qos without a direction. */
const SYSTEM_POLICY = /^\s*service-policy\s+type\s+(network-qos)\s+(\S*)$/i;
const SERVICE_PROFILE = /^\s*service-profile\s+(\S*)$/i;
const POLICY_CLASS = /^(\s+)class\s+(?:type\s+(\S+)\s+)?(\S*)$/i;
const POLICY_MAP = /^policy-map\s+(?:type\s+(\S+)\s+)?\S+/i;

function cliSlot(text: string, pos: Position): ReferenceSlot | undefined {
  const prefix = linePrefix(text, pos);
  const slot = (kind: SymbolKind, partial: string, type?: string): ReferenceSlot => ({
    kind,
    ...(type !== undefined ? { subtype: normPolicyType(type.toLowerCase()) } : {}),
    range: rangeBefore(pos, partial),
  });
  let m = SERVICE_POLICY.exec(prefix) ?? SYSTEM_POLICY.exec(prefix);
  if (m) return slot('policy-map', m[2]!, m[1]);
  m = SERVICE_PROFILE.exec(prefix);
  if (m) return slot('qos-profile', m[1]!);
  m = POLICY_CLASS.exec(prefix);
  if (m) {
    const parent = parentHeader(text, pos.line, m[1]!.length);
    const policy = parent === undefined ? undefined : POLICY_MAP.exec(parent);
    if (!policy) return undefined;
    return slot('class-map', m[3]!, m[2] ?? policy[1] ?? '');
  }
  return undefined;
}

/** The nearest line above `line` indented less than `indent`: the section header the line is in. */
function parentHeader(text: string, line: number, indent: number): string | undefined {
  const lines = text.split('\n', line);
  for (let i = line - 1; i >= 0; i--) {
    const l = lines[i]!.replace(/\r$/, '');
    if (l.trim() === '' || l.trimStart().startsWith('!')) continue;
    const own = l.length - l.trimStart().length;
    if (own < indent) return l.trimStart();
  }
  return undefined;
}
