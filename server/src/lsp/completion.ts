import { CompletionItemKind, type CompletionItem, type CompletionParams } from 'vscode-languageserver';
import { dialectModule } from '../dialects/registry';
import type { ReferenceSlot } from '../dialects/types';
import { baseName } from '../model/file-names';
import type { Device, Fabric, SymbolKind } from '../model/types';
import { linePrefix, rangeBefore } from '../parsing/text-position';
import { kindText } from '../rules/qos/symbols';
import type { TextEnv } from './hover';
import { deviceOf } from './navigation';

/** Characters after which a name is expected: a blank after a keyword, the device's `:` in the intent, a quote, `[TABLE|`. */
export const COMPLETION_TRIGGERS = [' ', ':', '"', '|'];

/**
 * Completion of names where the text refers to one: in a config, the structures the file defines that fit the
 * reference slot under the cursor (the dialect's navigation says which); in the intent, device and interface names
 * of the fabric under `links:` and `ignore:`.
 */
export function provideCompletion(params: CompletionParams, env: TextEnv): CompletionItem[] | null {
  const result = env.result();
  if (!result) return null;
  const uri = env.canonical(params.textDocument.uri);
  const text = env.text(params.textDocument.uri);
  if (text === undefined) return null;
  const device = deviceOf(result.fabric, uri);
  if (device) {
    const slot = dialectModule(device.dialect).navigation.referenceSlot(text, params.position);
    return slot ? structureItems(device, slot) : null;
  }
  const isIntent = result.intent ? result.intent.uri === uri : baseName(uri) === 'fabric-intent.yaml';
  return isIntent ? intentItems(result.fabric, text, params.position) : null;
}

const ITEM_KIND: Partial<Record<SymbolKind, CompletionItemKind>> = {
  'class-map': CompletionItemKind.Class,
  classifier: CompletionItemKind.Class,
  'rewrite-rule': CompletionItemKind.Class,
  'forwarding-class': CompletionItemKind.EnumMember,
  scheduler: CompletionItemKind.Event,
};

function structureItems(device: Device, slot: ReferenceSlot): CompletionItem[] {
  const ofKind = device.symbols.defs.filter((d) => d.kind === slot.kind && (!slot.table || d.table === slot.table) && d.loc.uri === device.uri);
  const typed = slot.subtype === undefined ? ofKind : ofKind.filter((d) => d.subtype === undefined || d.subtype === slot.subtype);
  const seen = new Set<string>();
  const out: CompletionItem[] = [];
  for (const d of typed.length > 0 ? typed : ofKind) {
    if (seen.has(d.name)) continue;
    seen.add(d.name);
    out.push({
      label: d.name,
      kind: ITEM_KIND[d.kind] ?? CompletionItemKind.Module,
      detail: `${kindText(d)}, line ${d.loc.range.start.line + 1}`,
      textEdit: { range: slot.range, newText: d.name },
    });
  }
  return out;
}

/** The intent's top-level key the line is under, and the nearest key above it (`ignore:` → `interfaces:`). */
function yamlKeys(text: string, line: number): { top?: string; parent?: string } {
  const lines = text.split('\n', line + 1);
  const here = lines[line] ?? '';
  const indentOf = (l: string): number => l.length - l.trimStart().length;
  let top: string | undefined;
  let parent: string | undefined;
  let bound = indentOf(here);
  const inline = /^\s*(?:-\s*)?([A-Za-z_]+):/.exec(here);
  if (inline) {
    parent = inline[1];
    if (bound === 0) top = inline[1];
  }
  for (let i = line - 1; i >= 0 && top === undefined; i--) {
    const l = (lines[i] ?? '').replace(/\r$/, '');
    if (l.trim() === '' || l.trimStart().startsWith('#')) continue;
    const indent = indentOf(l);
    if (indent >= bound) continue;
    bound = indent;
    const key = /^\s*(?:-\s*)?([A-Za-z_]+):/.exec(l)?.[1];
    parent ??= key;
    if (indent === 0) top = key;
  }
  return { ...(top ? { top } : {}), ...(parent ? { parent } : {}) };
}

function intentItems(fabric: Fabric, text: string, pos: CompletionParams['position']): CompletionItem[] | null {
  const { top, parent } = yamlKeys(text, pos.line);
  const partial = /[^\s[\]{},"']*$/.exec(linePrefix(text, pos))![0];
  const devices = [...fabric.devices.values()];
  if (top === 'links') {
    const colon = partial.indexOf(':');
    if (colon < 0) {
      return devices.map((d) => ({
        label: d.hostname,
        kind: CompletionItemKind.Module,
        detail: 'device',
        textEdit: { range: rangeBefore(pos, partial), newText: `${d.hostname}:` },
      }));
    }
    const device = fabric.devices.get(partial.slice(0, colon)) ?? devices.find((d) => d.hostname === partial.slice(0, colon));
    if (!device) return null;
    const after = partial.slice(colon + 1);
    return [...device.interfaces.values()].map((i) => ({
      label: i.name,
      kind: CompletionItemKind.Interface,
      detail: `${device.hostname} ${i.kind}`,
      textEdit: { range: rangeBefore(pos, after), newText: i.name },
    }));
  }
  if (top === 'ignore' && parent === 'devices') {
    return devices.map((d) => ({ label: d.hostname, kind: CompletionItemKind.Module, textEdit: { range: rangeBefore(pos, partial), newText: d.hostname } }));
  }
  if (top === 'ignore' && parent === 'interfaces') {
    const names = [...new Set(devices.flatMap((d) => [...d.interfaces.keys()]))].sort();
    return names.map((n) => ({ label: n, kind: CompletionItemKind.Interface, textEdit: { range: rangeBefore(pos, partial), newText: n } }));
  }
  return null;
}
