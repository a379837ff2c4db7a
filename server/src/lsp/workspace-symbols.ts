import { SymbolKind, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver';
import type { Fabric } from '../model/types';
import type { NavigationEnv } from './hover';

/** Most symbols one query returns: a fabric of a thousand switches has tens of thousands of ports. */
export const MAX_WORKSPACE_SYMBOLS = 500;

/**
 * Devices and interfaces of the fabric by name: `spine2`, `leaf1 Ethernet1/1`, `leaf1 et1/1`. Each word of the
 * query must appear, in order, in the device's hostname followed by the interface's name (or a spelling the file
 * used): the exact name ranks first, then substrings, then subsequences from the start of a word (`eth1/1` in
 * `Ethernet1/1`).
 */
export function provideWorkspaceSymbols(params: WorkspaceSymbolParams, env: NavigationEnv): WorkspaceSymbol[] {
  const result = env.result();
  if (!result) return [];
  const words = params.query.toLowerCase().split(/\s+/).filter(Boolean);
  const scored: { score: number; symbol: WorkspaceSymbol }[] = [];
  for (const { names, symbol } of candidates(result.fabric, env)) {
    const exact = names.some((n) => n.toLowerCase() === words.join(' '));
    const score = exact ? -1 : Math.min(...names.map((n) => matchScore(words, n.toLowerCase())));
    if (Number.isFinite(score)) scored.push({ score, symbol });
  }
  scored.sort((a, b) => a.score - b.score || a.symbol.name.localeCompare(b.symbol.name, undefined, { numeric: true }));
  return scored.slice(0, MAX_WORKSPACE_SYMBOLS).map((s) => s.symbol);
}

function* candidates(fabric: Fabric, env: NavigationEnv): Generator<{ names: string[]; symbol: WorkspaceSymbol }> {
  for (const device of fabric.devices.values()) {
    const uri = env.clientUri(device.uri);
    const at = device.hostnameLoc?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    yield { names: [device.hostname], symbol: { name: device.hostname, kind: SymbolKind.Module, location: { uri, range: at } } };
    for (const iface of device.interfaces.values()) {
      const names = [iface.name, ...iface.writtenAs].map((n) => `${device.hostname} ${n}`);
      yield {
        names,
        symbol: {
          name: `${device.hostname} ${iface.name}`,
          kind: SymbolKind.Interface,
          containerName: device.hostname,
          location: { uri: env.clientUri(iface.block.header.uri), range: iface.block.header.range },
        },
      };
    }
  }
}

/** 0 when every word is a substring (in order), 1 when some word is only a subsequence, Infinity when one is missing. */
function matchScore(words: string[], name: string): number {
  let from = 0;
  let score = 0;
  for (const w of words) {
    const at = name.indexOf(w, from);
    if (at >= 0) {
      from = at + w.length;
      continue;
    }
    const end = subsequenceEnd(w, name, from);
    if (end < 0) return Infinity;
    from = end;
    score = 1;
  }
  return score;
}

/**
 * Where the subsequence `w` of `name` (from `from`) ends, or -1. It lies within one word of the name and starts
 * that word (`et1/1` → `Ethernet1/1`, not `spine2` → `spine1 Ethernet2/1`).
 */
function subsequenceEnd(w: string, name: string, from: number): number {
  for (let start = from; start < name.length; start++) {
    if (name[start] !== w[0] || (start > 0 && name[start - 1] !== ' ')) continue;
    let j = start + 1;
    let k = 1;
    for (; k < w.length && j < name.length && name[j] !== ' '; j++) if (name[j] === w[k]) k++;
    if (k === w.length) return j;
  }
  return -1;
}
