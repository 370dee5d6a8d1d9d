/* C-level tests of the quote finder's token pass (lede_quote_scan), through
   csrc/lede.h only: paragraphs and sentences, the pairing of quote marks,
   cue words, the name classes and the names of runs. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "lede.h"

#define W(s) \
  { s, sizeof s - 1 }

static const lede_word cues[] = {W("said"), W("according"), W("saying")};
static const lede_word titles[] = {W("president"), W("minister"), W("envoy"),
                                   W("foreign"), W("mayor")};
static const lede_word not_names[] = {W("the"), W("he"), W("but"), W("on")};
static const lede_word links[] = {W("of"), W("de"), W("to")};
static const lede_word link_titles[] = {W("of"), W("to")};
static const lede_word demonyms[] = {W("swiss")};
static const lede_word endings[] = {W("ian"), W("ese")};

static void lists_init(lede_word_list *l) {
  l[LEDE_QL_CUES].words = cues;
  l[LEDE_QL_CUES].count = 3;
  l[LEDE_QL_TITLES].words = titles;
  l[LEDE_QL_TITLES].count = 5;
  l[LEDE_QL_NOT_NAMES].words = not_names;
  l[LEDE_QL_NOT_NAMES].count = 4;
  l[LEDE_QL_LINKS].words = links;
  l[LEDE_QL_LINKS].count = 3;
  l[LEDE_QL_LINK_TITLES].words = link_titles;
  l[LEDE_QL_LINK_TITLES].count = 2;
  l[LEDE_QL_DEMONYMS].words = demonyms;
  l[LEDE_QL_DEMONYMS].count = 1;
  l[LEDE_QL_DEMONYM_ENDINGS].words = endings;
  l[LEDE_QL_DEMONYM_ENDINGS].count = 2;
}

static int scan(const char *text, lede_quote_scan_result *r) {
  lede_word_list l[LEDE_QL_COUNT];
  lists_init(l);
  return lede_quote_scan(text, strlen(text), l, r);
}

/* The index of the token starting at the first occurrence of word. */
static size_t token_at(const char *text, const lede_quote_scan_result *r,
                       const char *word) {
  const char *p = strstr(text, word);
  size_t i;
  for (i = 0; p && i < r->ntokens; i++)
    if (r->tokens[i].start == (uint32_t)(p - text)) return i;
  return (size_t)-1;
}

static void test_marks(void) {
  const char *text =
      "\xE2\x80\x9CWe will rebuild,\xE2\x80\x9D Velic said. "
      "He called it \"a new start\" and 'fine'.";
  lede_quote_scan_result r;
  INT_EQ(scan(text, &r), LEDE_OK, "marks: scan");
  INT_EQ(r.nmarks, 2, "curly and straight pairs (a lone ' pairs nothing)");
  if (r.nmarks == 2) {
    SPAN_EQ(text, r.tokens[r.marks[0].open].start,
            r.tokens[r.marks[0].close].end,
            "\xE2\x80\x9CWe will rebuild,\xE2\x80\x9D", "the curly pair");
    SPAN_EQ(text, r.tokens[r.marks[1].open].start,
            r.tokens[r.marks[1].close].end, "\"a new start\"",
            "the straight pair");
    INT_EQ(r.marks[1].last, r.marks[1].close, "a closed pair's last token");
  }
  OK(r.tokens[token_at(text, &r, "rebuild")].flags & LEDE_QT_INSIDE,
     "a word inside the marks");
  OK(!(r.tokens[token_at(text, &r, "Velic")].flags & LEDE_QT_INSIDE),
     "the speaker is outside");
  OK(r.tokens[token_at(text, &r, "\"a")].flags & LEDE_QT_MARK, "a mark");
  lede_quote_scan_free(&r);
}

static void test_open_quotes(void) {
  /* A quote left open ends with its paragraph; a new opening mark while
     one is open ends the first; single quotes nest in double ones. */
  const char *text =
      "\xE2\x80\x9CThe port is 'closed' for now\n"
      "Rain fell. \xE2\x80\x9COne \xE2\x80\x9CTwo three";
  lede_quote_scan_result r;
  INT_EQ(scan(text, &r), LEDE_OK, "open: scan");
  INT_EQ(r.nmarks, 3, "three quotes");
  if (r.nmarks == 3) {
    INT_EQ(r.marks[0].close, LEDE_QUOTE_NONE, "ran to the paragraph's end");
    SPAN_EQ(text, r.tokens[r.marks[0].last].start,
            r.tokens[r.marks[0].last].end, "now", "its last token");
    INT_EQ(r.marks[1].close, LEDE_QUOTE_NONE, "ended by a new opening");
    INT_EQ(r.marks[1].last + 1, r.marks[2].open, "just before it");
    INT_EQ(r.marks[2].last, r.ntokens - 1, "the last runs to the end");
  }
  INT_EQ(lede_quote_para(&r, token_at(text, &r, "Rain")), 2,
         "second paragraph");
  INT_EQ(lede_quote_para(&r, 0), 1, "first paragraph");
  INT_EQ(lede_quote_para_last(&r, 0) + 1, token_at(text, &r, "Rain"),
         "the first paragraph ends before it");
  INT_EQ(lede_quote_para_last(&r, r.ntokens - 1), r.ntokens - 1,
         "the last paragraph ends with the text");
  lede_quote_scan_free(&r);
}

static void test_sentences_and_cues(void) {
  const char *text =
      "Talks ended. Officials said the port reopens. "
      "According to police, SAID nothing.";
  lede_quote_scan_result r;
  size_t i;
  INT_EQ(scan(text, &r), LEDE_OK, "cues: scan");
  INT_EQ(r.nsentences, 3, "three sentences");
  INT_EQ(r.ncues, 3, "said, According, SAID (keys are folded)");
  for (i = 0; i < r.ncues; i++)
    OK(r.tokens[r.cues[i]].flags & LEDE_QT_CUE, "a cue token is flagged");
  if (r.nsentences == 3) {
    INT_EQ(r.sentences[0].cues, 0, "no cue in the first sentence");
    INT_EQ(r.sentences[1].cues, 1, "one in the second");
    INT_EQ(r.sentences[2].first_cue, 1, "the third's cues start at 1");
    INT_EQ(r.sentences[2].cues, 2, "two in the third");
    SPAN_EQ(text, r.tokens[r.sentences[1].first].start,
            r.tokens[r.sentences[1].last].end,
            "Officials said the port reopens.", "the second's tokens");
  }
  INT_EQ(lede_quote_sentence_of(&r, token_at(text, &r, "port"))->number, 2,
         "sentence number");
  lede_quote_scan_free(&r);
}

static void test_names(void) {
  const char *text =
      "Ukrainian President Volodymyr Zelenskyy met the envoy. "
      "Putin\xE2\x80\x99s envoy Kirill Dmitriev spoke.\n"
      "Charles de Gaulle";
  lede_quote_scan_result r;
  size_t k;
  INT_EQ(scan(text, &r), LEDE_OK, "names: scan");
  OK(r.tokens[0].name & LEDE_QN_TITLE, "a demonym heads a title");
  OK(r.tokens[token_at(text, &r, "Putin")].name & LEDE_QN_POSSESSIVE,
     "a possessive");
  OK(r.tokens[token_at(text, &r, "Putin")].name & LEDE_QN_CURLY,
     "its 's is curly");
  OK(r.tokens[token_at(text, &r, "the")].name & LEDE_QN_ARTICLE, "the");
  OK(!(r.tokens[token_at(text, &r, "met")].name & LEDE_QN_RUN),
     "a lower-case verb is no run word");
  INT_EQ(r.nnames, 4, "Zelenskyy, Putin, Dmitriev, de Gaulle");
  if (r.nnames == 4) {
    const lede_quote_name *z = &r.names[0], *p = &r.names[1];
    SPAN_EQ(text, r.tokens[z->first].start, r.tokens[z->last].end,
            "Volodymyr Zelenskyy", "the name after the title");
    OK(z->titled, "titled");
    SPAN_EQ(text, r.tokens[z->title_first].start, r.tokens[z->title_last].end,
            "Ukrainian President", "its title");
    SPAN_EQ(text, r.tokens[p->first].start, p->name_end, "Putin",
            "a possessive name ends before its 's");
    OK(!p->titled, "Putin has no title");
    SPAN_EQ(text, r.tokens[r.names[2].title_first].start,
            r.tokens[r.names[2].title_last].end, "Putin\xE2\x80\x99s envoy",
            "a possessive heads the next title");
    /* a particle links the run; as names.lua splits it, the capitalized
       words after the particle are the name */
    SPAN_EQ(text, r.tokens[r.names[3].first].start, r.names[3].name_end,
            "Gaulle", "the name after a particle");
    SPAN_EQ(text, r.tokens[r.names[3].title_first].start,
            r.tokens[r.names[3].title_last].end, "Charles",
            "the run before it, its link left out");
  }
  for (k = 0; k < r.nnames; k++)
    OK(r.names[k].first <= r.names[k].last && r.names[k].last < r.ntokens,
       "names point into the tokens");
  lede_quote_scan_free(&r);
}

static void test_edges(void) {
  lede_quote_scan_result r;
  lede_word_list l[LEDE_QL_COUNT];
  const char nul[] = "\"a\0b\" \xFF\xFE said";
  lists_init(l);
  INT_EQ(lede_quote_scan("", 0, l, &r), LEDE_OK, "empty text");
  INT_EQ(r.ntokens + r.nmarks + r.ncues + r.nsentences + r.nnames, 0,
         "nothing in it");
  lede_quote_scan_free(&r);
  INT_EQ(lede_quote_scan(NULL, 0, l, &r), LEDE_OK, "NULL text of length 0");
  lede_quote_scan_free(&r);
  INT_EQ(lede_quote_scan(NULL, 3, l, &r), LEDE_ERR_ARG, "NULL text");
  INT_EQ(lede_quote_scan("x", 1, NULL, &r), LEDE_ERR_ARG, "NULL lists");
  INT_EQ(lede_quote_scan("x", 1, l, NULL), LEDE_ERR_ARG, "NULL out");
  OK(r.tokens == NULL && r.ntokens == 0, "an error leaves nothing");
  INT_EQ(lede_quote_scan(nul, sizeof nul - 1, l, &r), LEDE_OK,
         "NUL and invalid bytes");
  INT_EQ(r.nmarks, 1, "a pair around a NUL byte");
  INT_EQ(r.ncues, 1, "said");
  lede_quote_scan_free(&r);
  lede_quote_scan_free(NULL);
}

int main(void) {
  test_marks();
  test_open_quotes();
  test_sentences_and_cues();
  test_names();
  test_edges();
  return DONE("test_quotes");
}
