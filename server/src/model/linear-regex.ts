/**
 * Regular expressions written in workspace files (intent `descriptionPatterns`) run on V8's
 * linear-time engine (the `l` flag): no backtracking, so `^(?<peer>(a+)+)$` cannot take exponential
 * time on a description, and the server, which is single-threaded, cannot be stalled by one. The
 * engine has no backreferences or lookaround (and refuses very large counted repeats); a pattern
 * using them is rejected with a message saying so, never run on the backtracking engine.
 */
import * as v8 from 'node:v8';

let available: boolean | undefined;

function linearEngine(): boolean {
  if (available === undefined) {
    // Only consulted when a regular expression with the `l` flag is compiled.
    v8.setFlagsFromString('--enable-experimental-regexp-engine');
    try {
      new RegExp('a', 'l');
      available = true;
    } catch {
      available = false;
    }
  }
  return available;
}

/** Longest pattern accepted: patterns are one line of intent, and the engine's work grows with their size. */
export const MAX_PATTERN_LENGTH = 1000;

/** The pattern on the linear-time engine, or an Error whose message says why it cannot be used. */
export function linearRegExp(source: string): RegExp | Error {
  if (source.length > MAX_PATTERN_LENGTH) return new Error(`longer than ${MAX_PATTERN_LENGTH} characters`);
  try {
    new RegExp(source);
  } catch (e) {
    return new Error(`not a valid regular expression: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}`);
  }
  if (!linearEngine()) return new Error('cannot be run safely: this Node.js has no linear-time regular expression engine');
  try {
    return new RegExp(source, 'l');
  } catch {
    return new Error(
      'cannot be matched in linear time: backreferences (\\1, \\k<name>), lookaround ((?=…), (?<=…)) and very large counted repeats are not supported',
    );
  }
}
