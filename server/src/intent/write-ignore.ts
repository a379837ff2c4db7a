/**
 * Writes one `ignore.findings` entry into the intent file's text, as the edit of a quick-fix: the disable comment of
 * files that have no comments (SONiC config_db.json). Only the inserted lines change; the rest of the file (its
 * comments, order, quoting, line endings) is left byte for byte. Flow-style `ignore: {…}` or `findings: […]` is
 * declined, since rewriting a flow collection would reformat what the user wrote.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import { LineIndex } from '../model/line-index';
import type { TextEdit } from '../model/edit';

export type IgnoreEdit = { edit: TextEdit } | { declined: string };

/** The new entry, one line: `- { rule: pfc/watchdog-missing, device: sonic-leaf1 }`. */
function entry(rule: string, device: string): string {
  const plain = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
  const q = (v: string): string => (plain.test(v) ? v : JSON.stringify(v));
  return `- { rule: ${q(rule)}, device: ${q(device)} }`;
}

export function ignoreFindingEdit(uri: string, text: string, rule: string, device: string): IgnoreEdit {
  const item = entry(rule, device);
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0) return { declined: 'the intent file has YAML errors' };
  const lines = new LineIndex(text);
  const insertAt = (offset: number, newText: string): IgnoreEdit => {
    const p = lines.position(offset);
    return { edit: { uri, range: { start: p, end: p }, newText } };
  };
  /** The start of the line after the one holding `offset` (the end of the text when it is the last line). */
  const nextLine = (offset: number): { at: number; lead: string } => {
    const nl = text.indexOf('\n', offset);
    return nl < 0 ? { at: text.length, lead: '\n' } : { at: nl + 1, lead: '' };
  };
  const indentOf = (offset: number): string => {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(start, offset))![0];
  };
  const appendBlock = (): IgnoreEdit => {
    const lead = text.length === 0 || text.endsWith('\n') ? '' : '\n';
    return insertAt(text.length, `${lead}ignore:\n  findings:\n    ${item}\n`);
  };

  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return appendBlock();
  if (!isMap(root) || root.flow) return { declined: 'the intent file is not a block mapping' };
  const ignorePair = root.items.find((p) => isScalar(p.key) && p.key.value === 'ignore');
  if (!ignorePair) return appendBlock();
  const ignore = ignorePair.value as YamlNode | null;
  const keyStart = (ignorePair.key as YamlNode).range![0];
  if (ignore === null || (isScalar(ignore) && ignore.value === null)) {
    const n = nextLine(keyStart);
    const ind = indentOf(keyStart);
    return insertAt(n.at, `${n.lead}${ind}  findings:\n${ind}    ${item}\n`);
  }
  if (!isMap(ignore) || ignore.flow) return { declined: 'ignore: is written in flow style ({…})' };
  const findings = ignore.items.find((p: Pair) => isScalar(p.key) && p.key.value === 'findings');
  if (!findings) {
    const first = (ignore.items[0]!.key as YamlNode).range![0];
    const ind = indentOf(first);
    return insertAt(first - ind.length, `${ind}findings:\n${ind}  ${item}\n`);
  }
  const list = findings.value as YamlNode | null;
  const findingsKey = (findings.key as YamlNode).range![0];
  if (list === null || (isScalar(list) && list.value === null)) {
    const n = nextLine(findingsKey);
    return insertAt(n.at, `${n.lead}${indentOf(findingsKey)}  ${item}\n`);
  }
  if (!isSeq(list) || list.flow) return { declined: 'ignore.findings is written in flow style ([…])' };
  // Before the first item, indented like it: the list's own layout decides, whatever the rest of the file does.
  const dash = text.lastIndexOf('-', (list.items[0] as YamlNode).range![0]);
  const ind = indentOf(dash);
  return insertAt(dash - ind.length, `${ind}${item}\n`);
}
