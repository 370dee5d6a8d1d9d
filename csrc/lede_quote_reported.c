/*
 * lede_quote_reported.c -- reported speech, the rules of
 * lua/lede/quotes.lua's header: "X said (that) …", "X told reporters
 * (that) …", "according to X, …", "…, X said." and "…, said X.", "X
 * dismissed the talks, claiming …", "X described … and confirmed that …".
 * A sentence is read at its cue tokens only, and each rule looks at a
 * bounded window of tokens, so that a sentence costs time linear in its
 * length.
 */
#include <string.h>

#include "lede_quotes.h"

#define CLAUSE_REACH 48 /* tokens left a clause's subject is looked for */
#define TAIL_WORDS 5    /* words of a tail phrase: "said late on Friday" */
#define THAT_REACH 6    /* "said (…) that": tokens after the verb */
#define DATELINE_HEAD 61

#define NAME_HAS(i, f) ((lede_qa_name(c, (i)) & (f)) != 0)

static int inside(const lede_qa *c, long i) {
  const lede_qtoken *t = lede_qa_token(c, i);
  return t && (t->flags & LEDE_QT_INSIDE);
}

/* May word i be the finite verb after a clause's subject: a finite verb,
   an adverb, or a lower-case word of more than three bytes in -ed. */
static int verbish(lede_qa *c, long i) {
  if (!lede_qa_word(c, i)) return 0;
  if (lede_qa_in(c, i, LEDE_QA_FINITE) || lede_qa_in(c, i, LEDE_QA_BETWEEN))
    return 1;
  return !NAME_HAS(i, LEDE_QN_CAP) && lede_qa_key_ends(c, i, "ed", 3);
}

/* The subject of the clause a speech verb at v leans on when it has none
   of its own ("Dmitriev described … and confirmed that", "Peskov
   dismissed the talks, claiming"): the nearest speaker left of v, not
   below lo, that a finite verb follows.  A pronoun found first ("which he
   later clarified, stating") gives way to a person named as the subject
   before it ("Keith Kellogg, faced …").  *last: the speaker's last index. */
static int clause_subject(lede_qa *c, long v, long lo, lede_quote_speaker *sp,
                          long *last) {
  lede_quote_speaker pronoun, cand;
  long j, pj = -1, first;
  int have_pronoun = 0;
  for (j = v - 1; j >= lo && j >= v - CLAUSE_REACH; j--) {
    int direct, apposed;
    if (!(lede_qa_word(c, j) && j + 1 < v)) continue;
    direct = verbish(c, j + 1);
    apposed = !direct && lede_qa_punct(c, j + 1, ',') && j + 2 < v &&
              verbish(c, j + 2);
    if (!(direct || apposed)) continue;
    if (!lede_qa_subject_left(c, j, lo, &cand, &first)) continue;
    if (cand.kind == LEDE_SPEAKER_PRONOUN) {
      if (!have_pronoun) {
        pronoun = cand;
        pj = j;
        have_pronoun = 1;
      }
    } else if ((direct || cand.kind != LEDE_SPEAKER_ROLE) &&
               !(have_pronoun && cand.kind == LEDE_SPEAKER_ROLE)) {
      *sp = cand;
      *last = j;
      return 1;
    }
  }
  if (!have_pronoun) return 0;
  *sp = pronoun;
  *last = pj;
  return 1;
}

/* Does the sentence end at token k (k past hi, or a full stop), after at
   most TAIL_WORDS words of a tail phrase ("on Sunday")? */
static int clause_ends(const lede_qa *c, long k, long hi) {
  int words = 0;
  while (k <= hi && lede_qa_in(c, k, LEDE_QA_TAIL) && words < TAIL_WORDS) {
    k++;
    words++;
  }
  return k > hi || lede_qa_punct(c, k, '.');
}

/* ------------------------------------------------------------ the span */

/* Lua's %s and %u (the C locale's isspace and isupper). */
static int lua_space(unsigned char b) {
  return b == ' ' || (b >= '\t' && b <= '\r');
}

static int lua_upper(unsigned char b) { return b >= 'A' && b <= 'Z'; }

/* A byte of the dash class [—–] (the bytes of — and –) or "-". */
static int dash_byte(unsigned char b, int hyphen) {
  return b == 0xE2 || b == 0x80 || b == 0x94 || b == 0x93 ||
         (hyphen && b == '-');
}

/* "MIAMI, Fla. — " at the start of text[s, e] (1-based): a dateline, not
   speech.  Returns where the speech starts. */
static size_t skip_dateline(const char *text, size_t s, size_t e) {
  const unsigned char *h = (const unsigned char *)text + s - 1;
  size_t n = e - s + 1, caps = 0, run = 1, p, dash, after;
  if (n > DATELINE_HEAD) n = DATELINE_HEAD;
  if (n < 3 || !lua_upper(h[0])) return s;
  /* ^(%u[%u%.%s'-]*%u)[%s,]: the longest run of capitals, dots, spaces,
     apostrophes and hyphens that ends with a capital before a space or a
     comma */
  while (run < n && (lua_upper(h[run]) || h[run] == '.' || lua_space(h[run]) ||
                     h[run] == '\'' || h[run] == '-'))
    run++;
  for (p = run; p >= 2; p--) /* p: the length of caps */
    if (lua_upper(h[p - 1]) && p < n && (lua_space(h[p]) || h[p] == ',')) break;
  if (p < 2) return s;
  caps = p;
  for (dash = caps; dash < n && !dash_byte(h[dash], 0); dash++) {
  }
  if (dash < n) {
    after = dash;
    while (after < n && dash_byte(h[after], 1)) after++;
    while (after < n && lua_space(h[after])) after++;
    return s + after;
  }
  for (dash = caps; dash + 3 <= n; dash++)
    if (h[dash] == ' ' && h[dash + 1] == '-' && h[dash + 2] == ' ')
      return s + dash + 3;
  return s;
}

/* Fills *out with speaker sp over text[s, e] (1-based), trimmed of white
   space and , ; : (and a last "."), after a dateline; returns 0 when that
   leaves less than two bytes. */
static int report(const lede_qa *c, const lede_quote_speaker *sp, size_t s,
                  size_t e, lede_quote_report *out) {
  const unsigned char *t = (const unsigned char *)c->text;
  while (s <= e && (lua_space(t[s - 1]) || t[s - 1] == ',' || t[s - 1] == ';' ||
                    t[s - 1] == ':'))
    s++;
  while (e >= s && (lua_space(t[e - 1]) || t[e - 1] == ',' || t[e - 1] == ';' ||
                    t[e - 1] == ':' || t[e - 1] == '.'))
    e--;
  if (e >= s) s = skip_dateline(c->text, s, e);
  if (!(e > s)) return 0;
  out->speaker = *sp;
  out->start = s - 1;
  out->end = e;
  return 1;
}

static size_t tok_s(const lede_qa *c, long i) {
  return (size_t)c->r->tokens[i].start + 1;
}

static size_t tok_e(const lede_qa *c, long i) {
  return (size_t)c->r->tokens[i].end;
}

/* ------------------------------------------------------------ the rules */

/* "According to X, …" / "…, according to X." at cue token i of sentence
   lo..hi.  Returns 1 when the rule applies (*found: it gave speech). */
static int according_to(lede_qa *c, long i, long lo, long hi, int *found,
                        lede_quote_report *out) {
  lede_quote_speaker sp;
  long j;
  if (!(i <= hi - 1 && !inside(c, i) && lede_qa_is(c, i, "according") &&
        lede_qa_is(c, i + 1, "to")))
    return 0;
  if (!lede_qa_subject_right(c, i + 2, hi, &sp, &j)) return 0;
  if (i == lo) {
    if (j + 1 > hi) return 1;
    *found = report(c, &sp, tok_s(c, j + 1), tok_e(c, hi), out);
  } else if (j < hi && !lede_qa_punct(c, j + 1, '.')) {
    /* "according to X" in mid-sentence: the rest is the claim */
    *found = report(c, &sp, tok_s(c, lo), tok_e(c, hi), out);
  } else {
    *found = report(c, &sp, tok_s(c, lo), tok_e(c, i - 1), out);
  }
  return 1;
}

/* "X dismissed the talks, claiming …": the clause's subject speaks;
   "Ruiz, affirming that …, asked": the subject just before. */
static int participle(lede_qa *c, long v, long lo, long hi, int *found,
                      lede_quote_report *out) {
  lede_quote_speaker sp;
  long j = -1, k, first, from, e = hi;
  if (!(lede_qa_in(c, v, LEDE_QA_PARTICIPLES) && !inside(c, v) && v - 1 > lo &&
        (lede_qa_punct(c, v - 1, ',') || lede_qa_is(c, v - 1, "by"))))
    return 0;
  if (!clause_subject(c, v - 1, lo, &sp, &j)) {
    if (!(v - 2 >= lo && lede_qa_subject_left(c, v - 2, lo, &sp, &first)))
      return 0;
    j = v - 2;
  }
  from = v + 1;
  if (lede_qa_is(c, from, "that")) from++;
  if (j == v - 2) /* an aside between commas ends at the next one */
    for (k = from; k <= hi; k++)
      if (lede_qa_punct(c, k, ',')) {
        e = k - 1;
        break;
      }
  if (from <= e && !inside(c, from))
    *found = report(c, &sp, tok_s(c, from), tok_e(c, e), out);
  return 1;
}

/* The first of tokens a..b that is the word "that" (any case), when no
   token before it is inside a pair of quote marks or a full stop; -1. */
static long find_that(const lede_qa *c, long a, long b) {
  long k;
  for (k = a; k <= b; k++) {
    const lede_qtoken *t = lede_qa_token(c, k);
    const char *w;
    if (!t || (t->flags & LEDE_QT_INSIDE)) return -1;
    w = c->text + t->start;
    if (t->kind == LEDE_TOKEN_WORD && t->end - t->start == 4 &&
        (w[0] | 0x20) == 't' && (w[1] | 0x20) == 'h' && (w[2] | 0x20) == 'a' &&
        (w[3] | 0x20) == 't')
      return k;
    if (lede_qa_punct(c, k, '.')) return -1;
  }
  return -1;
}

/* Where the clause speech verb v reports starts: after "that" among the
   next tokens, after the object of "told", or right after a verb that
   takes a bare clause; -1 when none. */
static long clause_start(lede_qa *c, long v, long hi) {
  long after = v + 1, b = hi < after + THAT_REACH ? hi : after + THAT_REACH;
  long that = after <= b ? find_that(c, after, b) : -1;
  if (that >= 0) return that + 1;
  if (lede_qa_is(c, v, "told") || lede_qa_is(c, v, "tells")) {
    /* one object: "told reporters", "told the BBC", "told Reuters" */
    return lede_qa_is(c, after, "the") ? after + 2 : after + 1;
  }
  if (!lede_qa_in(c, v, LEDE_QA_BARE_CLAUSE)) return -1;
  if (lede_qa_in(c, after, LEDE_QA_PREPS)) return -1;
  return after;
}

/* A speech verb at cue v: "…, said X.", "X said (that) …", "…, X said.",
   "X described … and confirmed that …". */
static int speech_verb(lede_qa *c, long v, long lo, long hi, int *found,
                       lede_quote_report *out) {
  lede_quote_speaker sp;
  long j, first = -1, from;
  const lede_qtoken *t;
  if (!(lede_qa_in(c, v, LEDE_QA_SPEECH) && !inside(c, v))) return 0;
  if (v - 1 > lo && lede_qa_punct(c, v - 1, ',') &&
      lede_qa_subject_right(c, v + 1, hi, &sp, &j) &&
      clause_ends(c, j + 1, hi)) {
    /* "…, said X." at the end of the sentence (the comma is not the
       sentence's first token: ",said X" has nothing before it) */
    *found = report(c, &sp, tok_s(c, lo), tok_e(c, v - 2), out);
    return 1;
  }
  if (!lede_qa_subject_of_verb(c, v, lo, &sp, &first)) {
    long b = lede_qa_skip_between_left(c, v - 1, lo);
    first = -1;
    if (!(b > lo && (lede_qa_is(c, b, "and") || lede_qa_is(c, b, "but")) &&
          clause_subject(c, b, lo, &sp, &j)))
      return 0;
  }
  if (clause_ends(c, v + 1, hi)) {
    /* "…, X said." at the end of the sentence */
    if (first >= 0 && first - 1 > lo && lede_qa_punct(c, first - 1, ','))
      *found = report(c, &sp, tok_s(c, lo), tok_e(c, first - 2), out);
    return 1;
  }
  from = clause_start(c, v, hi);
  t = lede_qa_token(c, from);
  if (from >= 0 && from <= hi && t &&
      (t->kind == LEDE_TOKEN_WORD || t->kind == LEDE_TOKEN_NUMBER) &&
      !inside(c, from)) {
    *found = report(c, &sp, tok_s(c, from), tok_e(c, hi), out);
    return 1;
  }
  /* The verb took an object ("reiterated his support"): a later verb of
     the sentence may still report a clause ("but stressed that …"). */
  return 0;
}

int lede_quote_reported(const lede_quote_rules *rules, const char *text,
                        size_t len, const lede_quote_scan_result *r, size_t i,
                        lede_quote_report *out) {
  const lede_quote_sentence *st;
  lede_qa c;
  long lo, hi;
  uint32_t k;
  int found = 0, done = 0;
  int status = lede_qa_init(&c, rules, text, len, r, i, r ? r->ntokens : 0);
  if (status != LEDE_OK || !out) return LEDE_ERR_ARG;
  memset(out, 0, sizeof *out);
  st = lede_quote_sentence_of(r, i);
  lo = (long)st->first;
  hi = (long)st->last;
  for (k = st->first_cue; k < st->first_cue + st->cues && !done; k++)
    done = according_to(&c, (long)r->cues[k], lo, hi, &found, out);
  for (k = st->first_cue; k < st->first_cue + st->cues && !done; k++) {
    long v = (long)r->cues[k];
    done = participle(&c, v, lo, hi, &found, out) ||
           speech_verb(&c, v, lo, hi, &found, out);
  }
  if (c.oom) return LEDE_ERR_NOMEM;
  return found;
}

/* Does the sentence st hold a cue flagged LEDE_QT_USED? */
static int attributes_a_quote(const lede_quote_scan_result *r,
                              const lede_quote_sentence *st) {
  uint32_t k;
  for (k = st->first_cue; k < st->first_cue + st->cues; k++)
    if (r->tokens[r->cues[k]].flags & LEDE_QT_USED) return 1;
  return 0;
}

int lede_quote_next_report(const lede_quote_rules *rules, const char *text,
                           size_t len, const lede_quote_scan_result *r,
                           size_t *cue, lede_quote_report *out) {
  if (!r || !cue || *cue > r->ncues) return LEDE_ERR_ARG;
  while (*cue < r->ncues) {
    const lede_quote_sentence *st = lede_quote_sentence_of(r, r->cues[*cue]);
    int found = 0;
    if (!attributes_a_quote(r, st)) {
      found = lede_quote_reported(rules, text, len, r, st->first, out);
      if (found < 0) return found;
    }
    *cue = st->first_cue + st->cues;
    if (found) return 1;
  }
  return 0;
}
