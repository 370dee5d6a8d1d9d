/*
 * lede_numwords.c -- lookups in the word table of number and casualty
 * recognition (its hash index is generated with it), and the byte-level
 * tokenizer (lede_numlex.h).
 *
 * The table itself is data: lexicon/en/<group>.tsv, one row per word with its
 * classes (a word can be a month and a modal: "may"), a value (7 for
 * "seven", 1e6 for "million", 24 as the lower bound of "dozens"), a static
 * string (currency code, unit, plural victim noun), a key for words the
 * scanners test one by one, and a casualty word's kind and form.
 * lexicon/gen.lua writes it into lede_lexicon_en.c.
 */
#include <math.h>
#include <string.h>

#include "lede_numlex.h"
#include "lede_text.h"

/* FNV-1a over lower-cased ASCII bytes. */
static uint32_t hash_lower(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  size_t i;
  for (i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
    h = (h ^ c) * 16777619u;
  }
  return h;
}

/* Looks up text[0, n) whose hash_lower() is h.  Assume the table words
   are lower case. */
static uint16_t lookup_hashed(const char *text, size_t n, uint32_t h) {
  h &= NL_SLOTS - 1;
  while (nl_slots[h]) {
    const char *w = nl_words[nl_slots[h] - 1].w;
    size_t i;
    for (i = 0; i < n; i++) {
      unsigned char c = (unsigned char)text[i];
      if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
      if ((unsigned char)w[i] != c) break;
    }
    if (i == n && w[n] == '\0') return nl_slots[h];
    h = (h + 1) & (NL_SLOTS - 1);
  }
  return 0;
}

uint16_t nl_lookup(const char *text, size_t n) {
  if (n == 0 || n > 16) return 0;
  return lookup_hashed(text, n, hash_lower(text, n));
}

static int is_alpha(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* Powers of ten a double holds exactly: 10^0 .. 10^22. */
static double pow10_exact(int n) {
  double p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

/* Reads the decimals at s[i] (after the point) exactly: an integer mantissa
   and a count of decimals, so that "1.7" is 17 / 10 rounded once, not 1 +
   0.7 rounded twice -- no strtod, whose decimal point follows the locale.
   Digits past NL_MAX_DEC are read but add nothing a double could keep. */
static size_t scan_decimals(const unsigned char *s, size_t i, size_t len,
                            double whole_part, double *val, uint8_t *dec) {
  double frac = 0;
  int n = 0;
  while (i < len && is_digit(s[i])) {
    if (n < NL_MAX_DEC) {
      frac = frac * 10 + (s[i] - '0');
      n++;
    }
    i++;
  }
  if (whole_part < NL_EXACT_INT / pow10_exact(n))
    *val = (whole_part * pow10_exact(n) + frac) / pow10_exact(n);
  else
    *val = whole_part + frac / pow10_exact(n);
  *dec = (uint8_t)n;
  return i;
}

/* Scans a numeral at s[i]: digits, then groups of exactly three digits
   after commas, then one decimal part.  Sets *val, *dec and the flags. */
static size_t scan_numeral(const unsigned char *s, size_t i, size_t len,
                           double *val, uint8_t *dec, uint8_t *flags) {
  double v = 0;
  while (i < len && is_digit(s[i])) v = v * 10 + (s[i++] - '0');
  while (i + 3 < len && s[i] == ',' && is_digit(s[i + 1]) &&
         is_digit(s[i + 2]) && is_digit(s[i + 3]) &&
         (i + 4 >= len || !is_digit(s[i + 4]))) {
    v = v * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 +
        (s[i + 3] - '0');
    i += 4;
    *flags |= NF_COMMA;
  }
  *val = v;
  *dec = 0;
  if (i + 1 < len && s[i] == '.' && is_digit(s[i + 1])) {
    i = scan_decimals(s, i + 1, len, v, val, dec);
    *flags |= NF_DEC;
  }
  return i;
}

double nl_times_pow10(double v, uint8_t dec, double mul) {
  double m, p;
  int k = 0;
  if (dec == 0 || mul < 10) return v * mul;
  for (p = 1; p < mul && k <= 22; k++) p *= 10;
  if (p != mul || k < dec) return v * mul; /* not 10^k, or too few zeros */
  m = floor(v * pow10_exact(dec) + 0.5);   /* the mantissa, exactly */
  if (m >= NL_EXACT_INT || fabs(m / pow10_exact(dec) - v) > v * 1e-15)
    return v * mul;
  return m * pow10_exact(k - dec);
}

void nl_cursor_init(nl_cursor *cur) {
  cur->i = 0;
  cur->pending = 0;
  cur->newlines = 0;
}

/* Reads the word at s[i] into t: its type, capitals and row of the table.
   A word runs over ASCII letters and inner apostrophes, but stops before
   the "'s" that ends it ("Ward's").  Returns the byte after it. */
static size_t lex_word(const unsigned char *s, size_t i, size_t len,
                       nt_tok *t) {
  size_t j = i + 1, caps = 0;
  while (j < len &&
         (is_alpha(s[j]) ||
          (s[j] == '\'' && j + 1 < len && is_alpha(s[j + 1]) &&
           !(j + 2 < len && s[j + 1] == 's' && !is_alpha(s[j + 2])))))
    j++;
  t->type = NT_WORD;
  if (s[i] >= 'A' && s[i] <= 'Z') t->flags |= NF_CAP;
  if (j - i <= 16) {
    /* one pass: capitals and the hash of the lower-cased word */
    uint32_t h = 2166136261u;
    size_t k;
    for (k = i; k < j; k++) {
      unsigned char ch = s[k];
      if (ch >= 'A' && ch <= 'Z') {
        caps++;
        ch = (unsigned char)(ch + 32);
      }
      h = (h ^ ch) * 16777619u;
    }
    if (caps == j - i && caps >= 2) t->flags |= NF_ALLCAP;
    t->w = lookup_hashed((const char *)s + i, j - i, h);
  }
  return j;
}

/* Reads the token that starts at text[i] (no white space) into t, whose
   flags already say what came before it.  Returns the byte after it. */
static size_t lex_token(const char *text, size_t len, size_t i, nt_tok *t) {
  const unsigned char *s = (const unsigned char *)text;
  unsigned char c = s[i];
  int32_t cp;
  if (is_alpha(c)) return lex_word(s, i, len, t);
  if (is_digit(c)) {
    t->type = NT_NUM;
    return scan_numeral(s, i, len, &t->val, &t->dec, &t->flags);
  }
  if (c == '.' && i + 1 < len && is_digit(s[i + 1]) &&
      (i == 0 || s[i - 1] == ' ' || s[i - 1] == '$' || s[i - 1] == '(' ||
       s[i - 1] == '\n' || s[i - 1] == '\t')) {
    /* a leading decimal point: .5 */
    t->type = NT_NUM;
    t->flags |= NF_DEC;
    return scan_decimals(s, i + 1, len, 0, &t->val, &t->dec);
  }
  if (c < 0x80) {
    t->type = NT_PUNCT;
    return i + 1;
  }
  t->type = NT_OTHER; /* strict: a bad sequence is one token a byte */
  return i + lede_decode(text, len, i, &cp);
}

int nl_tokenize_more(const char *text, size_t len, nl_cursor *cur, size_t stop,
                     size_t max, lede_vec *toks) {
  const unsigned char *s = (const unsigned char *)text;
  size_t i = cur->i, made = 0;
  uint8_t pending = cur->pending;
  int newlines = cur->newlines;
  while (i < len) {
    unsigned char c = s[i];
    nt_tok t;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
        c == '\v') {
      pending |= NF_SPACE;
      if (c == '\n') {
        pending |= NF_LINE;
        if (++newlines >= 2) pending |= NF_PARA;
      }
      i++;
      continue;
    }
    /* a token starts here: the place to pause, white space and all read */
    if (i >= stop || made >= max) break;
    newlines = 0;
    t.s = (uint32_t)i;
    t.val = 0;
    t.dec = 0;
    t.w = 0;
    t.flags = pending;
    pending = 0;
    i = lex_token(text, len, i, &t);
    t.e = (uint32_t)i;
    if (toks->count == toks->cap && lede_vec_reserve(toks, 1) != 0) return -1;
    ((nt_tok *)toks->items)[toks->count++] = t;
    made++;
  }
  cur->i = i;
  cur->pending = pending;
  cur->newlines = newlines;
  return 0;
}
