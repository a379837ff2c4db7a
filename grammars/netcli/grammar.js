/**
 * tree-sitter grammar for the indentation-structured switch CLI family
 * (Arista EOS, Cisco NX-OS, Cisco IOS / IOS-XE).
 *
 * Every line is a `command` (or a `comment`); a command followed by deeper-indented lines is the
 * `header` of a `section` whose `body` is a `block`. Structure comes from the external scanner
 * (src/scanner.c), which emits zero-width _newline / _indent / _dedent tokens by looking past
 * blank and comment lines, so comments at any column never open or close a section.
 * NUL bytes are a hidden extra (`_nul`), so no input produces an ERROR node.
 * Multi-line text (EOS `banner motd` … `EOF`, EOS `comment` … `EOF`, IOS/NX-OS
 * `banner motd ^C … ^C` / `banner exec #…#`) is one `text_block` token produced by the scanner.
 *
 * Lexing note: no lexical precedence is used on word tokens, on purpose. With equal precedence
 * tree-sitter takes the longest match and breaks ties by rule order, so `10.0.0.1` is an
 * `ip_address` but `10.0.0.1x` is a `word`, and a word is always a whole run of non-blank chars.
 */

// Characters that separate words. Must match is_blank() in src/scanner.c.
const BLANK = ' \\t\\f\\v\\r\\n\\u00a0\\ufeff';
const NONBLANK = `[^${BLANK}]`;

/** Case-insensitive regex source for a literal. */
function ci(word) {
  return word
    .split('')
    .map((c) => (/[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c.replace(/[-.]/g, '\\$&')))
    .join('');
}

// Interface name prefixes of EOS / NX-OS / IOS, longest first (alternation order does not matter
// for a regex DFA, but it keeps the list readable).
const IFNAMES = [
  'HundredGigabitEthernet', 'FourHundredGigE', 'TwoHundredGigE', 'HundredGigE', 'FiftyGigE',
  'FortyGigabitEthernet', 'TwentyFiveGigE', 'TenGigabitEthernet', 'GigabitEthernet',
  'FastEthernet', 'AppGigabitEthernet', 'Ethernet', 'Eth', 'Et', 'Port-Channel', 'Port-channel',
  'Po', 'Vlan', 'Vl', 'Loopback', 'Lo', 'Management', 'Ma', 'mgmt', 'Tunnel', 'Tu', 'Vxlan', 'Vx',
  'nve', 'Recirc-Channel', 'Fabric-Channel', 'Te', 'Gi', 'Fa', 'Hu', 'Fo', 'Twe', 'BDI', 'Dialer',
  'Serial', 'Null', 'Virtual-Template', 'Virtual-Access', 'BVI', 'Cellular',
];

const IFNAME = `(${[...new Set(IFNAMES.map(ci))].join('|')})[0-9]+(\\/[0-9]+)*(\\.[0-9]+)?`;
const OCTET = '[0-9]{1,3}';
const IPV4 = `${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}`;
// IPv6: the full eight groups, or any form with `::` (so `65000:100`, `10:30:00` and MACs stay
// out).
const HEX4 = '[0-9a-fA-F]{1,4}';
const IPV6 = `(${HEX4}:){7}${HEX4}|[0-9a-fA-F:]*::[0-9a-fA-F:.]*`;
// MAC: 00:11:22:33:44:55, 00-11-22-33-44-55, 0011.2233.4455.
const HEX2 = '[0-9a-fA-F]{2}';
const MAC = `${HEX2}(:${HEX2}){5}|${HEX2}(-${HEX2}){5}|[0-9a-fA-F]{4}\\.[0-9a-fA-F]{4}\\.[0-9a-fA-F]{4}`;

module.exports = grammar({
  name: 'netcli',

  // NUL bytes are skipped by the scanner (hidden `_nul`), so a NUL-padded or corrupted file still
  // parses into its lines; the adapter reports them from the text.
  extras: ($) => [new RegExp(`[${BLANK}]`), $._nul],

  externals: ($) => [
    $._newline,
    $._indent,
    $._dedent,
    $.comment,
    $._text_start,
    $.text_block,
    $._bof,
    $._nul,
    $._error_sentinel,
  ],

  rules: {
    source_file: ($) => seq(optional($._bof), repeat($._item)),

    _item: ($) => choice($.section, seq($.command, $._newline), $.comment),

    // Order matters here: equal-length ties go to the token defined first, so these come before
    // `keyword` and `word` (which tree-sitter merges into one token, as their regexes are equal).
    ip_prefix: (_) => new RegExp(`(${IPV4}|${IPV6})\\/[0-9]{1,3}`),
    ip_address: (_) => new RegExp(`${IPV4}|${IPV6}`),
    mac_address: (_) => new RegExp(MAC),
    number: (_) => /[0-9]+/,
    interface_name: (_) => new RegExp(IFNAME),

    section: ($) => seq(field('header', $.command), $._indent, field('body', $.block)),

    block: ($) => seq(repeat1($._item), $._dedent),

    command: ($) =>
      choice(
        seq(optional($.negation), $.keyword, repeat($._word)),
        // A bare `no` / `default` line.
        alias($._bare_negation, $.keyword),
        // A line that opens a multi-line text block (banner, EOS `comment`).
        seq($._text_start, $.keyword, repeat($._word), $.text_block, repeat($._word)),
      ),

    negation: (_) => choice('no', 'default'),
    _bare_negation: (_) => choice('no', 'default'),

    keyword: (_) => new RegExp(`${NONBLANK}+`),

    _word: ($) => choice($.ip_prefix, $.ip_address, $.mac_address, $.number, $.interface_name, $.word),

    word: (_) => new RegExp(`${NONBLANK}+`),
  },
});
