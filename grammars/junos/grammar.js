/**
 * tree-sitter grammar for Junos configurations in the curly-brace format (`show configuration`),
 * as printed by Junos and Junos Evolved (QFX, MX, EX, SRX).
 *
 *   statement   words… ;                e.g. `mtu 9216;`, `address 10.0.0.0/31;`
 *   block       words… { items… }       e.g. `interfaces {`, `unit 0 {`
 *   list        [ a b c ]               e.g. `fill-level [ 55 90 ];`
 *   string      "…"                     with backslash escapes
 *   prefix      inactive: / protect: / replace: / active: / delete: before a statement or block
 *   comment     # … (to the end of the line: `## Last commit`, `## SECRET-DATA` tails) and
 *               /* … * / (annotations); both are extras, so they may appear anywhere.
 *
 * The grammar knows no keyword: every statement is words, so an unknown statement never yields an
 * ERROR node. Only unbalanced braces or a missing `;` do. The flat `set` format is parsed with the
 * netcli grammar (one command per line); server/src/parsing/junos-adapter.ts turns both formats into
 * the same path tree.
 */

module.exports = grammar({
  name: 'junos',

  extras: ($) => [/[ \t\f\v\r\n\u00a0\ufeff]/, $.comment],

  rules: {
    source_file: ($) => repeat($._item),

    _item: ($) => choice($.statement, $.block),

    statement: ($) => seq(optional($.prefix), repeat($._value), ';'),

    block: ($) => seq(optional($.prefix), repeat($._value), '{', repeat($._item), '}'),

    _value: ($) => choice($.word, $.string, $.list),

    list: ($) => seq('[', repeat(choice($.word, $.string)), ']'),

    // `inactive:` would also be a word; the prefix wins the tie.
    prefix: (_) => token(prec(2, /(inactive|protect|replace|active|delete):/)),

    string: (_) => token(seq('"', repeat(choice(/[^"\\]/, /\\(.|\n)/)), '"')),

    // Any run of characters but blanks, ; { } [ ] and ". A word never starts with `#` (a comment).
    word: (_) => /[^ \t\f\v\r\n\u00a0\ufeff;{}\[\]"#][^ \t\f\v\r\n\u00a0\ufeff;{}\[\]"]*/,

    // `/* … */` wins the tie with a word that happens to be the same text.
    comment: (_) => token(prec(1, choice(/#[^\r\n]*/, seq('/*', /[^*]*\*+([^/*][^*]*\*+)*/, '/')))),
  },
});
