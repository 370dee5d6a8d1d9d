/*
 * lede_quote_direct.c -- who speaks a direct quote: "…,” Dmitriev said",
 * "…,” said Zelenskyy", "…,” Javier Avalos, the chain's vice president,
 * said", "X said: “…", and the speaker a sentence names for the quoted
 * fragments inside it.  The rules of lua/lede/quotes.lua's header; each
 * looks at a bounded window of tokens around the marks.
 */
#include <string.h>

#include "lede_quotes.h"

#define WINDOW 12      /* tokens an attribution may span */
#define AFTER_SLACK 10 /* and after the closing mark, a few more */
#define VERB_REACH 20  /* "…,” X, the …, said": tokens to the verb */
#define SUBJECT_WORDS 8
#define TAIL_WORDS 5 /* words of a tail phrase: "said late on Friday" */

static int is_verb(const lede_qa *c, long i) {
  return lede_qa_in(c, i, LEDE_QA_SPEECH);
}

/* A quote that ends its sentence ("… fails.”) followed by a sentence
   whose speech verb at v reports a clause of its own ("The head of the
   delegation said his farmers …"): that is new speech, not the quote's
   attribution.  A verb followed by a few words of a tail ("said on
   Monday.") or nothing still attributes the quote. */
static int new_report(const lede_qa *c, long m, long v, long hi) {
  long k = v + 1;
  int words = 0;
  if (lede_quote_sentence_of(c->r, (size_t)v) ==
      lede_quote_sentence_of(c->r, (size_t)m))
    return 0;
  while (k <= hi && words < TAIL_WORDS && lede_qa_in(c, k, LEDE_QA_TAIL)) {
    k++;
    words++;
  }
  return k <= hi &&
         (lede_qa_word(c, k) || lede_qa_token(c, k)->kind == LEDE_TOKEN_NUMBER);
}

/* "said X" / "X said" right after the closing mark at token m, within
   hi. */
static int after_close(lede_qa *c, long m, long hi,
                       lede_quote_attribution *out) {
  long i = m + 1, v, commas = 0, first, last, k;
  if (lede_qa_punct(c, i, ',')) i++;
  if (i > hi) return 0;
  if (is_verb(c, i)) {
    long to = hi < i + WINDOW ? hi : i + WINDOW;
    if (!lede_qa_subject_right(c, i + 1, to, &out->speaker, &last)) return 0;
    out->verb = (size_t)i;
    return 1;
  }
  /* Subject then verb: the verb within a few words, or past one
     appositive ("Javier Avalos, the chain's vice president, said"). */
  for (v = i; v <= hi && v < i + VERB_REACH && !is_verb(c, v); v++) {
    if (!lede_qa_word(c, v)) {
      const lede_qtoken *t = lede_qa_token(c, v);
      /* an age between commas: "Maria Lopez, 34, said" */
      if (t && t->kind == LEDE_TOKEN_NUMBER && lede_qa_punct(c, v - 1, ','))
        continue;
      if (!lede_qa_punct(c, v, ',') || commas == 2) break;
      commas++;
    } else if (commas == 0 && v >= i + SUBJECT_WORDS) {
      break;
    }
  }
  if (!(v <= hi && v > i && is_verb(c, v))) return 0;
  if (new_report(c, m, v, hi)) return 0;
  if (!lede_qa_subject_of_verb(c, v, i, &out->speaker, &first) || first < i)
    return 0;
  /* Only words may come before the subject's run ("Kherson regional
     governor Oleksandr Prokudin said"). */
  for (k = i; k < first; k++)
    if (!lede_qa_word(c, k)) return 0;
  out->verb = (size_t)v;
  return 1;
}

/* "X said, “", "X noted: “", "X said that “" before the opening mark at
   token o, not below lo. */
static int before_open(lede_qa *c, long o, long lo,
                       lede_quote_attribution *out) {
  long v = o - 1, first;
  if (lede_qa_punct(c, v, ',') || lede_qa_punct(c, v, ':') ||
      lede_qa_is(c, v, "that"))
    v--;
  if (v < lo) return 0;
  /* "Ortiz rejected the plan, saying: “…": the clause's subject */
  if (lede_qa_participle_subject(c, v, lo, &out->speaker) >= 0) {
    out->verb = (size_t)v;
    return 1;
  }
  if (!is_verb(c, v)) return 0;
  if (!lede_qa_subject_of_verb(c, v, lo, &out->speaker, &first)) return 0;
  out->verb = (size_t)v;
  return 1;
}

static long min_long(long a, long b) { return a < b ? a : b; }
static long max_long(long a, long b) { return a > b ? a : b; }

int lede_quote_direct(const lede_quote_rules *rules, const char *text,
                      size_t len, const lede_quote_scan_result *r, size_t k,
                      size_t from, lede_quote_attribution *out) {
  const lede_quote_mark *m;
  lede_qa c;
  long open, end, hi, lo;
  int found = 0;
  if (!out ||
      lede_qa_init(&c, rules, text, len, r, k, r ? r->nmarks : 0) != LEDE_OK)
    return LEDE_ERR_ARG;
  memset(out, 0, sizeof *out);
  m = &r->marks[k];
  open = (long)m->open;
  end = m->close != LEDE_QUOTE_NONE ? (long)m->close : (long)m->last;
  /* After the closing mark: in the same paragraph, not past the next
     quote. */
  hi = min_long(c.n - 1, end + WINDOW + AFTER_SLACK);
  if (k + 1 < r->nmarks) hi = min_long(hi, (long)r->marks[k + 1].open - 1);
  hi = min_long(hi, (long)lede_quote_para_last(r, (size_t)open));
  if (m->close != LEDE_QUOTE_NONE) found = after_close(&c, end, hi, out);
  if (!found) {
    lo = max_long((long)lede_quote_sentence_of(r, (size_t)open)->first,
                  max_long(open - WINDOW, (long)from));
    found = before_open(&c, open, lo, out);
  }
  if (c.oom) return LEDE_ERR_NOMEM;
  return found;
}

int lede_quote_sentence_speaker(const lede_quote_rules *rules, const char *text,
                                size_t len, const lede_quote_scan_result *r,
                                size_t i, lede_quote_attribution *out) {
  const lede_quote_sentence *st;
  lede_qa c;
  uint32_t k;
  if (!out ||
      lede_qa_init(&c, rules, text, len, r, i, r ? r->ntokens : 0) != LEDE_OK)
    return LEDE_ERR_ARG;
  memset(out, 0, sizeof *out);
  st = lede_quote_sentence_of(r, i);
  for (k = st->first_cue; k < st->first_cue + st->cues; k++) {
    long v = (long)r->cues[k], first;
    const lede_qtoken *t = lede_qa_token(&c, v);
    if (t->flags & LEDE_QT_INSIDE) continue;
    /* "According to inspector Lukas Veer, the exits were “locked”" */
    if (lede_qa_is(&c, v, "according") && lede_qa_is(&c, v + 1, "to") &&
        lede_qa_subject_right(&c, v + 2, (long)st->last, &out->speaker,
                              &first)) {
      out->verb = (size_t)v;
      return c.oom ? LEDE_ERR_NOMEM : 1;
    }
    if (!(is_verb(&c, v) ||
          (lede_qa_is(&c, v, "called") &&
           (lede_qa_is(&c, v + 1, "on") || lede_qa_is(&c, v + 1, "upon")))))
      continue;
    if (lede_qa_subject_of_verb(&c, v, (long)st->first, &out->speaker,
                                &first)) {
      out->verb = (size_t)v;
      return c.oom ? LEDE_ERR_NOMEM : 1;
    }
  }
  return c.oom ? LEDE_ERR_NOMEM : 0;
}
