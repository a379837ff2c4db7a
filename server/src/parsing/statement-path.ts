import type { Position } from '../model/location';
import { offsetAt } from './text-position';

/**
 * The words from the top of a hierarchical configuration down to a position, as a half-typed file writes them:
 * Junos and SR Linux braces (`class-of-service { interfaces { et-0/0/0 { scheduler-map |`) or one `set` line
 * (`set class-of-service interfaces et-0/0/0 scheduler-map |`). The last word is the one being typed ('' after a
 * blank). For completion, where the tree of the last lint does not have the statement yet.
 *
 * One pass over the text before the position: blocks are a stack, never recursion; strings and comments
 * (`#`, `/* … *\/`) are skipped.
 */
export function statementPath(text: string, pos: Position): string[] {
  const end = offsetAt(text, pos);
  const blocks: string[][] = [];
  let words: string[] = [];
  let word = '';
  let wordOpen = false;
  const flush = (): void => {
    if (wordOpen) words.push(word);
    word = '';
    wordOpen = false;
  };
  let i = 0;
  while (i < end) {
    const c = text[i]!;
    if (c === '"') {
      const close = closingQuote(text, i, end);
      word += text.slice(i + 1, close).replace(/\\(.)/g, '$1');
      wordOpen = true;
      i = close + 1;
    } else if (c === '#' && !wordOpen) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 || nl > end ? end : nl;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 || close + 2 > end ? end : close + 2;
    } else if (c === '{') {
      flush();
      blocks.push(words);
      words = [];
      i++;
    } else if (c === '}') {
      flush();
      blocks.pop();
      words = [];
      i++;
    } else if (c === ';' || c === '\n') {
      flush();
      // A `set` line ends at its line break; a braces statement at `;` (or a line break after a complete statement).
      words = [];
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '[' || c === ']') {
      flush();
      i++;
    } else {
      word += c;
      wordOpen = true;
      i++;
    }
  }
  // A closing quote not yet typed: the partial word is what follows the opening quote.
  words.push(wordOpen ? word : '');
  return [...blocks.flat(), ...words];
}

function closingQuote(text: string, open: number, end: number): number {
  for (let j = open + 1; j < end; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') return j;
  }
  return end;
}
