/* libFuzzer target: lede_quote_scan, the quote finder's token pass.  The
   tokens must be lede_tokenize's; paragraphs, sentences, pairs of marks,
   cues and names must hold together as lede.h says. */
#include "fuzz.h"

#define W(s) \
  { s, sizeof s - 1 }

static const lede_word cues[] = {W("said"), W("told"), W("according"),
                                 W("saying")};
static const lede_word titles[] = {W("president"), W("minister"), W("mayor"),
                                   W("envoy")};
static const lede_word not_names[] = {W("the"), W("he"), W("in")};
static const lede_word links[] = {W("of"), W("de"), W("van")};
static const lede_word link_titles[] = {W("of")};
static const lede_word demonyms[] = {W("swiss")};
static const lede_word endings[] = {W("ian"), W("ese")};

static void check_marks(const lede_quote_scan_result *r) {
  size_t k;
  uint32_t i;
  for (k = 0; k < r->nmarks; k++) {
    const lede_quote_mark *m = &r->marks[k];
    uint32_t end = m->close != LEDE_QUOTE_NONE ? m->close : m->last;
    CHECK(m->open < r->ntokens && end < r->ntokens && m->open <= end);
    CHECK(r->tokens[m->open].flags & LEDE_QT_MARK);
    CHECK(m->close == LEDE_QUOTE_NONE || m->last == m->close);
    CHECK(m->close == LEDE_QUOTE_NONE || m->close > m->open);
    CHECK(k == 0 || m->open > r->marks[k - 1].last);
    for (i = m->open; i <= end; i++) CHECK(r->tokens[i].flags & LEDE_QT_INSIDE);
  }
}

static void check_sentences(const lede_quote_scan_result *r) {
  size_t k, covered = 0;
  for (k = 0; k < r->nsentences; k++) {
    const lede_quote_sentence *s = &r->sentences[k];
    uint32_t c;
    CHECK(s->first == covered && s->first <= s->last && s->last < r->ntokens);
    CHECK(lede_quote_sentence_of(r, s->first) == s);
    CHECK(lede_quote_sentence_of(r, s->last) == s);
    CHECK(k == 0 || s->number > r->sentences[k - 1].number);
    CHECK(s->first_cue + s->cues <= r->ncues);
    for (c = s->first_cue; c < s->first_cue + s->cues; c++)
      CHECK(r->cues[c] >= s->first && r->cues[c] <= s->last);
    covered = s->last + 1;
  }
  CHECK(covered == r->ntokens);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *text = fuzz_copy(data, size);
  lede_word_list l[LEDE_QL_COUNT];
  lede_quote_scan_result r;
  lede_token *t = NULL;
  size_t n = 0, i, c = 0;
  if (!text) return 0;
  l[LEDE_QL_CUES].words = cues;
  l[LEDE_QL_CUES].count = 4;
  l[LEDE_QL_TITLES].words = titles;
  l[LEDE_QL_TITLES].count = 4;
  l[LEDE_QL_NOT_NAMES].words = not_names;
  l[LEDE_QL_NOT_NAMES].count = 3;
  l[LEDE_QL_LINKS].words = links;
  l[LEDE_QL_LINKS].count = 3;
  l[LEDE_QL_LINK_TITLES].words = link_titles;
  l[LEDE_QL_LINK_TITLES].count = 1;
  l[LEDE_QL_DEMONYMS].words = demonyms;
  l[LEDE_QL_DEMONYMS].count = 1;
  l[LEDE_QL_DEMONYM_ENDINGS].words = endings;
  l[LEDE_QL_DEMONYM_ENDINGS].count = 2;
  CHECK(lede_quote_scan(text, size, l, &r) == LEDE_OK);
  CHECK(lede_tokenize(text, size, &t, &n) == LEDE_OK);
  CHECK(r.ntokens == n);
  for (i = 0; i < n; i++) {
    const lede_qtoken *q = &r.tokens[i];
    CHECK(q->start == t[i].start && q->end == t[i].end && q->kind == t[i].kind);
    CHECK(lede_quote_para(&r, i) >= 1 && lede_quote_para(&r, i) <= r.nparas);
    CHECK(i == 0 || lede_quote_para(&r, i) >= lede_quote_para(&r, i - 1));
    CHECK(lede_quote_para_last(&r, i) >= i && lede_quote_para_last(&r, i) < n);
    CHECK(lede_quote_para(&r, lede_quote_para_last(&r, i)) ==
          lede_quote_para(&r, i));
    CHECK(q->kind == LEDE_TOKEN_WORD || q->name == 0);
    if (q->flags & LEDE_QT_CUE) CHECK(c < r.ncues && r.cues[c++] == i);
  }
  CHECK(c == r.ncues);
  CHECK(n == 0 || (r.nparas >= 1 && r.paras[0] == 0));
  for (i = 1; i < r.nparas; i++) CHECK(r.paras[i] > r.paras[i - 1]);
  check_marks(&r);
  check_sentences(&r);
  for (i = 0; i < r.nnames; i++) {
    const lede_quote_name *nm = &r.names[i];
    CHECK(nm->first <= nm->last && nm->last < n);
    CHECK(nm->name_end >= r.tokens[nm->first].start);
    CHECK(nm->name_end <= r.tokens[nm->last].end);
    CHECK(!nm->titled ||
          (nm->title_first <= nm->title_last && nm->title_last < nm->first));
  }
  lede_free(t);
  lede_quote_scan_free(&r);
  free(text);
  return 0;
}
