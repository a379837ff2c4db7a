#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 40
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 28
#define ALIAS_COUNT 0
#define TOKEN_COUNT 16
#define EXTERNAL_TOKEN_COUNT 8
#define FIELD_COUNT 2
#define MAX_ALIAS_SEQUENCE_LENGTH 5
#define PRODUCTION_ID_COUNT 2

enum ts_symbol_identifiers {
  sym_ip_prefix = 1,
  sym_ip_address = 2,
  sym_number = 3,
  sym_interface_name = 4,
  anon_sym_no = 5,
  anon_sym_default = 6,
  aux_sym_keyword_token1 = 7,
  sym__newline = 8,
  sym__indent = 9,
  sym__dedent = 10,
  sym_comment = 11,
  sym__text_start = 12,
  sym_text_block = 13,
  sym__bof = 14,
  sym__error_sentinel = 15,
  sym_source_file = 16,
  sym__item = 17,
  sym_section = 18,
  sym_block = 19,
  sym_command = 20,
  sym_negation = 21,
  sym__bare_negation = 22,
  sym_keyword = 23,
  sym__word = 24,
  sym_word = 25,
  aux_sym_source_file_repeat1 = 26,
  aux_sym_command_repeat1 = 27,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [sym_ip_prefix] = "ip_prefix",
  [sym_ip_address] = "ip_address",
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
  [25] = 25,
  [26] = 26,
  [27] = 24,
  [28] = 23,
  [29] = 26,
  [30] = 30,
  [31] = 30,
  [32] = 25,
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
        ':', 51,
        'D', 39,
        'N', 184,
        'd', 32,
        'n', 57,
        'A', 42,
        'a', 42,
        'B', 37,
        'b', 37,
        'C', 38,
        'c', 38,
        'E', 44,
        'e', 44,
        'F', 35,
        'f', 35,
        'G', 121,
        'g', 121,
        'H', 185,
        'h', 185,
        'L', 156,
        'l', 156,
        'M', 64,
        'm', 64,
        'P', 157,
        'p', 157,
        'R', 88,
        'r', 88,
        'S', 89,
        's', 89,
        'T', 94,
        't', 94,
        'V', 124,
        'v', 124,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xa0 ||
          lookahead == 0xfeff) SKIP(0);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(14);
      if (lookahead != 0) ADVANCE(200);
      END_STATE();
    case 1:
      ADVANCE_MAP(
        ':', 51,
        'A', 42,
        'a', 42,
        'B', 37,
        'b', 37,
        'C', 38,
        'c', 38,
        'D', 39,
        'd', 39,
        'E', 44,
        'e', 44,
        'F', 35,
        'f', 35,
        'G', 121,
        'g', 121,
        'H', 185,
        'h', 185,
        'L', 156,
        'l', 156,
        'M', 64,
        'm', 64,
        'N', 184,
        'n', 184,
        'P', 157,
        'p', 157,
        'R', 88,
        'r', 88,
        'S', 89,
        's', 89,
        'T', 94,
        't', 94,
        'V', 124,
        'v', 124,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xa0 ||
          lookahead == 0xfeff) SKIP(1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(14);
      if (lookahead != 0) ADVANCE(200);
      END_STATE();
    case 2:
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xa0 ||
          lookahead == 0xfeff) SKIP(2);
      if (lookahead != 0) ADVANCE(200);
      END_STATE();
    case 3:
      if (eof) ADVANCE(4);
      if (lookahead == 'd') ADVANCE(54);
      if (lookahead == 'n') ADVANCE(58);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xa0 ||
          lookahead == 0xfeff) SKIP(3);
      if (lookahead != 0) ADVANCE(200);
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
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 6:
      ACCEPT_TOKEN(sym_ip_prefix);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(5);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 7:
      ACCEPT_TOKEN(sym_ip_prefix);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 8:
      ACCEPT_TOKEN(sym_ip_address);
      if (lookahead == '/') ADVANCE(196);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(11);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 9:
      ACCEPT_TOKEN(sym_ip_address);
      if (lookahead == '/') ADVANCE(196);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(8);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 10:
      ACCEPT_TOKEN(sym_ip_address);
      if (lookahead == '/') ADVANCE(196);
      if (('.' <= lookahead && lookahead <= ':') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(10);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 11:
      ACCEPT_TOKEN(sym_ip_address);
      if (lookahead == '/') ADVANCE(196);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 12:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(195);
      if (lookahead == ':') ADVANCE(51);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(15);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(47);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 13:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(195);
      if (lookahead == ':') ADVANCE(51);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(12);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(45);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 14:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(195);
      if (lookahead == ':') ADVANCE(51);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(13);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(46);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 15:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == ':') ADVANCE(51);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(16);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 16:
      ACCEPT_TOKEN(sym_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(16);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 17:
      ACCEPT_TOKEN(sym_interface_name);
      if (lookahead == '.') ADVANCE(197);
      if (lookahead == '/') ADVANCE(194);
      if (lookahead == ':') ADVANCE(51);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 18:
      ACCEPT_TOKEN(sym_interface_name);
      if (lookahead == '.') ADVANCE(197);
      if (lookahead == '/') ADVANCE(194);
      if (lookahead == ':') ADVANCE(51);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(17);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(47);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 19:
      ACCEPT_TOKEN(sym_interface_name);
      if (lookahead == '.') ADVANCE(197);
      if (lookahead == '/') ADVANCE(194);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 20:
      ACCEPT_TOKEN(sym_interface_name);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(20);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 21:
      ACCEPT_TOKEN(anon_sym_no);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 22:
      ACCEPT_TOKEN(anon_sym_default);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 23:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '-') ADVANCE(70);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 24:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '-') ADVANCE(81);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 25:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '.') ADVANCE(198);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(27);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 26:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '.') ADVANCE(198);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(25);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 27:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '.') ADVANCE(198);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 28:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '.') ADVANCE(199);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(30);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 29:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '.') ADVANCE(199);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(28);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 30:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == '.') ADVANCE(199);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 31:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(51);
      if (lookahead == 'a') ADVANCE(34);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('b' <= lookahead && lookahead <= 'f')) ADVANCE(47);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 32:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(51);
      if (lookahead == 'e') ADVANCE(33);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(63);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(46);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 33:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(51);
      if (lookahead == 'f') ADVANCE(31);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'e')) ADVANCE(45);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 34:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(51);
      if (lookahead == 'u') ADVANCE(56);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 35:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(51);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(36);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(106);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(170);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'F') ||
          ('b' <= lookahead && lookahead <= 'f')) ADVANCE(46);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 36:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(51);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(43);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(181);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(45);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(18);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 37:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(51);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(40);
      if (lookahead == 'V' ||
          lookahead == 'v') ADVANCE(126);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(46);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 38:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(51);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(41);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(186);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(46);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 39:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(51);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(63);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(46);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 40:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(51);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(194);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(45);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 41:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(51);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(135);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(45);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 42:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(51);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(159);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(46);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 43:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(51);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(125);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(47);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 44:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(51);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(116);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(46);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 45:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(51);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(47);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 46:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(51);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(45);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 47:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(51);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 48:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(10);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(52);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 49:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(10);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(48);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 50:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(10);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(49);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 51:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(10);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(50);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 52:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == ':') ADVANCE(10);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 53:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'a') ADVANCE(60);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 54:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'e') ADVANCE(55);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 55:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'f') ADVANCE(53);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 56:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'l') ADVANCE(59);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 57:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'o') ADVANCE(21);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(137);
      if (lookahead == 'V' ||
          lookahead == 'v') ADVANCE(96);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 58:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'o') ADVANCE(21);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 59:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 't') ADVANCE(22);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 60:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'u') ADVANCE(56);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 61:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(76);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(194);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 62:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(76);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 63:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(136);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 64:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(149);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(143);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 65:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(113);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 66:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(150);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 67:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(150);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 68:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(138);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 69:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(78);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 70:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(82);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(95);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 71:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(148);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 72:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(134);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 73:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(164);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 74:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(176);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 75:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(69);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 76:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(122);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 77:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(24);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 78:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(133);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 79:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(117);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 80:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(131);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 81:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(119);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 82:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(83);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 83:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(90);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 84:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(167);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 85:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(114);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 86:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(115);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 87:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(171);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 88:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(80);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 89:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(166);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(130);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 90:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(172);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 91:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(144);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 92:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(86);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 93:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(138);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 94:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(145);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(147);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(101);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 95:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(142);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 96:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(194);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 97:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(179);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 98:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(169);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 99:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(169);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 100:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(151);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 101:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(153);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(118);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 102:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(164);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 103:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(180);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 104:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(114);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 105:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(85);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 106:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(174);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 107:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(123);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 108:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(61);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 109:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(96);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 110:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(62);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 111:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(62);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 112:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(127);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 113:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(91);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 114:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(128);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 115:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(129);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 116:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(98);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 117:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(194);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 118:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(187);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 119:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(71);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 120:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(99);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 121:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(110);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 122:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(181);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 123:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(190);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 124:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(168);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(66);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(139);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 125:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(77);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 126:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(194);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 127:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(111);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 128:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(109);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 129:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(108);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 130:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(177);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 131:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(163);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 132:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(68);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 133:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'K' ||
          lookahead == 'k') ADVANCE(194);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 134:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(23);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 135:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(188);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 136:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(102);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 137:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(138);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 138:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(194);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 139:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(67);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 140:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(73);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 141:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(74);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 142:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(161);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 143:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(179);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 144:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(100);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 145:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(112);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 146:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(84);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 147:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(152);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 148:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(152);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 149:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(65);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 150:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(194);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 151:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(179);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 152:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(93);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 153:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(178);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 154:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(97);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 155:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(87);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 156:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(158);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 157:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(165);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(160);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 159:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(112);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(75);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 161:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(141);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 162:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(118);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 163:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(77);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 164:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(194);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(175);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 166:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(132);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 167:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(92);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 168:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(182);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 169:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(154);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 170:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(183);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(162);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 171:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(105);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 172:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(173);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 173:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(194);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 174:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(193);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 175:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(24);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 176:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(96);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 177:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(79);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 178:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(192);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 179:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(194);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 180:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(120);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 181:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(103);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 182:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(189);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 183:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(191);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 184:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(137);
      if (lookahead == 'V' ||
          lookahead == 'v') ADVANCE(96);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 185:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(146);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 186:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(194);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 187:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(155);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 188:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(140);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 189:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(72);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 190:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'V' ||
          lookahead == 'v') ADVANCE(104);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 191:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(112);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 192:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(107);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 193:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(114);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 194:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 195:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(29);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 196:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(6);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(20);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(9);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(26);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(aux_sym_keyword_token1);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != 0xa0 &&
          lookahead != 0xfeff) ADVANCE(200);
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
  [25] = {.lex_state = 3, .external_lex_state = 3},
  [26] = {.lex_state = 3, .external_lex_state = 3},
  [27] = {.lex_state = 1, .external_lex_state = 6},
  [28] = {.lex_state = 1, .external_lex_state = 6},
  [29] = {.lex_state = 3, .external_lex_state = 4},
  [30] = {.lex_state = 3, .external_lex_state = 3},
  [31] = {.lex_state = 3, .external_lex_state = 4},
  [32] = {.lex_state = 3, .external_lex_state = 4},
  [33] = {.lex_state = 2, .external_lex_state = 5},
  [34] = {.lex_state = 0, .external_lex_state = 5},
  [35] = {.lex_state = 2},
  [36] = {.lex_state = 0, .external_lex_state = 5},
  [37] = {.lex_state = 0, .external_lex_state = 5},
  [38] = {.lex_state = 2},
  [39] = {.lex_state = 0},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [sym_ip_prefix] = ACTIONS(1),
    [sym_ip_address] = ACTIONS(1),
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
    [ts_builtin_sym_end] = ACTIONS(3),
    [anon_sym_no] = ACTIONS(5),
    [anon_sym_default] = ACTIONS(5),
    [aux_sym_keyword_token1] = ACTIONS(7),
    [sym_comment] = ACTIONS(9),
    [sym__text_start] = ACTIONS(11),
    [sym__bof] = ACTIONS(13),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 10,
    ACTIONS(7), 1,
      aux_sym_keyword_token1,
    ACTIONS(11), 1,
      sym__text_start,
    ACTIONS(15), 1,
      ts_builtin_sym_end,
    ACTIONS(17), 1,
      sym_comment,
    STATE(19), 1,
      sym_keyword,
    STATE(34), 1,
      sym_command,
    STATE(35), 1,
      sym_negation,
    STATE(36), 1,
      sym__bare_negation,
    ACTIONS(5), 2,
      anon_sym_no,
      anon_sym_default,
    STATE(6), 3,
      sym__item,
      sym_section,
      aux_sym_source_file_repeat1,
  [34] = 10,
    ACTIONS(7), 1,
      aux_sym_keyword_token1,
    ACTIONS(11), 1,
      sym__text_start,
    ACTIONS(17), 1,
      sym_comment,
    ACTIONS(19), 1,
      ts_builtin_sym_end,
    STATE(19), 1,
      sym_keyword,
    STATE(34), 1,
      sym_command,
    STATE(35), 1,
      sym_negation,
    STATE(36), 1,
      sym__bare_negation,
    ACTIONS(5), 2,
      anon_sym_no,
      anon_sym_default,
    STATE(6), 3,
      sym__item,
      sym_section,
      aux_sym_source_file_repeat1,
  [68] = 10,
    ACTIONS(7), 1,
      aux_sym_keyword_token1,
    ACTIONS(11), 1,
      sym__text_start,
    ACTIONS(15), 1,
      ts_builtin_sym_end,
    ACTIONS(21), 1,
      sym_comment,
    STATE(19), 1,
      sym_keyword,
    STATE(34), 1,
      sym_command,
    STATE(35), 1,
      sym_negation,
    STATE(36), 1,
      sym__bare_negation,
    ACTIONS(5), 2,
      anon_sym_no,
      anon_sym_default,
    STATE(3), 3,
      sym__item,
      sym_section,
      aux_sym_source_file_repeat1,
  [102] = 10,
    ACTIONS(7), 1,
      aux_sym_keyword_token1,
    ACTIONS(11), 1,
      sym__text_start,
    ACTIONS(23), 1,
      sym_comment,
    STATE(19), 1,
      sym_keyword,
    STATE(25), 1,
      sym_block,
    STATE(35), 1,
      sym_negation,
    STATE(36), 1,
      sym__bare_negation,
    STATE(37), 1,
      sym_command,
    ACTIONS(5), 2,
      anon_sym_no,
      anon_sym_default,
    STATE(7), 3,
      sym__item,
      sym_section,
      aux_sym_source_file_repeat1,
  [136] = 10,
    ACTIONS(25), 1,
      ts_builtin_sym_end,
    ACTIONS(30), 1,
      aux_sym_keyword_token1,
    ACTIONS(33), 1,
      sym_comment,
    ACTIONS(36), 1,
      sym__text_start,
    STATE(19), 1,
      sym_keyword,
    STATE(34), 1,
      sym_command,
    STATE(35), 1,
      sym_negation,
    STATE(36), 1,
      sym__bare_negation,
    ACTIONS(27), 2,
      anon_sym_no,
      anon_sym_default,
    STATE(6), 3,
      sym__item,
      sym_section,
      aux_sym_source_file_repeat1,
  [170] = 10,
    ACTIONS(7), 1,
      aux_sym_keyword_token1,
    ACTIONS(11), 1,
      sym__text_start,
    ACTIONS(39), 1,
      sym__dedent,
    ACTIONS(41), 1,
      sym_comment,
    STATE(19), 1,
      sym_keyword,
    STATE(35), 1,
      sym_negation,
    STATE(36), 1,
      sym__bare_negation,
    STATE(37), 1,
      sym_command,
    ACTIONS(5), 2,
      anon_sym_no,
      anon_sym_default,
    STATE(8), 3,
      sym__item,
      sym_section,
      aux_sym_source_file_repeat1,
  [204] = 10,
    ACTIONS(25), 1,
      sym__dedent,
    ACTIONS(30), 1,
      aux_sym_keyword_token1,
    ACTIONS(36), 1,
      sym__text_start,
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
    ACTIONS(27), 2,
      anon_sym_no,
      anon_sym_default,
    STATE(8), 3,
      sym__item,
      sym_section,
      aux_sym_source_file_repeat1,
  [238] = 10,
    ACTIONS(7), 1,
      aux_sym_keyword_token1,
    ACTIONS(11), 1,
      sym__text_start,
    ACTIONS(46), 1,
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
    ACTIONS(5), 2,
      anon_sym_no,
      anon_sym_default,
    STATE(10), 3,
      sym__item,
      sym_section,
      aux_sym_source_file_repeat1,
  [272] = 10,
    ACTIONS(7), 1,
      aux_sym_keyword_token1,
    ACTIONS(11), 1,
      sym__text_start,
    ACTIONS(41), 1,
      sym_comment,
    ACTIONS(48), 1,
      sym__dedent,
    STATE(19), 1,
      sym_keyword,
    STATE(35), 1,
      sym_negation,
    STATE(36), 1,
      sym__bare_negation,
    STATE(37), 1,
      sym_command,
    ACTIONS(5), 2,
      anon_sym_no,
      anon_sym_default,
    STATE(8), 3,
      sym__item,
      sym_section,
      aux_sym_source_file_repeat1,
  [306] = 4,
    ACTIONS(52), 1,
      aux_sym_keyword_token1,
    ACTIONS(54), 2,
      sym__newline,
      sym__indent,
    STATE(16), 3,
      sym__word,
      sym_word,
      aux_sym_command_repeat1,
    ACTIONS(50), 4,
      sym_ip_prefix,
      sym_ip_address,
      sym_number,
      sym_interface_name,
  [325] = 4,
    ACTIONS(52), 1,
      aux_sym_keyword_token1,
    ACTIONS(54), 2,
      sym__newline,
      sym__indent,
    STATE(15), 3,
      sym__word,
      sym_word,
      aux_sym_command_repeat1,
    ACTIONS(56), 4,
      sym_ip_prefix,
      sym_ip_address,
      sym_number,
      sym_interface_name,
  [344] = 4,
    ACTIONS(52), 1,
      aux_sym_keyword_token1,
    ACTIONS(58), 2,
      sym__newline,
      sym__indent,
    STATE(15), 3,
      sym__word,
      sym_word,
      aux_sym_command_repeat1,
    ACTIONS(56), 4,
      sym_ip_prefix,
      sym_ip_address,
      sym_number,
      sym_interface_name,
  [363] = 4,
    ACTIONS(52), 1,
      aux_sym_keyword_token1,
    ACTIONS(58), 2,
      sym__newline,
      sym__indent,
    STATE(12), 3,
      sym__word,
      sym_word,
      aux_sym_command_repeat1,
    ACTIONS(60), 4,
      sym_ip_prefix,
      sym_ip_address,
      sym_number,
      sym_interface_name,
  [382] = 4,
    ACTIONS(65), 1,
      aux_sym_keyword_token1,
    ACTIONS(68), 2,
      sym__newline,
      sym__indent,
    STATE(15), 3,
      sym__word,
      sym_word,
      aux_sym_command_repeat1,
    ACTIONS(62), 4,
      sym_ip_prefix,
      sym_ip_address,
      sym_number,
      sym_interface_name,
  [401] = 4,
    ACTIONS(52), 1,
      aux_sym_keyword_token1,
    ACTIONS(70), 2,
      sym__newline,
      sym__indent,
    STATE(15), 3,
      sym__word,
      sym_word,
      aux_sym_command_repeat1,
    ACTIONS(56), 4,
      sym_ip_prefix,
      sym_ip_address,
      sym_number,
      sym_interface_name,
  [420] = 4,
    ACTIONS(52), 1,
      aux_sym_keyword_token1,
    ACTIONS(70), 2,
      sym__newline,
      sym__indent,
    STATE(18), 3,
      sym__word,
      sym_word,
      aux_sym_command_repeat1,
    ACTIONS(72), 4,
      sym_ip_prefix,
      sym_ip_address,
      sym_number,
      sym_interface_name,
  [439] = 4,
    ACTIONS(52), 1,
      aux_sym_keyword_token1,
    ACTIONS(74), 2,
      sym__newline,
      sym__indent,
    STATE(15), 3,
      sym__word,
      sym_word,
      aux_sym_command_repeat1,
    ACTIONS(56), 4,
      sym_ip_prefix,
      sym_ip_address,
      sym_number,
      sym_interface_name,
  [458] = 4,
    ACTIONS(52), 1,
      aux_sym_keyword_token1,
    ACTIONS(78), 2,
      sym__newline,
      sym__indent,
    STATE(13), 3,
      sym__word,
      sym_word,
      aux_sym_command_repeat1,
    ACTIONS(76), 4,
      sym_ip_prefix,
      sym_ip_address,
      sym_number,
      sym_interface_name,
  [477] = 4,
    ACTIONS(82), 1,
      aux_sym_keyword_token1,
    ACTIONS(84), 1,
      sym_text_block,
    STATE(21), 3,
      sym__word,
      sym_word,
      aux_sym_command_repeat1,
    ACTIONS(80), 4,
      sym_ip_prefix,
      sym_ip_address,
      sym_number,
      sym_interface_name,
  [495] = 4,
    ACTIONS(82), 1,
      aux_sym_keyword_token1,
    ACTIONS(88), 1,
      sym_text_block,
    STATE(22), 3,
      sym__word,
      sym_word,
      aux_sym_command_repeat1,
    ACTIONS(86), 4,
      sym_ip_prefix,
      sym_ip_address,
      sym_number,
      sym_interface_name,
  [513] = 4,
    ACTIONS(68), 1,
      sym_text_block,
    ACTIONS(93), 1,
      aux_sym_keyword_token1,
    STATE(22), 3,
      sym__word,
      sym_word,
      aux_sym_command_repeat1,
    ACTIONS(90), 4,
      sym_ip_prefix,
      sym_ip_address,
      sym_number,
      sym_interface_name,
  [531] = 2,
    ACTIONS(98), 2,
      sym__newline,
      sym__indent,
    ACTIONS(96), 5,
      sym_ip_prefix,
      sym_ip_address,
      sym_number,
      sym_interface_name,
      aux_sym_keyword_token1,
  [543] = 2,
    ACTIONS(102), 2,
      sym__newline,
      sym__indent,
    ACTIONS(100), 5,
      sym_ip_prefix,
      sym_ip_address,
      sym_number,
      sym_interface_name,
      aux_sym_keyword_token1,
  [555] = 2,
    ACTIONS(104), 3,
      sym_comment,
      sym__text_start,
      ts_builtin_sym_end,
    ACTIONS(106), 3,
      anon_sym_no,
      anon_sym_default,
      aux_sym_keyword_token1,
  [566] = 2,
    ACTIONS(108), 3,
      sym_comment,
      sym__text_start,
      ts_builtin_sym_end,
    ACTIONS(110), 3,
      anon_sym_no,
      anon_sym_default,
      aux_sym_keyword_token1,
  [577] = 2,
    ACTIONS(102), 1,
      sym_text_block,
    ACTIONS(100), 5,
      sym_ip_prefix,
      sym_ip_address,
      sym_number,
      sym_interface_name,
      aux_sym_keyword_token1,
  [588] = 2,
    ACTIONS(98), 1,
      sym_text_block,
    ACTIONS(96), 5,
      sym_ip_prefix,
      sym_ip_address,
      sym_number,
      sym_interface_name,
      aux_sym_keyword_token1,
  [599] = 2,
    ACTIONS(108), 3,
      sym__dedent,
      sym_comment,
      sym__text_start,
    ACTIONS(110), 3,
      anon_sym_no,
      anon_sym_default,
      aux_sym_keyword_token1,
  [610] = 2,
    ACTIONS(112), 3,
      sym_comment,
      sym__text_start,
      ts_builtin_sym_end,
    ACTIONS(114), 3,
      anon_sym_no,
      anon_sym_default,
      aux_sym_keyword_token1,
  [621] = 2,
    ACTIONS(112), 3,
      sym__dedent,
      sym_comment,
      sym__text_start,
    ACTIONS(114), 3,
      anon_sym_no,
      anon_sym_default,
      aux_sym_keyword_token1,
  [632] = 2,
    ACTIONS(104), 3,
      sym__dedent,
      sym_comment,
      sym__text_start,
    ACTIONS(106), 3,
      anon_sym_no,
      anon_sym_default,
      aux_sym_keyword_token1,
  [643] = 2,
    ACTIONS(116), 1,
      aux_sym_keyword_token1,
    ACTIONS(118), 2,
      sym__newline,
      sym__indent,
  [651] = 2,
    ACTIONS(120), 1,
      sym__newline,
    ACTIONS(122), 1,
      sym__indent,
  [658] = 2,
    ACTIONS(124), 1,
      aux_sym_keyword_token1,
    STATE(14), 1,
      sym_keyword,
  [665] = 1,
    ACTIONS(78), 2,
      sym__newline,
      sym__indent,
  [670] = 2,
    ACTIONS(126), 1,
      sym__newline,
    ACTIONS(128), 1,
      sym__indent,
  [677] = 2,
    ACTIONS(130), 1,
      aux_sym_keyword_token1,
    STATE(20), 1,
      sym_keyword,
  [684] = 1,
    ACTIONS(132), 1,
      ts_builtin_sym_end,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(2)] = 0,
  [SMALL_STATE(3)] = 34,
  [SMALL_STATE(4)] = 68,
  [SMALL_STATE(5)] = 102,
  [SMALL_STATE(6)] = 136,
  [SMALL_STATE(7)] = 170,
  [SMALL_STATE(8)] = 204,
  [SMALL_STATE(9)] = 238,
  [SMALL_STATE(10)] = 272,
  [SMALL_STATE(11)] = 306,
  [SMALL_STATE(12)] = 325,
  [SMALL_STATE(13)] = 344,
  [SMALL_STATE(14)] = 363,
  [SMALL_STATE(15)] = 382,
  [SMALL_STATE(16)] = 401,
  [SMALL_STATE(17)] = 420,
  [SMALL_STATE(18)] = 439,
  [SMALL_STATE(19)] = 458,
  [SMALL_STATE(20)] = 477,
  [SMALL_STATE(21)] = 495,
  [SMALL_STATE(22)] = 513,
  [SMALL_STATE(23)] = 531,
  [SMALL_STATE(24)] = 543,
  [SMALL_STATE(25)] = 555,
  [SMALL_STATE(26)] = 566,
  [SMALL_STATE(27)] = 577,
  [SMALL_STATE(28)] = 588,
  [SMALL_STATE(29)] = 599,
  [SMALL_STATE(30)] = 610,
  [SMALL_STATE(31)] = 621,
  [SMALL_STATE(32)] = 632,
  [SMALL_STATE(33)] = 643,
  [SMALL_STATE(34)] = 651,
  [SMALL_STATE(35)] = 658,
  [SMALL_STATE(36)] = 665,
  [SMALL_STATE(37)] = 670,
  [SMALL_STATE(38)] = 677,
  [SMALL_STATE(39)] = 684,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [5] = {.entry = {.count = 1, .reusable = false}}, SHIFT(33),
  [7] = {.entry = {.count = 1, .reusable = false}}, SHIFT(24),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [15] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [19] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, 0, 0),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [25] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [27] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(33),
  [30] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(24),
  [33] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(6),
  [36] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(38),
  [39] = {.entry = {.count = 1, .reusable = true}}, SHIFT(30),
  [41] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [43] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(8),
  [46] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [48] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [50] = {.entry = {.count = 1, .reusable = false}}, SHIFT(16),
  [52] = {.entry = {.count = 1, .reusable = false}}, SHIFT(23),
  [54] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_command, 3, 0, 0),
  [56] = {.entry = {.count = 1, .reusable = false}}, SHIFT(15),
  [58] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_command, 2, 0, 0),
  [60] = {.entry = {.count = 1, .reusable = false}}, SHIFT(12),
  [62] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_command_repeat1, 2, 0, 0), SHIFT_REPEAT(15),
  [65] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_command_repeat1, 2, 0, 0), SHIFT_REPEAT(23),
  [68] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_command_repeat1, 2, 0, 0),
  [70] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_command, 4, 0, 0),
  [72] = {.entry = {.count = 1, .reusable = false}}, SHIFT(18),
  [74] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_command, 5, 0, 0),
  [76] = {.entry = {.count = 1, .reusable = false}}, SHIFT(13),
  [78] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_command, 1, 0, 0),
  [80] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [82] = {.entry = {.count = 1, .reusable = false}}, SHIFT(28),
  [84] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [86] = {.entry = {.count = 1, .reusable = false}}, SHIFT(22),
  [88] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [90] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_command_repeat1, 2, 0, 0), SHIFT_REPEAT(22),
  [93] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_command_repeat1, 2, 0, 0), SHIFT_REPEAT(28),
  [96] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 1, 0, 0),
  [98] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_word, 1, 0, 0),
  [100] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_keyword, 1, 0, 0),
  [102] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_keyword, 1, 0, 0),
  [104] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 3, 0, 1),
  [106] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 3, 0, 1),
  [108] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__item, 2, 0, 0),
  [110] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__item, 2, 0, 0),
  [112] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 2, 0, 0),
  [114] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 2, 0, 0),
  [116] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_negation, 1, 0, 0),
  [118] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__bare_negation, 1, 0, 0),
  [120] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [122] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [124] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [126] = {.entry = {.count = 1, .reusable = true}}, SHIFT(29),
  [128] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [130] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [132] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
};

enum ts_external_scanner_symbol_identifiers {
  ts_external_token__newline = 0,
  ts_external_token__indent = 1,
  ts_external_token__dedent = 2,
  ts_external_token_comment = 3,
  ts_external_token__text_start = 4,
  ts_external_token_text_block = 5,
  ts_external_token__bof = 6,
  ts_external_token__error_sentinel = 7,
};

static const TSSymbol ts_external_scanner_symbol_map[EXTERNAL_TOKEN_COUNT] = {
  [ts_external_token__newline] = sym__newline,
  [ts_external_token__indent] = sym__indent,
  [ts_external_token__dedent] = sym__dedent,
  [ts_external_token_comment] = sym_comment,
  [ts_external_token__text_start] = sym__text_start,
  [ts_external_token_text_block] = sym_text_block,
  [ts_external_token__bof] = sym__bof,
  [ts_external_token__error_sentinel] = sym__error_sentinel,
};

static const bool ts_external_scanner_states[7][EXTERNAL_TOKEN_COUNT] = {
  [1] = {
    [ts_external_token__newline] = true,
    [ts_external_token__indent] = true,
    [ts_external_token__dedent] = true,
    [ts_external_token_comment] = true,
    [ts_external_token__text_start] = true,
    [ts_external_token_text_block] = true,
    [ts_external_token__bof] = true,
    [ts_external_token__error_sentinel] = true,
  },
  [2] = {
    [ts_external_token_comment] = true,
    [ts_external_token__text_start] = true,
    [ts_external_token__bof] = true,
  },
  [3] = {
    [ts_external_token_comment] = true,
    [ts_external_token__text_start] = true,
  },
  [4] = {
    [ts_external_token__dedent] = true,
    [ts_external_token_comment] = true,
    [ts_external_token__text_start] = true,
  },
  [5] = {
    [ts_external_token__newline] = true,
    [ts_external_token__indent] = true,
  },
  [6] = {
    [ts_external_token_text_block] = true,
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
