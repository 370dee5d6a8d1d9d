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

#define CLAUSE_REACH 48  /* tokens left a clause's subject is looked for */
#define TAIL_WORDS 5     /* words of a tail phrase: "said late on Friday" */
#define THAT_REACH 6     /* "said (…) that": tokens after the verb */
#define DATELINE_HEAD 80 /* bytes of a clause a dateline may take */
#define DATELINE_WORDS 8 /* words before its dash */

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

/* The end of the clause at token k after a speaker, or a comma and a
   relative clause about the speaker ("…, said Sami Haddad, who lost his
   home."). */
static int speaker_ends(const lede_qa *c, long k, long hi) {
  return clause_ends(c, k, hi) ||
         (lede_qa_punct(c, k, ',') &&
          (lede_qa_is(c, k + 1, "who") || lede_qa_is(c, k + 1, "whose")));
}

/* ------------------------------------------------------------ the span */

/* Lua's %s and %u (the C locale's isspace and isupper). */
static int lua_space(unsigned char b) {
  return b == ' ' || (b >= '\t' && b <= '\r');
}

static int lua_upper(unsigned char b) { return b >= 'A' && b <= 'Z'; }

/* The length of a dash at h[0, n): "—" or "–" (3 bytes), "--" or "-"
   (a hyphen not inside a word); 0 when h holds none. */
static size_t dash_at(const unsigned char *h, size_t n) {
  if (n >= 3 && h[0] == 0xE2 && h[1] == 0x80 && (h[2] == 0x94 || h[2] == 0x93))
    return 3;
  if (n >= 2 && h[0] == '-' && h[1] == '-') return 2;
  if (n >= 1 && h[0] == '-' && (n == 1 || lua_space(h[1]))) return 1;
  return 0;
}

/* A word of capitals: at least two letters, no lower-case one. */
static int all_caps(const unsigned char *w, size_t n) {
  size_t i, letters = 0;
  for (i = 0; i < n; i++) {
    if (w[i] >= 'a' && w[i] <= 'z') return 0;
    if (lua_upper(w[i])) letters++;
  }
  return letters >= 2;
}

/* A dateline at the start of text[s, e] (1-based): chrome, not speech.
   Words that start with a capital or a digit ("VELMAR, Kestova, March 3,
   2024"), maybe an agency in brackets or slashes ("(Reuters)",
   "/PRNewswire/"), then a dash (— – -- -) or, after one word of capitals,
   a colon ("VELMAR: …").  Only when the first word is all capitals or an
   agency is named, so that "Velmar - a port of 40,000 - will reopen"
   stays speech.  Returns where the speech starts. */
static size_t skip_dateline(const char *text, size_t s, size_t e) {
  const unsigned char *h = (const unsigned char *)text + s - 1;
  size_t n = e - s + 1, p = 0, words = 0, d, w;
  int caps_first = 0, agency = 0;
  if (n > DATELINE_HEAD) n = DATELINE_HEAD;
  while (p < n) {
    while (p < n && (lua_space(h[p]) || h[p] == ',')) p++;
    if (p >= n) break;
    d = dash_at(h + p, n - p);
    if (d > 0) {
      if (words == 0 || !(caps_first || agency)) return s;
      p += d;
      while (p < n && (lua_space(h[p]) || dash_at(h + p, n - p) > 0)) p++;
      return s + p;
    }
    for (w = p; w < n && !lua_space(h[w]) && h[w] != ','; w++)
      if (w > p && dash_at(h + w, n - w) == 3) break; /* "MIAMI—The" */
    if (h[p] == '(' || h[p] == '/') {
      agency = 1;
    } else if (lua_upper(h[p]) || (h[p] >= '0' && h[p] <= '9') ||
               h[p] >= 0xC0) {
      if (words == 0) caps_first = all_caps(h + p, w - p);
      if (words == 0 && caps_first && h[w - 1] == ':') {
        p = w;
        while (p < n && lua_space(h[p])) p++;
        return s + p;
      }
    } else {
      return s; /* a lower-case word: the sentence itself */
    }
    p = w;
    if (++words > DATELINE_WORDS) return s;
  }
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

long lede_qa_participle_subject(lede_qa *c, long v, long lo,
                                lede_quote_speaker *sp) {
  long j = -1, first;
  if (!(lede_qa_in(c, v, LEDE_QA_PARTICIPLES) && !inside(c, v) && v - 1 > lo &&
        (lede_qa_punct(c, v - 1, ',') || lede_qa_is(c, v - 1, "by"))))
    return -1;
  if (clause_subject(c, v - 1, lo, sp, &j)) return j;
  if (v - 2 >= lo && lede_qa_subject_left(c, v - 2, lo, sp, &first))
    return v - 2;
  return -1;
}

/* "X dismissed the talks, claiming …": the clause's subject speaks;
   "Ruiz, affirming that …, asked": the subject just before. */
static int participle(lede_qa *c, long v, long lo, long hi, int *found,
                      lede_quote_report *out) {
  lede_quote_speaker sp;
  long j, k, from, e = hi;
  j = lede_qa_participle_subject(c, v, lo, &sp);
  if (j < 0) return 0;
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
  /* "Orange added more than five million customers": "added" takes an
     object as often as a clause; a clause has a verb of its own */
  if (lede_qa_is(c, v, "added") || lede_qa_is(c, v, "adds")) {
    long k;
    for (k = after; k <= hi && !verbish(c, k); k++) {
    }
    if (k > hi) return -1;
  }
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
      speaker_ends(c, j + 1, hi)) {
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
    /* "…, X said." at the end of the sentence; "…, 45-year-old driver X
       said.": an age before the speaker */
    if (first - 3 > lo && lede_qa_after_age(c, first - 3, v) == first)
      first -= 3;
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
