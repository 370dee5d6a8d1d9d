/*
 * lede_numbers.c -- number mentions: digits, words, scales, money,
 * percents, ordinals, fractions, vague quantities, ranges and qualifiers,
 * and the look-alikes that are not counts (years, dates, times, phone
 * numbers, ages).
 *
 * The scanner walks the tokens of lede_numwords.c once, left to right; at
 * each token it tries the phrase shapes that can start there and keeps the
 * first that matches, then goes on after it.  Every attempt looks at a
 * bounded number of tokens, so the whole is linear in the input.  The
 * tokens are held a window at a time (see lede_numbers at the end).
 */
#include <math.h>
#include <string.h>

#include "lede_numlex.h"

typedef struct scan {
  const char *text;
  const nt_tok *t;
  size_t from, to;
  /* Set when a look-ahead reached `to` while the text goes on past it (the
     tokens are a window of the text: see lede_numbers); NULL when `to` is
     the real end. */
  int *edge;
} scan;

/* ------------------------------------------------------------ helpers */

/* Is there a token j?  Every look at the tokens asks this first, so a
   window too short for the phrase read now is noticed and made longer.
   (An index below `from`, wrapped round, is never a window edge.) */
static int has(const scan *c, size_t j) {
  if (j < c->to) return 1;
  if (c->edge && j - c->to < 64) *c->edge = 1;
  return 0;
}

static int is_word(const scan *c, size_t j) {
  return has(c, j) && c->t[j].type == NT_WORD;
}
static int is_num(const scan *c, size_t j) {
  return has(c, j) && c->t[j].type == NT_NUM;
}
static int is_punct(const scan *c, size_t j, char ch) {
  return has(c, j) && c->t[j].type == NT_PUNCT && c->text[c->t[j].s] == ch;
}
static int key_at(const scan *c, size_t j) {
  return has(c, j) ? nl_key(&c->t[j]) : 0;
}
static uint32_t cat_at(const scan *c, size_t j) {
  return has(c, j) ? nl_cat(&c->t[j]) : 0;
}
static double wval(const scan *c, size_t j) {
  return nl_words[c->t[j].w - 1].val;
}
/* Token j touches token j-1 (no white space between). */
static int glued(const scan *c, size_t j) {
  return has(c, j) && !(c->t[j].flags & NF_SPACE);
}
static size_t tlen(const scan *c, size_t j) { return c->t[j].e - c->t[j].s; }
/* A numeral that is only digits (no separators). */
static int plain_num(const scan *c, size_t j) {
  return is_num(c, j) && !(c->t[j].flags & (NF_COMMA | NF_DEC));
}
/* The number classes of word j (NC_*: lexicon/en/number_words.tsv). */
static uint32_t num_at(const scan *c, size_t j) {
  return has(c, j) && c->t[j].w ? nl_w(&c->t[j])->num : 0;
}
/* The UTF-8 character at token j is one of the currency signs. */
static int currency_sign(const scan *c, size_t j) {
  const unsigned char *p;
  size_t n;
  if (!has(c, j)) return 0;
  if (is_punct(c, j, '$')) return 1;
  if (c->t[j].type != NT_OTHER) return 0;
  p = (const unsigned char *)c->text + c->t[j].s;
  n = tlen(c, j);
  if (n == 2 && p[0] == 0xC2 && (p[1] == 0xA3 || p[1] == 0xA5 || p[1] == 0xA2))
    return 1; /* £ ¥ ¢ */
  if (n == 3 && p[0] == 0xE2 && p[1] == 0x82)
    return 1; /* € ₹ ₴ ₽ ₡ ... */
  if (n == 3 && p[0] == 0xE5 && p[1] == 0x85 && p[2] == 0x83) return 1; /* 元 */
  if (n == 3 && p[0] == 0xE5 && p[1] == 0x86 && p[2] == 0x86) return 1; /* 円 */
  return 0;
}
static const char *sign_unit(const scan *c, size_t j) {
  const unsigned char *p = (const unsigned char *)c->text + c->t[j].s;
  size_t n = tlen(c, j);
  if (n == 1) return "USD";
  if (n == 2) return p[1] == 0xA3 ? "GBP" : p[1] == 0xA5 ? "JPY" : "cent";
  if (p[0] == 0xE2) {
    switch (p[2]) {
    case 0xAC: return "EUR";
    case 0xB9: return "INR";
    case 0xB4: return "UAH";
    case 0xBD: return "RUB";
    case 0xAA: return "ILS";
    case 0xA9: return "KRW";
    default: return "currency";
    }
  }
  return p[2] == 0x83 ? "CNY" : "JPY";
}
/* A currency code usable before or after a numeral: an upper-case code,
   or a lower-case word that is its own code ("usd", "rmb"). */
static const char *code_unit(const scan *c, size_t j) {
  const nl_word *w;
  if (!is_word(c, j) || !(cat_at(c, j) & WC_CUR)) return NULL;
  w = nl_w(&c->t[j]);
  if (c->t[j].flags & NF_ALLCAP) return w->str;
  /* glued to its numeral ("Rs20", "Aed10") or "Rs. 20" */
  if (has(c, j + 1) && c->t[j + 1].type == NT_NUM && glued(c, j + 1))
    return w->str;
  if (key_at(c, j) == K_RS &&
      (is_num(c, j + 1) || (is_punct(c, j + 1, '.') && is_num(c, j + 2))))
    return w->str;
  if (tlen(c, j) == 3 && w->str && strlen(w->str) == 3 && w->str[0] >= 'A' &&
      w->str[0] <= 'Z' && key_at(c, j) != K_WON)
    return w->str;
  return NULL;
}
/* The word at j reads as an en or em dash, a hyphen or a tilde joining
   two numbers of a range. */
static int range_dash(const scan *c, size_t j) {
  const unsigned char *p;
  if (!has(c, j)) return 0;
  if (is_punct(c, j, '-') || is_punct(c, j, '~')) return 1;
  if (c->t[j].type != NT_OTHER || tlen(c, j) != 3) return 0;
  p = (const unsigned char *)c->text + c->t[j].s;
  return p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x93 || p[2] == 0x94);
}
static int is_minus_sign(const scan *c, size_t j) {
  const unsigned char *p;
  if (is_punct(c, j, '-')) return 1;
  if (!has(c, j) || c->t[j].type != NT_OTHER || tlen(c, j) != 3) return 0;
  p = (const unsigned char *)c->text + c->t[j].s;
  return p[0] == 0xE2 && p[1] == 0x88 && p[2] == 0x92; /* U+2212 */
}
/* Digits-only raw suffix glued to numeral j: "st" "nd" "rd" "th". */
static int ordinal_suffix(const scan *c, size_t j) {
  return glued(c, j + 1) && (num_at(c, j + 1) & NC_ORDINAL_SUFFIX);
}
/* "a.m." "p.m." "am" "pm" starting at j; returns tokens used (0: none). */
static size_t ampm(const scan *c, size_t j) {
  if (key_at(c, j) == K_AM || key_at(c, j) == K_PM) return 1;
  if ((key_at(c, j) == K_A || key_at(c, j) == K_P) && is_punct(c, j + 1, '.') &&
      glued(c, j + 1) && key_at(c, j + 2) == K_M && glued(c, j + 2))
    return is_punct(c, j + 3, '.') && glued(c, j + 3) ? 4 : 3;
  return 0;
}

static int whole(double v) { return v == floor(v) && fabs(v) < 1e15; }

/* ------------------------------------------------------------ the core */

enum { L_NONE, L_ATOM, L_UNIT, L_TENS, L_HUNDRED, L_BIG, L_AND, L_FRAC };

typedef struct core {
  size_t end; /* one past the last token */
  double value;
  double scale; /* the last scale applied (1 when none) */
  int words;    /* some part is a word */
  int ordinal;
  int atoms;  /* number of value atoms */
  int single; /* one numeral token, nothing else */
} core;

/* Reads "point zero three" / "point seventy-one" decimals after j (j is
   the token after "point").  Returns the fraction and sets *end. */
static double read_point(const scan *c, size_t j, size_t *end) {
  double frac = 0, place = 0.1;
  size_t k = j;
  while (is_word(c, k) && (cat_at(c, k) & (WC_UNIT | WC_TENS | WC_TEEN))) {
    double v = wval(c, k);
    if (v < 10) {
      frac += v * place;
      place /= 10;
    } else {
      double v2 = v;
      if ((cat_at(c, k) & WC_TENS) && is_punct(c, k + 1, '-') &&
          glued(c, k + 1) && glued(c, k + 2) && (cat_at(c, k + 2) & WC_UNIT)) {
        v2 += wval(c, k + 2);
        k += 2;
      }
      frac += v2 * place / 10;
      place /= 100;
    }
    k++;
    *end = k;
  }
  return frac;
}

/* A suffix multiplier glued to (or right after) numeral j: 10M, 5k, 3bn,
   2.33 k, 10 bln.  Lower-case "m" means million only after a currency sign
   (£300m; "48m" alone is metres).  Returns the multiplier, 1 when none;
   *used is the number of tokens it takes. */
static double numeral_suffix(const scan *c, size_t j, int money, size_t *used) {
  size_t k = j + 1;
  const char *p;
  size_t n;
  *used = 0;
  if (!is_word(c, k) || !(cat_at(c, k) & WC_SUFFIX)) return 1;
  p = c->text + c->t[k].s;
  n = tlen(c, k);
  /* a suffix is the end of a word: "5 kids" never reads as 5k */
  if (n == 1) {
    char ch = p[0];
    if (ch == 'm' && !money) return 1;
    if (ch == 'g') return 1;
    if (ch == 'G' && glued(c, k)) return 1;
    if ((ch == 'b' || ch == 'B') && !glued(c, k) && !money) return 1;
    if ((ch == 'M') && !glued(c, k) && !money) return 1;
  } else if (!glued(c, k) && key_at(c, k) == K_MIL) {
    return 1;
  }
  *used = 1;
  return wval(c, k);
}

/* Thousands groups set apart by one space or a no-break space after the
   numeral j: "1 414 021 100".  Returns the number of extra tokens read and
   updates *v. */
/* The token at n is a no-break space (U+00A0) or a narrow one (U+202F). */
static int nbsp_at(const scan *c, size_t n) {
  const unsigned char *p;
  if (!has(c, n) || c->t[n].type != NT_OTHER) return 0;
  p = (const unsigned char *)c->text + c->t[n].s;
  return (tlen(c, n) == 2 && p[0] == 0xC2 && p[1] == 0xA0) ||
         (tlen(c, n) == 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0xAF);
}

static size_t space_groups(const scan *c, size_t j, double *v) {
  size_t k = j, used = 0;
  double acc = *v;
  for (;;) {
    size_t n = k + 1;
    if (nbsp_at(c, n)) {
      /* the no-break space must touch both groups */
      if (!glued(c, n) || !(plain_num(c, n + 1) && glued(c, n + 1))) break;
      n++;
    } else if (!plain_num(c, n) || c->t[n].s - c->t[k].e != 1 ||
               c->text[c->t[k].e] != ' ') {
      break; /* one plain space, nothing else */
    }
    if (tlen(c, n) != 3) break;
    /* "1 414 021 100" but not "in 2009 100 people": a group is followed by
       no other loose numeral unless that is a group too */
    if (has(c, n + 1) && is_num(c, n + 1) && !glued(c, n + 1) &&
        tlen(c, n + 1) != 3)
      break;
    acc = acc * 1000 + c->t[n].val;
    used += n - k;
    k = n;
  }
  if (used) *v = acc;
  return used;
}

static void core_init(core *r, size_t i) {
  memset(r, 0, sizeof *r);
  r->end = i;
  r->scale = 1;
}

/* Where parse_core stands while it reads: the value so far (total of the
   finished scales + cur, the group being read), what came last, and what
   "and" left to fall back to ("three hundred and" + a word that is no
   number: 300). */
typedef struct reading {
  size_t i, j, end; /* first token, next token, one past the accepted */
  double total, cur;
  double last_atom; /* the value the last word or numeral added */
  double last_big;  /* the last scale applied, 0 before any */
  int last;         /* L_* */
  int words, atoms, ntoks;
  uint8_t cur_dec; /* decimals of cur while it is one decimal numeral */
  int and_used;    /* an "and" was read: the fallback below is set */
  double and_value;
  size_t and_end;
  int and_words, and_atoms;
} reading;

/* What a step of parse_core says: read on, stop here, or not mine (the
   next step tries the token). */
enum { STEP_GO, STEP_STOP, STEP_NOT_MINE };

/* Accepts the token(s) read up to rd->j as part of the number. */
static int accept_word(reading *rd, int last) {
  rd->last = last;
  rd->words = 1;
  rd->ntoks++;
  rd->end = ++rd->j;
  return STEP_GO;
}

static int after_atom_or_start(int last) {
  return last == L_NONE || last == L_HUNDRED || last == L_BIG || last == L_AND;
}

/* A numeral: "4", "1,500", "1.7", "3bn", "4 127 300", "21st". */
static int numeral_step(const scan *c, int money, reading *rd, core *r) {
  const nt_tok *t = &c->t[rd->j];
  size_t used, j = rd->j;
  double v = t->val, mul;
  if (t->type != NT_NUM) return STEP_NOT_MINE;
  if (!after_atom_or_start(rd->last)) return STEP_STOP;
  if (j > rd->i && !(t->flags & NF_SPACE)) return STEP_STOP;
  if (rd->last != L_NONE && (t->flags & NF_DEC)) return STEP_STOP;
  if (ordinal_suffix(c, j)) {
    if (rd->last != L_NONE) return STEP_STOP;
    r->ordinal = 1;
    rd->cur = v;
    rd->atoms = 1;
    rd->end = j + 2;
    rd->ntoks = 2;
    return STEP_STOP;
  }
  if (rd->last == L_NONE && plain_num(c, j) && tlen(c, j) <= 3) {
    size_t g = space_groups(c, j, &v);
    j += g;
    rd->ntoks += (int)g;
  }
  mul = numeral_suffix(c, j, money, &used);
  v = nl_times_pow10(v, t->dec, mul);
  rd->cur_dec = mul == 1 ? t->dec : 0;
  rd->cur += v;
  rd->last_atom = v;
  rd->last = mul != 1 ? L_BIG : L_ATOM;
  if (mul != 1) {
    r->scale = mul;
    rd->total += rd->cur;
    rd->cur = 0;
    rd->last_big = mul;
  }
  rd->atoms++;
  rd->j = j + 1 + used;
  rd->ntoks += 1 + (int)used;
  rd->end = rd->j;
  return STEP_GO;
}

/* zero .. ninety, and the unit of "twenty-five". */
static int cardinal_word_step(const scan *c, reading *rd) {
  uint32_t cat = cat_at(c, rd->j);
  double v;
  if (!(cat & (WC_UNIT | WC_TEEN | WC_TENS))) return STEP_NOT_MINE;
  v = wval(c, rd->j);
  if (rd->last == L_TENS && (cat & WC_UNIT) && v > 0) {
    rd->cur += v;
    rd->last_atom += v;
    return accept_word(rd, L_UNIT);
  }
  if (!after_atom_or_start(rd->last)) return STEP_STOP;
  rd->cur += v;
  rd->last_atom = v;
  rd->atoms++;
  return accept_word(rd, (cat & WC_TENS) ? L_TENS : L_UNIT);
}

/* first .. ninetieth, hundredth: an ordinal ends the number. */
static int ordinal_word_step(const scan *c, reading *rd, core *r) {
  uint32_t cat = cat_at(c, rd->j);
  double v;
  if (!((cat & WC_ORD) && !(cat & WC_FRAC))) return STEP_NOT_MINE;
  v = wval(c, rd->j);
  if (nl_w(&c->t[rd->j])->flags & NL_SCALE_ORD) { /* hundredth, thousandth */
    if (rd->last == L_NONE) return STEP_STOP;
    if (v == 100) {
      rd->cur *= 100;
    } else {
      rd->total = (rd->total + rd->cur) * v;
      rd->cur = 0;
    }
  } else if (rd->last == L_TENS && v < 10) {
    rd->cur += v;
  } else if (after_atom_or_start(rd->last)) {
    rd->cur += v;
    rd->atoms++;
  } else {
    return STEP_STOP;
  }
  r->ordinal = 1;
  accept_word(rd, rd->last);
  return STEP_STOP;
}

/* "hundred": multiplies the group's last atom ("3 hundred"). */
static int hundred_step(const scan *c, reading *rd, core *r) {
  int last = rd->last;
  if (!(cat_at(c, rd->j) & WC_HUNDRED)) return STEP_NOT_MINE;
  /* "a hundred" starts with "a" below; "3 hundred and 2 hundred" is two
     numbers: a hundred never multiplies a group that has hundreds */
  if (last != L_ATOM && last != L_UNIT && last != L_TENS && last != L_FRAC)
    return STEP_STOP;
  if (rd->cur - rd->last_atom != 0 || rd->last_atom >= 100 ||
      rd->last_atom <= 0) {
    if (rd->and_used) { /* back to before the "and" */
      rd->total = 0;
      rd->cur = rd->and_value;
      rd->end = rd->and_end;
      rd->words = rd->and_words;
      rd->atoms = rd->and_atoms;
      rd->last = L_NONE;
    }
    return STEP_STOP;
  }
  rd->cur = rd->cur - rd->last_atom + rd->last_atom * 100;
  rd->last_atom = rd->cur;
  r->scale = 100;
  return accept_word(rd, L_HUNDRED);
}

/* thousand, million ...: closes a group ("1.7 million", "three billions"). */
static int scale_step(const scan *c, reading *rd, core *r) {
  uint32_t cat = cat_at(c, rd->j);
  double s;
  if (!(cat & WC_SCALE)) return STEP_NOT_MINE;
  s = wval(c, rd->j);
  if (cat & WC_VAGUE) s /= 2; /* plural: "three billions" */
  if (rd->last == L_NONE || rd->last == L_AND) return STEP_STOP;
  if (rd->last == L_BIG && !(rd->last_big < s)) return STEP_STOP;
  if (rd->last_big != 0 && s > rd->last_big)
    rd->total = (rd->total + rd->cur) * s;
  else
    rd->total += nl_times_pow10(rd->cur, rd->cur_dec, s); /* 1.7 million */
  rd->cur = 0;
  rd->cur_dec = 0;
  rd->last_big = s;
  r->scale = s;
  return accept_word(rd, L_BIG);
}

/* "three dozen(s)": twelve times the last atom; ends the number. */
static int dozen_step(const scan *c, reading *rd) {
  int k = key_at(c, rd->j), last = rd->last;
  if (k != K_DOZEN && k != K_DOZENS) return STEP_NOT_MINE;
  if (last != L_ATOM && last != L_UNIT && last != L_TENS && last != L_FRAC &&
      last != L_HUNDRED)
    return STEP_STOP;
  if (last == L_HUNDRED)
    rd->cur = rd->cur * 12;
  else
    rd->cur = rd->cur - rd->last_atom + rd->last_atom * 12;
  rd->last_atom = 0;
  accept_word(rd, L_HUNDRED);
  return STEP_STOP;
}

/* A fraction word that adds to the group: "and a half", "a half million". */
static int add_fraction(reading *rd, double f, int atom) {
  rd->cur += f;
  rd->last_atom = f;
  rd->last = L_FRAC;
  rd->atoms += atom;
  rd->words = 1;
  rd->ntoks += 2;
  rd->j += 2;
  return STEP_GO;
}

/* "a"/"an" before a number word: "a hundred", "a dozen", "a million", "a
   half million", "one and a half million". */
static int article_step(const scan *c, reading *rd) {
  size_t j = rd->j;
  int k = key_at(c, j), nk = key_at(c, j + 1);
  uint32_t nc = cat_at(c, j + 1), nn = cat_at(c, j + 2);
  if (!((k == K_A || k == K_AN) && (rd->last == L_NONE || rd->last == L_AND)))
    return STEP_NOT_MINE;
  if ((nc & (WC_HUNDRED | WC_SCALE)) && !(nc & WC_VAGUE) &&
      rd->last == L_NONE) {
    rd->cur = 1;
    rd->last_atom = 1;
    rd->last = L_ATOM;
    rd->atoms++;
    rd->words = 1;
    rd->ntoks++;
    rd->j++;
    return STEP_GO;
  }
  if (nk == K_DOZEN && rd->last == L_NONE) {
    rd->cur = 12;
    rd->last = L_HUNDRED;
    rd->atoms++;
    rd->words = 1;
    rd->end = j + 2;
    rd->ntoks += 2;
    return STEP_STOP;
  }
  if (nk != K_HALF && nk != K_QUARTER) return STEP_STOP;
  if (rd->last == L_AND && rd->and_used && !(nn & (WC_SCALE | WC_HUNDRED)) &&
      key_at(c, j + 2) != K_DOZEN) {
    rd->end = j + 2; /* "two and a half" */
    return add_fraction(rd, nk == K_HALF ? 0.5 : 0.25, 0);
  }
  if ((nn & (WC_SCALE | WC_HUNDRED)) || key_at(c, j + 2) == K_DOZEN)
    return add_fraction(rd, nk == K_HALF ? 0.5 : 0.25, 1);
  return STEP_STOP;
}

/* "half a million", "quarter of a ..." is not: the fraction, then "a". */
static int fraction_word_step(const scan *c, reading *rd) {
  size_t j = rd->j;
  int k = key_at(c, j);
  if (!((k == K_HALF || k == K_QUARTER) &&
        (rd->last == L_NONE || rd->last == L_AND) &&
        (key_at(c, j + 1) == K_A || key_at(c, j + 1) == K_AN) &&
        ((cat_at(c, j + 2) & (WC_SCALE | WC_HUNDRED)) ||
         key_at(c, j + 2) == K_DOZEN)))
    return STEP_NOT_MINE;
  return add_fraction(rd, k == K_HALF ? 0.5 : 0.25, 1);
}

/* "and" inside a number ("three hundred and five", "one and a half"):
   read on, remembering the number before it. */
static int and_step(const scan *c, reading *rd) {
  size_t j = rd->j;
  int last = rd->last, nk = key_at(c, j + 1);
  uint32_t nc = cat_at(c, j + 1);
  int half_next = key_at(c, j + 2) == K_HALF || key_at(c, j + 2) == K_QUARTER;
  if (!(key_at(c, j) == K_AND &&
        (last == L_HUNDRED || last == L_BIG ||
         ((last == L_ATOM || last == L_UNIT || last == L_TENS) && nk == K_A &&
          half_next))))
    return STEP_NOT_MINE;
  if (!(is_num(c, j + 1) || (nc & (WC_UNIT | WC_TEEN | WC_TENS)) ||
        ((nc & WC_ORD) && !(nc & WC_FRAC) &&
         !(nl_w(&c->t[j + 1])->flags & NL_SCALE_ORD)) ||
        (nk == K_A && half_next)))
    return STEP_STOP;
  if ((nc & WC_UNIT) && wval(c, j + 1) == 0) return STEP_STOP;
  rd->and_value = rd->total + rd->cur;
  rd->and_end = rd->end;
  rd->and_words = rd->words;
  rd->and_atoms = rd->atoms;
  rd->and_used = 1;
  rd->last = L_AND;
  rd->ntoks++;
  rd->j++;
  return STEP_GO;
}

/* "two hundred point zero three": the decimals in words end the number. */
static int point_step(const scan *c, reading *rd) {
  size_t j = rd->j, pe = j + 1;
  int last = rd->last;
  if (!(key_at(c, j) == K_POINT && rd->atoms > 0 &&
        (last == L_UNIT || last == L_TENS || last == L_HUNDRED ||
         last == L_BIG) &&
        is_word(c, j + 1) &&
        (cat_at(c, j + 1) & (WC_UNIT | WC_TEEN | WC_TENS))))
    return STEP_NOT_MINE;
  rd->cur += read_point(c, j + 1, &pe);
  rd->end = pe;
  rd->ntoks += (int)(pe - j);
  return STEP_STOP;
}

/* The word steps, tried in turn on a word token. */
static int word_step(const scan *c, reading *rd, core *r) {
  int st;
  if ((st = cardinal_word_step(c, rd)) != STEP_NOT_MINE) return st;
  if ((st = ordinal_word_step(c, rd, r)) != STEP_NOT_MINE) return st;
  if ((st = hundred_step(c, rd, r)) != STEP_NOT_MINE) return st;
  if ((st = scale_step(c, rd, r)) != STEP_NOT_MINE) return st;
  if ((st = dozen_step(c, rd)) != STEP_NOT_MINE) return st;
  if ((st = article_step(c, rd)) != STEP_NOT_MINE) return st;
  if ((st = fraction_word_step(c, rd)) != STEP_NOT_MINE) return st;
  if ((st = and_step(c, rd)) != STEP_NOT_MINE) return st;
  if ((st = point_step(c, rd)) != STEP_NOT_MINE) return st;
  return STEP_STOP;
}

/* The number read, if any: its end, value and what it was made of. */
static int accept(const scan *c, const reading *rd, core *r) {
  if (rd->atoms == 0 || rd->end == rd->i) return 0;
  r->end = rd->end;
  r->value = rd->total + rd->cur;
  if (rd->last == L_AND && rd->and_used && rd->end == rd->and_end)
    r->value = rd->and_value;
  r->words = rd->words;
  r->atoms = rd->atoms;
  r->single = rd->ntoks == 1 && is_num(c, rd->i);
  return 1;
}

/* Reads the longest cardinal (or ordinal) at token i: numerals and number
   words combined ("4 thousand 3 hundred and 21", "one billion and a half
   million", "three dozens", "two hundred point zero three").  Returns 1
   when it read one. */
static int parse_core(const scan *c, size_t i, int money, core *r) {
  reading rd;
  int st = STEP_GO;
  memset(&rd, 0, sizeof rd);
  rd.i = rd.j = rd.end = rd.and_end = i;
  rd.last = L_NONE;
  core_init(r, i);
  while (st == STEP_GO && has(c, rd.j)) {
    const nt_tok *t = &c->t[rd.j];
    if (rd.j > i && (t->flags & NF_PARA)) break;
    if (rd.j > i && rd.last != L_TENS && !(t->flags & NF_SPACE) &&
        t->type != NT_NUM) /* words must be apart, except twenty-five */
      break;
    if ((st = numeral_step(c, money, &rd, r)) != STEP_NOT_MINE) continue;
    if (t->type == NT_PUNCT && c->text[t->s] == '-' && rd.last == L_TENS &&
        glued(c, rd.j + 1) && (cat_at(c, rd.j + 1) & (WC_UNIT | WC_ORD)) &&
        wval(c, rd.j + 1) < 10 && wval(c, rd.j + 1) > 0) {
      rd.j++; /* twenty-five */
      st = STEP_GO;
      continue;
    }
    st = t->type == NT_WORD ? word_step(c, &rd, r) : STEP_STOP;
  }
  return accept(c, &rd, r);
}

/* ------------------------------------------------------------ phrases */

typedef struct phrase {
  size_t start, vstart, end; /* token indexes */
  double value, min, max, scale;
  const char *unit;
  int kind, qualifier, flags;
  int single; /* one plain numeral, no prefix or suffix */
} phrase;

static void set_bounds(phrase *p) {
  double v = p->value;
  int w = whole(v);
  switch (p->qualifier) {
  case LEDE_Q_AT_LEAST:
    p->min = v;
    p->flags |= LEDE_NF_HAS_MIN;
    break;
  case LEDE_Q_MORE_THAN:
    p->min = w ? v + 1 : v;
    p->flags |= LEDE_NF_HAS_MIN;
    break;
  case LEDE_Q_NEARLY:
  case LEDE_Q_FEWER_THAN:
    p->max = w ? v - 1 : v;
    p->flags |= LEDE_NF_HAS_MAX;
    break;
  case LEDE_Q_UP_TO:
    p->max = v;
    p->flags |= LEDE_NF_HAS_MAX;
    break;
  case LEDE_Q_VAGUE:
    p->min = v;
    p->flags |= LEDE_NF_HAS_MIN;
    break;
  default: break;
  }
  if (p->qualifier != LEDE_Q_NONE) p->flags |= LEDE_NF_APPROX;
}

/* "or equal to" at j (after "more than"): sets *next after it. */
static int or_equal_to(const scan *c, size_t j, size_t *next) {
  if (key_at(c, j) == K_OR && key_at(c, j + 1) == K_EQUAL &&
      key_at(c, j + 2) == K_TO) {
    *next = j + 3;
    return 1;
  }
  return 0;
}

/* "more than" / "fewer than" at token j (k1: the key of the token after
   it): strict, or inclusive when "or equal to" follows ("more than or
   equal to 5" is at least 5); LEDE_Q_NONE without "than". */
static int than_at(const scan *c, size_t j, int k1, int strict, int inclusive,
                   size_t *next) {
  *next = j + 2;
  if (k1 != K_THAN) return LEDE_Q_NONE;
  if (or_equal_to(c, j + 2, next)) return inclusive;
  return strict;
}

/* A qualifier that bounds the number at j (k, k1, k2: the keys of j and
   the two tokens after it): "at least", "no fewer than", "more than",
   "over", "upwards of", "in excess of", "just under".  Sets *next after it;
   LEDE_Q_NONE when there is none. */
static int bound_at(const scan *c, size_t j, int k, int k1, int k2,
                    size_t *next) {
  *next = j + 1;
  switch (k) {
  case K_AT:
    *next = j + 2;
    if (k1 == K_LEAST) return LEDE_Q_AT_LEAST;
    if (k1 == K_MOST) return LEDE_Q_UP_TO;
    return LEDE_Q_NONE;
  case K_NO:
  case K_NOT:
    *next = j + 3;
    if ((k1 == K_FEWER || k1 == K_LESS) && k2 == K_THAN) return LEDE_Q_AT_LEAST;
    if (k1 == K_MORE && k2 == K_THAN) return LEDE_Q_UP_TO;
    return LEDE_Q_NONE;
  case K_MORE:
  case K_GREATER:
  case K_HIGHER:
  case K_LARGER:
    return than_at(c, j, k1, LEDE_Q_MORE_THAN, LEDE_Q_AT_LEAST, next);
  case K_FEWER:
  case K_LESS:
  case K_LOWER:
  case K_SMALLER:
    return than_at(c, j, k1, LEDE_Q_FEWER_THAN, LEDE_Q_UP_TO, next);
  case K_OVER:
  case K_ABOVE: return LEDE_Q_MORE_THAN;
  case K_UPWARDS:
    *next = j + 2;
    return k1 == K_OF ? LEDE_Q_MORE_THAN : LEDE_Q_NONE;
  case K_UNDER:
  case K_BELOW: return LEDE_Q_FEWER_THAN;
  case K_IN: /* in excess of */
    *next = j + 3;
    return k1 == K_EXCESS && k2 == K_OF ? LEDE_Q_MORE_THAN : LEDE_Q_NONE;
  case K_JUST:
    *next = j + 2;
    if (k1 == K_OVER || k1 == K_ABOVE) return LEDE_Q_MORE_THAN;
    if (k1 == K_UNDER || k1 == K_BELOW) return LEDE_Q_NEARLY;
    return LEDE_Q_NONE;
  default: return LEDE_Q_NONE;
  }
}

/* A qualifier that makes the number at j approximate or a ceiling (keys
   as bound_at): "nearly", "close to", "about", "an estimated", "up to",
   "as many as".  Sets *next after it; LEDE_Q_NONE when there is none. */
static int approximation_at(size_t j, int k, int k1, int k2, size_t *next) {
  *next = j + 1;
  switch (k) {
  case K_NEARLY:
  case K_ALMOST: return LEDE_Q_NEARLY;
  case K_CLOSE: *next = j + 2; return k1 == K_TO ? LEDE_Q_NEARLY : LEDE_Q_NONE;
  case K_ABOUT:
  case K_AROUND:
  case K_APPROXIMATELY:
  case K_ROUGHLY:
  case K_SOME:
  case K_ESTIMATED: return LEDE_Q_ABOUT;
  case K_AN:
    *next = j + 2;
    return k1 == K_ESTIMATED ? LEDE_Q_ABOUT : LEDE_Q_NONE;
  case K_UP: *next = j + 2; return k1 == K_TO ? LEDE_Q_UP_TO : LEDE_Q_NONE;
  case K_AS:
    *next = j + 3;
    return k1 == K_MANY && k2 == K_AS ? LEDE_Q_UP_TO : LEDE_Q_NONE;
  default: return LEDE_Q_NONE;
  }
}

/* A qualifier phrase at j: returns the qualifier and sets *next to the
   token after it, or returns LEDE_Q_NONE. */
static int qualifier_at(const scan *c, size_t j, size_t *next) {
  int k = key_at(c, j), k1 = key_at(c, j + 1), k2 = key_at(c, j + 2);
  int q = bound_at(c, j, k, k1, k2, next);
  if (q != LEDE_Q_NONE) return q;
  return approximation_at(j, k, k1, k2, next);
}

/* A currency before the number: $5, US$ 5, £300m, USD 200, USD115.5, hk $
   10, Rs. 20.  Moves *k past it and sets *unit; returns 1 when there is
   one. */
static int currency_before(const scan *c, size_t *k, const char **unit) {
  size_t j = *k;
  if (is_word(c, j) && currency_sign(c, j + 1) && glued(c, j + 1) &&
      tlen(c, j) <= 3 &&
      (c->t[j].flags & NF_ALLCAP || code_unit(c, j) || tlen(c, j) <= 2)) {
    *unit = code_unit(c, j) ? code_unit(c, j) : sign_unit(c, j + 1);
    *k = j + 2;
    return 1;
  }
  if (currency_sign(c, j)) {
    *unit = sign_unit(c, j);
    *k = j + 1;
    return 1;
  }
  if (code_unit(c, j) &&
      (is_num(c, j + 1) || currency_sign(c, j + 1) ||
       (key_at(c, j) == K_RS && is_punct(c, j + 1, '.') && is_num(c, j + 2)))) {
    *unit = code_unit(c, j);
    j++;
    if (is_punct(c, j, '.') && glued(c, j)) j++; /* Rs. 20 */
    if (currency_sign(c, j) && glued(c, j)) j++; /* usd$ 15 */
    *k = j;
    return 1;
  }
  return 0;
}

/* A minus before the number: "-3", "- 20" (after white space, one space at
   most), "minus five".  Moves *k past it; returns 1 when there is one. */
static int sign_before(const scan *c, size_t *k, int money) {
  size_t j = *k;
  if (is_minus_sign(c, j) && is_num(c, j + 1) &&
      (j == c->from || (c->t[j].flags & NF_SPACE) || money ||
       (c->t[j - 1].type == NT_PUNCT && !is_punct(c, j - 1, '-')))) {
    if ((glued(c, j + 1) || c->t[j + 1].s - c->t[j].e == 1) &&
        (j == c->from || !is_num(c, j - 1))) {
      *k = j + 1;
      return 1;
    }
    return 0;
  }
  if ((key_at(c, j) == K_MINUS || key_at(c, j) == K_NEGATIVE) &&
      (is_num(c, j + 1) ||
       (cat_at(c, j + 1) & (WC_UNIT | WC_TEEN | WC_TENS)))) {
    *k = j + 1;
    return 1;
  }
  return 0;
}

/* A mixed fraction after a single numeral: "1 1/2". */
static void mixed_fraction(const scan *c, core *r) {
  size_t e = r->end;
  if (r->single && plain_num(c, e) && is_punct(c, e + 1, '/') &&
      glued(c, e + 1) && plain_num(c, e + 2) && glued(c, e + 2) &&
      c->t[e].val >= 1 && c->t[e].val < c->t[e + 2].val &&
      c->t[e + 2].val <= 10 && !is_punct(c, e + 3, '/')) {
    r->value += c->t[e].val / c->t[e + 2].val;
    r->end += 3;
    r->single = 0;
  }
}

#define NO_UNIT ((size_t)-1)

/* A percent or a currency after the number at token e: 50p, 10 pc, 38%,
   "5 per cent", 20$, "300 euros", "5 pounds sterling", "australian
   dollars".  Sets p's kind and unit; returns one past it, or NO_UNIT. */
static size_t money_or_percent_after(const scan *c, size_t e, int words,
                                     phrase *p) {
  const nl_word *w;
  if (key_at(c, e) == K_P && glued(c, e) && !words &&
      !is_punct(c, e + 1, '.')) {
    p->kind = LEDE_NUM_MONEY; /* 50p */
    p->unit = "pence";
    return e + 1;
  }
  if ((key_at(c, e) == K_PC && !(c->t[e].flags & NF_CAP)) ||
      is_punct(c, e, '%')) {
    p->kind = LEDE_NUM_PERCENT; /* 10 pc, 38% */
    p->unit = "percent";
    return e + 1;
  }
  if (key_at(c, e) == K_PERCENT || key_at(c, e) == K_PERCENTAGE ||
      (key_at(c, e) == K_PER && key_at(c, e + 1) == K_CENT)) {
    p->kind = LEDE_NUM_PERCENT;
    p->unit = "percent";
    e += key_at(c, e) == K_PER ? 2 : 1;
    return key_at(c, e) == K_POINTS ? e + 1 : e;
  }
  if (currency_sign(c, e) && (glued(c, e) || !is_num(c, e + 1))) {
    p->kind = LEDE_NUM_MONEY;
    p->unit = sign_unit(c, e);
    return e + 1;
  }
  if (code_unit(c, e) || (is_word(c, e) && (cat_at(c, e) & WC_CUR) &&
                          !(c->t[e].flags & NF_ALLCAP))) {
    w = nl_w(&c->t[e]);
    if (!code_unit(c, e) && w->key == K_STERLING) return e;
    p->kind = LEDE_NUM_MONEY;
    p->unit = w->str;
    if (num_at(c, e) & NC_WEIGHT_OR_MONEY) {
      p->kind = LEDE_NUM_CARDINAL; /* weight or money: the unit says */
      p->unit = "pound";
    }
    if (key_at(c, ++e) == K_STERLING) {
      p->kind = LEDE_NUM_MONEY;
      p->unit = "GBP";
      e++;
    }
    return e;
  }
  if (is_word(c, e) && is_word(c, e + 1) && !(cat_at(c, e) & ~WC_YEARNEXT) &&
      (cat_at(c, e + 1) & WC_CUR) && !(c->t[e + 1].flags & NF_ALLCAP) &&
      !(cat_at(c, e + 1) & WC_SUFFIX) && key_at(c, e + 1) != K_WON &&
      key_at(c, e + 1) != K_POUNDS) {
    /* one adjective between: "australian dollars", "swiss francs" */
    p->kind = LEDE_NUM_MONEY;
    p->unit = nl_w(&c->t[e + 1])->str;
    return e + 2;
  }
  return NO_UNIT;
}

/* An age or a measure after the number at token e: 35-year-old, "35 years
   old", six-mile, "12 km", "40 square miles".  Returns one past it (e when
   there is none). */
static size_t age_or_measure_after(const scan *c, size_t e, phrase *p) {
  if (is_punct(c, e, '-') && glued(c, e) && glued(c, e + 1) &&
      (num_at(c, e + 1) & NC_AGE_UNIT) && is_punct(c, e + 2, '-') &&
      key_at(c, e + 3) == K_OLD) {
    p->kind = LEDE_NUM_AGE; /* 35-year-old, 22-month-old */
    p->unit = "year";
    return e + 4;
  }
  if ((num_at(c, e) & NC_AGE_UNIT) && is_punct(c, e + 1, '-') &&
      glued(c, e + 1) && glued(c, e + 2) && key_at(c, e + 2) == K_OLD) {
    p->kind = LEDE_NUM_AGE; /* 17 year-old, as local news spaces it */
    p->unit = "year";
    return e + 3;
  }
  if (is_punct(c, e, '-') && glued(c, e) && glued(c, e + 1) &&
      (num_at(c, e + 1) & NC_AGE_UNIT) && key_at(c, e + 2) == K_OLD) {
    p->kind = LEDE_NUM_AGE; /* 17-year old */
    p->unit = "year";
    return e + 3;
  }
  if ((key_at(c, e) == K_YEARS || key_at(c, e) == K_YEAR) &&
      key_at(c, e + 1) == K_OLD) { /* 35 years old */
    p->kind = LEDE_NUM_AGE;
    p->unit = "year";
    return e + 2;
  }
  if (is_punct(c, e, '-') && glued(c, e) && glued(c, e + 1) &&
      (cat_at(c, e + 1) & WC_UNITW)) {
    p->unit = nl_w(&c->t[e + 1])->str; /* six-mile, 68-ounce */
    return e + 2;
  }
  if (is_word(c, e) && (cat_at(c, e) & WC_UNITW) &&
      !(cat_at(c, e) & WC_SUFFIX)) {
    p->unit = nl_w(&c->t[e])->str;
    return e + 1;
  }
  if ((num_at(c, e) & NC_MEASURE_PREFIX) && (cat_at(c, e + 1) & WC_UNITW)) {
    p->unit = nl_w(&c->t[e + 1])->str;
    return e + 2;
  }
  return e;
}

/* Reads an amount at j: an optional currency sign or code, an optional
   sign, the core number, and what follows it (percent, currency word,
   measuring unit, "-year-old").  Returns 1 when it read one. */
static int parse_amount(const scan *c, size_t j, phrase *p) {
  core r;
  size_t k = j, e;
  int neg, money;
  const char *unit = NULL;
  memset(p, 0, sizeof *p);
  p->start = j;
  p->kind = LEDE_NUM_CARDINAL;
  money = currency_before(c, &k, &unit);
  if (money && (!has(c, k) || (c->t[k].flags & NF_PARA))) return 0;
  neg = sign_before(c, &k, money);
  p->vstart = k;
  /* a numeral after letters and a hyphen is part of a name: F-16,
     COVID-19, Su-25 */
  if (!money && is_num(c, k) && k >= c->from + 2 && glued(c, k) &&
      is_punct(c, k - 1, '-') && glued(c, k - 1) && is_word(c, k - 2) &&
      !(k >= c->from + 3 && is_num(c, k - 3) && glued(c, k - 2))) /* 5k-20k */
    return 0;
  if (!parse_core(c, k, money, &r)) return 0;
  /* a numeral glued after letters is part of a code (MH17, G7), unless the
     letters are a currency code */
  if (!money && is_num(c, k) && k > c->from && !(c->t[k].flags & NF_SPACE) &&
      (c->t[k - 1].type == NT_WORD || is_num(c, k - 1)))
    return 0;
  mixed_fraction(c, &r);
  p->value = neg ? -r.value : r.value;
  p->scale = r.scale;
  if (r.words) p->flags |= LEDE_NF_WORDS;
  if (r.ordinal) p->kind = LEDE_NUM_ORDINAL;
  e = r.end;
  p->single = r.single && !money && !neg;
  if (money) {
    p->kind = LEDE_NUM_MONEY;
    p->unit = unit;
    if (currency_sign(c, e) && (glued(c, e))) e++;
  } else if (!r.ordinal) {
    size_t after = money_or_percent_after(c, e, r.words, p);
    e = after != NO_UNIT ? after : age_or_measure_after(c, e, p);
  }
  if (p->unit == NULL && money) p->unit = unit;
  p->end = e;
  if (e != r.end) p->single = 0;
  return 1;
}

/* Applies a range's high end p2 to p: "10-15 million" scales both ends. */
static void make_range(phrase *p, const phrase *p2) {
  double lo = p->value;
  if (p->scale == 1 && p2->scale > 1 && lo * p2->scale <= p2->value &&
      lo < p2->value / p2->scale + 1)
    lo *= p2->scale;
  p->value = lo;
  p->min = lo;
  p->max = p2->value;
  p->flags |= LEDE_NF_HAS_MIN | LEDE_NF_HAS_MAX | LEDE_NF_APPROX | p2->flags;
  p->qualifier = LEDE_Q_RANGE;
  p->end = p2->end;
  if (!p->unit) p->unit = p2->unit;
  if (p2->kind == LEDE_NUM_MONEY || p2->kind == LEDE_NUM_PERCENT)
    p->kind = p2->kind;
  p->single = 0;
}

/* The month at j is an abbreviation, which takes a dot: "Jan." but not
   "July." */
static int month_abbrev(const scan *c, size_t j) {
  return (cat_at(c, j) & WC_MONTH) && (nl_w(&c->t[j])->flags & NL_ABBREV);
}

static int day_of_month(const scan *c, size_t j) {
  return plain_num(c, j) && c->t[j].val >= 1 && c->t[j].val <= 31 &&
         tlen(c, j) <= 2;
}
static int year_like(const scan *c, size_t j) {
  return plain_num(c, j) && tlen(c, j) == 4 && c->t[j].val >= 1000 &&
         c->t[j].val <= 2999;
}
/* A month name at j that can start or end a date: capitalized, or an
   abbreviation with its dot; "may" and "march" only capitalized. */
static int month_at(const scan *c, size_t j) {
  if (!is_word(c, j) || !(cat_at(c, j) & WC_MONTH)) return 0;
  if (c->t[j].flags & NF_CAP) return 1;
  if (num_at(c, j) & NC_MONTH_HOMONYM) return 0;
  return 1;
}

/* A date that starts with its month (at j): "March 3", "Sept. 5, 2016",
   "June 2022". */
static int month_first_date(const scan *c, size_t j, phrase *p) {
  size_t k = j + 1;
  if (is_punct(c, k, '.') && glued(c, k) && month_abbrev(c, j)) k++;
  if (day_of_month(c, k) && !(is_punct(c, k + 1, ',') && glued(c, k + 1) &&
                              is_num(c, k + 2) && glued(c, k + 2))) {
    p->value = c->t[k].val;
    k++;
    if (ordinal_suffix(c, k - 1)) k++;
    if (is_punct(c, k, ',') && year_like(c, k + 1))
      k += 2;
    else if (year_like(c, k))
      k++;
    p->kind = LEDE_NUM_DATE;
    p->vstart = j;
    p->end = k;
    return 1;
  }
  if (year_like(c, k)) {
    p->value = c->t[k].val;
    p->kind = LEDE_NUM_DATE;
    p->end = k + 1;
    return 1;
  }
  return 0;
}

/* A time of day: 11:12, 11:12:30 p.m., 5 pm, 5 p.m. */
static int clock_time(const scan *c, size_t j, phrase *p) {
  size_t k;
  if (is_punct(c, j + 1, ':') && glued(c, j + 1) && plain_num(c, j + 2) &&
      glued(c, j + 2) && tlen(c, j + 2) == 2 && plain_num(c, j)) {
    k = j + 3;
    if (is_punct(c, k, ':') && glued(c, k) && plain_num(c, k + 1) &&
        glued(c, k + 1))
      k += 2;
    p->kind = LEDE_NUM_TIME;
    p->end = k + ampm(c, k);
    return 1;
  }
  if (plain_num(c, j) && p->value >= 1 && p->value <= 12 && ampm(c, j + 1)) {
    p->kind = LEDE_NUM_TIME;
    p->end = j + 1 + ampm(c, j + 1);
    return 1;
  }
  return 0;
}

/* Numerals joined by slashes (at j, j + 2): 3/4/2022, 9/11, 3/4. */
static int slashed(const scan *c, size_t j, phrase *p) {
  double a = c->t[j].val, b = c->t[j + 2].val;
  if (is_punct(c, j + 3, '/') && glued(c, j + 3) && plain_num(c, j + 4) &&
      glued(c, j + 4)) {
    p->kind = LEDE_NUM_DATE;
    p->end = j + 5;
    return 1;
  }
  if (a >= 1 && a < b && b <= 10) {
    p->kind = LEDE_NUM_FRACTION;
    p->value = a / b;
    p->end = j + 3;
    p->flags |= LEDE_NF_APPROX;
    return 1;
  }
  p->kind = a <= 31 && b <= 31 ? LEDE_NUM_DATE : LEDE_NUM_PHONE;
  p->end = j + 3;
  return 1;
}

/* Numerals joined by hyphens (at j, j + 2): 203-294-2800, 2022-03-04,
   555-1234, 1111-22223333-4444, 2014-2017, 2014-17. */
static int dashed(const scan *c, size_t j, phrase *p) {
  size_t n1 = tlen(c, j), n2 = tlen(c, j + 2), k;
  if (is_punct(c, j + 3, '-') && glued(c, j + 3) && plain_num(c, j + 4) &&
      glued(c, j + 4)) {
    k = j + 5;
    while (is_punct(c, k, '-') && glued(c, k) && plain_num(c, k + 1) &&
           glued(c, k + 1))
      k += 2;
    p->kind = (n1 == 4 && n2 <= 2 && tlen(c, j + 4) <= 2) ? LEDE_NUM_DATE
                                                          : LEDE_NUM_PHONE;
    p->end = k;
    return 1;
  }
  if ((n1 == 3 && n2 == 4) || n1 + n2 >= 9) {
    p->kind = LEDE_NUM_PHONE;
    p->end = j + 3;
    return 1;
  }
  if (year_like(c, j) &&
      (year_like(c, j + 2) ||
       (n2 == 2 && c->t[j + 2].val > fmod(c->t[j].val, 100)))) {
    p->kind = LEDE_NUM_YEAR; /* 2014-2017, 2014-17 */
    p->min = c->t[j].val;
    p->max = n2 == 4 ? c->t[j + 2].val
                     : c->t[j].val - fmod(c->t[j].val, 100) + c->t[j + 2].val;
    p->flags |= LEDE_NF_HAS_MIN | LEDE_NF_HAS_MAX;
    p->qualifier = LEDE_Q_RANGE;
    p->end = j + 3;
    return 1;
  }
  return 0;
}

/* A date that starts with its day (at j): "3 March", "21st of June", "1
   May 2022", "on 4 Sept.". */
static int day_first_date(const scan *c, size_t j, phrase *p) {
  size_t k = j + 1;
  if (!day_of_month(c, j)) return 0;
  if (ordinal_suffix(c, j)) k++;
  if (key_at(c, k) == K_OF && k > j + 1) k++;
  if (!(month_at(c, k) || (is_word(c, k) && (cat_at(c, k) & WC_MONTH) &&
                           (k > j + 1 || key_at(c, j - 1) == K_ON))))
    return 0;
  k++;
  if (is_punct(c, k, '.') && glued(c, k) && month_abbrev(c, k - 1)) k++;
  if (is_punct(c, k, ',') && year_like(c, k + 1))
    k += 2;
  else if (year_like(c, k))
    k++;
  p->kind = LEDE_NUM_DATE;
  p->end = k;
  return 1;
}

/* Dates, times and digit codes at j; sets p's end and kind. */
static int special_at(const scan *c, size_t j, phrase *p) {
  memset(p, 0, sizeof *p);
  p->start = p->vstart = j;
  if (month_at(c, j)) return month_first_date(c, j, p);
  if (!is_num(c, j)) return 0;
  if (j > c->from && glued(c, j) && (is_num(c, j - 1) || is_word(c, j - 1)))
    return 0;
  p->value = c->t[j].val;
  if (clock_time(c, j, p)) return 1;
  if (plain_num(c, j) && is_punct(c, j + 1, '/') && glued(c, j + 1) &&
      plain_num(c, j + 2) && glued(c, j + 2))
    return slashed(c, j, p);
  if (plain_num(c, j) && is_punct(c, j + 1, '-') && glued(c, j + 1) &&
      plain_num(c, j + 2) && glued(c, j + 2))
    return dashed(c, j, p);
  /* 03.04.2022, 203.294.2800 (the numeral holds "03.04") */
  if ((c->t[j].flags & NF_DEC) && is_punct(c, j + 1, '.') && glued(c, j + 1) &&
      plain_num(c, j + 2) && glued(c, j + 2)) {
    p->kind =
        tlen(c, j + 2) == 4 && tlen(c, j) == 5 ? LEDE_NUM_DATE : LEDE_NUM_PHONE;
    p->end = j + 3;
    return 1;
  }
  if (day_first_date(c, j, p)) return 1;
  /* 1990s */
  if (year_like(c, j) && glued(c, j + 1) && key_at(c, j + 1) == K_S) {
    p->kind = LEDE_NUM_YEAR;
    p->end = j + 2;
    return 1;
  }
  return 0;
}

/* Vague quantities at j: dozens, hundreds (of thousands), tens of
   thousands, scores of, several hundred. */
static int vague_at(const scan *c, size_t j, phrase *p) {
  int k = key_at(c, j);
  uint32_t ct = cat_at(c, j);
  double v;
  size_t e = j + 1;
  memset(p, 0, sizeof *p);
  p->start = p->vstart = j;
  if (k == K_TENS) {
    if (key_at(c, j + 1) != K_OF || !(cat_at(c, j + 2) & WC_SCALE) ||
        !(cat_at(c, j + 2) & WC_VAGUE))
      return 0;
    v = 10 * wval(c, j + 2);
    e = j + 3;
  } else if (k == K_SEVERAL) {
    v = 3;
    if ((cat_at(c, j + 1) & (WC_HUNDRED | WC_SCALE)) &&
        !(cat_at(c, j + 1) & WC_VAGUE)) {
      v = 3 * wval(c, j + 1);
      e = j + 2;
    } else if (!(cat_at(c, j + 1) & WC_VICTIM) &&
               !(is_word(c, j + 1) && (c->text[c->t[j + 1].e - 1] == 's'))) {
      return 0;
    }
  } else if (k == K_SCORES) {
    if (key_at(c, j + 1) != K_OF) return 0;
    v = 40;
  } else if (ct & WC_VAGUE) {
    v = wval(c, j);
    if (key_at(c, j + 1) == K_OF && (cat_at(c, j + 2) & WC_SCALE) &&
        (cat_at(c, j + 2) & WC_VAGUE) && wval(c, j + 2) > v) {
      v = v / 2 * wval(c, j + 2); /* hundreds of thousands: 200,000 */
      e = j + 3;
    }
  } else {
    return 0;
  }
  p->value = v;
  p->end = e;
  p->kind = LEDE_NUM_CARDINAL;
  p->qualifier = LEDE_Q_VAGUE;
  p->flags |= LEDE_NF_WORDS;
  set_bounds(p);
  return 1;
}

/* Fractions in words at j: two-thirds, a third of, three quarters,
   half of. */
static int fraction_at(const scan *c, size_t j, phrase *p) {
  double num;
  size_t k;
  memset(p, 0, sizeof *p);
  p->start = p->vstart = j;
  if (key_at(c, j) == K_HALF &&
      (key_at(c, j + 1) == K_OF || key_at(c, j + 1) == K_THE)) {
    p->value = 0.5;
    p->end = j + 1;
    goto done_fraction;
  }
  if (key_at(c, j) == K_A || key_at(c, j) == K_AN)
    num = 1;
  else if (cat_at(c, j) & WC_UNIT)
    num = wval(c, j);
  else
    return 0;
  if (num < 1) return 0;
  k = j + 1;
  if (is_punct(c, k, '-') && glued(c, k) && glued(c, k + 1))
    k++;
  else if (!is_word(c, k))
    return 0;
  if (cat_at(c, k) & WC_FRAC) {
    if ((key_at(c, k) == K_HALF || key_at(c, k) == K_QUARTER) && num == 1 &&
        key_at(c, k + 1) != K_OF && k == j + 1)
      return 0; /* "a half million": the core reads it */
    if ((key_at(c, k) == K_HALF || key_at(c, k) == K_QUARTER) &&
        ((cat_at(c, k + 1) & (WC_SCALE | WC_HUNDRED)) ||
         key_at(c, k + 1) == K_DOZEN))
      return 0;
    p->value = num * wval(c, k);
  } else if ((cat_at(c, k) & WC_ORD) && wval(c, k) >= 3 && wval(c, k) <= 10 &&
             (num == 1) && (k == j + 2 || key_at(c, k + 1) == K_OF)) {
    p->value = 1.0 / wval(c, k); /* one-third, a third of */
  } else {
    return 0;
  }
  p->end = k + 1;
done_fraction:
  p->kind = LEDE_NUM_FRACTION;
  p->flags |= LEDE_NF_WORDS;
  return 1;
}

/* The 4-digit plain numeral p is a year, by its neighbours. */
static int reads_as_year(const scan *c, const phrase *p) {
  size_t j = p->vstart, n = p->end;
  if (!p->single || p->qualifier != LEDE_Q_NONE) return 0;
  if (!year_like(c, j) || c->t[j].val < 1800 || c->t[j].val > 2100) return 0;
  if (j > c->from && (cat_at(c, j - 1) & (WC_YEARCTX | WC_MONTH | WC_DAY)))
    return 1;
  if (j > c->from && is_punct(c, j - 1, ',') && j >= c->from + 2 &&
      is_num(c, j - 2))
    return 1;
  if (!has(c, n) || c->t[n].type != NT_WORD) return 1;
  if (c->t[n].flags & NF_CAP) return 1;
  if (cat_at(c, n) & (WC_YEARNEXT | WC_AUX)) return 1;
  return 0;
}

/* "one" as a pronoun: "the one you mentioned", "which one", "no one". */
static int pronoun_one(const scan *c, const phrase *p) {
  size_t j = p->vstart;
  if (p->end != j + 1 || key_at(c, j) != K_ONE) return 0;
  if (j > c->from && (cat_at(c, j - 1) & WC_DET)) return 1;
  if (key_at(c, j + 1) == K_ANOTHER) return 1;
  return 0;
}

/* "second" as in "a second", "per second". */
static int not_ordinal(const scan *c, const phrase *p) {
  size_t j = p->vstart;
  if (p->end != j + 1 || key_at(c, j) != K_SECOND) return 0;
  if (j == c->from) return 0;
  return (num_at(c, j - 1) & NC_TIME_SECOND) != 0;
}

/* A name's suffix "Jr." or "Sr." ends at token j (its period). */
static int suffix_dot_at(const scan *c, size_t j) {
  const char *w;
  if (j < c->from + 1 || !is_punct(c, j, '.') || !is_word(c, j - 1) ||
      tlen(c, j - 1) != 2)
    return 0;
  w = c->text + c->t[j - 1].s;
  return (w[0] == 'J' || w[0] == 'S') && w[1] == 'r';
}

/* An age written after a name: "Travis Ward, 31, and ...", "David Tran
   Jr., 17, was" */
static int name_age(const scan *c, const phrase *p) {
  size_t j = p->vstart;
  if (!p->single || j < c->from + 2) return 0;
  if (c->t[j].val < 1 || c->t[j].val > 110 || tlen(c, j) > 3) return 0;
  if (is_punct(c, j - 1, ',') && suffix_dot_at(c, j - 2) &&
      (is_punct(c, p->end, ',') || is_punct(c, p->end, '.')))
    return 1;
  return is_punct(c, j - 1, ',') && is_word(c, j - 2) &&
         (c->t[j - 2].flags & NF_CAP) &&
         !(cat_at(c, j - 2) & (WC_MONTH | WC_DAY)) &&
         (is_punct(c, p->end, ',') || is_punct(c, p->end, ';') ||
          is_punct(c, p->end, '.') || is_punct(c, p->end, ')'));
}

/* The '+' at e joins two numbers ("2+2"), so it is no "or more". */
static int r_is_word_end(const scan *c, size_t e) {
  return is_num(c, e + 1) && glued(c, e + 1);
}

/* After an amount p: the high end of a range (10-15, 10 to 15, 20~100,
   two or three), or "or more" / "or fewer". */
static void extend_range(const scan *c, phrase *p) {
  {
    size_t e = p->end;
    phrase p2;
    int dash = range_dash(c, e);
    int to = key_at(c, e) == K_TO;
    int orw = key_at(c, e) == K_OR;
    if ((dash || to || orw) && parse_amount(c, e + 1, &p2) &&
        p2.kind != LEDE_NUM_ORDINAL && p2.value > p->value &&
        (!orw || (p->flags & LEDE_NF_WORDS)) &&
        (!dash || (glued(c, e) == glued(c, e + 1))) &&
        !(p->kind == LEDE_NUM_PERCENT && p2.kind != LEDE_NUM_PERCENT &&
          !dash) &&
        !(p->single && year_like(c, p->vstart))) {
      make_range(p, &p2);
    } else if (orw &&
               (key_at(c, e + 1) == K_MORE || key_at(c, e + 1) == K_GREATER ||
                key_at(c, e + 1) == K_ABOVE)) {
      p->qualifier = LEDE_Q_AT_LEAST; /* 200 or more */
      p->end = e + 2;
      p->single = 0;
      set_bounds(p);
    } else if (is_punct(c, e, '+') && glued(c, e) && !r_is_word_end(c, e)) {
      p->qualifier = LEDE_Q_AT_LEAST; /* 30+ */
      p->end = e + 1;
      p->single = 0;
      set_bounds(p);
    } else if (orw &&
               (key_at(c, e + 1) == K_FEWER || key_at(c, e + 1) == K_LESS)) {
      p->qualifier = LEDE_Q_UP_TO;
      p->end = e + 2;
      p->single = 0;
      set_bounds(p);
    }
  }
}

/* Sets p to the phrase of the two words at i, worth v ("a couple"). */
static void two_words(phrase *p, size_t i, double v) {
  memset(p, 0, sizeof *p);
  p->start = p->vstart = i;
  p->end = i + 2;
  p->value = v;
  p->flags = LEDE_NF_WORDS;
}

/* "a couple" / "a pair" at i (k: its key), before "of" or no word: 2. */
static int couple_at(const scan *c, size_t i, int k, phrase *p) {
  if (!((k == K_A) &&
        (key_at(c, i + 1) == K_COUPLE || key_at(c, i + 1) == K_PAIR) &&
        (key_at(c, i + 2) == K_OF || !has(c, i + 2) || !is_word(c, i + 2))))
    return 0;
  two_words(p, i, 2);
  return 1;
}

/* A range opened by a word at i (k: its key): "between 10 and 15",
   "between 10-15", "from 10 to 15". */
static int opened_range_at(const scan *c, size_t i, int k, phrase *p) {
  phrase p2;
  if (k != K_BETWEEN && k != K_FROM) return 0;
  if (parse_amount(c, i + 1, p) && p->kind != LEDE_NUM_ORDINAL &&
      (key_at(c, p->end) == (k == K_BETWEEN ? K_AND : K_TO) ||
       (k == K_BETWEEN && range_dash(c, p->end))) &&
      parse_amount(c, p->end + 1, &p2) && p2.kind != LEDE_NUM_ORDINAL &&
      p2.value > p->value) {
    p->start = i;
    make_range(p, &p2);
    return 1;
  }
  return 0;
}

/* A qualifier at i and what it qualifies: a time or a date ("about 12:50
   a.m.", "around March 3": never a count), an amount with its range ("at
   least 10-15"), or a vague quantity ("nearly hundreds"). */
static int qualified_at(const scan *c, size_t i, phrase *p) {
  size_t j;
  int q = qualifier_at(c, i, &j);
  if (q == LEDE_Q_NONE) return 0;
  if (special_at(c, j, p)) {
    p->start = i;
    p->qualifier = q;
    p->flags |= LEDE_NF_APPROX;
    return 1;
  }
  if (parse_amount(c, j, p) && p->kind != LEDE_NUM_ORDINAL) {
    extend_range(c, p);
    p->start = i;
    if (p->qualifier == LEDE_Q_NONE) {
      p->qualifier = q;
      set_bounds(p);
    }
    p->single = 0;
    return 1;
  }
  if (vague_at(c, j, p)) {
    p->start = i;
    return 1;
  }
  return 0;
}

/* "a dollar", "a buck", "a pound" (weight or money) at i (k: its key). */
static int one_currency_at(const scan *c, size_t i, int k, phrase *p) {
  if (!((k == K_A || k == K_AN) && is_word(c, i + 1) &&
        (cat_at(c, i + 1) & WC_CUR) && !(c->t[i + 1].flags & NF_ALLCAP) &&
        c->text[c->t[i + 1].e - 1] != 's' && !(cat_at(c, i + 1) & WC_SUFFIX)))
    return 0;
  two_words(p, i, 1);
  p->kind = LEDE_NUM_MONEY;
  p->unit = nl_w(&c->t[i + 1])->str;
  if (num_at(c, i + 1) & NC_WEIGHT_OR_MONEY) {
    p->kind = LEDE_NUM_CARDINAL;
    p->unit = "pound";
  }
  return 1;
}

/* An amount at i with its range, then what its neighbours make of it: a
   year, an age, or nothing ("the one you mentioned", "a second"). */
static int amount_at(const scan *c, size_t i, phrase *p) {
  if (!parse_amount(c, i, p)) return 0;
  if (p->kind == LEDE_NUM_ORDINAL) return 1;
  extend_range(c, p);
  if (reads_as_year(c, p))
    p->kind = LEDE_NUM_YEAR;
  else if (name_age(c, p))
    p->kind = LEDE_NUM_AGE;
  else if (key_at(c, i) == K_AGED ||
           (i > c->from && key_at(c, i - 1) == K_AGED))
    p->kind = LEDE_NUM_AGE;
  if (pronoun_one(c, p) || not_ordinal(c, p)) return 0;
  return 1;
}

/* Tries every shape at token i, in this order; returns 1 with *p set when
   one matched. */
static int phrase_at(const scan *c, size_t i, phrase *p) {
  int k = key_at(c, i);
  return special_at(c, i, p) || fraction_at(c, i, p) || vague_at(c, i, p) ||
         couple_at(c, i, k, p) || opened_range_at(c, i, k, p) ||
         qualified_at(c, i, p) || one_currency_at(c, i, k, p) ||
         amount_at(c, i, p);
}

/* Whether a word can begin a number phrase: a number word, a month, a
   currency, or a word of the class phrase_start (a qualifier, "a",
   "between" ...). */
static int can_start(const nt_tok *t) {
  const nl_word *w;
  if (!t->w) return 0;
  w = &nl_words[t->w - 1];
  return (w->cat & (WC_UNIT | WC_TEEN | WC_TENS | WC_HUNDRED | WC_SCALE |
                    WC_ORD | WC_FRAC | WC_MONTH | WC_CUR | WC_VAGUE)) ||
         (w->num & NC_PHRASE_START);
}

/* One step of the scan at token i: appends the phrase that starts there,
   if any, to out (and its token span to spans, which may be NULL) and
   returns the token the scan goes on from; (size_t)-1 when out of memory. */
static size_t scan_step(const scan *c, size_t i, lede_vec *out,
                        lede_vec *spans) {
  phrase p;
  const nt_tok *t = c->t, *tk = &t[i];
  lede_number n;
  /* most words start nothing: skip them without trying */
  if (tk->type == NT_WORD && !can_start(tk)) return i + 1;
  if (tk->type == NT_PUNCT && !is_minus_sign(c, i) && c->text[tk->s] != '$')
    return i + 1;
  if (!phrase_at(c, i, &p)) return i + 1;
  if (!(isfinite(p.value) && isfinite(p.min) && isfinite(p.max)))
    return p.end > i ? p.end : i + 1; /* too large to represent: skipped */
  memset(&n, 0, sizeof n);
  n.start = t[p.start].s;
  n.end = t[p.end - 1].e;
  n.vstart = t[p.vstart].s;
  n.value = p.value;
  n.min = p.min;
  n.max = p.max;
  n.unit = p.unit;
  n.kind = (uint8_t)p.kind;
  n.qualifier = (uint8_t)p.qualifier;
  n.flags = (uint8_t)p.flags;
  if (lede_vec_push(out, &n) != 0) return (size_t)-1;
  if (spans) {
    uint32_t se[2];
    se[0] = (uint32_t)p.start;
    se[1] = (uint32_t)p.end;
    if (lede_vec_push(spans, se) != 0) return (size_t)-1;
  }
  return p.end > i ? p.end : i + 1;
}

int nl_scan_numbers(const char *text, const nt_tok *t, size_t from, size_t to,
                    lede_vec *out, lede_vec *spans) {
  scan c;
  size_t i = from;
  c.text = text;
  c.t = t;
  c.from = from;
  c.to = to;
  c.edge = NULL;
  while (i < to) {
    i = scan_step(&c, i, out, spans);
    if (i == (size_t)-1) return -1;
  }
  return 0;
}

/* ------------------------------------------------------------ public */

const char *lede_number_kind_name(int kind) {
  static const char *const names[] = {"cardinal", "ordinal", "percent", "money",
                                      "fraction", "year",    "date",    "time",
                                      "phone",    "age"};
  if (kind < 0 || kind > LEDE_NUM_AGE) return "unknown";
  return names[kind];
}

const char *lede_qualifier_name(int q) {
  static const char *const names[] = {
      "exact",      "at least", "more than", "about",       "nearly", "up to",
      "fewer than", "range",    "vague",     "unspecified", "hedged"};
  if (q < 0 || q > LEDE_Q_HEDGED) return "unknown";
  return names[q];
}

/* The tokens are lexed a window at a time (memory stays
   O(window) + O(output) rather than 24 bytes per token of the text).  The
   window keeps WIN_BACK tokens behind the scan, more than any phrase looks
   back (three), and is refilled WIN_MARGIN tokens before its end; a phrase
   that looks further ahead (a long run of digit groups) sets the scan's
   edge flag, and the step is taken again on a longer window.  So every
   step sees the tokens a whole-text scan sees: the results are the same. */
#define WIN_TOKENS 4096
#define WIN_BACK 16
#define WIN_MARGIN 64

/* Drops the tokens more than WIN_BACK behind token *i, then lexes at least
   `more` tokens (fewer at the end of the text).  Returns 0 or -1. */
static int refill(const char *text, size_t len, nl_cursor *cur, lede_vec *toks,
                  size_t *i, size_t more) {
  if (*i > WIN_BACK) {
    size_t drop = *i - WIN_BACK;
    memmove(toks->items, (nt_tok *)toks->items + drop,
            (toks->count - drop) * sizeof(nt_tok));
    toks->count -= drop;
    *i -= drop;
  }
  return nl_tokenize_more(text, len, cur, len, more, toks);
}

int lede_numbers(const char *text, size_t len, lede_number **out,
                 size_t *count) {
  nl_cursor cur;
  lede_vec toks, nums;
  size_t i = 0;
  int edge = 0;
  scan c;
  if (out) *out = NULL;
  if (count) *count = 0;
  if (!out || !count || (!text && len)) return LEDE_ERR_ARG;
  if (len > LEDE_MAX_INPUT) return LEDE_ERR_TOOBIG;
  nl_cursor_init(&cur);
  lede_vec_init(&toks, sizeof(nt_tok));
  lede_vec_init(&nums, sizeof(lede_number));
  c.text = text;
  c.from = 0;
  for (;;) {
    size_t kept = nums.count, next;
    int more = cur.i < len; /* tokens still to lex */
    if (more && toks.count - i < WIN_MARGIN) {
      if (refill(text, len, &cur, &toks, &i, WIN_TOKENS) != 0) goto nomem;
      continue;
    }
    if (i >= toks.count) break;
    c.t = (const nt_tok *)toks.items;
    c.to = toks.count;
    c.edge = more ? &edge : NULL;
    edge = 0;
    next = scan_step(&c, i, &nums, NULL);
    if (next == (size_t)-1) goto nomem;
    if (edge) { /* the phrase reads on past the window: take it again */
      nums.count = kept;
      if (refill(text, len, &cur, &toks, &i, toks.count) != 0) goto nomem;
      continue;
    }
    i = next;
  }
  lede_vec_free(&toks);
  *out = (lede_number *)lede_vec_release(&nums, count);
  return LEDE_OK;
nomem:
  lede_vec_free(&toks);
  lede_vec_free(&nums);
  return LEDE_ERR_NOMEM;
}
