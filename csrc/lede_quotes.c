/*
 * lede_quotes.c -- the token pass of the quote finder: tokens with their
 * paragraph and sentence numbers, quote marks paired, the tokens that cue
 * speech, and the sentences' token ranges.  lua/lede/quotes.lua reads the
 * result and attributes the quotes; the rules here are the ones its header
 * documents for quote marks.
 */
#include <stdlib.h>
#include <string.h>

#include "lede_quotes.h"
#include "lede_vec.h"

#define NONE LEDE_QUOTE_NONE
#define TOKEN_BATCH 512

/* ------------------------------------------------------------ quote marks */

enum mark_char {
  MC_NONE,
  MC_OPEN_DOUBLE,  /* “ « „ */
  MC_CLOSE_DOUBLE, /* ” » */
  MC_STRAIGHT,     /* " */
  MC_APOSTROPHE,   /* ' */
  MC_OPEN_SINGLE,  /* ‘ */
  MC_CLOSE_SINGLE  /* ’ */
};

/* Which mark a punctuation token text[0, len) is (the whole token). */
static int mark_char(const char *t, size_t len) {
  if (len == 1) {
    if (t[0] == '"') return MC_STRAIGHT;
    if (t[0] == '\'') return MC_APOSTROPHE;
    return MC_NONE;
  }
  if (len == 3 && memcmp(t, "\xE2\x80", 2) == 0) {
    switch ((unsigned char)t[2]) {
    case 0x9C: /* “ */
    case 0x9E: /* „ */ return MC_OPEN_DOUBLE;
    case 0x9D: /* ” */ return MC_CLOSE_DOUBLE;
    case 0x98: /* ‘ */ return MC_OPEN_SINGLE;
    case 0x99: /* ’ */ return MC_CLOSE_SINGLE;
    default: return MC_NONE;
    }
  }
  if (len == 2 && (unsigned char)t[0] == 0xC2) {
    if ((unsigned char)t[1] == 0xAB) return MC_OPEN_DOUBLE;  /* « */
    if ((unsigned char)t[1] == 0xBB) return MC_CLOSE_DOUBLE; /* » */
  }
  return MC_NONE;
}

/* White space around a mark, or no byte at all (the text's edge). */
static int space_or_edge(const char *text, size_t len, size_t at, int valid) {
  unsigned char b;
  if (!valid || at >= len) return 1;
  b = (unsigned char)text[at];
  return b == ' ' || b == '\t' || b == '\n' || b == '\r';
}

static int is_ascii_letter(unsigned char b) {
  return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
}

/* The pairing state: the open top-level quote, its family, and how many
   marks of the other family are open inside it. */
typedef struct pairing {
  uint32_t top; /* token index of the open mark, or NONE */
  int single;   /* the open quote is ‘…’ */
  uint32_t top_para;
  uint32_t inner;
  lede_vec *marks;
} pairing;

static int emit(pairing *pm, uint32_t close, uint32_t last) {
  lede_quote_mark m;
  m.open = pm->top;
  m.close = close;
  m.last = last;
  pm->top = NONE;
  pm->inner = 0;
  return lede_vec_push(pm->marks, &m);
}

static void open_mark(pairing *pm, uint32_t i, uint32_t para, int single) {
  pm->top = i;
  pm->single = single;
  pm->top_para = para;
  pm->inner = 0;
}

/* One punctuation token i (mark mc) of the text.  prev_punct: the token
   before it is punctuation.  Returns 0, or -1 when out of memory. */
static int pair_mark(pairing *pm, const char *text, size_t len,
                     const lede_qtoken *t, uint32_t i, uint32_t para, int mc,
                     int prev_punct) {
  int before_space = space_or_edge(text, len, t->start - 1, t->start > 0);
  int after_space = space_or_edge(text, len, t->end, 1);
  unsigned char after = t->end < len ? (unsigned char)text[t->end] : 0;
  if (pm->top == NONE) {
    if (mc == MC_OPEN_DOUBLE || (mc == MC_STRAIGHT && !after_space))
      open_mark(pm, i, para, 0);
    else if (mc == MC_OPEN_SINGLE && (before_space || i == 0 || prev_punct))
      open_mark(pm, i, para, 1);
  } else if (!pm->single) {
    if (mc == MC_CLOSE_DOUBLE || (mc == MC_STRAIGHT && pm->inner == 0)) {
      return emit(pm, i, i);
    } else if (mc == MC_OPEN_DOUBLE) {
      /* A new opening mark while one is open: the first was never closed
         (a quote continued in the next paragraph of the source). */
      if (emit(pm, NONE, i - 1) != 0) return -1;
      open_mark(pm, i, para, 0);
    } else if (mc == MC_OPEN_SINGLE || (mc == MC_APOSTROPHE && before_space)) {
      pm->inner++;
    } else if ((mc == MC_CLOSE_SINGLE || mc == MC_APOSTROPHE) &&
               pm->inner > 0) {
      pm->inner--;
    }
  } else {
    if (mc == MC_CLOSE_SINGLE && pm->inner == 0 &&
        (t->end >= len || !is_ascii_letter(after))) {
      return emit(pm, i, i);
    } else if (mc == MC_OPEN_DOUBLE) {
      pm->inner++;
    } else if (mc == MC_CLOSE_DOUBLE && pm->inner > 0) {
      pm->inner--;
    }
  }
  return 0;
}

/* ------------------------------------------------------------ the pass */

/* May the word start a name: its first byte a capital A-Z or the lead of
   a multi-byte letter (the finder checks the case itself). */
static int may_be_capital(const char *text, const lede_qtoken *t) {
  unsigned char b = (unsigned char)text[t->start];
  return t->kind == LEDE_TOKEN_WORD && ((b >= 'A' && b <= 'Z') || b >= 0xC0);
}

static int has_newline(const char *text, size_t from, size_t to) {
  return from < to && memchr(text + from, '\n', to - from) != NULL;
}

/* The running state of the pass over tokens. */
typedef struct scan_state {
  lede_sentence_stream *sentences;
  const lede_span *batch; /* the sentence stream's current batch */
  size_t batch_n, batch_at;
  int more;        /* the stream may give more sentences */
  uint32_t se;     /* end of the current sentence (exclusive) */
  int have;        /* a current sentence exists */
  uint32_t sid;    /* its number */
  uint32_t para;   /* paragraph of the last token */
  size_t prev_end; /* end of the last token */
} scan_state;

/* Moves to the next sentence; *have is 0 when there is none. */
static int next_sentence(scan_state *s, const char *text, size_t len) {
  if (s->batch_at >= s->batch_n && s->more) {
    int status = lede_sentence_stream_next(s->sentences, text, len, &s->batch,
                                           &s->batch_n);
    if (status != LEDE_OK) return status;
    s->batch_at = 0;
    if (s->batch_n == 0) s->more = 0;
  }
  if (s->batch_at < s->batch_n) {
    s->se = s->batch[s->batch_at++].end;
    s->have = 1;
  } else {
    s->have = 0;
  }
  return LEDE_OK;
}

/* Numbers token t (index i): its paragraph (a new one's first token goes
   to paras) and sentence (s->para, s->sid). */
static int number_token(scan_state *s, const char *text, size_t len,
                        const lede_qtoken *t, uint32_t i, lede_vec *paras) {
  if (i == 0 || has_newline(text, s->prev_end, t->start)) {
    if (i > 0) s->para++;
    if (lede_vec_push(paras, &i) != 0) return LEDE_ERR_NOMEM;
  }
  s->prev_end = t->end;
  /* Tokens between two sentences belong to the next one. */
  while (s->have && s->se <= t->start) {
    int status = next_sentence(s, text, len);
    if (status != LEDE_OK) return status;
    if (s->have) s->sid++;
  }
  return LEDE_OK;
}

/* Adds token i to the token range of its sentence. */
static int add_to_sentence(lede_vec *sentences, uint32_t sid, uint32_t i) {
  lede_quote_sentence *last = (lede_quote_sentence *)sentences->items;
  lede_quote_sentence fresh;
  if (sentences->count > 0) {
    last += sentences->count - 1;
    if (last->number == sid) {
      last->last = i;
      return 0;
    }
  }
  fresh.number = sid;
  fresh.first = fresh.last = i;
  fresh.first_cue = fresh.cues = 0;
  return lede_vec_push(sentences, &fresh);
}

static int scan_tokens(const char *text, size_t len, lede_name_rules *rules,
                       lede_vec *toks, lede_vec *marks, lede_vec *cue_idx,
                       lede_vec *sentences, lede_vec *paras, scan_state *s) {
  lede_token buf[TOKEN_BATCH];
  lede_token_cursor cur;
  pairing pm;
  size_t n, k;
  int status = next_sentence(s, text, len);
  if (status != LEDE_OK) return status;
  s->sid = s->have ? 1 : 0;
  pm.top = NONE;
  pm.inner = 0;
  pm.single = 0;
  pm.top_para = 0;
  pm.marks = marks;
  lede_token_cursor_init(&cur);
  do {
    status = lede_tokenize_next(text, len, &cur, buf, TOKEN_BATCH, &n);
    if (status != LEDE_OK) return status;
    for (k = 0; k < n; k++) {
      lede_qtoken t;
      uint32_t i = (uint32_t)toks->count;
      int mc = MC_NONE;
      t.start = buf[k].start;
      t.end = buf[k].end;
      t.kind = buf[k].kind;
      t.flags = 0;
      t.name = 0;
      status = number_token(s, text, len, &t, i, paras);
      if (status != LEDE_OK) return status;
      if (pm.top != NONE && s->para != pm.top_para) {
        /* The paragraph ended with the quote still open. */
        if (emit(&pm, NONE, i - 1) != 0) return LEDE_ERR_NOMEM;
      }
      if (t.kind == LEDE_TOKEN_PUNCT) {
        int prev_punct =
            i > 0 &&
            ((const lede_qtoken *)toks->items)[i - 1].kind == LEDE_TOKEN_PUNCT;
        mc = mark_char(text + t.start, t.end - t.start);
        if (mc != MC_NONE) t.flags |= LEDE_QT_MARK;
        if (mc != MC_NONE &&
            pair_mark(&pm, text, len, &t, i, s->para, mc, prev_punct) != 0)
          return LEDE_ERR_NOMEM;
      } else if (t.kind == LEDE_TOKEN_WORD) {
        if (lede_name_classify(rules, text, &t) != LEDE_OK)
          return LEDE_ERR_NOMEM;
        if (may_be_capital(text, &t)) t.flags |= LEDE_QT_CAPITAL;
        if ((t.flags & LEDE_QT_CUE) && lede_vec_push(cue_idx, &i) != 0)
          return LEDE_ERR_NOMEM;
      }
      if (lede_vec_push(toks, &t) != 0 ||
          add_to_sentence(sentences, s->sid, i) != 0)
        return LEDE_ERR_NOMEM;
    }
  } while (n > 0);
  if (pm.top != NONE && toks->count > 0 &&
      emit(&pm, NONE, (uint32_t)toks->count - 1) != 0)
    return LEDE_ERR_NOMEM;
  return LEDE_OK;
}

/* Flags the tokens inside each pair of marks (the marks included), and
   gives each sentence its range of cue tokens. */
static void finish(lede_quote_scan_result *out) {
  size_t k, c = 0;
  for (k = 0; k < out->nmarks; k++) {
    const lede_quote_mark *m = &out->marks[k];
    uint32_t i, end = m->close != NONE ? m->close : m->last;
    for (i = m->open; i <= end; i++) out->tokens[i].flags |= LEDE_QT_INSIDE;
  }
  for (k = 0; k < out->nsentences; k++) {
    lede_quote_sentence *st = &out->sentences[k];
    while (c < out->ncues && out->cues[c] < st->first) c++;
    st->first_cue = (uint32_t)c;
    while (c < out->ncues && out->cues[c] <= st->last) c++;
    st->cues = (uint32_t)c - st->first_cue;
  }
}

static void free_vecs(lede_vec *toks, lede_vec *marks, lede_vec *cues,
                      lede_vec *sentences) {
  lede_vec_free(toks);
  lede_vec_free(marks);
  lede_vec_free(cues);
  lede_vec_free(sentences);
}

int lede_quote_scan_words(const char *text, size_t len,
                          const lede_quote_words *words,
                          lede_quote_scan_result *out) {
  lede_vec toks, marks, cues, sentences, paras;
  lede_name_rules rules;
  scan_state s;
  int status;
  if (!out) return LEDE_ERR_ARG;
  memset(out, 0, sizeof *out);
  if (!words || (!text && len > 0)) return LEDE_ERR_ARG;
  if (len > LEDE_MAX_INPUT) return LEDE_ERR_TOOBIG;
  lede_name_rules_init(&rules, words);
  memset(&s, 0, sizeof s);
  s.more = 1;
  s.para = 1;
  s.sentences = lede_sentence_stream_new(0);
  lede_vec_init(&toks, sizeof(lede_qtoken));
  lede_vec_init(&marks, sizeof(lede_quote_mark));
  lede_vec_init(&cues, sizeof(uint32_t));
  lede_vec_init(&sentences, sizeof(lede_quote_sentence));
  lede_vec_init(&paras, sizeof(uint32_t));
  status = s.sentences ? scan_tokens(text ? text : "", len, &rules, &toks,
                                     &marks, &cues, &sentences, &paras, &s)
                       : LEDE_ERR_NOMEM;
  lede_sentence_stream_free(s.sentences);
  lede_name_rules_free(&rules);
  if (status == LEDE_OK)
    status = lede_name_runs((const lede_qtoken *)toks.items, toks.count,
                            (const uint32_t *)paras.items, paras.count,
                            &out->names, &out->nnames);
  if (status == LEDE_OK)
    status = lede_name_keys(text, (const lede_qtoken *)toks.items, out->names,
                            out->nnames, &out->keys, &out->nkeys);
  if (status != LEDE_OK) {
    free(out->names);
    out->names = NULL;
    out->nnames = 0;
    free_vecs(&toks, &marks, &cues, &sentences);
    lede_vec_free(&paras);
    return status;
  }
  out->paras = (uint32_t *)lede_vec_release(&paras, &out->nparas);
  out->tokens = (lede_qtoken *)lede_vec_release(&toks, &out->ntokens);
  out->marks = (lede_quote_mark *)lede_vec_release(&marks, &out->nmarks);
  out->cues = (uint32_t *)lede_vec_release(&cues, &out->ncues);
  out->sentences =
      (lede_quote_sentence *)lede_vec_release(&sentences, &out->nsentences);
  finish(out);
  return LEDE_OK;
}

int lede_quote_scan(const char *text, size_t len,
                    const lede_word_list lists[LEDE_QL_COUNT],
                    lede_quote_scan_result *out) {
  lede_quote_words *words;
  int status;
  if (!out) return LEDE_ERR_ARG;
  memset(out, 0, sizeof *out);
  if (!lists || (!text && len > 0)) return LEDE_ERR_ARG;
  if (len > LEDE_MAX_INPUT) return LEDE_ERR_TOOBIG;
  status = lede_quote_words_new(lists, &words);
  if (status != LEDE_OK) return status;
  status = lede_quote_scan_words(text, len, words, out);
  lede_quote_words_free(words);
  return status;
}

void lede_quote_scan_free(lede_quote_scan_result *r) {
  if (!r) return;
  free(r->tokens);
  free(r->marks);
  free(r->cues);
  free(r->sentences);
  free(r->names);
  free(r->keys);
  free(r->paras);
  memset(r, 0, sizeof *r);
}

/* The index of the last entry of a[0, n) (sorted) at or below v, for a v
   at or above a[0]. */
static size_t last_at_or_below(const uint32_t *a, size_t n, size_t v) {
  size_t lo = 0, hi = n;
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (a[mid] <= v)
      lo = mid;
    else
      hi = mid;
  }
  return lo;
}

uint32_t lede_quote_para(const lede_quote_scan_result *r, size_t i) {
  return (uint32_t)last_at_or_below(r->paras, r->nparas, i) + 1;
}

size_t lede_quote_para_last(const lede_quote_scan_result *r, size_t i) {
  size_t k = last_at_or_below(r->paras, r->nparas, i);
  return k + 1 < r->nparas ? r->paras[k + 1] - 1 : r->ntokens - 1;
}

const lede_quote_sentence *lede_quote_sentence_of(
    const lede_quote_scan_result *r, size_t i) {
  size_t lo = 0, hi = r->nsentences; /* the last sentence starting <= i */
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (r->sentences[mid].first <= i)
      lo = mid;
    else
      hi = mid;
  }
  return &r->sentences[lo];
}
