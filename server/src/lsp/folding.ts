import type { FoldingRange, FoldingRangeParams } from 'vscode-languageserver';
import { dialectModule } from '../dialects/registry';
import type { DialectNavigation } from '../dialects/types';
import { deviceOf } from './navigation';
import type { TextEnv } from './hover';

/**
 * Folding ranges of a file: sections by indentation (CLI, ifupdown2, YAML: the intent and topology files) or by
 * brackets (Junos and SR Linux braces, JSON), as the file's dialect nests them. A file that is no device folds by
 * brackets when it is JSON, by indentation otherwise. One pass over the text; nesting is a stack.
 */
export function provideFoldingRanges(params: FoldingRangeParams, env: TextEnv): FoldingRange[] | null {
  const uri = env.canonical(params.textDocument.uri);
  const text = env.text(params.textDocument.uri);
  if (text === undefined) return null;
  const result = env.result();
  const device = result ? deviceOf(result.fabric, uri) : undefined;
  const style: DialectNavigation['folding'] = device ? dialectModule(device.dialect).navigation.folding : /^\s*[[{]/.test(text) ? 'brackets' : 'indentation';
  return style === 'brackets' ? bracketFolds(text) : indentationFolds(text);
}

/** A line's indentation, or undefined for a blank line (which neither opens nor closes a section). */
function indentOf(line: string): number | undefined {
  const n = line.length - line.trimStart().length;
  return n === line.length ? undefined : n;
}

/** A line folds over the lines after it that are indented deeper, through the last of them (blank lines between included). */
export function indentationFolds(text: string): FoldingRange[] {
  const lines = text.split('\n');
  const out: FoldingRange[] = [];
  const open: { indent: number; line: number }[] = [];
  let lastText = -1;
  const closeDeeperOrEqual = (indent: number): void => {
    while (open.length > 0 && open[open.length - 1]!.indent >= indent) {
      const o = open.pop()!;
      if (lastText > o.line) out.push({ startLine: o.line, endLine: lastText });
    }
  };
  lines.forEach((l, i) => {
    const indent = indentOf(l.replace(/\r$/, ''));
    if (indent === undefined) return;
    closeDeeperOrEqual(indent);
    open.push({ indent, line: i });
    lastText = i;
  });
  closeDeeperOrEqual(0);
  return out.sort((a, b) => a.startLine - b.startLine);
}

/**
 * `{ … }` and `[ … ]` across lines fold from the opening line to the line before the closing bracket (which stays
 * visible). Strings ("…") and comments (`#`, `/* … *\/`, Junos and SR Linux) are skipped.
 */
export function bracketFolds(text: string): FoldingRange[] {
  const out: FoldingRange[] = [];
  const open: number[] = [];
  let line = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    else if (c === '"') {
      for (i++; i < text.length && text[i] !== '"' && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
      if (text[i] === '\n') line++;
    } else if (c === '#') {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      const stop = close < 0 ? text.length : close + 1;
      for (let j = i; j < stop; j++) if (text[j] === '\n') line++;
      i = stop;
    } else if (c === '{' || c === '[') open.push(line);
    else if ((c === '}' || c === ']') && open.length > 0) {
      const start = open.pop()!;
      if (line - 1 > start) out.push({ startLine: start, endLine: line - 1 });
    }
  }
  return out.sort((a, b) => a.startLine - b.startLine);
}
