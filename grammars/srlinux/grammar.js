/**
 * tree-sitter grammar for Nokia SR Linux configurations, in both forms the CLI prints:
 *
 *   info (braces)   words… at the end of a line            e.g. `admin-state enable`, `mtu 9232`
 *                   words… { items… }                      e.g. `interface ethernet-1/1 {`
 *   info flat       set / words…  (one command per line)   e.g. `set / interface ethernet-1/1 mtu 9232`
 *   leaf-list       [ a b ]  on one line or one item a line (`export-policy [`, `    all`, `]`)
 *   string          "…" with backslash escapes
 *   comment         # … to the end of the line (an extra: anywhere a word may start)
 *
 * Unlike Junos, a statement ends at the end of its line (no `;`), so line breaks are tokens here
 * and only blanks are extras. The grammar knows no keyword: a flat `set / …` line is a statement
 * whose first words are `set` and `/`, so one grammar reads both forms and an unknown statement
 * never yields an ERROR node; only unbalanced braces or brackets do.
 * server/src/dialects/srlinux/adapter.ts turns both forms into the same path tree.
 */

module.exports = grammar({
  name: 'srlinux',

  extras: ($) => [/[ \t\f\v\r\u00a0\ufeff]/, $.comment],

  rules: {
    source_file: ($) => repeat($._item),

    _item: ($) => choice($.statement, $.block, $._newline),

    // Ends where its line ends, or at the `}` of its block on the same line, or at the end of input.
    statement: ($) => prec.right(repeat1($._value)),

    block: ($) => seq(repeat($._value), '{', repeat($._item), '}'),

    _value: ($) => choice($.word, $.string, $.list),

    list: ($) => seq('[', repeat(choice($.word, $.string, $._newline)), ']'),

    _newline: (_) => /\n/,

    string: (_) => token(seq('"', repeat(choice(/[^"\\]/, /\\(.|\n)/)), '"')),

    // Any run of characters but blanks, line breaks, { } [ ] and ". A word never starts with `#` (a comment).
    word: (_) => /[^ \t\f\v\r\n\u00a0\ufeff{}\[\]"#][^ \t\f\v\r\n\u00a0\ufeff{}\[\]"]*/,

    comment: (_) => token(/#[^\r\n]*/),
  },
});
