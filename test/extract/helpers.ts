import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Setting } from '../../server/src/model/location';
import type { Device, Interface } from '../../server/src/model/types';
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

/** Edits are applied as --fix applies them (server/src/output/apply-fixes). */
export { applyEdits } from '../../server/src/output/apply-fixes';

/** 1-based line number of a loc, for expectations written while reading the file. */
export function lineNo(loc: { range: { start: { line: number } } }): number {
  return loc.range.start.line + 1;
}

/** The device's interface `name`; fails the test, listing the interfaces it has, when there is none. */
export function iface(dev: Device, name: string): Interface {
  const i = dev.interfaces.get(name);
  assert.ok(i, `${dev.hostname}: no interface ${name} (have ${[...dev.interfaces.keys()].join(', ')})`);
  return i;
}

/** A setting's value, 1-based line and whether it was defaulted, each checked with `what` in the message. */
export function setting<T>(s: Setting<T> | undefined, value: T, line: number, isDefaulted: boolean, what: string): void {
  assert.ok(s, `${what}: missing`);
  assert.deepEqual(s.value, value, `${what}: value`);
  assert.equal(lineNo(s.loc), line, `${what}: line`);
  assert.equal(s.defaulted, isDefaulted, `${what}: defaulted`);
}
