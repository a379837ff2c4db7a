/*
 * External scanner for tree-sitter-netcli.
 *
 * Line structure of indentation-nested switch CLIs (EOS, NX-OS, IOS):
 *   _newline / _indent / _dedent  zero-width tokens at the end of a line, decided by looking
 *                                 ahead past blank and comment lines to the next real line;
 *   comment                       a line whose first non-blank char is `!` or `#`;
 *   _text_start / text_block      multi-line text (banners, EOS `comment` ... `EOF`);
 *   _bof                          zero-width, once, records the indent of the first line;
 *   _nul                          a run of NUL bytes (an extra: skipped like a blank).
 *
 * Model: `stack` holds the indents of the open section headers, `cur` the indent of the current
 * line. At the end of a line whose next real line has indent n:
 *   n > cur                -> the line is a header: push cur, emit _indent;
 *   otherwise              -> pop every header with indent >= n (those become pending
 *                             _dedent tokens) and emit _newline.
 * A line dedented to a column between two open levels therefore stays in the innermost section
 * whose header is less indented than it (no error, no new level).
 *
 * Only the C functions web-tree-sitter exports may be used (see shared/tools/README.md): no
 * ctype.h, no assert, no printf. The state is serialized so incremental reparses work.
 */
#include "tree_sitter/parser.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum TokenType {
  NEWLINE,
  INDENT,
  DEDENT,
  COMMENT,
  TEXT_START,
  TEXT_BLOCK,
  BOF,
  NUL,
  ERROR_SENTINEL,
};

enum TextKind { TEXT_NONE = 0, TEXT_EOF = 1, TEXT_DELIM = 2 };

#define MAX_DEPTH 400
#define TAB_WIDTH 8u
#define MAX_INDENT 65535
/* Longest text block (banner, EOS comment) recognized; a longer one parses as plain lines. */
#define MAX_TEXT_LINES 1000
#define MAX_TEXT_CHARS 100000

typedef struct {
  uint16_t stack[MAX_DEPTH]; /* indents of open section headers */
  uint16_t depth;
  uint16_t cur;              /* indent of the current line */
  uint16_t pending;          /* _dedent tokens still to emit */
  uint8_t started;           /* _bof seen */
  uint8_t text_kind;
  uint8_t delim_len;         /* 1 or 2 (the two chars `^C`) */
  int32_t delim[2];
  uint32_t delim_col;        /* column (in chars) of the opening delimiter */
} Scanner;

static inline bool is_blank(int32_t c) {
  return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' || c == 0xA0 || c == 0xFEFF;
}

static inline bool is_nl(int32_t c) { return c == '\n'; }

/* A NUL byte of the text (lookahead 0 also means end of input). */
static inline bool at_nul(TSLexer *lexer) { return lexer->lookahead == 0 && !lexer->eof(lexer); }

/* Blank for indentation purposes: NUL bytes count like spaces. */
static inline bool is_indent_char(TSLexer *lexer) { return is_blank(lexer->lookahead) || at_nul(lexer); }

static inline void adv(TSLexer *lexer) { lexer->advance(lexer, false); }
static inline void skp(TSLexer *lexer) { lexer->advance(lexer, true); }

static inline uint16_t add_indent(uint16_t col, int32_t c) {
  uint32_t next = c == '\t' ? ((uint32_t)col / TAB_WIDTH + 1) * TAB_WIDTH : (uint32_t)col + 1;
  return next > MAX_INDENT ? MAX_INDENT : (uint16_t)next;
}

/*
 * From the end of a line (lexer anywhere before the '\n'), find the indent of the next line that
 * is neither blank nor a comment. Returns 0 at end of input. Everything is lookahead only.
 */
static uint16_t next_real_indent(TSLexer *lexer) {
  while (!lexer->eof(lexer) && !is_nl(lexer->lookahead)) adv(lexer);
  for (;;) {
    if (lexer->eof(lexer)) return 0;
    adv(lexer); /* the '\n' */
    uint16_t col = 0;
    while (!lexer->eof(lexer) && is_indent_char(lexer)) {
      col = add_indent(col, lexer->lookahead);
      adv(lexer);
    }
    if (lexer->eof(lexer)) return 0;
    int32_t c = lexer->lookahead;
    if (is_nl(c)) continue;                       /* blank line */
    if (c == '!' || c == '#') {                   /* comment line */
      while (!lexer->eof(lexer) && !is_nl(lexer->lookahead)) adv(lexer);
      continue;
    }
    return col;
  }
}

/* Advance over the rest of the current line, without the '\n'. */
static void to_eol(TSLexer *lexer) {
  while (!lexer->eof(lexer) && !is_nl(lexer->lookahead)) adv(lexer);
}

/* Lexer at a line start (after its indent): is the line's trimmed text exactly `EOF`? Consumes. */
static bool line_is_eof_marker(TSLexer *lexer) {
  if (lexer->lookahead != 'E') return false;
  adv(lexer);
  if (lexer->lookahead != 'O') return false;
  adv(lexer);
  if (lexer->lookahead != 'F') return false;
  adv(lexer);
  lexer->mark_end(lexer); /* the token ends at `EOF`, not after trailing blanks */
  while (!lexer->eof(lexer) && is_blank(lexer->lookahead) && !is_nl(lexer->lookahead)) adv(lexer);
  return lexer->eof(lexer) || is_nl(lexer->lookahead);
}

#define FNV_OFFSET 2166136261u
static inline uint32_t hash_step(uint32_t h, int32_t c) { return (h ^ (uint32_t)c) * 16777619u; }

static uint32_t hash_str(uint32_t h, const char *p) {
  for (; *p; p++) h = hash_step(h, (int32_t)*p);
  return h;
}

/*
 * Detection only (lookahead). Lexer on the opening line of an EOS text block (`comment`,
 * `banner motd`): is there a line reading `EOF` within the budget? The search gives up on a line
 * identical to the opener (same column, same non-blank characters): a block does not contain
 * its own opening line, and this keeps a file of many unterminated openers linear.
 */
static bool find_eof_marker(TSLexer *lexer, uint32_t opener_hash, uint32_t opener_col) {
  uint32_t chars = 0;
  uint32_t lines = 0;
  to_eol(lexer);
  while (!lexer->eof(lexer)) {
    adv(lexer); /* '\n' */
    if (++lines > MAX_TEXT_LINES) return false;
    uint32_t col = 0;
    while (!lexer->eof(lexer) && is_blank(lexer->lookahead)) {
      adv(lexer);
      col++;
      if (++chars > MAX_TEXT_CHARS) return false;
    }
    uint32_t h = FNV_OFFSET;
    int matched = 0; /* characters of "EOF" matched from the first non-blank one; -1: not EOF */
    bool blank_seen = false;
    while (!lexer->eof(lexer) && !is_nl(lexer->lookahead)) {
      int32_t c = lexer->lookahead;
      if (is_blank(c)) {
        blank_seen = true;
      } else {
        h = hash_step(h, c);
        if (matched >= 0) matched = (!blank_seen && matched < 3 && c == "EOF"[matched]) ? matched + 1 : -1;
      }
      adv(lexer);
      if (++chars > MAX_TEXT_CHARS) return false;
    }
    if (matched == 3) return true;
    if (h == opener_hash && col == opener_col) return false;
  }
  return false;
}

/* Is the delimiter at the lexer position? Consumes what it matched. */
static bool match_delim(Scanner *s, TSLexer *lexer) {
  if (lexer->eof(lexer) || lexer->lookahead != s->delim[0]) return false;
  adv(lexer);
  if (s->delim_len == 2) {
    if (lexer->lookahead != s->delim[1]) return false;
    adv(lexer);
  }
  return true;
}

/*
 * Advance to just after the next occurrence of the delimiter. With `bounded` (detection), give up
 * after MAX_TEXT_LINES lines or MAX_TEXT_CHARS characters.
 */
static bool scan_to_delim(Scanner *s, TSLexer *lexer, bool bounded) {
  uint32_t chars = 0;
  uint32_t lines = 0;
  while (!lexer->eof(lexer)) {
    if (bounded) {
      if (++chars > MAX_TEXT_CHARS) return false;
      if (is_nl(lexer->lookahead) && ++lines > MAX_TEXT_LINES) return false;
    }
    if (lexer->lookahead == s->delim[0]) {
      adv(lexer);
      if (s->delim_len == 1) return true;
      if (lexer->lookahead == s->delim[1]) {
        adv(lexer);
        return true;
      }
      continue;
    }
    adv(lexer);
  }
  return false;
}

static inline bool is_word_start_char(int32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Read a literal word; true if the lexer consumed exactly `w` followed by a blank/EOL/EOF. */
static bool read_literal(TSLexer *lexer, const char *w, uint32_t *col) {
  for (const char *p = w; *p; p++) {
    if (lexer->lookahead != (int32_t)*p) return false;
    adv(lexer);
    (*col)++;
  }
  return lexer->eof(lexer) || is_blank(lexer->lookahead) || is_nl(lexer->lookahead);
}

static void skip_inline_blanks(TSLexer *lexer, uint32_t *col) {
  while (!lexer->eof(lexer) && is_blank(lexer->lookahead)) {
    adv(lexer);
    (*col)++;
  }
}

static inline bool at_eol(TSLexer *lexer) { return lexer->eof(lexer) || is_nl(lexer->lookahead); }

/*
 * Lexer at the first non-blank char of a line, token end already marked there, `col` its column.
 * Recognizes the lines that open a text block and checks that the block is closed.
 */
static bool detect_text_start(Scanner *s, TSLexer *lexer, uint32_t col) {
  const uint32_t opener_col = col;
  int32_t c = lexer->lookahead;
  if (c == 'c') {
    if (!read_literal(lexer, "comment", &col)) return false;
    skip_inline_blanks(lexer, &col);
    if (!at_eol(lexer)) return false;
    if (!find_eof_marker(lexer, hash_str(FNV_OFFSET, "comment"), opener_col)) return false;
    s->text_kind = TEXT_EOF;
    return true;
  }
  if (c != 'b') return false;
  if (!read_literal(lexer, "banner", &col)) return false;
  skip_inline_blanks(lexer, &col);
  if (at_eol(lexer)) return false;
  /* Optional banner type word (motd, exec, login, incoming, slip-ppp, ...). */
  if (is_word_start_char(lexer->lookahead)) {
    uint32_t h = hash_str(FNV_OFFSET, "banner");
    while (!lexer->eof(lexer) && !is_blank(lexer->lookahead) && !is_nl(lexer->lookahead)) {
      h = hash_step(h, lexer->lookahead);
      adv(lexer);
      col++;
    }
    skip_inline_blanks(lexer, &col);
    if (at_eol(lexer)) {
      /* EOS: `banner motd` then text lines, closed by a line `EOF`. */
      if (!find_eof_marker(lexer, h, opener_col)) return false;
      s->text_kind = TEXT_EOF;
      return true;
    }
  }
  /* IOS / NX-OS: a delimiter char, or the two chars `^C` standing for ETX. */
  if (at_nul(lexer)) return false;
  s->delim_col = col;
  s->delim[0] = lexer->lookahead;
  s->delim_len = 1;
  adv(lexer);
  if (s->delim[0] == '^' && lexer->lookahead == 'C') {
    s->delim[1] = 'C';
    s->delim_len = 2;
    adv(lexer);
  }
  if (!scan_to_delim(s, lexer, true)) return false;
  s->text_kind = TEXT_DELIM;
  return true;
}

static bool scan_text_block(Scanner *s, TSLexer *lexer) {
  if (s->text_kind == TEXT_EOF) {
    /* Only at the end of the opening line. */
    while (!lexer->eof(lexer) && is_blank(lexer->lookahead)) skp(lexer);
    if (!at_eol(lexer)) return false;
    if (lexer->eof(lexer)) return false;
    skp(lexer); /* the opening line's '\n': the body starts at column 0 of the next line */
    for (;;) {
      while (!lexer->eof(lexer) && is_blank(lexer->lookahead)) adv(lexer);
      if (line_is_eof_marker(lexer)) break;
      to_eol(lexer);
      if (lexer->eof(lexer)) return false;
      adv(lexer);
    }
    s->text_kind = TEXT_NONE;
    lexer->result_symbol = TEXT_BLOCK;
    return true;
  }
  if (s->text_kind == TEXT_DELIM) {
    while (!lexer->eof(lexer) && is_blank(lexer->lookahead)) skp(lexer);
    if (lexer->eof(lexer) || lexer->lookahead != s->delim[0]) return false;
    if (lexer->get_column(lexer) != s->delim_col) return false;
    if (!match_delim(s, lexer)) return false;
    if (!scan_to_delim(s, lexer, false)) return false;
    lexer->mark_end(lexer);
    s->text_kind = TEXT_NONE;
    lexer->result_symbol = TEXT_BLOCK;
    return true;
  }
  return false;
}

/* Lexer on the `!` / `#` that starts a comment line: the comment runs to the end of the line,
   trailing blanks (and a CR) excluded. */
static bool scan_comment(TSLexer *lexer) {
  adv(lexer);
  lexer->mark_end(lexer);
  while (!lexer->eof(lexer) && !is_nl(lexer->lookahead)) {
    bool blank = is_blank(lexer->lookahead);
    adv(lexer);
    if (!blank) lexer->mark_end(lexer);
  }
  lexer->result_symbol = COMMENT;
  return true;
}

/* Lexer on a NUL byte: the run of NUL bytes is one (extra) token. */
static bool scan_nul(TSLexer *lexer) {
  while (at_nul(lexer)) adv(lexer);
  lexer->mark_end(lexer);
  lexer->result_symbol = NUL;
  return true;
}

static bool scan(Scanner *s, TSLexer *lexer, const bool *valid) {
  if (valid[NUL] && at_nul(lexer)) return scan_nul(lexer);
  if (valid[ERROR_SENTINEL]) return false; /* error recovery: let the internal lexer work */

  if (valid[TEXT_BLOCK] && s->text_kind != TEXT_NONE) {
    if (scan_text_block(s, lexer)) return true;
    return false;
  }

  lexer->mark_end(lexer);

  if (s->pending > 0 && valid[DEDENT]) {
    /*
     * A comment line indented deeper than the header of the section about to close stays inside
     * that section (`   ! end of interface` before the next `interface`). The popped header
     * indents are kept just above `depth` for this.
     */
    if (valid[COMMENT]) {
      uint16_t header = s->stack[s->depth + s->pending - 1];
      uint16_t col = 0;
      while (!lexer->eof(lexer) && (is_indent_char(lexer) || is_nl(lexer->lookahead))) {
        col = is_nl(lexer->lookahead) ? 0 : add_indent(col, lexer->lookahead);
        skp(lexer);
      }
      if (!lexer->eof(lexer) && (lexer->lookahead == '!' || lexer->lookahead == '#') && col > header) {
        return scan_comment(lexer);
      }
    }
    /* Zero-width at the mark: the skipped blanks do not move a token that ends before them. */
    s->pending--;
    lexer->result_symbol = DEDENT;
    return true;
  }

  if (valid[BOF] && !s->started) {
    /* Indent of the first real line, so that a file starting indented is not one big section. */
    uint16_t col = 0;
    while (!lexer->eof(lexer) && is_indent_char(lexer)) {
      col = add_indent(col, lexer->lookahead);
      adv(lexer);
    }
    if (!lexer->eof(lexer) && (is_nl(lexer->lookahead) || lexer->lookahead == '!' || lexer->lookahead == '#')) {
      col = next_real_indent(lexer);
    }
    s->cur = col;
    s->started = 1;
    s->depth = 0;
    s->pending = 0;
    lexer->result_symbol = BOF;
    return true;
  }

  /* End of a line? Skip trailing blanks (lookahead). */
  if (valid[NEWLINE] || valid[INDENT]) {
    /* Skipped, not advanced: a zero-width token still ends (and so starts) at the mark. */
    while (!lexer->eof(lexer) && is_blank(lexer->lookahead)) skp(lexer);
    if (valid[NUL] && at_nul(lexer)) return scan_nul(lexer);
    if (at_eol(lexer)) {
      uint16_t n = next_real_indent(lexer);
      if (n > s->cur && valid[INDENT] && s->depth < MAX_DEPTH) {
        s->stack[s->depth++] = s->cur;
        s->pending = 0;
        s->cur = n;
        lexer->result_symbol = INDENT;
        return true;
      }
      if (valid[NEWLINE]) {
        uint16_t pops = 0;
        while (s->depth > 0 && s->stack[s->depth - 1] >= n) {
          s->depth--;
          pops++;
        }
        s->pending = pops;
        s->cur = n;
        lexer->result_symbol = NEWLINE;
        return true;
      }
      return false;
    }
    /* Mid-line: a word follows; nothing for us. */
    return false;
  }

  /* Start of an item: a comment line, or a line opening a text block. */
  if (valid[COMMENT] || valid[TEXT_START]) {
    while (!lexer->eof(lexer) && (is_blank(lexer->lookahead) || is_nl(lexer->lookahead))) skp(lexer);
    if (lexer->eof(lexer)) return false;
    if (valid[NUL] && at_nul(lexer)) return scan_nul(lexer);
    int32_t c = lexer->lookahead;
    if ((c == '!' || c == '#') && valid[COMMENT]) return scan_comment(lexer);
    if (valid[TEXT_START] && (c == 'b' || c == 'c')) {
      lexer->mark_end(lexer);
      /* The column as scan_text_block() will see it (counting from the line start, also when a
         NUL run before this word was already a token of its own). */
      if (detect_text_start(s, lexer, lexer->get_column(lexer))) {
        lexer->result_symbol = TEXT_START;
        return true;
      }
      s->text_kind = TEXT_NONE;
    }
    return false;
  }

  /* Anywhere else (after `no`, before a keyword, ...): only a NUL run is ours. */
  while (!lexer->eof(lexer) && is_blank(lexer->lookahead)) skp(lexer);
  if (valid[NUL] && at_nul(lexer)) return scan_nul(lexer);
  return false;
}

void *tree_sitter_netcli_external_scanner_create(void) {
  Scanner *s = (Scanner *)calloc(1, sizeof(Scanner));
  return s;
}

void tree_sitter_netcli_external_scanner_destroy(void *payload) { free(payload); }

unsigned tree_sitter_netcli_external_scanner_serialize(void *payload, char *buffer) {
  Scanner *s = (Scanner *)payload;
  unsigned n = 0;
  buffer[n++] = (char)s->started;
  buffer[n++] = (char)s->text_kind;
  buffer[n++] = (char)s->delim_len;
  memcpy(buffer + n, s->delim, sizeof(s->delim));
  n += sizeof(s->delim);
  memcpy(buffer + n, &s->delim_col, sizeof(s->delim_col));
  n += sizeof(s->delim_col);
  memcpy(buffer + n, &s->cur, sizeof(s->cur));
  n += sizeof(s->cur);
  memcpy(buffer + n, &s->pending, sizeof(s->pending));
  n += sizeof(s->pending);
  memcpy(buffer + n, &s->depth, sizeof(s->depth));
  n += sizeof(s->depth);
  /* The `pending` popped header indents above `depth` are kept too (see scan()). */
  unsigned kept = (unsigned)s->depth + s->pending;
  if (kept > MAX_DEPTH) kept = MAX_DEPTH;
  memcpy(buffer + n, s->stack, kept * sizeof(uint16_t));
  n += kept * (unsigned)sizeof(uint16_t);
  return n;
}

void tree_sitter_netcli_external_scanner_deserialize(void *payload, const char *buffer, unsigned length) {
  Scanner *s = (Scanner *)payload;
  memset(s, 0, sizeof(Scanner));
  if (length == 0) return;
  unsigned n = 0;
  s->started = (uint8_t)buffer[n++];
  s->text_kind = (uint8_t)buffer[n++];
  s->delim_len = (uint8_t)buffer[n++];
  memcpy(s->delim, buffer + n, sizeof(s->delim));
  n += sizeof(s->delim);
  memcpy(&s->delim_col, buffer + n, sizeof(s->delim_col));
  n += sizeof(s->delim_col);
  memcpy(&s->cur, buffer + n, sizeof(s->cur));
  n += sizeof(s->cur);
  memcpy(&s->pending, buffer + n, sizeof(s->pending));
  n += sizeof(s->pending);
  memcpy(&s->depth, buffer + n, sizeof(s->depth));
  n += sizeof(s->depth);
  unsigned kept = (unsigned)s->depth + s->pending;
  if (kept > MAX_DEPTH) kept = MAX_DEPTH;
  if (n + kept * sizeof(uint16_t) > length) kept = (length - n) / sizeof(uint16_t);
  if (s->depth > kept) s->depth = (uint16_t)kept;
  if (s->pending > kept - s->depth) s->pending = (uint16_t)(kept - s->depth);
  memcpy(s->stack, buffer + n, kept * sizeof(uint16_t));
}

bool tree_sitter_netcli_external_scanner_scan(void *payload, TSLexer *lexer, const bool *valid_symbols) {
  return scan((Scanner *)payload, lexer, valid_symbols);
}
