/** Text as HTML content or a quoted attribute value: config text (a description can hold `<script>`) stays text. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * JSON inside `<script type="application/json">`: `<`, `>` and `&` as \u escapes, so no config text can close
 * the element (`</script>`) or open a comment, and U+2028/2029 escaped for old parsers.
 */
export function jsonForScript(v: unknown): string {
  return JSON.stringify(v).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
