import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Device } from '../../server/src/model/types';
import type { TextEdit } from '../../server/src/rules/types';
import { extractDevice, type CliFamilyDialect } from '../../server/src/dialects';
import { initParsers, parse } from '../../server/src/parsing/parser';
import { toCliDocument } from '../../server/src/parsing/cli-adapter';

/** Repository root (out/test/extract → three levels up). */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

export { corpusDir } from '../helpers/lint';

export function fixturePath(name: string): string {
  return join(REPO_ROOT, 'test', 'fixtures', 'extract', name);
}

export async function ready(): Promise<void> {
  await initParsers();
}

/** Parses and extracts a config text (initParsers() must have completed). */
export function extractText(text: string, dialect: CliFamilyDialect, uri = 'file:///test/device.cfg'): Device {
  const tree = parse('netcli', text);
  try {
    return extractDevice(toCliDocument(uri, tree, text), dialect);
  } finally {
    tree.delete();
  }
}

export function extractFile(path: string, dialect: CliFamilyDialect): Device {
  return extractText(readFileSync(path, 'utf8'), dialect, pathToFileURL(path).href);
}

/** Every file under dir (recursively), skipping topology/json/csv/yaml files. */
export function configFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (!/\.(json|csv|ya?ml|md)$/i.test(name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

function offsetOf(lineStarts: number[], text: string, pos: { line: number; character: number }): number {
  if (pos.line >= lineStarts.length) return text.length;
  const start = lineStarts[pos.line]!;
  const next = pos.line + 1 < lineStarts.length ? lineStarts[pos.line + 1]! : text.length + 1;
  return Math.min(start + pos.character, next - 1, text.length);
}

/** Applies non-overlapping edits to a text (positions clamp to the text, as LSP clients do). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const spans = edits
    .map((e) => ({ s: offsetOf(lineStarts, text, e.range.start), e: offsetOf(lineStarts, text, e.range.end), t: e.newText }))
    .sort((a, b) => b.s - a.s || b.e - a.e);
  let out = text;
  let lastStart = Infinity;
  for (const sp of spans) {
    if (sp.e > lastStart) throw new Error('overlapping edits');
    // a deletion that runs to the end of a line that has no newline eats the previous newline
    out = out.slice(0, sp.s) + sp.t + out.slice(sp.e);
    lastStart = sp.s;
  }
  return out;
}

/** 1-based line number of a loc, for expectations written while reading the file. */
export function lineNo(loc: { range: { start: { line: number } } }): number {
  return loc.range.start.line + 1;
}
