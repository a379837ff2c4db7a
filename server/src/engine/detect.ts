import { DIALECT_MODULES, DIALECT_IDS, isDialect } from '../dialects/registry';
import type { HeaderClue } from '../dialects/types';
import { compilePathGlob } from '../model/glob';
import type { Dialect } from '../model/types';
import { escapedCount } from './source-text';

/** How a workspace file was classified, and why: the reason is shown to the user when it matters. */
export type Classification =
  | { kind: 'config'; dialect: Dialect; reason: string }
  | { kind: 'topology'; format: string }
  | { kind: 'intent' }
  /** Looks like a switch config, but no dialect could be told: one information diagnostic. */
  | { kind: 'unclassified'; reason: string }
  /** Binary or otherwise unreadable as text, while named like a config. */
  | { kind: 'binary' }
  | { kind: 'ignored' };

const MARKER = /^\s*[!#]\s*fabric-lint:\s*dialect\s*=\s*([a-z-]+)/i;
const SNIFF_BYTES = 16 * 1024;

/**
 * Dialect from content. The order of evidence: a `fabric-lint: dialect=` marker in the first lines,
 * then the workspace's glob overrides, then vendor headers, then typical commands and indentation.
 */
export function detectDialect(relPath: string, text: string, overrides: Record<string, Dialect> = {}): Classification {
  const head = text.slice(0, SNIFF_BYTES);
  if (looksBinary(head)) return { kind: 'binary' };

  for (const line of head.split(/\r?\n/, 5)) {
    const m = MARKER.exec(line);
    if (m) {
      const d = m[1]!.toLowerCase();
      if (isDialect(d)) return { kind: 'config', dialect: d, reason: 'first-line marker' };
      return { kind: 'unclassified', reason: `unknown dialect "${m[1]}" in the fabric-lint marker (known: ${DIALECT_IDS.join(', ')})` };
    }
  }
  for (const [glob, dialect] of Object.entries(overrides)) {
    if (compilePathGlob(glob, { nocase: true }).test(relPath)) {
      return { kind: 'config', dialect, reason: `setting fabricLint.dialects["${glob}"]` };
    }
  }
  return sniff(head, text);
}

function looksBinary(head: string): boolean {
  if (head.includes('\u0000')) return true;
  // Many bytes that are not UTF-8 (escaped by engine/source-text) or replacement characters: not text.
  let bad = escapedCount(head, head.length);
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0xfffd) bad++;
  return bad > 8 && bad > head.length / 100;
}

// Line patterns below use [ \t], not \s, around `^`: \s also takes line breaks, so in a run of blank
// lines each line start would scan the whole run (quadratic).

/** FRR (SONiC, Cumulus) routing daemons' config alone: not a switch config, and not to be mistaken for IOS. */
const FRR_ALONE: HeaderClue = {
  priority: 200,
  reason: 'FRR configuration',
  judge: (head) => (/^frr (version|defaults) /m.test(head) ? 'not-config' : undefined),
};

/** Every header clue of every dialect, by priority (registry order among equals), with the dialect it names. */
const HEADER_CLUES: readonly { dialect: Dialect | undefined; clue: HeaderClue }[] = [
  { dialect: undefined, clue: FRR_ALONE },
  ...DIALECT_MODULES.flatMap((m) => (m.detection.headers ?? []).map((clue) => ({ dialect: m.id, clue }))),
].sort((a, b) => a.clue.priority - b.clue.priority);

/** The dialects told by interface indentation, which the "cannot tell" message names. */
const BY_INDENTATION = DIALECT_MODULES.filter((m) => m.detection.indentation !== undefined);

/** "EOS, NX-OS or IOS": the dialects a file with hostname and interface lines may be. */
export const INDENTED_DIALECT_NAMES = orList(BY_INDENTATION.map((m) => m.shortName));

function sniff(head: string, text: string): Classification {
  if (/^\s*[{[]/.test(head)) return sniffJson(text);
  for (const { dialect, clue } of HEADER_CLUES) {
    const verdict = clue.judge(head);
    if (verdict === 'not-config') return { kind: 'ignored' };
    if (verdict === 'match') return { kind: 'config', dialect: dialect!, reason: clue.reason };
  }

  const byCommands = typicalCommands(head);
  if (byCommands) return byCommands;

  // FRR files of Linux-based NOSes name interfaces eth0/swp1/bond0; they are not IOS.
  const ifNames = [...head.matchAll(/^interface (\S+)/gm)].map((m) => m[1]!);
  if (ifNames.length > 0 && ifNames.every((n) => /^(eth|swp|bond|lo|br|vni|peerlink)/i.test(n) && !/^(ethernet|loopback)/i.test(n))) {
    return { kind: 'ignored' };
  }

  // No vendor-specific line: indentation of interface bodies is the last, weaker tell (EOS 3, NX-OS 2, IOS 1).
  if (/^(hostname \S+|interface \S+)/m.test(head)) {
    const width = bodyIndentWidth(head);
    const m = BY_INDENTATION.find((d) => d.detection.indentation === width);
    if (m) return { kind: 'config', dialect: m.id, reason: `${width}-space indentation under interfaces` };
    return {
      kind: 'unclassified',
      reason: `the file has hostname/interface lines but no ${INDENTED_DIALECT_NAMES} header, command or indentation style was recognised`,
    };
  }
  return { kind: 'ignored' };
}

/** The dialect with most typical commands; ties go to the higher tieRank, and an equal tieRank decides nothing. */
function typicalCommands(head: string): Classification | undefined {
  let best: { score: number; tieRank: number; winners: { dialect: Dialect; reason: string }[] } | undefined;
  for (const m of DIALECT_MODULES) {
    const c = m.detection.commands;
    if (!c) continue;
    const score = count(head, c.pattern);
    if (score === 0) continue;
    if (!best || score > best.score || (score === best.score && c.tieRank > best.tieRank)) {
      best = { score, tieRank: c.tieRank, winners: [{ dialect: m.id, reason: c.reason }] };
    } else if (score === best.score && c.tieRank === best.tieRank) {
      best.winners.push({ dialect: m.id, reason: c.reason });
    }
  }
  if (best?.winners.length !== 1) return undefined;
  const w = best.winners[0]!;
  return { kind: 'config', dialect: w.dialect, reason: w.reason };
}

/** A JSON file is one of the dialects that say so by their JSON (SONiC config_db), or nothing fabric-lint reads. */
function sniffJson(text: string): Classification {
  for (const m of DIALECT_MODULES) {
    const json = m.detection.json;
    if (json?.test(text)) return { kind: 'config', dialect: m.id, reason: json.reason };
  }
  return { kind: 'ignored' };
}

function bodyIndentWidth(head: string): number | undefined {
  const m = /^interface \S+.*\r?\n([ \t]+)\S/m.exec(head);
  return m ? m[1]!.replace(/\t/g, ' ').length : undefined;
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** "a", "a or b", "a, b or c". */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
