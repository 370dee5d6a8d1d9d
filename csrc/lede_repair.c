/*
 * lede_repair.c -- lede_fix_text: encoding and character repair, one pass
 * over the text, each repair a span of the input and its replacement.
 *
 * The decision rules, in the order they are tried at a position:
 *
 *  - ASCII is copied (one test per byte); with LEDE_FIX_ENTITIES an "&"
 *    starts an HTML reference: a WHATWG name with its ";" (csrc/
 *    lede_entities.h, generated; a name in capitals that is none, as its
 *    capitalized or lower-case form: &EACUTE; &HELLIP;), "&#N;" or "&#xH;"
 *    (128..159 read as Windows-1252, as browsers do; 0, surrogates and
 *    unknown names stay).
 *  - A run of two or more non-ASCII characters is read as mojibake by
 *    lede_mojibake.c (one to three layers, through nine code pages, each
 *    reading scored against the text as it stands; see its top comment).
 *  - A C1 control (U+0080..U+009F) left alone is what Windows-1252 punctuation
 *    becomes when read as Latin-1: "\xC2\x93" is “.
 *  - "Ã" after a lower-case letter and before a space was "à" whose second
 *    byte (A0, a no-break space) became a space: "voilÃ le".  No word has an
 *    upper-case Ã after a lower-case letter.
 *  - "Â" before no letter or digit is the first half of a no-break space
 *    (C2 A0) whose second half was lost or became a space: dropped.
 *  - A lone "â" where ’ “ ” – — stood (the decoder lost both other bytes),
 *    only when the text shows lossy mojibake: one shape no word of any
 *    language has (",â " ".â" before a space, "âThe", " â " between words
 *    that are not accented Latin, "😂â", "lâentraîneur", "quâil",
 *    "12â14", " â90s", "9:15â ", "disgraceâ ", " âa"), or two shapes few
 *    words have ("Trumpâs", "weâre", "Iâm", "sheâd", "didnât": Romanian
 *    "rămâs", Vietnamese "tâm", French "gagnât" end so; see lossy_shape).
 *    Then it is read from its neighbours (see guess_lossy):
 *      letter|â|contraction ending (s t re ve ll d m)  → ’   Trump’s we’re
 *                                            (t only after n: not "mât")
 *      l d j n s c t m qu|â|vowel or accented letter → ’   l’équipe qu’il
 *      O|â|capital → ’   O’Brien
 *      word|â|word, both capitalized, the left of two letters or more
 *                                                     → –   US–China
 *      two capitals|â|lower-case word                 → —   War II—as
 *      word|â|word, the left word longer than two letters and all ASCII:
 *        two points of the compass, days or months → –   north–south
 *        others                                    → —   persist—partly
 *      digit|â|digit, 5pm|â|digit, digit|â|$ £ € ¥ amount
 *                                                     → –   2019–2020 $5–$10
 *      letter|â|digit → —
 *      letter or digit|â|space or punctuation → ” if a quote is open, else ’
 *      space|â|space → – between numbers (10 – 12) or when the text writes
 *        its kept spaced dashes as " – " and never " — " (British style);
 *        else —  (American: "close — very close")
 *      space or ( [ {|â|punctuation → ” if open, else –
 *      space or ( [ {|â|a word → “ (and a quote is open);  |â|90s → ’
 *      )|â|( → –   (a)–(c)
 *      punctuation|â|letter or digit → —;  punctuation|â|other → ”
 *    A short lower-case stem (ch|âteau, p|âte) or a word with other non-
 *    ASCII letters (thé|âtre) keeps its "â": French has those; so does
 *    "â" before m or n and a consonant or "i" (âmbito, câmpie, România) and
 *    as the words âge, âme, âne, âpre, âcre, âtre (and plurals), Vietnamese
 *    âm, ân (see real_a_word).  Names of any script on both sides
 *    (Kraków|â|Warsaw) take –; a word between two lone "â" ( âwordâ ) is a
 *    quoted word, a shape no word has.
 *  - A byte that is no part of UTF-8: with a surrogate pair written as two
 *    3-byte sequences (CESU-8), the character they stand for; with
 *    LEDE_FIX_BYTES, half a pair alone becomes U+FFFD and any other byte
 *    its Windows-1252 reading (the five undefined bytes read as Latin-1 C1
 *    controls), so that the output is valid UTF-8.
 *  - With LEDE_FIX_SPACES: no-break and other odd spaces become " ", and
 *    zero-width spaces, joiners outside emoji, word joiners, byte-order marks
 *    and soft hyphens are dropped.
 *  - Ligatures, width forms, controls and terminal escapes, line breaks:
 *    only when asked, in csrc/lede_repair_forms.c.
 *
 * Without LEDE_FIX_EACH, repairs of one kind less than JOIN_GAP bytes apart
 * on one line are one change (up to JOIN_MAX bytes): a caller that makes a
 * record per change then spends a bounded share of the text on them.
 *
 * Weak readings need sure mojibake elsewhere in the text: lede_fix_scan
 * (called first unless LEDE_FIX_NOSCAN) runs the same reader once, keeping
 * only the sure readings, and counts the lossy shapes.
 */
#include <stdlib.h>
#include <string.h>

#include "lede.h"
#include "lede_entities.h"
#include "lede_repair.h"

#define APOS 0x2019
#define LQUOTE 0x201C
#define RQUOTE 0x201D
#define NDASH 0x2013
#define MDASH 0x2014

static const char *const kind_names[] = {
    "mojibake", "lossy",   "c1",        "cp1252",    "cesu8",
    "entity",   "space",   "invisible", "surrogate", "ligature",
    "width",    "control", "escape",    "line_break"};
typedef char kinds_named
    [sizeof kind_names / sizeof *kind_names == LEDE_FIX_LAST_KIND + 1 ? 1 : -1];

const char *lede_fix_kind_name(int kind) {
  if (kind < 0 || kind > LEDE_FIX_LAST_KIND) return "unknown";
  return kind_names[kind];
}

typedef struct lede_fixer fixer;

static int grow(void **p, size_t *cap, size_t want, size_t size) {
  size_t c = *cap ? *cap : 64;
  void *q;
  if (want <= *cap) return 0;
  while (c < want) c *= 2;
  q = realloc(*p, c * size);
  if (!q) return -1;
  *p = q;
  *cap = c;
  return 0;
}

static void put(fixer *f, const void *bytes, size_t n) {
  if (n == 0) return;
  if (f->nomem || grow((void **)&f->out, &f->capout, f->nout + n, 1)) {
    f->nomem = 1;
    return;
  }
  memcpy(f->out + f->nout, bytes, n);
  f->nout += n;
}

/* Repairs closer than this many bytes on one line are one change, while
   the change stays shorter than JOIN_MAX bytes. */
#define JOIN_GAP 32
#define JOIN_MAX 256

/* Does a repair at s[start] join the last change (see emit)? */
static int joins_last(const fixer *f, size_t start) {
  const lede_fix *last = &f->fx[f->nfx - 1];
  return start - last->end < JOIN_GAP && start - last->start < JOIN_MAX &&
         !memchr(f->s + last->end, '\n', start - last->end);
}

/* s[start, end) becomes bytes[0, n), a repair of kind. */
void lede_fix_emit(fixer *f, size_t start, size_t end, const char *bytes,
                   size_t n, int kind) {
  lede_fix *x;
  /* mojibake right after mojibake is one change: a word, not its letters;
     and a run of stray bytes is one change, not a change per byte (a text
     of them would otherwise cost a record per byte).  Without
     LEDE_FIX_EACH, repairs of one kind close together on a line are one
     change too (joins_last): a caller's record per change then costs a
     bounded share of the text, however dense the repairs. */
  if (f->nfx && f->fx[f->nfx - 1].kind == kind &&
      (((kind == LEDE_FIX_MOJIBAKE || kind == LEDE_FIX_CP1252) &&
        f->fx[f->nfx - 1].end == start) ||
       (!(f->flags & LEDE_FIX_EACH) && joins_last(f, start)))) {
    put(f, f->s + f->copied, start - f->copied);
    put(f, bytes, n);
    f->fx[f->nfx - 1].end = (uint32_t)end;
    f->fx[f->nfx - 1].out_end = (uint32_t)f->nout;
    f->copied = end;
    return;
  }
  put(f, f->s + f->copied, start - f->copied);
  if (f->nomem || grow((void **)&f->fx, &f->capfx, f->nfx + 1, sizeof *f->fx)) {
    f->nomem = 1;
    return;
  }
  x = &f->fx[f->nfx++];
  x->start = (uint32_t)start;
  x->end = (uint32_t)end;
  x->out_start = (uint32_t)f->nout;
  put(f, bytes, n);
  x->out_end = (uint32_t)f->nout;
  x->kind = kind;
  f->copied = end;
}

#define emit lede_fix_emit

static void emit_cp(fixer *f, size_t start, size_t end, uint32_t cp, int kind) {
  char b[4];
  emit(f, start, end, b, (size_t)lede_u8_encode(cp, b), kind);
}

static int is_ascii_letter(unsigned b) { return (b | 0x20u) - 'a' < 26u; }

/* ---------------------------------------------------------------- entities */

static int by_name(const void *key, const void *item) {
  const char *k = (const char *)key;
  return strcmp(k, ((const lede_entity *)item)->name);
}

/* A code point a numeric reference may stand for, or 0. */
static uint32_t entity_code(uint32_t cp) {
  if (cp >= 0x80 && cp <= 0x9F) return lede_cp1252(cp);
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return cp;
}

static const lede_entity *find_entity(const char *name) {
  return (const lede_entity *)bsearch(name, lede_entities, LEDE_NENTITIES,
                                      sizeof *lede_entities, by_name);
}

/* A name in capitals that is no name as it is ("&EACUTE;", text shouted
   by a program): the name with only its first letter a capital (Eacute),
   else all in lower case (hellip).  NULL for none, or a name with other
   characters than capitals. */
static const lede_entity *shouted_entity(char *name, size_t n) {
  const lede_entity *e;
  size_t k;
  if (n < 2) return NULL;
  for (k = 0; k < n; k++)
    if (name[k] < 'A' || name[k] > 'Z') return NULL;
  for (k = 1; k < n; k++) name[k] = (char)(name[k] | 0x20);
  if ((e = find_entity(name)) != NULL) return e;
  name[0] = (char)(name[0] | 0x20);
  return find_entity(name);
}

/* The reference at s[i] ("&"): repairs it and returns its end, or 0. */
static size_t try_entity(fixer *f, size_t i) {
  const unsigned char *s = f->s;
  size_t j = i + 1, n = 0;
  uint32_t cp = 0;
  if (j < f->len && s[j] == '#') {
    int hex = j + 1 < f->len && (s[j + 1] | 0x20) == 'x';
    for (j += 1 + (size_t)hex; j < f->len && n < 8; j++, n++) {
      unsigned c = s[j], d;
      if (c >= '0' && c <= '9')
        d = c - '0';
      else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')
        d = (c | 0x20) - 'a' + 10;
      else
        break;
      cp = cp * (hex ? 16u : 10u) + d;
    }
    if (!n || n > (hex ? 6u : 7u) || j >= f->len || s[j] != ';') return 0;
    if (!(cp = entity_code(cp))) return 0;
    emit_cp(f, i, j + 1, cp, LEDE_FIX_ENTITY);
  } else {
    char name[LEDE_ENTITY_MAXNAME + 1];
    const lede_entity *e;
    while (j < f->len && n < LEDE_ENTITY_MAXNAME &&
           (is_ascii_letter(s[j]) || (n && s[j] >= '0' && s[j] <= '9')))
      name[n++] = (char)s[j++];
    if (!n || j >= f->len || s[j] != ';') return 0;
    name[n] = 0;
    e = find_entity(name);
    if (!e) e = shouted_entity(name, n);
    if (!e) return 0;
    if ((f->flags & LEDE_FIX_SPACES) && strcmp(e->text, "\xC2\xA0") == 0)
      emit(f, i, j + 1, " ", 1, LEDE_FIX_ENTITY);
    else
      emit(f, i, j + 1, e->text, strlen(e->text), LEDE_FIX_ENTITY);
  }
  return j + 1;
}

/* ---------------------------------------------------------------- lossy â */

/* What a neighbour of a lost "â" is, as guess_lossy reads it. */
enum side { SPACE, ALPHA, DIGIT, OPEN, PUNCT };

static enum side side_of(uint32_t cp) {
  if (cp == 0 || cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
      cp == '\f' || cp == 0xA0)
    return SPACE;
  if (cp < 0x80) {
    if (is_ascii_letter(cp)) return ALPHA;
    if (cp >= '0' && cp <= '9') return DIGIT;
    if (cp == '(' || cp == '[' || cp == '{') return OPEN;
    return PUNCT;
  }
  if (cp == 0xE2 || cp == 0xD7 || cp == 0xF7) return PUNCT; /* â × ÷ */
  return lede_is_letter(cp) ? ALPHA : PUNCT;
}

/* Letters of the ASCII word that ends at s[i - 1]; -1 when the word has a
   non-ASCII letter (a French or Portuguese word). */
static long word_before(const unsigned char *s, size_t i, int *has_lower) {
  long n = 0;
  *has_lower = 0;
  while (i > 0) {
    unsigned b = s[i - 1];
    if (b >= 0x80) return -1;
    if (!is_ascii_letter(b)) break;
    if (b >= 'a') *has_lower = 1;
    n++;
    i--;
  }
  return n;
}

static int is_contraction(const unsigned char *w, size_t n) {
  static const char *const ends[] = {"s", "t", "re", "ve", "ll", "d", "m"};
  size_t k;
  for (k = 0; k < sizeof ends / sizeof *ends; k++)
    if (strlen(ends[k]) == n && memcmp(w, ends[k], n) == 0) return 1;
  return 0;
}

/* French elision before a vowel: l’ d’ j’ n’ s’ c’ t’ m’ qu’ (the word
   before the "â" at start is one of them, the next character at i a vowel
   or an accented letter).  "lâche", "pâte" have a consonant after. */
static int elision(const fixer *f, size_t start, size_t i) {
  const unsigned char *s = f->s;
  unsigned a = i < f->len ? s[i] | 0x20u : 0;
  size_t w = start;
  while (w > 0 && is_ascii_letter(s[w - 1])) w--;
  if (w > 0 && s[w - 1] >= 0x80) return 0;
  if (!(start - w == 1 && strchr("ldjnsctm", (int)(s[w] | 0x20u))) &&
      !(start - w == 2 && (s[w] | 0x20u) == 'q' && s[w + 1] == 'u'))
    return 0;
  return i < f->len && (strchr("aeiouyh", (int)a) || s[i] >= 0xC3);
}

/* Do the letters at s[i] continue a word with a real "â" of French,
   Romanian or Portuguese: â before m or n and a consonant or "i"
   (âmbito, câmpie, brânză, România), or one of the French words that
   begin with it (âge, âme, âne, âpre, âcre, âtre)?  No English word
   after a dash starts so. */
static int real_a_word(const unsigned char *s, size_t len, size_t i) {
  static const char *const starts[] = {"ge",  "gé",  "me", "ne",
                                       "pre", "cre", "tre"};
  size_t k, n;
  if (i < len && (s[i] == 'm' || s[i] == 'n') &&
      (i + 1 == len || (!is_ascii_letter(s[i + 1]) && s[i + 1] < 0x80)))
    return 1; /* Vietnamese âm, ân */
  if (i + 1 < len && (s[i] == 'm' || s[i] == 'n') &&
      (s[i + 1] >= 0x80 || s[i + 1] == 'i' ||
       !strchr("aeiouy", (int)s[i + 1])) &&
      is_ascii_letter(s[i + 1]) | (s[i + 1] >= 0x80))
    return 1;
  for (k = 0; k < sizeof starts / sizeof *starts; k++) {
    n = strlen(starts[k]);
    if (i + n <= len && memcmp(s + i, starts[k], n) == 0) {
      /* the word itself, or its plural: âge, âges, âne (not "new") */
      size_t q = i + n;
      if (q < len && s[q] == 'e') q++;
      if (q < len && s[q] == 's') q++;
      return q == len || !is_ascii_letter(s[q]);
    }
  }
  return 0;
}

/* Does s[i] start a capital letter (of any script)? */
static int capital_at(const unsigned char *s, size_t len, size_t i) {
  uint32_t cp;
  if (i >= len || !lede_u8_decode(s, len, i, &cp)) return 0;
  return lede_is_letter(cp) && !lede_is_lower(cp);
}

/* Is the word that ends at s[end - 1] a name: two letters or more (of any
   script), the first a capital?  Looks back at most 32 characters. */
static int name_before(const unsigned char *s, size_t end) {
  size_t at = end, n = 0;
  uint32_t cp = 0, first = 0;
  char b[4];
  while (at > 0 && n < 32 && lede_is_letter(cp = lede_u8_before(s, at))) {
    /* a bad byte reads as itself and is one byte long */
    size_t l = (size_t)lede_u8_encode(cp, b);
    at -= l <= at && memcmp(s + at - l, b, l) == 0 ? l : 1;
    first = cp;
    n++;
  }
  return n >= 2 && n < 32 && !lede_is_lower(first);
}

/* Is s[w, e) a word of a pair an en dash joins: a point of the compass,
   a day or a month (north–south, Monday–Friday, June–August)? */
static int range_word(const unsigned char *s, size_t w, size_t e) {
  static const char *const words[] = {
      "north",     "south",     "east",    "west",    "northeast", "northwest",
      "southeast", "southwest", "monday",  "tuesday", "wednesday", "thursday",
      "friday",    "saturday",  "sunday",  "january", "february",  "march",
      "april",     "may",       "june",    "july",    "august",    "september",
      "october",   "november",  "december"};
  char low[12];
  size_t k, n = e - w;
  if (n < 3 || n >= sizeof low) return 0;
  for (k = 0; k < n; k++) low[k] = (char)(s[w + k] | 0x20u);
  low[n] = 0;
  for (k = 0; k < sizeof words / sizeof *words; k++)
    if (strcmp(low, words[k]) == 0) return 1;
  return 0;
}

/* The dash between the ASCII words s[lw, start) and s[i, re): – for a
   pair of range words, else —. */
static uint32_t word_dash(const unsigned char *s, size_t lw, size_t start,
                          size_t i, size_t re) {
  return range_word(s, lw, start) && range_word(s, i, re) ? NDASH : MDASH;
}

/* Both sides letters: ’ before a contraction ending or after a French
   elided word, a dash between words (word_dash), or 0 (keep the "â"). */
static uint32_t between_letters(const fixer *f, size_t start, size_t i) {
  const unsigned char *s = f->s;
  size_t e = i;
  int lower;
  long left;
  while (e < f->len && s[e] >= 'a' && s[e] <= 'z') e++;
  if (e > i && is_contraction(s + i, e - i) &&
      (s[i] != 't' || s[start - 1] == 'n') && /* n't, not "mât" */
      (e == f->len || (!is_ascii_letter(s[e]) && s[e] < 0x80)))
    return APOS;
  if (elision(f, start, i)) return APOS;
  left = word_before(s, start, &lower);
  /* O’Brien, O’Neill: no word has "Oâ" before a capital */
  if (left == 1 && s[start - 1] == 'O' && s[i] >= 'A' && s[i] <= 'Z')
    return APOS;
  /* two names (US–China, Kraków–Warsaw): capitals on both sides, no
     French word */
  if (capital_at(s, f->len, i) && name_before(s, start)) return NDASH;
  /* a word in capitals, then a lower-case one: "World War II—as", "the
     US—and" (French writes an accented capital there, never "â") */
  if (left == 2 && !lower && s[i] >= 'a' && s[i] <= 'z') return MDASH;
  if (left < 0 || left <= 2) return 0; /* "Lâcher", "Mâcon" */
  if (real_a_word(s, f->len, i)) return 0;
  for (e = i; e < f->len && is_ascii_letter(s[e]); e++) {
  }
  if (e == i || (e < f->len && s[e] >= 0x80)) return 0;
  return word_dash(s, start - (size_t)left, start, i, e);
}

/* Does s[i] start a decade written short, "90s" (of ’90s)? */
static int decade(const unsigned char *s, size_t len, size_t i) {
  return i + 2 < len && s[i + 1] >= '0' && s[i + 1] <= '9' && s[i + 2] == 's' &&
         (i + 3 == len || !is_ascii_letter(s[i + 3]));
}

/* Does the ASCII word that ends at s[start - 1] start with a digit (5pm,
   1990s: the start of a range)? */
static int number_word(const unsigned char *s, size_t start) {
  size_t w = start;
  while (w > 0 && is_ascii_letter(s[w - 1])) w--;
  return w > 0 && s[w - 1] >= '0' && s[w - 1] <= '9';
}

/* Does s[i] start an amount of money: $ £ € ¥ and a digit? */
static int money_next(const unsigned char *s, size_t len, size_t i) {
  size_t n = 0;
  if (i < len && s[i] == '$')
    n = 1;
  else if (i + 1 < len && s[i] == 0xC2 &&
           (s[i + 1] == 0xA3 || s[i + 1] == 0xA5))
    n = 2;
  else if (i + 2 < len && !memcmp(s + i, "\xE2\x82\xAC", 3))
    n = 3;
  return n && i + n < len && s[i + n] >= '0' && s[i + n] <= '9';
}

/* How the text writes a dash between spaces where it kept its dashes:
   – when it has " – " and no " — " (British style), else —. */
static uint32_t text_spaced_dash(fixer *f) {
  const unsigned char *s = f->s, *p;
  size_t a = 0;
  int en = 0, em = 0;
  if (f->spaced_dash) return f->spaced_dash;
  while (a + 4 < f->len && !em &&
         (p = (const unsigned char *)memchr(s + a, 0xE2, f->len - a - 4)) !=
             NULL) {
    a = (size_t)(p - s);
    if (a > 0 && s[a - 1] == ' ' && s[a + 1] == 0x80 && s[a + 3] == ' ') {
      en += s[a + 2] == 0x93;
      em += s[a + 2] == 0x94;
    }
    a++;
  }
  f->spaced_dash = en && !em ? NDASH : MDASH;
  return f->spaced_dash;
}

/* The dash a " â " between spaces at s[start] stood for: – between two
   numbers (10 – 12) or in a text that writes spaced en dashes, else —. */
static uint32_t spaced_dash(fixer *f, size_t start, size_t i) {
  const unsigned char *s = f->s;
  if (start >= 2 && s[start - 2] >= '0' && s[start - 2] <= '9' &&
      i + 1 < f->len && s[i + 1] >= '0' && s[i + 1] <= '9')
    return NDASH;
  return text_spaced_dash(f);
}

/* What the "â" at s[start, start + 2) stood for (the table at the top),
   or 0 to keep it. */
static uint32_t guess_lossy(fixer *f, size_t start) {
  size_t i = start + 2;
  uint32_t next = 0;
  enum side before = side_of(lede_u8_before(f->s, start)), after;
  if (i < f->len && !lede_u8_decode(f->s, f->len, i, &next)) next = f->s[i];
  after = side_of(next);
  if (before == ALPHA || before == DIGIT) {
    if (after == ALPHA) return between_letters(f, start, i);
    if (after == DIGIT)
      return before == DIGIT || number_word(f->s, start) ? NDASH : MDASH;
    if (before == DIGIT && money_next(f->s, f->len, i))
      return NDASH; /* $5–$10 */
    if (f->open) {
      f->open = 0;
      return RQUOTE;
    }
    return APOS;
  }
  if (before == SPACE || before == OPEN) {
    if (after == SPACE) return spaced_dash(f, start, i);
    if (after == DIGIT && decade(f->s, f->len, i)) return APOS;
    if (after == PUNCT) {
      if (!f->open) return NDASH;
      f->open = 0;
      return RQUOTE;
    }
    if (after == ALPHA && real_a_word(f->s, f->len, i)) return 0;
    f->open = 1;
    return LQUOTE;
  }
  if (after == ALPHA && real_a_word(f->s, f->len, i)) return 0; /* l’âge */
  if (after == ALPHA || after == DIGIT) return MDASH;
  if (after == OPEN && start > 0 && f->s[start - 1] == ')')
    return NDASH; /* (a)–(c) */
  f->open = 0;
  return RQUOTE;
}

/* Does s[r] start the ending of a contraction (s re ve ll d m) that no
   letter follows? */
static int contraction_at(const unsigned char *s, size_t len, size_t r) {
  static const char *const ends[] = {"s", "re", "ve", "ll", "d", "m"};
  size_t k, n;
  for (k = 0; k < sizeof ends / sizeof *ends; k++) {
    n = strlen(ends[k]);
    if (r + n <= len && memcmp(s + r, ends[k], n) == 0 &&
        (r + n == len || !is_ascii_letter(s[r + n])))
      return 1;
  }
  return 0;
}

/* Is cp a Latin letter with a diacritic (Latin-1 to Extended-B, and
   Vietnamese)? */
static int accented_latin(uint32_t cp) {
  return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
         (cp >= 0x1E00 && cp <= 0x1EFF);
}

/* Does the word at s[r] end in "â" and then a space, punctuation or the
   end of the text?  At most 40 bytes are looked at. */
static int quoted_word(const unsigned char *s, size_t len, size_t r) {
  size_t q = r, n = 0;
  uint32_t cp;
  int l;
  while (q < len && n < 40 && (l = lede_u8_decode(s, len, q, &cp)) > 0) {
    if (cp == 0xE2 && q > r) {
      size_t e = q + 2;
      return e >= len || s[e] == ' ' || s[e] == '\n' ||
             strchr(".,;:!?)", (int)s[e]) != NULL;
    }
    if (!lede_is_letter(cp)) return 0;
    q += (size_t)l;
    n += (size_t)l;
  }
  return 0;
}

/* How sure the "â" at s[a] is a lost ’ “ ” – —: 2 for a shape no word of
   any language has, 1 for one a few words have (Romanian "rămâs",
   Vietnamese "tâm", French "gagnât"), 0 for none (see the top). */
static int lossy_shape(const unsigned char *s, size_t len, size_t a) {
  unsigned before = a ? s[a - 1] : ' ';
  uint32_t left = a ? lede_u8_before(s, a) : ' ';
  size_t r = a + 2;
  unsigned next = r < len ? s[r] : 0;
  int space_after =
      r >= len || next == ' ' || next == '\t' || next == '\r' || next == '\n';
  if (before && strchr(".,!?;:", (int)before) && space_after) return 2;
  if (capital_at(s, len, r)) return 2;
  /* " â ": a dash, unless an accented Latin letter is next to it (a list
     of letters: "ă â ê") */
  if ((before == ' ' || before == '\t') && (next == ' ' || next == '\t')) {
    uint32_t far_left = a >= 1 ? lede_u8_before(s, a - 1) : 0, far_right = 0;
    if (r + 1 < len && !lede_u8_decode(s, len, r + 1, &far_right))
      far_right = 0;
    return accented_latin(far_left) || accented_latin(far_right) ? 1 : 2;
  }
  /* after an emoji or a symbol ("😂â."): no word has it */
  if (left >= 0x2000 && !lede_is_letter(left)) return 2;
  /* "lâentraîneur": an elided French word before a vowel ("lâche" has a
     consonant) */
  if (a >= 1 && strchr("ldjnsctm", (int)(before | 0x20u)) && before &&
      (a == 1 || !is_ascii_letter(s[a - 2])) && (a < 2 || s[a - 2] < 0x80) &&
      (strchr("aeiou", (int)next) && next
           ? 1
           : (next == 0xC3 && r + 1 < len &&
              (s[r + 1] == 0xA9 || s[r + 1] == 0xA8 || s[r + 1] == 0xAA ||
               s[r + 1] == 0xA2 /* lââge */))))
    return 2;
  /* "quâil": qu’ before a vowel */
  if (a >= 2 && (s[a - 2] | 0x20u) == 'q' && before == 'u' &&
      (a == 2 || !is_ascii_letter(s[a - 3])) && next &&
      strchr("aeiouy", (int)next))
    return 2;
  /* "12â14", "1990sâ2000s": a range; " â90s": a decade (no word has a
     digit by "â") */
  if (next >= '0' && next <= '9' &&
      ((before >= '0' && before <= '9') || before == ' ' || before == '(' ||
       number_word(s, a)))
    return 2;
  /* " âa disgrace": no word starts with "â" and a vowel (Vietnamese "âu"
     does: not u) */
  if ((before == ' ' || before == '(' || before == '\n') && next &&
      strchr("aeioy", (int)next))
    return 2;
  /* " âwordâ ": a word between two, the quotes it stood in (no word
     begins and ends with "â"); looked for over one word only */
  if ((before == ' ' || before == '(' || before == '\n') && next &&
      quoted_word(s, len, r))
    return 2;
  /* "9:15 â too": no word ends in a digit and "â" */
  if (before >= '0' && before <= '9' && space_after) return 2;
  /* "disgraceâ and": no word of French, Romanian, Portuguese or Vietnamese
     ends in "â" after three ASCII lower-case letters */
  if (a >= 3 && (space_after || (next && strchr(".,;:!?", (int)next))) &&
      before >= 'a' && before <= 'z' && s[a - 2] >= 'a' && s[a - 2] <= 'z' &&
      s[a - 3] >= 'a' && s[a - 3] <= 'z')
    return 2;
  /* "didnât": n't (French words end "ât" after other letters: "appât",
     and the literary "gagnât") */
  if (before == 'n' && next == 't' &&
      (r + 1 == len || !is_ascii_letter(s[r + 1])))
    return 1;
  return lede_is_letter(left) && contraction_at(s, len, r);
}

/* ---------------------------------------------------------------- spaces */

static int odd_space(uint32_t cp) {
  return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000;
}

static int invisible(uint32_t cp) {
  return (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF ||
         cp == 0xAD;
}

/* A zero-width joiner at s[i, i + 3) between two emoji is part of one
   emoji (a family, a flag): it stays. */
static int joins_emoji(const fixer *f, size_t i) {
  uint32_t before = lede_u8_before(f->s, i), after = 0;
  if (i + 3 < f->len) lede_u8_decode(f->s, f->len, i + 3, &after);
  return (before >= 0x1F000 || before == 0xFE0F ||
          (before >= 0x2600 && before <= 0x27BF)) &&
         (after >= 0x1F000 || (after >= 0x2600 && after <= 0x27BF));
}

/* ---------------------------------------------------------------- one char */

/* The repairs of csrc/lede_repair_forms.c, made only when asked. */
#define FORMS                                                 \
  (LEDE_FIX_LIGATURES | LEDE_FIX_WIDTHS | LEDE_FIX_CONTROLS | \
   LEDE_FIX_LINE_BREAKS)

/* The rules for the character cp at s[i, i + n) that no mojibake reading
   took.  Returns the position after what was consumed. */
static size_t one_char(fixer *f, size_t i, uint32_t cp, size_t n, int lossy) {
  const unsigned char *s = f->s;
  uint32_t c;
  if (cp >= 0x80 && cp <= 0x9F) {
    if ((c = lede_cp1252(cp)) != 0) emit_cp(f, i, i + n, c, LEDE_FIX_C1);
  } else if (cp == 0xC3 && i + n < f->len && s[i + n] == ' ' &&
             lede_is_lower(lede_u8_before(s, i))) {
    /* "voilÃ le": à, its A0 now a space; two spaces were A0 and a space */
    int two = i + n + 1 < f->len && s[i + n + 1] == ' ';
    emit(f, i, i + n + (size_t)two, "\xC3\xA0", 2, LEDE_FIX_LOSSY);
    return i + n + (size_t)two;
  } else if (cp == 0xC3 && (f->flags & LEDE_FIX_SEEN_FULL) &&
             i + n + 1 < f->len && s[i + n] == '?' &&
             is_ascii_letter(s[i + n + 1])) {
    emit_cp(f, i, i + n + 1, 0xC1, LEDE_FIX_LOSSY); /* "Ã?lvaro": a lost byte */
    return i + n + 1;
  } else if (cp == 0xC2) {
    uint32_t next = 0;
    if (i + n < f->len) lede_u8_decode(s, f->len, i + n, &next);
    if (!lede_is_letter(next) && !(next >= '0' && next <= '9'))
      emit(f, i, i + n, "", 0, LEDE_FIX_LOSSY);
  } else if (cp == 0xE2 && lossy) {
    if ((c = guess_lossy(f, i)) != 0) emit_cp(f, i, i + n, c, LEDE_FIX_LOSSY);
  } else if ((f->flags & LEDE_FIX_SPACES) && odd_space(cp)) {
    emit(f, i, i + n, " ", 1, LEDE_FIX_SPACE);
  } else if ((f->flags & LEDE_FIX_SPACES) && invisible(cp) &&
             !(cp == 0x200D && joins_emoji(f, i))) {
    emit(f, i, i + n, "", 0, LEDE_FIX_INVISIBLE);
  } else if (f->flags & FORMS) {
    return lede_fix_forms(f, i, cp, n);
  }
  return i + n;
}

/* A byte at s[i] that starts no UTF-8 character.  Returns the position
   after what was consumed. */
static size_t bad_byte(fixer *f, size_t i) {
  const unsigned char *s = f->s;
  if (s[i] == 0xED && i + 5 < f->len && s[i + 1] >= 0xA0 && s[i + 1] <= 0xAF &&
      (s[i + 2] & 0xC0) == 0x80 && s[i + 3] == 0xED && s[i + 4] >= 0xB0 &&
      s[i + 4] <= 0xBF && (s[i + 5] & 0xC0) == 0x80) {
    uint32_t hi = ((s[i + 1] & 0x0Fu) << 6) | (s[i + 2] & 0x3Fu);
    uint32_t lo = ((s[i + 4] & 0x0Fu) << 6) | (s[i + 5] & 0x3Fu);
    emit_cp(f, i, i + 6, 0x10000 + (hi << 10) + lo, LEDE_FIX_CESU8);
    return i + 6;
  }
  if ((f->flags & LEDE_FIX_BYTES) && s[i] == 0xED && i + 2 < f->len &&
      s[i + 1] >= 0xA0 && s[i + 1] <= 0xBF && (s[i + 2] & 0xC0) == 0x80) {
    /* half a surrogate pair without its other half stands for nothing */
    emit(f, i, i + 3, "\xEF\xBF\xBD", 3, LEDE_FIX_SURROGATE);
    return i + 3;
  }
  if (f->flags & LEDE_FIX_BYTES) {
    uint32_t cp = lede_cp1252(s[i]);
    emit_cp(f, i, i + 1, cp ? cp : s[i], LEDE_FIX_CP1252);
  }
  return i + 1;
}

/* ---------------------------------------------------------------- the pass */

/* The scan stops after this many runs once it has seen sure mojibake: their
   votes tell the code page as well as the whole text would. */
#define SCAN_RUNS 4096

/* The end of the run of well-formed non-ASCII characters at s[i], at most
   most of them; *count is how many. */
static size_t run_end(const unsigned char *s, size_t len, size_t i, size_t most,
                      size_t *count) {
  size_t n = 0, cut = 0, cut_n = 0;
  uint32_t cp;
  int l;
  while (i < len && n < most && s[i] >= 0x80 &&
         (l = lede_u8_decode(s, len, i, &cp)) > 0) {
    if (cp >= 0xC0 && cp <= 0xFF && n + 16 >= most && !cut) {
      cut = i; /* the first lead of the last few: where a long run is cut */
      cut_n = n;
    }
    i += (size_t)l;
    n++;
  }
  if (n == most && cut_n > 0 && i < len && s[i] >= 0x80) {
    i = cut;
    n = cut_n;
  }
  *count = n;
  return i;
}

/* The reader's workspace in ctx and the pieces array, for runs of up to
   *most characters (no run of a text of len bytes is longer than len / 2);
   NULL, with nothing held, when memory is short. */
static lede_piece *start_work(lede_run_ctx *ctx, size_t len, size_t *most) {
  lede_piece *pieces;
  ctx->work = lede_run_work_new(len / 2 + 1);
  *most = lede_run_work_cap(ctx->work);
  pieces = ctx->work ? (lede_piece *)malloc(*most * sizeof *pieces) : NULL;
  if (!pieces) {
    lede_run_work_free(ctx->work);
    ctx->work = NULL;
  }
  return pieces;
}

/* Repairs s[0, len) into f, or with dry set only reads the runs, for what
   ctx gathers (sure mojibake, the pages' votes). */
static void pass(fixer *f, int dry, lede_run_ctx *ctx) {
  const unsigned char *s = f->s;
  size_t len = f->len, i = 0, rend = 0, np = 0, kp = 0, runs_read = 0;
  int lossy = (f->flags & LEDE_FIX_SEEN_LOSSY) != 0;
  int ents = (f->flags & LEDE_FIX_ENTITIES) != 0;
  int ctls =
      !dry && (f->flags & (LEDE_FIX_CONTROLS | LEDE_FIX_LINE_BREAKS)) != 0;
  lede_piece *pieces = NULL;
  size_t most = 0;
  while (i < len && !f->nomem) {
    uint32_t cp;
    int n;
    if (s[i] < 0x80) {
      if (s[i] == '&' && ents && !dry) {
        size_t e = try_entity(f, i);
        if (e) {
          i = e;
          continue;
        }
      } else if (ctls && (s[i] < 0x20 || s[i] == 0x7F)) {
        i = lede_fix_ascii_control(f, i);
        continue;
      }
      i++;
      continue;
    }
    if (i >= rend) { /* a new run: read it as mojibake once */
      size_t count;
      if (!pieces) { /* the first non-ASCII character: the workspace */
        if (!(pieces = start_work(ctx, len, &most))) {
          f->nomem = 1;
          break;
        }
      }
      rend = run_end(s, len, i, most, &count);
      np = kp = 0;
      if (count >= 2)
        np = lede_mojibake_run(s, len, i, rend, ctx, pieces, most);
      if (dry) {
        /* enough runs read to know the text: sure mojibake and its page */
        if (ctx->strong && ++runs_read >= SCAN_RUNS) break;
        i = rend > i ? rend : i + 1;
        continue;
      }
    }
    if (kp < np && pieces[kp].start == i) {
      const lede_piece *p = &pieces[kp++];
      if ((f->flags & LEDE_FIX_SPACES) && p->len == 2 &&
          !memcmp(p->bytes, "\xC2\xA0", 2))
        emit(f, p->start, p->end, " ", 1, p->kind);
      else
        emit(f, p->start, p->end, p->bytes, p->len, p->kind);
      i = p->end;
      continue;
    }
    n = lede_u8_decode(s, len, i, &cp);
    f->limit = kp < np ? pieces[kp].start : rend;
    i = n ? one_char(f, i, cp, (size_t)n, lossy) : bad_byte(f, i);
  }
  free(pieces);
  lede_run_work_free(ctx->work);
  ctx->work = NULL;
}

/* How sure the text's lossy shapes make lossy mojibake, up to two: one
   shape no word has, or two that few words have. */
static int lossy_shapes(const unsigned char *s, size_t len) {
  size_t a = 0;
  int n = 0;
  while (n < 2 && a + 1 < len) {
    const unsigned char *p =
        (const unsigned char *)memchr(s + a, 0xC3, len - a - 1);
    if (!p) break;
    a = (size_t)(p - s);
    if (s[a + 1] == 0xA2) n += lossy_shape(s, len, a);
    a += 2;
  }
  return n;
}

/* Does the text hold a C1 control that Windows-1250 reads as a letter or
   punctuation (all but 81 83 88 90 98)?  Then whatever misread it was no
   Windows-1250 decoder: an ISO-8859 one left the C1 controls. */
static int iso_controls(const unsigned char *s, size_t len) {
  size_t a = 0;
  while (a + 1 < len) {
    const unsigned char *p =
        (const unsigned char *)memchr(s + a, 0xC2, len - a - 1);
    unsigned b;
    if (!p) return 0;
    a = (size_t)(p - s);
    b = s[a + 1];
    if (b >= 0x80 && b <= 0x9F && b != 0x81 && b != 0x83 && b != 0x88 &&
        b != 0x90 && b != 0x98)
      return 1;
    a++;
  }
  return 0;
}

unsigned lede_fix_scan(const char *text, size_t len) {
  fixer f;
  lede_run_ctx ctx;
  unsigned bits = 0, page, best = 0;
  if (!text || len > LEDE_MAX_INPUT) return 0;
  memset(&f, 0, sizeof f);
  memset(&ctx, 0, sizeof ctx);
  ctx.prefer = -1;
  f.s = (const unsigned char *)text;
  f.len = len;
  pass(&f, 1, &ctx);
  if (ctx.strong) bits |= LEDE_FIX_SEEN_FULL;
  for (page = 1; page < LEDE_RUN_PAGES; page++)
    if (ctx.votes[page] > ctx.votes[best]) best = page;
  /* Windows-1250 and ISO-8859-2 read many runs alike and differently: C1
     controls that Windows-1250 defines say which it was */
  if ((!ctx.votes[best] || best == LEDE_PAGE_CP1250) && iso_controls(f.s, len))
    bits |= LEDE_FIX_PAGE(LEDE_PAGE_LATIN2);
  else if (ctx.votes[best])
    bits |= LEDE_FIX_PAGE(best);
  if (lossy_shapes(f.s, len) >= 2) bits |= LEDE_FIX_SEEN_LOSSY;
  return bits;
}

int lede_fix_text(const char *text, size_t len, unsigned flags, char **out,
                  size_t *out_len, lede_fix **fixes, size_t *nfixes) {
  fixer f;
  lede_run_ctx ctx;
  if (out) *out = NULL;
  if (fixes) *fixes = NULL;
  if (out_len) *out_len = 0;
  if (nfixes) *nfixes = 0;
  if ((!text && len) || !out || !out_len || !fixes || !nfixes)
    return LEDE_ERR_ARG;
  if (len > LEDE_MAX_INPUT) return LEDE_ERR_TOOBIG;
  memset(&f, 0, sizeof f);
  f.s = (const unsigned char *)(text ? text : "");
  f.len = len;
  if (!(flags & LEDE_FIX_NOSCAN)) flags |= lede_fix_scan(text, len);
  f.flags = flags;
  memset(&ctx, 0, sizeof ctx);
  ctx.sure = (flags & LEDE_FIX_SEEN_FULL) != 0;
  ctx.prefer = (int)((flags >> LEDE_FIX_PAGE_SHIFT) & 0xFu) - 1;
  pass(&f, 0, &ctx);
  if (!f.nomem && f.nfx) {
    put(&f, f.s + f.copied, len - f.copied);
    /* an output of no bytes ("Â" dropped) is still a buffer, not NULL */
    if (!f.out && !(f.out = (char *)malloc(1))) f.nomem = 1;
  }
  if (f.nomem) {
    free(f.out);
    free(f.fx);
    return LEDE_ERR_NOMEM;
  }
  if (!f.nfx) {
    free(f.out);
    *out_len = len;
    return LEDE_OK;
  }
  *out = f.out;
  *out_len = f.nout;
  *fixes = f.fx;
  *nfixes = f.nfx;
  return LEDE_OK;
}
