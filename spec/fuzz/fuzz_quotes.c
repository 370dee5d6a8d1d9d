/* libFuzzer target: lede_quote_scan, the quote finder's token pass, and
   the attribution rules over its result (lede_quote_reported,
   lede_quote_direct, lede_quote_sentence_speaker).  The tokens must be
   lede_tokenize's; paragraphs, sentences, pairs of marks, cues and names
   must hold together as lede.h says, and every speaker and reported
   clause must lie inside the text. */
#include "fuzz.h"
#include "../c/quote_lists.h"

#define W QUOTE_W

static const lede_word cues[] = {W("said"), W("told"), W("according"),
                                 W("saying")};
static const lede_word titles[] = {W("president"), W("minister"), W("mayor"),
                                   W("envoy")};
static const lede_word not_names[] = {W("the"), W("he"), W("in")};
static const lede_word links[] = {W("of"), W("de"), W("van")};
static const lede_word link_titles[] = {W("of")};
static const lede_word demonyms[] = {W("swiss")};
static const lede_word endings[] = {W("ian"), W("ese")};
static const lede_word given_names[] = {W("ian"), W("j")};

/* The attribution rules' lists: every list gets a few words the fuzzer's
   dictionary-free inputs can still hit (short, common letters). */
static const lede_word speech[] = {W("said"), W("told"), W("a")};
static const lede_word participles[] = {W("saying"), W("b")};
static const lede_word finite[] = {W("was"), W("is"), W("c")};
static const lede_word between[] = {W("also"), W("d")};
static const lede_word preps[] = {W("in"), W("on"), W("e")};
static const lede_word tail[] = {W("on"), W("f"), W("the")};
static const lede_word roles[] = {W("officials"), W("mayor"), W("g"),
                                  W("president")};
static const lede_word pronouns[] = {W("he"), W("she"), W("h")};
static const lede_word org_ends[] = {W("board"), W("i")};

static lede_quote_rules *fuzz_rules(void) {
  static lede_quote_rules *rules; /* made once, kept for the process */
  lede_word_list l[LEDE_QA_COUNT];
  if (rules) return rules;
  QUOTE_RULE_LISTS(l);
  CHECK(lede_quote_rules_new(l, &rules) == LEDE_OK);
  return rules;
}

/* The scan lists made ready once (lede_quote_words_new), as lede.quotes
   makes them. */
static lede_quote_words *fuzz_words(void) {
  static lede_quote_words *words;
  lede_word_list l[LEDE_QL_COUNT];
  if (words) return words;
  QUOTE_SCAN_LISTS(l);
  CHECK(lede_quote_words_new(l, &words) == LEDE_OK);
  return words;
}

/* A speaker lies in the text, its key on a word token. */
static void check_speaker(const lede_quote_scan_result *r, size_t len,
                          const lede_quote_speaker *sp) {
  CHECK(sp->kind >= LEDE_SPEAKER_NAME && sp->kind <= LEDE_SPEAKER_ROLE);
  CHECK(sp->start <= sp->end && sp->end <= len);
  CHECK(!sp->titled ||
        (sp->title_start < sp->title_end && sp->title_end <= len));
  if (sp->kind != LEDE_SPEAKER_ROLE)
    CHECK(sp->key < r->ntokens && r->tokens[sp->key].kind == LEDE_TOKEN_WORD);
}

static void check_attribution(const char *text, size_t len,
                              lede_quote_scan_result *r) {
  lede_quote_rules *rules = fuzz_rules();
  lede_quote_report rep;
  lede_quote_attribution at;
  size_t k;
  int found;
  for (k = 0; k < r->nsentences; k++) {
    const lede_quote_sentence *st = &r->sentences[k];
    found = lede_quote_reported(rules, text, len, r, st->first, &rep);
    CHECK(found == 0 || found == 1);
    if (found) {
      CHECK(rep.start + 1 < rep.end && rep.end <= len);
      CHECK(rep.start >= r->tokens[st->first].start &&
            rep.end <= r->tokens[st->last].end);
      check_speaker(r, len, &rep.speaker);
    }
    found = lede_quote_sentence_speaker(rules, text, len, r, st->last, &at);
    CHECK(found == 0 || found == 1);
    if (found) {
      CHECK(at.verb >= st->first && at.verb <= st->last);
      check_speaker(r, len, &at.speaker);
    }
  }
  for (k = 0; k < r->nmarks; k++) {
    found = lede_quote_direct(rules, text, len, r, k, 0, &at);
    CHECK(found == 0 || found == 1);
    if (found) {
      CHECK(at.verb < r->ntokens && r->tokens[at.verb].kind == LEDE_TOKEN_WORD);
      check_speaker(r, len, &at.speaker);
    }
  }
  /* every other cue attributes a quote: the reports skip their sentences */
  for (k = 0; k < r->ncues; k += 2) r->tokens[r->cues[k]].flags |= LEDE_QT_USED;
  for (k = 0;
       (found = lede_quote_next_report(rules, text, len, r, &k, &rep));) {
    CHECK(found == 1 && k <= r->ncues);
    CHECK(rep.start + 1 < rep.end && rep.end <= len);
    check_speaker(r, len, &rep.speaker);
  }
  CHECK(k == r->ncues);
  CHECK(r->ntokens == 0 || lede_quote_reported(rules, text, len, r, r->ntokens,
                                               &rep) == LEDE_ERR_ARG);
}

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

/* The scan with the words made ready once is the scan with the lists;
   every key names a name of the scan, its title a titled one. */
static void check_same_scan(const char *text, size_t size,
                            const lede_quote_scan_result *r) {
  lede_quote_scan_result w;
  size_t k;
  CHECK(lede_quote_scan_words(text, size, fuzz_words(), &w) == LEDE_OK);
  CHECK(w.ntokens == r->ntokens && w.nnames == r->nnames &&
        w.nkeys == r->nkeys && w.ncues == r->ncues && w.nmarks == r->nmarks);
  CHECK(r->ntokens == 0 ||
        memcmp(w.tokens, r->tokens, r->ntokens * sizeof *r->tokens) == 0);
  CHECK(r->nkeys == 0 ||
        memcmp(w.keys, r->keys, r->nkeys * sizeof *r->keys) == 0);
  CHECK(r->nkeys <= r->nnames);
  for (k = 0; k < r->nkeys; k++) {
    const lede_quote_key *key = &r->keys[k];
    CHECK(key->name < r->nnames);
    CHECK(key->title == LEDE_QUOTE_NONE ||
          (key->title < r->nnames && r->names[key->title].titled));
  }
  lede_quote_scan_free(&w);
}

/* Every mention of a few keys is a capitalized word outside quote marks,
   in order, and the stream ends at the last token. */
static void check_mentions(const char *text, size_t size,
                           const lede_quote_scan_result *r) {
  static const lede_word keys[] = {W("a"), W("b"), W("president"), W("mayor")};
  static lede_quote_keys *k; /* made once, kept for the process */
  size_t i = 0, which, prev = 0;
  int found, first = 1;
  if (!k) CHECK(lede_quote_keys_new(keys, 4, &k) == LEDE_OK);
  while ((found = lede_quote_next_mention(k, text, size, r, &i, &which)) == 1) {
    CHECK(i < r->ntokens && which < 4);
    CHECK(r->tokens[i].name & LEDE_QN_CAP);
    CHECK(!(r->tokens[i].flags & LEDE_QT_INSIDE));
    CHECK(first || i > prev);
    prev = i++;
    first = 0;
  }
  CHECK(found == 0 && i == r->ntokens);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *text = fuzz_copy(data, size);
  lede_word_list l[LEDE_QL_COUNT];
  lede_quote_scan_result r;
  lede_token *t = NULL;
  size_t n = 0, i, c = 0;
  if (!text) return 0;
  QUOTE_SCAN_LISTS(l);
  CHECK(lede_quote_scan(text, size, l, &r) == LEDE_OK);
  check_same_scan(text, size, &r);
  check_mentions(text, size, &r);
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
  check_attribution(text, size, &r);
  lede_free(t);
  lede_quote_scan_free(&r);
  free(text);
  return 0;
}
