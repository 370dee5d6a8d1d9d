/*
 * lede_tokens.c -- the tokenizer and word keys.
 *
 * One pass over the bytes.  ASCII is classified through a table; only
 * non-ASCII characters go through utf8proc.  Each token is decided by its
 * first character and a few characters of look-ahead, so the cost is linear
 * in the input.
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "lede.h"
#include "lede_text.h"
#include "lede_vec.h"

static const char *const kind_names[] = {"word", "number", "punct", "symbol",
                                         "url",  "email",  "emoji", "other"};

const char *lede_token_kind_name(int kind) {
  if (kind < 0 || kind > LEDE_TOKEN_OTHER) return "other";
  return kind_names[kind];
}

/* ------------------------------------------------------------ helpers */

static int ascii_lower(int c) {
  return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}

static int is_ascii_alnum(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}

static int is_ascii_digit(int c) { return c >= '0' && c <= '9'; }

static int byte_at(const char *text, size_t len, size_t i) {
  return i < len ? (unsigned char)text[i] : -1;
}

/* Does text[i..] start with the ASCII word `w`, ignoring case? */
static int starts_with_ci(const char *text, size_t len, size_t i,
                          const char *w) {
  size_t k, n = strlen(w);
  if (len - i < n) return 0;
  for (k = 0; k < n; k++)
    if (ascii_lower((unsigned char)text[i + k]) != w[k]) return 0;
  return 1;
}

/* Is the character at i a letter, mark or digit (a word character)? */
static int is_word_char(const char *text, size_t len, size_t i, size_t *n) {
  int c = lede_class_at(text, len, i, n);
  return c == LC_UPPER || c == LC_LOWER || c == LC_LETTER || c == LC_DIGIT;
}

/* ------------------------------------------------------------ URL, email */

/* Trailing characters that end a sentence or close a bracket rather than
   belong to the URL or address. */
static int is_trailing_junk(int c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
         c == '\'' || c == '"' || c == ')' || c == ']' || c == '}' || c == '-';
}

static size_t trim_trailing(const char *text, size_t start, size_t end) {
  while (end > start && is_trailing_junk((unsigned char)text[end - 1])) {
    /* Keep a ')' that closes a '(' inside the URL (Wikipedia links). */
    if (text[end - 1] == ')' && memchr(text + start, '(', end - start)) break;
    end--;
  }
  return end;
}

/* A URL starting at i (http://, https://, www.), or 0. */
static size_t scan_url(const char *text, size_t len, size_t i) {
  size_t j;
  if (starts_with_ci(text, len, i, "https://"))
    j = i + 8;
  else if (starts_with_ci(text, len, i, "http://"))
    j = i + 7;
  else if (starts_with_ci(text, len, i, "www.") &&
           is_ascii_alnum(byte_at(text, len, i + 4)))
    j = i + 4;
  else
    return 0;
  while (j < len) {
    unsigned char c = (unsigned char)text[j];
    if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == 0x7F) break;
    /* Stop at curly quotes and other non-ASCII punctuation (E2 80 xx). */
    if (c == 0xE2 && j + 1 < len && (unsigned char)text[j + 1] == 0x80) break;
    if (c == 0xC2 && j + 1 < len && (unsigned char)text[j + 1] == 0xA0) break;
    j++;
  }
  j = trim_trailing(text, i, j);
  return j > i + 4 ? j : 0;
}

static int is_local_char(int c) {
  return is_ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' ||
         c == '-';
}

/* An e-mail address starting at i (local@host.tld), or 0.  *seen receives
   how far the local part reached, so the caller can skip a second try. */
static size_t scan_email(const char *text, size_t len, size_t i) {
  size_t j = i, at, dots = 0, last_dot = 0;
  while (j < len && is_local_char((unsigned char)text[j])) j++;
  if (j == i || j >= len || text[j] != '@') return 0;
  at = j++;
  while (j < len) {
    int c = (unsigned char)text[j];
    if (c == '.') {
      if (j == last_dot + 1 || j == at + 1) break; /* ".." or "@." */
      dots++;
      last_dot = j;
    } else if (!is_ascii_alnum(c) && c != '-') {
      break;
    }
    j++;
  }
  j = trim_trailing(text, at + 1, j);
  /* Needs a dot inside the host part and a letter after the last one. */
  if (dots == 0 || memchr(text + at + 1, '.', j - at - 1) == NULL) return 0;
  return j;
}

/* ------------------------------------------------------------ numbers */

/* A number starting at i: digits, groups of three after commas, decimals,
   clock times, then letters glued on (21st, 10M, 3bn, 1990s). */
static size_t scan_number(const char *text, size_t len, size_t i) {
  size_t j = i, n;
  if (text[j] == '-' || text[j] == '+') j++;
  while (j < len && is_word_char(text, len, j, &n) &&
         lede_class_at(text, len, j, &n) == LC_DIGIT)
    j += n;
  for (;;) {
    int c = byte_at(text, len, j);
    if (c == ',' && is_ascii_digit(byte_at(text, len, j + 1)) &&
        is_ascii_digit(byte_at(text, len, j + 2)) &&
        is_ascii_digit(byte_at(text, len, j + 3)) &&
        !is_ascii_digit(byte_at(text, len, j + 4))) {
      j += 4;
    } else if ((c == '.' || c == ':') &&
               is_ascii_digit(byte_at(text, len, j + 1))) {
      j += 2;
      while (is_ascii_digit(byte_at(text, len, j))) j++;
    } else {
      break;
    }
  }
  while (j < len && ((text[j] >= 'a' && text[j] <= 'z') ||
                     (text[j] >= 'A' && text[j] <= 'Z')))
    j++;
  return j;
}

/* ------------------------------------------------------------ words */

/* U.S., U.S.A., a.m., e.g.: single letters each followed by a period, at
   least two of them.  Returns the end, or 0. */
static size_t scan_dotted(const char *text, size_t len, size_t i) {
  size_t j = i, pairs = 0;
  while (j + 1 < len &&
         ((text[j] >= 'a' && text[j] <= 'z') ||
          (text[j] >= 'A' && text[j] <= 'Z')) &&
         text[j + 1] == '.') {
    pairs++;
    j += 2;
    if (j < len && is_ascii_alnum((unsigned char)text[j]) &&
        (j + 1 >= len || text[j + 1] != '.'))
      return 0; /* "J.Doe", "e.go": not a dotted abbreviation */
  }
  return pairs >= 2 ? j : 0;
}

/* A word starting at i: letters, marks and digits, joined across an
   apostrophe or hyphen followed by another word character, and a soft
   hyphen.  Sets the case flags. */
static size_t scan_word(const char *text, size_t len, size_t i,
                        unsigned *flags) {
  size_t j = i, n;
  int upper = 0, lower = 0, first = 1;
  while (j < len) {
    int cls = lede_class_at(text, len, j, &n);
    if (cls == LC_UPPER || cls == LC_LOWER || cls == LC_LETTER ||
        cls == LC_DIGIT) {
      if (cls == LC_UPPER) {
        upper++;
        if (first) *flags |= LEDE_TF_CAPITALIZED;
      } else if (cls == LC_LOWER) {
        lower++;
      }
      first = 0;
      j += n;
      continue;
    }
    if (cls == LC_PUNCT || cls == LC_OTHER) {
      int32_t cp;
      size_t m = lede_decode(text, len, j, &cp), k;
      if ((lede_is_apostrophe(cp) || lede_is_word_hyphen(cp)) && j + m < len &&
          is_word_char(text, len, j + m, &k)) {
        j += m;
        continue;
      }
      if (cp == 0x00AD && j + m < len && is_word_char(text, len, j + m, &k)) {
        j += m; /* soft hyphen inside a word */
        continue;
      }
    }
    break;
  }
  if (upper > 0 && lower == 0) *flags |= LEDE_TF_ALLCAPS;
  return j;
}

/* ------------------------------------------------------------ emoji */

static size_t scan_emoji(const char *text, size_t len, size_t i) {
  int32_t cp;
  size_t j = i + lede_decode(text, len, i, &cp);
  int regional = cp >= 0x1F1E6 && cp <= 0x1F1FF;
  while (j < len) {
    int32_t next;
    size_t n = lede_decode(text, len, j, &next);
    if (next == 0xFE0F || next == 0xFE0E || next == 0x20E3 ||
        (next >= 0x1F3FB && next <= 0x1F3FF) ||
        (next >= 0xE0020 && next <= 0xE007F)) {
      j += n; /* variation selector, keycap, skin tone, tag */
    } else if (next == 0x200D && j + n < len &&
               lede_class_of((lede_decode(text, len, j + n, &cp), cp)) ==
                   LC_EMOJI) {
      j += n + lede_decode(text, len, j + n, &cp); /* ZWJ sequence */
    } else if (regional && next >= 0x1F1E6 && next <= 0x1F1FF) {
      j += n; /* a flag is a pair of regional indicators */
      regional = 0;
    } else {
      break;
    }
  }
  return j;
}

/* ------------------------------------------------------------ punctuation */

/* Runs of . ! ? and of - are one token ("...", "?!", "--"). */
static size_t scan_punct(const char *text, size_t len, size_t i, size_t n) {
  int c = (unsigned char)text[i];
  size_t j = i + n;
  if (c == '.' || c == '!' || c == '?') {
    while (j < len && (text[j] == '.' || text[j] == '!' || text[j] == '?')) j++;
  } else if (c == '-') {
    while (j < len && text[j] == '-') j++;
  }
  return j;
}

/* ------------------------------------------------------------ tokenize */

/* The token starting at text[i], of class cls and length n for its first
   character: fills *t and returns its end.  `email`: the text may hold an
   e-mail address (an '@'); without one no word is scanned twice for it. */
static size_t scan_token(const char *text, size_t len, size_t i, int cls,
                         size_t n, int email, lede_token *t) {
  unsigned flags = t->flags;
  size_t end, pn; /* pn: the length of the character before, not n */
  int c = (unsigned char)text[i];
  uint8_t kind;

  if ((c == 'h' || c == 'H' || c == 'w' || c == 'W') &&
      (end = scan_url(text, len, i)) != 0) {
    kind = LEDE_TOKEN_URL;
  } else if (email && c < 0x80 && is_local_char(c) && c != '.' && c != '-' &&
             (end = scan_email(text, len, i)) != 0) {
    kind = LEDE_TOKEN_EMAIL;
  } else if (cls == LC_DIGIT ||
             ((c == '-' || c == '+') &&
              is_ascii_digit(byte_at(text, len, i + 1)) &&
              (i == 0 || lede_class_at(text, len, lede_prev_char(text, i),
                                       &pn) <= LC_NEWLINE))) {
    kind = LEDE_TOKEN_NUMBER;
    end = scan_number(text, len, i);
  } else if (cls == LC_UPPER || cls == LC_LOWER || cls == LC_LETTER) {
    kind = LEDE_TOKEN_WORD;
    end = scan_dotted(text, len, i);
    if (end != 0) {
      flags |= LEDE_TF_ABBREV | (cls == LC_UPPER ? LEDE_TF_CAPITALIZED : 0);
      if (cls == LC_UPPER) flags |= LEDE_TF_ALLCAPS;
    } else {
      end = scan_word(text, len, i, &flags);
      if (end < len && text[end] == '.' &&
          (lede_is_abbrev(text + i, end - i) ||
           (end - i == 1 && cls == LC_UPPER && c != 'I' && c != 'A'))) {
        end++; /* Fla.  Mr.  J. */
        flags |= LEDE_TF_ABBREV;
      }
    }
  } else if (cls == LC_EMOJI) {
    kind = LEDE_TOKEN_EMOJI;
    end = scan_emoji(text, len, i);
  } else if (cls == LC_PUNCT) {
    kind = LEDE_TOKEN_PUNCT;
    end = scan_punct(text, len, i, n);
  } else if (cls == LC_SYMBOL) {
    kind = LEDE_TOKEN_SYMBOL;
    end = i + n;
  } else {
    int32_t cp;
    kind = LEDE_TOKEN_OTHER;
    end = i + lede_decode(text, len, i, &cp);
    if (cp == LEDE_CP_INVALID) flags |= LEDE_TF_INVALID;
  }
  t->kind = kind;
  t->flags = (uint8_t)flags;
  return end;
}

static int has_nonascii(const char *text, size_t start, size_t end) {
  size_t k;
  for (k = start; k < end; k++)
    if ((unsigned char)text[k] >= 0x80) return 1;
  return 0;
}

static int has_invalid(const char *text, size_t start, size_t end) {
  size_t k = start;
  while (k < end) {
    int32_t cp;
    k += lede_decode(text, end, k, &cp);
    if (cp == LEDE_CP_INVALID) return 1;
  }
  return 0;
}

/* The next token at or after cur->pos, into *t: returns 1, or 0 when only
   white space is left.  Both lede_tokenize and lede_tokenize_next go
   through here, so a stream gives the same tokens as the whole array. */
static int next_token(const char *text, size_t len, lede_token_cursor *cur,
                      int email, lede_token *t) {
  size_t i = cur->pos;
  int newlines = cur->newlines;
  while (i < len) {
    size_t n, end;
    int cls = lede_class_at(text, len, i, &n);
    if (cls == LC_SPACE) {
      i += n;
      continue;
    }
    if (cls == LC_NEWLINE) {
      /* CR LF is one line break */
      if (text[i] == '\r' && i + 1 < len && text[i + 1] == '\n') n = 2;
      newlines++;
      i += n;
      continue;
    }
    t->start = (uint32_t)i;
    t->flags = (uint8_t)((newlines >= 1 ? LEDE_TF_LINE_START : 0) |
                         (newlines >= 2 ? LEDE_TF_PARA_START : 0));
    end = scan_token(text, len, i, cls, n, email, t);
    t->end = (uint32_t)end;
    if (t->kind != LEDE_TOKEN_OTHER && has_nonascii(text, i, end)) {
      t->flags |= LEDE_TF_NONASCII;
      if (has_invalid(text, i, end)) t->flags |= LEDE_TF_INVALID;
    }
    cur->pos = end;
    cur->newlines = 0;
    return 1;
  }
  cur->pos = i;
  cur->newlines = newlines;
  return 0;
}

void lede_token_cursor_init(lede_token_cursor *cur) {
  cur->pos = 0;
  cur->newlines = 2; /* the text start counts as a paragraph start */
}

int lede_tokenize(const char *text, size_t len, lede_token **out,
                  size_t *count) {
  lede_vec toks;
  lede_token_cursor cur;
  lede_token t;
  int email;

  if (out) *out = NULL;
  if (count) *count = 0;
  if (!out || !count || (!text && len > 0)) return LEDE_ERR_ARG;
  if (len > LEDE_MAX_INPUT) return LEDE_ERR_TOOBIG;
  lede_vec_init(&toks, sizeof(lede_token));
  /* Roughly one token per six bytes of news text: one allocation usually. */
  if (len > 0 && lede_vec_reserve(&toks, len / 6 + 16) != 0)
    return LEDE_ERR_NOMEM;
  lede_token_cursor_init(&cur);
  email = len > 0 && memchr(text, '@', len) != NULL;
  while (next_token(text, len, &cur, email, &t)) {
    if (lede_vec_push(&toks, &t) != 0) {
      lede_vec_free(&toks);
      return LEDE_ERR_NOMEM;
    }
  }
  *out = (lede_token *)lede_vec_release(&toks, count);
  return LEDE_OK;
}

int lede_tokenize_next(const char *text, size_t len, lede_token_cursor *cur,
                       lede_token *out, size_t cap, size_t *count) {
  size_t n = 0;
  if (count) *count = 0;
  if (!cur || !count || (!out && cap > 0) || (!text && len > 0) ||
      cur->pos > len)
    return LEDE_ERR_ARG;
  if (len > LEDE_MAX_INPUT) return LEDE_ERR_TOOBIG;
  /* a search for '@' on every call would cost a stream O(n^2) */
  while (n < cap && next_token(text, len, cur, 1, &out[n])) n++;
  *count = n;
  return LEDE_OK;
}

/* ------------------------------------------------------------ keys */

#define FOLD_STACK 128
#define FOLD_OPTIONS (UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STABLE)

/* Decomposes and case-folds text[0, len) into buf (cap code points); returns
   how many it needs, which may be more than cap (then buf is incomplete). */
static size_t fold_decompose(const char *text, size_t len, int32_t *buf,
                             size_t cap) {
  size_t i = 0, pos = 0;
  int boundclass = UTF8PROC_BOUNDCLASS_START;
  while (i < len) {
    int32_t cp;
    utf8proc_ssize_t got;
    i += lede_decode(text, len, i, &cp);
    if (cp == LEDE_CP_INVALID) cp = 0xFFFD;
    got = utf8proc_decompose_char(
        cp, (utf8proc_int32_t *)buf + (pos < cap ? pos : cap),
        (utf8proc_ssize_t)(pos < cap ? cap - pos : 0),
        (utf8proc_option_t)FOLD_OPTIONS, &boundclass);
    if (got < 0) got = 0; /* cannot happen for a valid code point */
    pos += (size_t)got;
  }
  return pos;
}

/* Encodes n code points into dst (cap bytes); returns the full length. */
static size_t fold_encode(const int32_t *cps, size_t n, char *dst, size_t cap) {
  size_t k, out = 0;
  for (k = 0; k < n; k++) {
    utf8proc_uint8_t enc[4];
    utf8proc_ssize_t m = utf8proc_encode_char(cps[k], enc);
    if (out + (size_t)m <= cap) memcpy(dst + out, enc, (size_t)m);
    out += (size_t)m;
  }
  return out;
}

/* lede_fold of a piece with non-ASCII bytes, through utf8proc. */
static size_t fold_piece(const char *text, size_t len, char *dst, size_t cap) {
  int32_t small[FOLD_STACK];
  int32_t *buf = small;
  size_t k, need;
  utf8proc_ssize_t n;

  need = fold_decompose(text, len, small, FOLD_STACK);
  if (need > FOLD_STACK) {
    buf = (int32_t *)malloc(need * sizeof *buf);
    if (!buf) { /* best effort without memory: lower-case ASCII only */
      for (k = 0; k < len && k < cap; k++)
        dst[k] = (char)ascii_lower((unsigned char)text[k]);
      return len;
    }
    fold_decompose(text, len, buf, need);
  }
  n = utf8proc_normalize_utf32((utf8proc_int32_t *)buf, (utf8proc_ssize_t)need,
                               (utf8proc_option_t)FOLD_OPTIONS);
  need = fold_encode(buf, n < 0 ? 0 : (size_t)n, dst, cap);
  if (buf != small) free(buf);
  return need;
}

/* ASCII bytes are lower-cased as they are; utf8proc reads only the runs of
   other bytes, each with the ASCII character before it (a letter that a
   combining mark after it composes with).  The key is the same as the
   whole text's through utf8proc: an ASCII character is a starter that
   never composes with a character before it, and case folding reads one
   character at a time, so the normalization never reaches across the
   start of a piece.  A long text with one curly quote costs utf8proc only
   that quote, not every byte. */
size_t lede_fold(const char *text, size_t len, char *dst, size_t cap) {
  size_t i = 0, out = 0;
  if (!text) return 0;
  while (i < len) {
    size_t j = i, ascii_end, m;
    while (j < len && (unsigned char)text[j] < 0x80) j++;
    /* the last ASCII character before other bytes starts their piece */
    ascii_end = j < len && j > i ? j - 1 : j;
    for (; i < ascii_end; i++, out++)
      if (out < cap) dst[out] = (char)ascii_lower((unsigned char)text[i]);
    if (j >= len) break;
    m = j;
    while (m < len && (unsigned char)text[m] >= 0x80) m++;
    out += fold_piece(text + i, m - i, out < cap ? dst + out : NULL,
                      out < cap ? cap - out : 0);
    i = m;
  }
  return out;
}
