#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 40
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 30
#define ALIAS_COUNT 0
#define TOKEN_COUNT 18
#define EXTERNAL_TOKEN_COUNT 9
#define FIELD_COUNT 2
#define MAX_ALIAS_SEQUENCE_LENGTH 5
#define PRODUCTION_ID_COUNT 2

enum ts_symbol_identifiers {
  sym_ip_prefix = 1,
  sym_ip_address = 2,
  sym_mac_address = 3,
  sym_number = 4,
  sym_interface_name = 5,
  anon_sym_no = 6,
  anon_sym_default = 7,
  aux_sym_keyword_token1 = 8,
  sym__newline = 9,
  sym__indent = 10,
  sym__dedent = 11,
  sym_comment = 12,
  sym__text_start = 13,
  sym_text_block = 14,
  sym__bof = 15,
  sym__nul = 16,
  sym__error_sentinel = 17,
  sym_source_file = 18,
  sym__item = 19,
  sym_section = 20,
  sym_block = 21,
  sym_command = 22,
  sym_negation = 23,
  sym__bare_negation = 24,
  sym_keyword = 25,
  sym__word = 26,
  sym_word = 27,
  aux_sym_source_file_repeat1 = 28,
  aux_sym_command_repeat1 = 29,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [sym_ip_prefix] = "ip_prefix",
  [sym_ip_address] = "ip_address",
  [sym_mac_address] = "mac_address",
  [sym_number] = "number",
  [sym_interface_name] = "interface_name",
  [anon_sym_no] = "no",
  [anon_sym_default] = "default",
  [aux_sym_keyword_token1] = "keyword_token1",
  [sym__newline] = "_newline",
  [sym__indent] = "_indent",
  [sym__dedent] = "_dedent",
  [sym_comment] = "comment",
  [sym__text_start] = "_text_start",
  [sym_text_block] = "text_block",
  [sym__bof] = "_bof",
  [sym__nul] = "_nul",
  [sym__error_sentinel] = "_error_sentinel",
  [sym_source_file] = "source_file",
  [sym__item] = "_item",
  [sym_section] = "section",
  [sym_block] = "block",
  [sym_command] = "command",
  [sym_negation] = "negation",
  [sym__bare_negation] = "keyword",
  [sym_keyword] = "keyword",
  [sym__word] = "_word",
  [sym_word] = "word",
  [aux_sym_source_file_repeat1] = "source_file_repeat1",
  [aux_sym_command_repeat1] = "command_repeat1",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [sym_ip_prefix] = sym_ip_prefix,
  [sym_ip_address] = sym_ip_address,
  [sym_mac_address] = sym_mac_address,
  [sym_number] = sym_number,
  [sym_interface_name] = sym_interface_name,
  [anon_sym_no] = anon_sym_no,
  [anon_sym_default] = anon_sym_default,
  [aux_sym_keyword_token1] = aux_sym_keyword_token1,
  [sym__newline] = sym__newline,
  [sym__indent] = sym__indent,
  [sym__dedent] = sym__dedent,
  [sym_comment] = sym_comment,
  [sym__text_start] = sym__text_start,
  [sym_text_block] = sym_text_block,
  [sym__bof] = sym__bof,
  [sym__nul] = sym__nul,
  [sym__error_sentinel] = sym__error_sentinel,
  [sym_source_file] = sym_source_file,
  [sym__item] = sym__item,
  [sym_section] = sym_section,
  [sym_block] = sym_block,
  [sym_command] = sym_command,
  [sym_negation] = sym_negation,
  [sym__bare_negation] = sym_keyword,
  [sym_keyword] = sym_keyword,
  [sym__word] = sym__word,
  [sym_word] = sym_word,
  [aux_sym_source_file_repeat1] = aux_sym_source_file_repeat1,
  [aux_sym_command_repeat1] = aux_sym_command_repeat1,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = {
    .visible = false,
    .named = true,
  },
  [sym_ip_prefix] = {
    .visible = true,
    .named = true,
  },
  [sym_ip_address] = {
    .visible = true,
    .named = true,
  },
  [sym_mac_address] = {
    .visible = true,
    .named = true,
  },
  [sym_number] = {
    .visible = true,
    .named = true,
  },
  [sym_interface_name] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_no] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_default] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_keyword_token1] = {
    .visible = false,
    .named = false,
  },
  [sym__newline] = {
    .visible = false,
    .named = true,
  },
  [sym__indent] = {
    .visible = false,
    .named = true,
  },
  [sym__dedent] = {
    .visible = false,
    .named = true,
  },
  [sym_comment] = {
    .visible = true,
    .named = true,
  },
  [sym__text_start] = {
    .visible = false,
    .named = true,
  },
  [sym_text_block] = {
    .visible = true,
    .named = true,
  },
  [sym__bof] = {
    .visible = false,
    .named = true,
  },
  [sym__nul] = {
    .visible = false,
    .named = true,
  },
  [sym__error_sentinel] = {
    .visible = false,
    .named = true,
  },
  [sym_source_file] = {
    .visible = true,
    .named = true,
  },
  [sym__item] = {
    .visible = false,
    .named = true,
  },
  [sym_section] = {
    .visible = true,
    .named = true,
  },
  [sym_block] = {
    .visible = true,
    .named = true,
  },
  [sym_command] = {
    .visible = true,
    .named = true,
  },
  [sym_negation] = {
    .visible = true,
    .named = true,
  },
  [sym__bare_negation] = {
    .visible = true,
    .named = true,
  },
  [sym_keyword] = {
    .visible = true,
    .named = true,
  },
  [sym__word] = {
    .visible = false,
    .named = true,
  },
  [sym_word] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_source_file_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_command_repeat1] = {
    .visible = false,
    .named = false,
  },
};

enum ts_field_identifiers {
  field_body = 1,
  field_header = 2,
};

static const char * const ts_field_names[] = {
  [0] = NULL,
  [field_body] = "body",
  [field_header] = "header",
};

static const TSFieldMapSlice ts_field_map_slices[PRODUCTION_ID_COUNT] = {
  [1] = {.index = 0, .length = 2},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_body, 2},
    {field_header, 0},
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
};

static const uint16_t ts_non_terminal_alias_map[] = {
  0,
};

static const TSStateId ts_primary_state_ids[STATE_COUNT] = {
  [0] = 0,
  [1] = 1,
  [2] = 2,
  [3] = 3,
  [4] = 4,
  [5] = 5,
  [6] = 6,
  [7] = 7,
  [8] = 6,
  [9] = 5,
  [10] = 7,
  [11] = 11,
  [12] = 12,
  [13] = 13,
  [14] = 14,
  [15] = 15,
  [16] = 16,
  [17] = 17,
  [18] = 18,
  [19] = 19,
  [20] = 20,
  [21] = 21,
  [22] = 15,
  [23] = 23,
  [24] = 24,
  [25] = 24,
  [26] = 23,
  [27] = 27,
  [28] = 28,
  [29] = 28,
  [30] = 30,
  [31] = 30,
  [32] = 27,
  [33] = 33,
  [34] = 34,
  [35] = 35,
  [36] = 36,
  [37] = 34,
  [38] = 38,
  [39] = 39,
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(4);
      ADVANCE_MAP(
        ':', 57,
        'D', 107,
        'N', 239,
        'd', 103,
        'n', 116,
        'A', 108,
        'a', 108,
        'B', 105,
        'b', 105,
        'C', 106,
        'c', 106,
        'E', 110,
        'e', 110,
        'F', 104,
        'f', 104,
        'G', 178,
        'g', 178,
        'H', 240,
        'h', 240,
        'L', 212,
        'l', 212,
        'M', 123,
        'm', 123,
        'P', 213,
        'p', 213,
        'R', 146,
        'r', 146,
        'S', 147,
        's', 147,
        'T', 152,
        't', 152,
        'V', 182,
        'v', 182,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xa0 ||
          lookahead == 0xfeff) SKIP(0);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(20);
      if (lookahead != 0) ADVANCE(271);
      END_STATE();
    case 1:
      ADVANCE_MAP(
        ':', 57,
        'A', 108,
        'a', 108,
        'B', 105,
        'b', 105,
        'C', 106,
        'c', 106,
        'D', 107,
        'd', 107,
        'E', 110,
        'e', 110,
        'F', 104,
        'f', 104,
        'G', 178,
        'g', 178,
        'H', 240,
        'h', 240,
        'L', 212,
        'l', 212,
        'M', 123,
        'm', 123,
        'N', 239,
        'n', 239,
        'P', 213,
        'p', 213,
        'R', 146,
        'r', 146,
        'S', 147,
        's', 147,
        'T', 152,
        't', 152,
        'V', 182,
        'v', 182,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xa0 ||
          lookahead == 0xfeff) SKIP(1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(20);
      if (lookahead != 0) ADVANCE(271);
      END_STATE();
    case 2:
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xa0 ||
          lookahead == 0xfeff) SKIP(2);
      if (lookahead != 0) ADVANCE(271);
      END_STATE();
    case 3:
      if (eof) ADVANCE(4);
      if (lookahead == 'd') ADVANCE(113);
      if (lookahead == 'n') ADVANCE(117);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xa0 ||
          lookahead == 0xfeff) SKIP(3);
      if (lookahead != 0) ADVANCE(271);
      END_STATE();
    case 4:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 5:
      ACCEPT_TOKEN(sym_ip_prefix);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(7);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 6:
      ACCEPT_TOKEN(sym_ip_prefix);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(5);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 7:
      ACCEPT_TOKEN(sym_ip_prefix);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 8:
      ACCEPT_TOKEN(sym_ip_address);
      if (lookahead == '.') ADVANCE(15);
      if (lookahead == '/') ADVANCE(250);
      if (lookahead == ':') ADVANCE(8);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(8);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 9:
      ACCEPT_TOKEN(sym_ip_address);
      if (lookahead == '/') ADVANCE(250);
      if (lookahead == ':') ADVANCE(57);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(55);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 10:
      ACCEPT_TOKEN(sym_ip_address);
      if (lookahead == '/') ADVANCE(250);
      if (lookahead == ':') ADVANCE(57);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(9);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 11:
      ACCEPT_TOKEN(sym_ip_address);
      if (lookahead == '/') ADVANCE(250);
      if (lookahead == ':') ADVANCE(57);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(10);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 12:
      ACCEPT_TOKEN(sym_ip_address);
      if (lookahead == '/') ADVANCE(250);
      if (lookahead == ':') ADVANCE(57);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(11);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 13:
      ACCEPT_TOKEN(sym_ip_address);
      if (lookahead == '/') ADVANCE(250);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(16);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 14:
      ACCEPT_TOKEN(sym_ip_address);
      if (lookahead == '/') ADVANCE(250);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(13);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 15:
      ACCEPT_TOKEN(sym_ip_address);
      if (lookahead == '/') ADVANCE(250);
      if (('.' <= lookahead && lookahead <= ':') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(15);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 16:
      ACCEPT_TOKEN(sym_ip_address);
      if (lookahead == '/') ADVANCE(250);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 17:
      ACCEPT_TOKEN(sym_mac_address);
      if (lookahead == ':') ADVANCE(58);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(75);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 18:
      ACCEPT_TOKEN(sym_mac_address);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 19:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '-') ADVANCE(256);
      if (lookahead == '.') ADVANCE(249);
      if (lookahead == ':') ADVANCE(68);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(21);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(111);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 20:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(249);
      if (lookahead == ':') ADVANCE(66);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(19);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(39);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 21:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(249);
      if (lookahead == ':') ADVANCE(66);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(22);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(53);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 22:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(265);
      if (lookahead == ':') ADVANCE(66);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(23);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(55);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 23:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == ':') ADVANCE(57);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(23);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(55);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 24:
      ACCEPT_TOKEN(sym_interface_name);
      if (lookahead == '.') ADVANCE(252);
      if (lookahead == '/') ADVANCE(248);
      if (lookahead == ':') ADVANCE(66);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(25);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(55);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 25:
      ACCEPT_TOKEN(sym_interface_name);
      if (lookahead == '.') ADVANCE(251);
      if (lookahead == '/') ADVANCE(248);
      if (lookahead == ':') ADVANCE(57);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(25);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(55);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 26:
      ACCEPT_TOKEN(sym_interface_name);
      if (lookahead == '.') ADVANCE(251);
      if (lookahead == '/') ADVANCE(248);
      if (lookahead == ':') ADVANCE(66);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(24);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(53);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 27:
      ACCEPT_TOKEN(sym_interface_name);
      if (lookahead == '.') ADVANCE(251);
      if (lookahead == '/') ADVANCE(248);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(27);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 28:
      ACCEPT_TOKEN(sym_interface_name);
      if (lookahead == '.') ADVANCE(266);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(29);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 29:
      ACCEPT_TOKEN(sym_interface_name);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(29);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 30:
      ACCEPT_TOKEN(sym_interface_name);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(28);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(54);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 31:
      ACCEPT_TOKEN(sym_interface_name);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(32);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(258);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 32:
      ACCEPT_TOKEN(sym_interface_name);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(30);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(259);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 33:
      ACCEPT_TOKEN(anon_sym_no);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 34:
      ACCEPT_TOKEN(anon_sym_default);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 35:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '-') ADVANCE(256);
      if (lookahead == ':') ADVANCE(68);
      if (lookahead == 'f') ADVANCE(102);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'e')) ADVANCE(111);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 36:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '-') ADVANCE(256);
      if (lookahead == ':') ADVANCE(68);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(109);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(237);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(111);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(26);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 37:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '-') ADVANCE(256);
      if (lookahead == ':') ADVANCE(68);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(248);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(111);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 38:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '-') ADVANCE(256);
      if (lookahead == ':') ADVANCE(68);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(190);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(111);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 39:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '-') ADVANCE(256);
      if (lookahead == ':') ADVANCE(68);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(111);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 40:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '-') ADVANCE(129);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 41:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '-') ADVANCE(139);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 42:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '-') ADVANCE(260);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 43:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '-') ADVANCE(264);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 44:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '-') ADVANCE(268);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 45:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '-') ADVANCE(270);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 46:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '.') ADVANCE(253);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(48);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 47:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '.') ADVANCE(253);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(46);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 48:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '.') ADVANCE(253);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 49:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '.') ADVANCE(254);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(51);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 50:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '.') ADVANCE(254);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(49);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 51:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '.') ADVANCE(254);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 52:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '.') ADVANCE(265);
      if (lookahead == ':') ADVANCE(66);
      if (lookahead == 'u') ADVANCE(115);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(55);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 53:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '.') ADVANCE(265);
      if (lookahead == ':') ADVANCE(66);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(55);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 54:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '.') ADVANCE(266);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 55:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(57);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(55);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 56:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(8);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(12);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 57:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(8);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(55);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 58:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(8);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(72);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 59:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(8);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(73);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 60:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(8);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(77);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 61:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(8);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(83);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 62:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(8);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(80);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 63:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(8);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(88);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 64:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(8);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(94);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 65:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(8);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(86);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 66:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(8);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(100);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 67:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(8);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(92);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 68:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(8);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(97);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 69:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(56);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(55);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 70:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(56);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(69);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 71:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(56);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(70);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 72:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(56);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(71);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 73:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(58);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(17);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 74:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(58);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(55);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 75:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(58);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(74);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 76:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(58);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(75);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 77:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(58);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(76);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 78:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(59);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(81);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 79:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(60);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(55);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 80:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(60);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(78);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 81:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(60);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(79);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 82:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(60);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(81);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 83:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(60);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(82);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 84:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(61);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(55);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 85:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(61);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(84);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 86:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(61);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(89);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 87:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(61);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(85);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 88:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(61);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(87);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 89:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(62);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(85);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 90:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(63);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(55);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 91:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(63);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(90);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 92:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(63);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(95);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 93:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(63);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(91);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 94:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(63);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(93);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 95:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(65);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(91);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 96:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(64);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(55);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 97:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(64);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(101);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 98:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(64);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(96);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 99:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(64);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(98);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 100:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(64);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(99);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 101:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(67);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(98);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 102:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(66);
      if (lookahead == 'a') ADVANCE(52);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('b' <= lookahead && lookahead <= 'f')) ADVANCE(53);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 103:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(66);
      if (lookahead == 'e') ADVANCE(35);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(122);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(39);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 104:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(66);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(36);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(164);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(226);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'F') ||
          ('b' <= lookahead && lookahead <= 'f')) ADVANCE(39);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 105:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(66);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(37);
      if (lookahead == 'V' ||
          lookahead == 'v') ADVANCE(183);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(39);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 106:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(66);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(38);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(39);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 107:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(66);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(122);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(39);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 108:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(66);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(215);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(39);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 109:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(66);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(181);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(53);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 110:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(66);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(174);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(39);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 111:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(66);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(53);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 112:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'a') ADVANCE(119);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 113:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'e') ADVANCE(114);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 114:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'f') ADVANCE(112);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 115:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'l') ADVANCE(118);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 116:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'o') ADVANCE(33);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(191);
      if (lookahead == 'V' ||
          lookahead == 'v') ADVANCE(154);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 117:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'o') ADVANCE(33);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 118:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 't') ADVANCE(34);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 119:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'u') ADVANCE(115);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 120:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(135);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(248);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 121:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(135);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 122:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(194);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 123:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(205);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(199);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 124:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(172);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 125:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(206);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(27);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 126:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(206);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 127:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(192);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 128:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(137);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 129:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(140);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(153);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 130:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(204);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 131:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(193);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 132:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(220);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 133:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(234);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 134:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(128);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 135:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(179);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 136:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(41);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 137:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(189);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 138:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(186);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 139:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(176);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 140:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(141);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 141:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(148);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 142:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(224);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 143:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(171);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 144:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(173);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 145:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(227);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 146:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(138);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 147:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(221);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 148:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(228);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 149:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(200);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 150:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(144);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 151:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(192);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 152:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(201);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(203);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(159);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 153:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(198);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 154:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(248);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 155:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(235);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 156:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(225);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(27);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 157:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(225);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(207);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 159:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(209);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(175);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(220);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 161:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(232);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 162:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(171);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 163:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(143);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 164:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(180);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 166:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(120);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 167:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(121);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(27);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 168:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(121);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 169:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(154);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 170:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(184);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 171:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(188);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 172:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(149);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 173:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(185);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 174:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(156);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(27);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 175:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(241);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 176:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(130);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 177:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(157);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 178:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(167);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 179:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(237);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 180:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(244);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 181:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(136);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 182:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(223);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(125);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(195);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 183:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(248);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 184:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(168);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 185:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(166);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 186:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(219);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 187:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(127);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 188:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(169);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 189:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'K' ||
          lookahead == 'k') ADVANCE(248);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 190:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(242);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 191:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(192);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 192:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(248);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 193:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(40);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 194:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(160);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 195:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(126);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(27);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 196:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(132);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(133);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(217);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(235);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(158);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(170);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(27);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(142);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(27);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(208);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(27);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(208);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(124);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(27);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(248);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(235);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(151);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(233);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(27);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(155);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(145);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(214);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(222);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(216);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(27);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(170);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(134);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(197);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(175);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(136);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(248);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(187);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(231);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(27);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(236);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(150);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(210);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(238);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(218);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(27);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(163);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(248);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(247);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(41);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(177);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(246);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(154);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(248);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(243);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(161);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(245);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(191);
      if (lookahead == 'V' ||
          lookahead == 'v') ADVANCE(154);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(202);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(211);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(196);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(131);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'V' ||
          lookahead == 'v') ADVANCE(162);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(170);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(165);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(171);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(27);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(50);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(6);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(29);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(31);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(262);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(14);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(47);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(18);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(257);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(45);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(259);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(54);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(255);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(42);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(258);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(260);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(261);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(262);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(263);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(43);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(267);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(44);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(269);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(271);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 3, .external_lex_state = 2},
  [2] = {.lex_state = 3, .external_lex_state = 3},
  [3] = {.lex_state = 3, .external_lex_state = 3},
  [4] = {.lex_state = 3, .external_lex_state = 3},
  [5] = {.lex_state = 3, .external_lex_state = 3},
  [6] = {.lex_state = 3, .external_lex_state = 3},
  [7] = {.lex_state = 3, .external_lex_state = 4},
  [8] = {.lex_state = 3, .external_lex_state = 4},
  [9] = {.lex_state = 3, .external_lex_state = 3},
  [10] = {.lex_state = 3, .external_lex_state = 4},
  [11] = {.lex_state = 1, .external_lex_state = 5},
  [12] = {.lex_state = 1, .external_lex_state = 5},
  [13] = {.lex_state = 1, .external_lex_state = 5},
  [14] = {.lex_state = 1, .external_lex_state = 5},
  [15] = {.lex_state = 1, .external_lex_state = 5},
  [16] = {.lex_state = 1, .external_lex_state = 5},
  [17] = {.lex_state = 1, .external_lex_state = 5},
  [18] = {.lex_state = 1, .external_lex_state = 5},
  [19] = {.lex_state = 1, .external_lex_state = 5},
  [20] = {.lex_state = 1, .external_lex_state = 6},
  [21] = {.lex_state = 1, .external_lex_state = 6},
  [22] = {.lex_state = 1, .external_lex_state = 6},
  [23] = {.lex_state = 1, .external_lex_state = 5},
  [24] = {.lex_state = 1, .external_lex_state = 5},
  [25] = {.lex_state = 1, .external_lex_state = 6},
  [26] = {.lex_state = 1, .external_lex_state = 6},
  [27] = {.lex_state = 3, .external_lex_state = 3},
  [28] = {.lex_state = 3, .external_lex_state = 3},
  [29] = {.lex_state = 3, .external_lex_state = 4},
  [30] = {.lex_state = 3, .external_lex_state = 3},
  [31] = {.lex_state = 3, .external_lex_state = 4},
  [32] = {.lex_state = 3, .external_lex_state = 4},
  [33] = {.lex_state = 2, .external_lex_state = 5},
  [34] = {.lex_state = 0, .external_lex_state = 5},
  [35] = {.lex_state = 2, .external_lex_state = 7},
  [36] = {.lex_state = 0, .external_lex_state = 5},
  [37] = {.lex_state = 0, .external_lex_state = 5},
  [38] = {.lex_state = 2, .external_lex_state = 7},
  [39] = {.lex_state = 0, .external_lex_state = 7},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [sym_ip_prefix] = ACTIONS(1),
    [sym_ip_address] = ACTIONS(1),
    [sym_mac_address] = ACTIONS(1),
    [sym_number] = ACTIONS(1),
    [sym_interface_name] = ACTIONS(1),
    [anon_sym_no] = ACTIONS(1),
    [anon_sym_default] = ACTIONS(1),
    [aux_sym_keyword_token1] = ACTIONS(1),
    [sym__newline] = ACTIONS(1),
    [sym__indent] = ACTIONS(1),
    [sym__dedent] = ACTIONS(1),
    [sym_comment] = ACTIONS(1),
    [sym__text_start] = ACTIONS(1),
    [sym_text_block] = ACTIONS(1),
    [sym__bof] = ACTIONS(1),
    [sym__nul] = ACTIONS(3),
    [sym__error_sentinel] = ACTIONS(1),
  },
  [1] = {
    [sym_source_file] = STATE(39),
    [sym__item] = STATE(2),
    [sym_section] = STATE(2),
    [sym_command] = STATE(34),
    [sym_negation] = STATE(35),
    [sym__bare_negation] = STATE(36),
    [sym_keyword] = STATE(19),
    [aux_sym_source_file_repeat1] = STATE(2),
    [ts_builtin_sym_end] = ACTIONS(5),
    [anon_sym_no] = ACTIONS(7),
    [anon_sym_default] = ACTIONS(7),
    [aux_sym_keyword_token1] = ACTIONS(9),
    [sym_comment] = ACTIONS(11),
    [sym__text_start] = ACTIONS(13),
    [sym__bof] = ACTIONS(15),
    [sym__nul] = ACTIONS(3),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 11,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(9), 1,
      aux_sym_keyword_token1,
    ACTIONS(13), 1,
      sym__text_start,
    ACTIONS(17), 1,
      ts_builtin_sym_end,
    ACTIONS(19), 1,
      sym_comment,
    STATE(19), 1,
      sym_keyword,
    STATE(34), 1,
      sym_command,
    STATE(35), 1,
      sym_negation,
    STATE(36), 1,
      sym__bare_negation,
    ACTIONS(7), 2,
      anon_sym_no,
      anon_sym_default,
    STATE(6), 3,
      sym__item,
      sym_section,
      aux_sym_source_file_repeat1,
  [37] = 11,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(9), 1,
      aux_sym_keyword_token1,
    ACTIONS(13), 1,
      sym__text_start,
    ACTIONS(19), 1,
      sym_comment,
    ACTIONS(21), 1,
      ts_builtin_sym_end,
    STATE(19), 1,
      sym_keyword,
    STATE(34), 1,
      sym_command,
    STATE(35), 1,
      sym_negation,
    STATE(36), 1,
      sym__bare_negation,
    ACTIONS(7), 2,
      anon_sym_no,
      anon_sym_default,
    STATE(6), 3,
      sym__item,
      sym_section,
      aux_sym_source_file_repeat1,
  [74] = 11,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(9), 1,
      aux_sym_keyword_token1,
    ACTIONS(13), 1,
      sym__text_start,
    ACTIONS(17), 1,
      ts_builtin_sym_end,
    ACTIONS(23), 1,
      sym_comment,
    STATE(19), 1,
      sym_keyword,
    STATE(34), 1,
      sym_command,
    STATE(35), 1,
      sym_negation,
    STATE(36), 1,
      sym__bare_negation,
    ACTIONS(7), 2,
      anon_sym_no,
      anon_sym_default,
    STATE(3), 3,
      sym__item,
      sym_section,
      aux_sym_source_file_repeat1,
  [111] = 11,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(9), 1,
      aux_sym_keyword_token1,
    ACTIONS(13), 1,
      sym__text_start,
    ACTIONS(25), 1,
      sym_comment,
    STATE(19), 1,
      sym_keyword,
    STATE(27), 1,
      sym_block,
    STATE(35), 1,
      sym_negation,
    STATE(36), 1,
      sym__bare_negation,
    STATE(37), 1,
      sym_command,
    ACTIONS(7), 2,
      anon_sym_no,
      anon_sym_default,
    STATE(7), 3,
      sym__item,
      sym_section,
      aux_sym_source_file_repeat1,
  [148] = 11,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(27), 1,
      ts_builtin_sym_end,
    ACTIONS(32), 1,
      aux_sym_keyword_token1,
    ACTIONS(35), 1,
      sym_comment,
    ACTIONS(38), 1,
      sym__text_start,
    STATE(19), 1,
      sym_keyword,
    STATE(34), 1,
      sym_command,
    STATE(35), 1,
      sym_negation,
    STATE(36), 1,
      sym__bare_negation,
    ACTIONS(29), 2,
      anon_sym_no,
      anon_sym_default,
    STATE(6), 3,
      sym__item,
      sym_section,
      aux_sym_source_file_repeat1,
  [185] = 11,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(9), 1,
      aux_sym_keyword_token1,
    ACTIONS(13), 1,
      sym__text_start,
    ACTIONS(41), 1,
      sym__dedent,
    ACTIONS(43), 1,
      sym_comment,
    STATE(19), 1,
      sym_keyword,
    STATE(35), 1,
      sym_negation,
    STATE(36), 1,
      sym__bare_negation,
    STATE(37), 1,
      sym_command,
    ACTIONS(7), 2,
      anon_sym_no,
      anon_sym_default,
    STATE(8), 3,
      sym__item,
      sym_section,
      aux_sym_source_file_repeat1,
  [222] = 11,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(27), 1,
      sym__dedent,
    ACTIONS(32), 1,
      aux_sym_keyword_token1,
    ACTIONS(38), 1,
      sym__text_start,
    ACTIONS(45), 1,
      sym_comment,
    STATE(19), 1,
      sym_keyword,
    STATE(35), 1,
      sym_negation,
    STATE(36), 1,
      sym__bare_negation,
    STATE(37), 1,
      sym_command,
    ACTIONS(29), 2,
      anon_sym_no,
      anon_sym_default,
    STATE(8), 3,
      sym__item,
      sym_section,
      aux_sym_source_file_repeat1,
  [259] = 11,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(9), 1,
      aux_sym_keyword_token1,
    ACTIONS(13), 1,
      sym__text_start,
    ACTIONS(48), 1,
      sym_comment,
    STATE(19), 1,
      sym_keyword,
    STATE(32), 1,
      sym_block,
    STATE(35), 1,
      sym_negation,
    STATE(36), 1,
      sym__bare_negation,
    STATE(37), 1,
      sym_command,
    ACTIONS(7), 2,
      anon_sym_no,
      anon_sym_default,
    STATE(10), 3,
      sym__item,
      sym_section,
      aux_sym_source_file_repeat1,
  [296] = 11,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(9), 1,
      aux_sym_keyword_token1,
    ACTIONS(13), 1,
      sym__text_start,
    ACTIONS(43), 1,
      sym_comment,
    ACTIONS(50), 1,
      sym__dedent,
    STATE(19), 1,
      sym_keyword,
    STATE(35), 1,
      sym_negation,
    STATE(36), 1,
      sym__bare_negation,
    STATE(37), 1,
      sym_command,
    ACTIONS(7), 2,
      anon_sym_no,
      anon_sym_default,
    STATE(8), 3,
      sym__item,
      sym_section,
      aux_sym_source_file_repeat1,
  [333] = 5,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(54), 1,
      aux_sym_keyword_token1,
    ACTIONS(56), 2,
      sym__newline,
      sym__indent,
    STATE(16), 3,
      sym__word,
      sym_word,
      aux_sym_command_repeat1,
    ACTIONS(52), 5,
      sym_ip_prefix,
      sym_ip_address,
      sym_mac_address,
      sym_number,
      sym_interface_name,
  [356] = 5,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(54), 1,
      aux_sym_keyword_token1,
    ACTIONS(56), 2,
      sym__newline,
      sym__indent,
    STATE(15), 3,
      sym__word,
      sym_word,
      aux_sym_command_repeat1,
    ACTIONS(58), 5,
      sym_ip_prefix,
      sym_ip_address,
      sym_mac_address,
      sym_number,
      sym_interface_name,
  [379] = 5,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(54), 1,
      aux_sym_keyword_token1,
    ACTIONS(60), 2,
      sym__newline,
      sym__indent,
    STATE(15), 3,
      sym__word,
      sym_word,
      aux_sym_command_repeat1,
    ACTIONS(58), 5,
      sym_ip_prefix,
      sym_ip_address,
      sym_mac_address,
      sym_number,
      sym_interface_name,
  [402] = 5,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(54), 1,
      aux_sym_keyword_token1,
    ACTIONS(60), 2,
      sym__newline,
      sym__indent,
    STATE(12), 3,
      sym__word,
      sym_word,
      aux_sym_command_repeat1,
    ACTIONS(62), 5,
      sym_ip_prefix,
      sym_ip_address,
      sym_mac_address,
      sym_number,
      sym_interface_name,
  [425] = 5,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(67), 1,
      aux_sym_keyword_token1,
    ACTIONS(70), 2,
      sym__newline,
      sym__indent,
    STATE(15), 3,
      sym__word,
      sym_word,
      aux_sym_command_repeat1,
    ACTIONS(64), 5,
      sym_ip_prefix,
      sym_ip_address,
      sym_mac_address,
      sym_number,
      sym_interface_name,
  [448] = 5,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(54), 1,
      aux_sym_keyword_token1,
    ACTIONS(72), 2,
      sym__newline,
      sym__indent,
    STATE(15), 3,
      sym__word,
      sym_word,
      aux_sym_command_repeat1,
    ACTIONS(58), 5,
      sym_ip_prefix,
      sym_ip_address,
      sym_mac_address,
      sym_number,
      sym_interface_name,
  [471] = 5,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(54), 1,
      aux_sym_keyword_token1,
    ACTIONS(72), 2,
      sym__newline,
      sym__indent,
    STATE(18), 3,
      sym__word,
      sym_word,
      aux_sym_command_repeat1,
    ACTIONS(74), 5,
      sym_ip_prefix,
      sym_ip_address,
      sym_mac_address,
      sym_number,
      sym_interface_name,
  [494] = 5,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(54), 1,
      aux_sym_keyword_token1,
    ACTIONS(76), 2,
      sym__newline,
      sym__indent,
    STATE(15), 3,
      sym__word,
      sym_word,
      aux_sym_command_repeat1,
    ACTIONS(58), 5,
      sym_ip_prefix,
      sym_ip_address,
      sym_mac_address,
      sym_number,
      sym_interface_name,
  [517] = 5,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(54), 1,
      aux_sym_keyword_token1,
    ACTIONS(80), 2,
      sym__newline,
      sym__indent,
    STATE(13), 3,
      sym__word,
      sym_word,
      aux_sym_command_repeat1,
    ACTIONS(78), 5,
      sym_ip_prefix,
      sym_ip_address,
      sym_mac_address,
      sym_number,
      sym_interface_name,
  [540] = 5,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(84), 1,
      aux_sym_keyword_token1,
    ACTIONS(86), 1,
      sym_text_block,
    STATE(21), 3,
      sym__word,
      sym_word,
      aux_sym_command_repeat1,
    ACTIONS(82), 5,
      sym_ip_prefix,
      sym_ip_address,
      sym_mac_address,
      sym_number,
      sym_interface_name,
  [562] = 5,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(84), 1,
      aux_sym_keyword_token1,
    ACTIONS(90), 1,
      sym_text_block,
    STATE(22), 3,
      sym__word,
      sym_word,
      aux_sym_command_repeat1,
    ACTIONS(88), 5,
      sym_ip_prefix,
      sym_ip_address,
      sym_mac_address,
      sym_number,
      sym_interface_name,
  [584] = 5,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(70), 1,
      sym_text_block,
    ACTIONS(95), 1,
      aux_sym_keyword_token1,
    STATE(22), 3,
      sym__word,
      sym_word,
      aux_sym_command_repeat1,
    ACTIONS(92), 5,
      sym_ip_prefix,
      sym_ip_address,
      sym_mac_address,
      sym_number,
      sym_interface_name,
  [606] = 3,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(100), 2,
      sym__newline,
      sym__indent,
    ACTIONS(98), 6,
      sym_ip_prefix,
      sym_ip_address,
      sym_mac_address,
      sym_number,
      sym_interface_name,
      aux_sym_keyword_token1,
  [622] = 3,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(104), 2,
      sym__newline,
      sym__indent,
    ACTIONS(102), 6,
      sym_ip_prefix,
      sym_ip_address,
      sym_mac_address,
      sym_number,
      sym_interface_name,
      aux_sym_keyword_token1,
  [638] = 3,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(104), 1,
      sym_text_block,
    ACTIONS(102), 6,
      sym_ip_prefix,
      sym_ip_address,
      sym_mac_address,
      sym_number,
      sym_interface_name,
      aux_sym_keyword_token1,
  [653] = 3,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(100), 1,
      sym_text_block,
    ACTIONS(98), 6,
      sym_ip_prefix,
      sym_ip_address,
      sym_mac_address,
      sym_number,
      sym_interface_name,
      aux_sym_keyword_token1,
  [668] = 3,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(106), 3,
      sym_comment,
      sym__text_start,
      ts_builtin_sym_end,
    ACTIONS(108), 3,
      anon_sym_no,
      anon_sym_default,
      aux_sym_keyword_token1,
  [682] = 3,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(110), 3,
      sym_comment,
      sym__text_start,
      ts_builtin_sym_end,
    ACTIONS(112), 3,
      anon_sym_no,
      anon_sym_default,
      aux_sym_keyword_token1,
  [696] = 3,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(110), 3,
      sym__dedent,
      sym_comment,
      sym__text_start,
    ACTIONS(112), 3,
      anon_sym_no,
      anon_sym_default,
      aux_sym_keyword_token1,
  [710] = 3,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(114), 3,
      sym_comment,
      sym__text_start,
      ts_builtin_sym_end,
    ACTIONS(116), 3,
      anon_sym_no,
      anon_sym_default,
      aux_sym_keyword_token1,
  [724] = 3,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(114), 3,
      sym__dedent,
      sym_comment,
      sym__text_start,
    ACTIONS(116), 3,
      anon_sym_no,
      anon_sym_default,
      aux_sym_keyword_token1,
  [738] = 3,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(106), 3,
      sym__dedent,
      sym_comment,
      sym__text_start,
    ACTIONS(108), 3,
      anon_sym_no,
      anon_sym_default,
      aux_sym_keyword_token1,
  [752] = 3,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(118), 1,
      aux_sym_keyword_token1,
    ACTIONS(120), 2,
      sym__newline,
      sym__indent,
  [763] = 3,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(122), 1,
      sym__newline,
    ACTIONS(124), 1,
      sym__indent,
  [773] = 3,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(126), 1,
      aux_sym_keyword_token1,
    STATE(14), 1,
      sym_keyword,
  [783] = 2,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(80), 2,
      sym__newline,
      sym__indent,
  [791] = 3,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(128), 1,
      sym__newline,
    ACTIONS(130), 1,
      sym__indent,
  [801] = 3,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(132), 1,
      aux_sym_keyword_token1,
    STATE(20), 1,
      sym_keyword,
  [811] = 2,
    ACTIONS(3), 1,
      sym__nul,
    ACTIONS(134), 1,
      ts_builtin_sym_end,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(2)] = 0,
  [SMALL_STATE(3)] = 37,
  [SMALL_STATE(4)] = 74,
  [SMALL_STATE(5)] = 111,
  [SMALL_STATE(6)] = 148,
  [SMALL_STATE(7)] = 185,
  [SMALL_STATE(8)] = 222,
  [SMALL_STATE(9)] = 259,
  [SMALL_STATE(10)] = 296,
  [SMALL_STATE(11)] = 333,
  [SMALL_STATE(12)] = 356,
  [SMALL_STATE(13)] = 379,
  [SMALL_STATE(14)] = 402,
  [SMALL_STATE(15)] = 425,
  [SMALL_STATE(16)] = 448,
  [SMALL_STATE(17)] = 471,
  [SMALL_STATE(18)] = 494,
  [SMALL_STATE(19)] = 517,
  [SMALL_STATE(20)] = 540,
  [SMALL_STATE(21)] = 562,
  [SMALL_STATE(22)] = 584,
  [SMALL_STATE(23)] = 606,
  [SMALL_STATE(24)] = 622,
  [SMALL_STATE(25)] = 638,
  [SMALL_STATE(26)] = 653,
  [SMALL_STATE(27)] = 668,
  [SMALL_STATE(28)] = 682,
  [SMALL_STATE(29)] = 696,
  [SMALL_STATE(30)] = 710,
  [SMALL_STATE(31)] = 724,
  [SMALL_STATE(32)] = 738,
  [SMALL_STATE(33)] = 752,
  [SMALL_STATE(34)] = 763,
  [SMALL_STATE(35)] = 773,
  [SMALL_STATE(36)] = 783,
  [SMALL_STATE(37)] = 791,
  [SMALL_STATE(38)] = 801,
  [SMALL_STATE(39)] = 811,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [7] = {.entry = {.count = 1, .reusable = false}}, SHIFT(33),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(24),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [17] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [21] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, 0, 0),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [27] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [29] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(33),
  [32] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(24),
  [35] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(6),
  [38] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(38),
  [41] = {.entry = {.count = 1, .reusable = true}}, SHIFT(30),
  [43] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [45] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(8),
  [48] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [50] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [52] = {.entry = {.count = 1, .reusable = false}}, SHIFT(16),
  [54] = {.entry = {.count = 1, .reusable = false}}, SHIFT(23),
  [56] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_command, 3, 0, 0),
  [58] = {.entry = {.count = 1, .reusable = false}}, SHIFT(15),
  [60] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_command, 2, 0, 0),
  [62] = {.entry = {.count = 1, .reusable = false}}, SHIFT(12),
  [64] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_command_repeat1, 2, 0, 0), SHIFT_REPEAT(15),
  [67] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_command_repeat1, 2, 0, 0), SHIFT_REPEAT(23),
  [70] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_command_repeat1, 2, 0, 0),
  [72] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_command, 4, 0, 0),
  [74] = {.entry = {.count = 1, .reusable = false}}, SHIFT(18),
  [76] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_command, 5, 0, 0),
  [78] = {.entry = {.count = 1, .reusable = false}}, SHIFT(13),
  [80] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_command, 1, 0, 0),
  [82] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [84] = {.entry = {.count = 1, .reusable = false}}, SHIFT(26),
  [86] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [88] = {.entry = {.count = 1, .reusable = false}}, SHIFT(22),
  [90] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [92] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_command_repeat1, 2, 0, 0), SHIFT_REPEAT(22),
  [95] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_command_repeat1, 2, 0, 0), SHIFT_REPEAT(26),
  [98] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 1, 0, 0),
  [100] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_word, 1, 0, 0),
  [102] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_keyword, 1, 0, 0),
  [104] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_keyword, 1, 0, 0),
  [106] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 3, 0, 1),
  [108] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 3, 0, 1),
  [110] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__item, 2, 0, 0),
  [112] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__item, 2, 0, 0),
  [114] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 2, 0, 0),
  [116] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 2, 0, 0),
  [118] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_negation, 1, 0, 0),
  [120] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__bare_negation, 1, 0, 0),
  [122] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
  [124] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [126] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [128] = {.entry = {.count = 1, .reusable = true}}, SHIFT(29),
  [130] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [132] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [134] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
};

enum ts_external_scanner_symbol_identifiers {
  ts_external_token__newline = 0,
  ts_external_token__indent = 1,
  ts_external_token__dedent = 2,
  ts_external_token_comment = 3,
  ts_external_token__text_start = 4,
  ts_external_token_text_block = 5,
  ts_external_token__bof = 6,
  ts_external_token__nul = 7,
  ts_external_token__error_sentinel = 8,
};

static const TSSymbol ts_external_scanner_symbol_map[EXTERNAL_TOKEN_COUNT] = {
  [ts_external_token__newline] = sym__newline,
  [ts_external_token__indent] = sym__indent,
  [ts_external_token__dedent] = sym__dedent,
  [ts_external_token_comment] = sym_comment,
  [ts_external_token__text_start] = sym__text_start,
  [ts_external_token_text_block] = sym_text_block,
  [ts_external_token__bof] = sym__bof,
  [ts_external_token__nul] = sym__nul,
  [ts_external_token__error_sentinel] = sym__error_sentinel,
};

static const bool ts_external_scanner_states[8][EXTERNAL_TOKEN_COUNT] = {
  [1] = {
    [ts_external_token__newline] = true,
    [ts_external_token__indent] = true,
    [ts_external_token__dedent] = true,
    [ts_external_token_comment] = true,
    [ts_external_token__text_start] = true,
    [ts_external_token_text_block] = true,
    [ts_external_token__bof] = true,
    [ts_external_token__nul] = true,
    [ts_external_token__error_sentinel] = true,
  },
  [2] = {
    [ts_external_token_comment] = true,
    [ts_external_token__text_start] = true,
    [ts_external_token__bof] = true,
    [ts_external_token__nul] = true,
  },
  [3] = {
    [ts_external_token_comment] = true,
    [ts_external_token__text_start] = true,
    [ts_external_token__nul] = true,
  },
  [4] = {
    [ts_external_token__dedent] = true,
    [ts_external_token_comment] = true,
    [ts_external_token__text_start] = true,
    [ts_external_token__nul] = true,
  },
  [5] = {
    [ts_external_token__newline] = true,
    [ts_external_token__indent] = true,
    [ts_external_token__nul] = true,
  },
  [6] = {
    [ts_external_token_text_block] = true,
    [ts_external_token__nul] = true,
  },
  [7] = {
    [ts_external_token__nul] = true,
  },
};

#ifdef __cplusplus
extern "C" {
#endif
void *tree_sitter_netcli_external_scanner_create(void);
void tree_sitter_netcli_external_scanner_destroy(void *);
bool tree_sitter_netcli_external_scanner_scan(void *, TSLexer *, const bool *);
unsigned tree_sitter_netcli_external_scanner_serialize(void *, char *);
void tree_sitter_netcli_external_scanner_deserialize(void *, const char *, unsigned);

#ifdef TREE_SITTER_HIDE_SYMBOLS
#define TS_PUBLIC
#elif defined(_WIN32)
#define TS_PUBLIC __declspec(dllexport)
#else
#define TS_PUBLIC __attribute__((visibility("default")))
#endif

TS_PUBLIC const TSLanguage *tree_sitter_netcli(void) {
  static const TSLanguage language = {
    .version = LANGUAGE_VERSION,
    .symbol_count = SYMBOL_COUNT,
    .alias_count = ALIAS_COUNT,
    .token_count = TOKEN_COUNT,
    .external_token_count = EXTERNAL_TOKEN_COUNT,
    .state_count = STATE_COUNT,
    .large_state_count = LARGE_STATE_COUNT,
    .production_id_count = PRODUCTION_ID_COUNT,
    .field_count = FIELD_COUNT,
    .max_alias_sequence_length = MAX_ALIAS_SEQUENCE_LENGTH,
    .parse_table = &ts_parse_table[0][0],
    .small_parse_table = ts_small_parse_table,
    .small_parse_table_map = ts_small_parse_table_map,
    .parse_actions = ts_parse_actions,
    .symbol_names = ts_symbol_names,
    .field_names = ts_field_names,
    .field_map_slices = ts_field_map_slices,
    .field_map_entries = ts_field_map_entries,
    .symbol_metadata = ts_symbol_metadata,
    .public_symbol_map = ts_symbol_map,
    .alias_map = ts_non_terminal_alias_map,
    .alias_sequences = &ts_alias_sequences[0][0],
    .lex_modes = ts_lex_modes,
    .lex_fn = ts_lex,
    .external_scanner = {
      &ts_external_scanner_states[0][0],
      ts_external_scanner_symbol_map,
      tree_sitter_netcli_external_scanner_create,
      tree_sitter_netcli_external_scanner_destroy,
      tree_sitter_netcli_external_scanner_scan,
      tree_sitter_netcli_external_scanner_serialize,
      tree_sitter_netcli_external_scanner_deserialize,
    },
    .primary_state_ids = ts_primary_state_ids,
  };
  return &language;
}
#ifdef __cplusplus
}
#endif
