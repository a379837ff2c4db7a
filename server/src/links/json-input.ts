import { parseJsonDocument, type JsonDocument, type JsonValue } from '../parsing/json-adapter';
import { ParseTimeoutError } from '../parsing/parser';
import { fileLoc } from './text';
import type { TopologyProblem } from './types';

/**
 * Parses a JSON topology file for a reader (grammars/json via parsing/json-adapter). Never throws on bad
 * input: the first syntax error (or a file without any JSON value) becomes one `<label>: invalid JSON: …`
 * problem at its location, and `root` still holds what could be read. A parse that runs out of time is a
 * problem too, with no document.
 */
export function readJsonInput(
  uri: string,
  text: string,
  label: string,
): { doc: JsonDocument | undefined; root: JsonValue | undefined; problems: TopologyProblem[] } {
  let doc: JsonDocument;
  try {
    doc = parseJsonDocument(uri, text);
  } catch (err) {
    if (!(err instanceof ParseTimeoutError)) throw err;
    return { doc: undefined, root: undefined, problems: [{ message: `${label}: invalid JSON: ${err.message}`, loc: fileLoc(uri) }] };
  }
  const problems: TopologyProblem[] = [];
  const first = doc.syntaxErrors[0];
  if (first) {
    const detail = first.message.replace(/^Syntax error:?\s*/, '') || 'syntax error';
    problems.push({ message: `${label}: invalid JSON: ${detail}`, loc: { uri, range: first.range } });
  } else if (!doc.root) {
    problems.push({ message: `${label}: invalid JSON: unexpected end of JSON`, loc: { uri, range: { start: doc.end, end: doc.end } } });
  }
  return { doc, root: doc.root, problems };
}
