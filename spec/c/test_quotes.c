/* C-level tests of the quote finder's token pass (lede_quote_scan), through
   csrc/lede.h only: paragraphs and sentences, the pairing of quote marks,
   cue words, the name classes and the names of runs. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "lede.h"
#include "quote_lists.h"

#define W QUOTE_W

static const lede_word cues[] = {W("said"), W("according"), W("saying")};
static const lede_word titles[] = {W("president"), W("minister"), W("envoy"),
                                   W("foreign"),   W("mayor"),    W("ministry"),
                                   W("spokesman")};
static const lede_word not_names[] = {W("the"), W("he"), W("but"), W("on")};
static const lede_word links[] = {W("of"), W("de"), W("to")};
static const lede_word link_titles[] = {W("of"), W("to")};
static const lede_word demonyms[] = {W("swiss")};
static const lede_word endings[] = {W("ian"), W("ese")};
static const lede_word given_names[] = {W("ian"), W("sean")};
static const lede_word org_ends[] = {W("department"), W("ministry")};

static void lists_init(lede_word_list *l) { QUOTE_SCAN_LISTS(l); }

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

/* Names real news writes that the plain rules misread: a given name with
   a demonym's ending, a surname with one, an organisation's "of" or "for"
   phrase, a generational suffix. */
static void test_name_shapes(void) {
  const char *text =
      "Ian Harris met Russian President Ivo Brand. "
      "Tomas Kardashian spoke. The Ministry of Defence spoke. "
      "Ministry of Defence spokesman Lev Reid, Tom Reyes Jr and Ana Velic "
      "Jr left.";
  lede_quote_scan_result r;
  size_t k, found = 0;
  INT_EQ(scan(text, &r), LEDE_OK, "name shapes: scan");
  OK(!(r.tokens[token_at(text, &r, "Ian")].name & LEDE_QN_TITLE),
     "a given name is no demonym");
  OK(r.tokens[token_at(text, &r, "Russian")].name & LEDE_QN_DEMONYM,
     "a demonym by its ending");
  OK(r.tokens[token_at(text, &r, "Jr")].name & LEDE_QN_SUFFIX, "a suffix");
  for (k = 0; k < r.nnames; k++) {
    const lede_quote_name *nm = &r.names[k];
    size_t s = r.tokens[nm->first].start;
    if (nm->name_end - s == 10 && memcmp(text + s, "Ian Harris", 10) == 0) {
      OK(!nm->titled, "Ian Harris has no title");
      found++;
    }
    if (nm->name_end - s == 16 && memcmp(text + s, "Tomas Kardashian", 16) == 0)
      found++;
    if (nm->name_end - s == 7 && memcmp(text + s, "Defence", 7) == 0)
      OK(0, "the Ministry of Defence is no person named Defence");
    if (nm->name_end - s == 8 && memcmp(text + s, "Lev Reid", 8) == 0) {
      SPAN_EQ(text, r.tokens[nm->title_first].start,
              r.tokens[nm->title_last].end, "Ministry of Defence spokesman",
              "a person of the ministry keeps it in the title");
      found++;
    }
    if (r.tokens[nm->last].name & LEDE_QN_SUFFIX) {
      OK(nm->key + 1 == nm->last, "the key is the word before the suffix");
      found++;
    }
  }
  INT_EQ(found, 5, "Harris, Kardashian, Reid and the two Jr");
  INT_EQ(r.nkeys, 6, "harris, brand, kardashian, reid, reyes, velic");
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

/* A key's name: the fullest with its last word, and the first title the
   key came with. */
static void test_keys(void) {
  const char *text =
      "Petrov spoke. Mayor Ana Petrov said so. "
      "Ana Petrov left. PETROV\xE2\x80\x99s aide, Lev Reid, "
      "and Reid.";
  lede_quote_scan_result r;
  INT_EQ(scan(text, &r), LEDE_OK, "keys: scan");
  INT_EQ(r.nkeys, 2, "petrov and reid");
  if (r.nkeys == 2) {
    const lede_quote_name *p = &r.names[r.keys[0].name];
    const lede_quote_name *t = &r.names[r.keys[0].title];
    SPAN_EQ(text, r.tokens[p->first].start, p->name_end, "Ana Petrov",
            "the first of the fullest names");
    OK(r.keys[0].title != LEDE_QUOTE_NONE, "a title");
    SPAN_EQ(text, r.tokens[t->title_first].start, r.tokens[t->title_last].end,
            "Mayor", "from the name that came with it");
    p = &r.names[r.keys[1].name];
    SPAN_EQ(text, r.tokens[p->first].start, p->name_end, "Lev Reid", "Reid");
    INT_EQ(r.keys[1].title, LEDE_QUOTE_NONE, "Reid has no title");
  }
  lede_quote_scan_free(&r);
}

/* Words made ready once scan as the lists do; errors are refused. */
static void test_words(void) {
  static const char article[] =
      "Ukrainian President Volodymyr Zelenskyy said \"we will\". "
      "Putin\xE2\x80\x99s envoy Kirill Dmitriev, according to Swiss aides.";
  const char *texts[] = {article, "",
                         "SAID \xC3\x89lise de Gaulle \xFF saying"};
  lede_word_list l[LEDE_QL_COUNT];
  lede_quote_words *words = NULL;
  lede_quote_scan_result a, b;
  size_t k;
  lists_init(l);
  INT_EQ(lede_quote_words_new(l, &words), LEDE_OK, "words");
  for (k = 0; k < sizeof texts / sizeof texts[0]; k++) {
    size_t len = strlen(texts[k]);
    INT_EQ(lede_quote_scan(texts[k], len, l, &a), LEDE_OK, "with lists");
    INT_EQ(lede_quote_scan_words(texts[k], len, words, &b), LEDE_OK,
           "with words");
    INT_EQ(a.ntokens, b.ntokens, "as many tokens");
    OK(a.ntokens == b.ntokens &&
           (a.ntokens == 0 ||
            memcmp(a.tokens, b.tokens, a.ntokens * sizeof *a.tokens) == 0),
       "the same tokens, flags and name bits");
    INT_EQ(a.ncues, b.ncues, "as many cues");
    INT_EQ(a.nnames, b.nnames, "as many names");
    INT_EQ(a.nkeys, b.nkeys, "as many keys");
    lede_quote_scan_free(&a);
    lede_quote_scan_free(&b);
  }
  INT_EQ(lede_quote_scan_words("x", 1, NULL, &b), LEDE_ERR_ARG, "NULL words");
  INT_EQ(lede_quote_scan_words(NULL, 1, words, &b), LEDE_ERR_ARG, "NULL text");
  INT_EQ(lede_quote_scan_words("x", 1, words, NULL), LEDE_ERR_ARG, "NULL out");
  lede_quote_words_free(words);
  lede_quote_words_free(NULL);
  INT_EQ(lede_quote_words_new(NULL, &words), LEDE_ERR_ARG, "NULL lists");
  INT_EQ(lede_quote_words_new(l, NULL), LEDE_ERR_ARG, "NULL out");
  l[LEDE_QL_LINKS].words = NULL;
  INT_EQ(lede_quote_words_new(l, &words), LEDE_ERR_ARG, "NULL words");
  OK(words == NULL, "nothing made");
}

/* The mentions of a set of keys: capitalized, outside quote marks, a
   possessive's key without its 's; the key's index in the set. */
static void test_mentions(void) {
  const char *text =
      "Reid met Ana Petrov. \"Reid lied,\" said petrov. "
      "PETROV\xE2\x80\x99s aide left.";
  static const lede_word keys[] = {W("petrov"), W("reid"), W("petrov")};
  lede_quote_scan_result r;
  lede_quote_keys *k = NULL;
  size_t i = 0, which = 99;
  INT_EQ(scan(text, &r), LEDE_OK, "mentions: scan");
  INT_EQ(lede_quote_keys_new(keys, 3, &k), LEDE_OK, "keys");
  INT_EQ(lede_quote_next_mention(k, text, strlen(text), &r, &i, &which), 1,
         "Reid");
  INT_EQ(i, token_at(text, &r, "Reid"), "its token");
  INT_EQ(which, 1, "the key's index");
  i++;
  INT_EQ(lede_quote_next_mention(k, text, strlen(text), &r, &i, &which), 1,
         "Petrov");
  INT_EQ(which, 0, "a key given twice is its first");
  i++;
  INT_EQ(lede_quote_next_mention(k, text, strlen(text), &r, &i, &which), 1,
         "past the quoted Reid and the lower-case petrov");
  INT_EQ(i, token_at(text, &r, "PETROV"), "the possessive");
  i++;
  INT_EQ(lede_quote_next_mention(k, text, strlen(text), &r, &i, &which), 0,
         "no more");
  INT_EQ(i, r.ntokens, "at the end");
  i = r.ntokens + 1;
  INT_EQ(lede_quote_next_mention(k, text, strlen(text), &r, &i, &which),
         LEDE_ERR_ARG, "past the tokens");
  i = 0;
  INT_EQ(lede_quote_next_mention(k, text, 3, &r, &i, &which), LEDE_ERR_ARG,
         "a text shorter than the scan");
  INT_EQ(lede_quote_next_mention(NULL, text, strlen(text), &r, &i, &which),
         LEDE_ERR_ARG, "NULL keys");
  lede_quote_keys_free(k);
  lede_quote_keys_free(NULL);
  INT_EQ(lede_quote_keys_new(NULL, 1, &k), LEDE_ERR_ARG, "NULL keys");
  INT_EQ(lede_quote_keys_new(keys, 1, NULL), LEDE_ERR_ARG, "NULL out");
  INT_EQ(lede_quote_keys_new(NULL, 0, &k), LEDE_OK, "no keys");
  i = 0;
  INT_EQ(lede_quote_next_mention(k, text, strlen(text), &r, &i, &which), 0,
         "nothing to find");
  lede_quote_keys_free(k);
  lede_quote_scan_free(&r);
}

int main(void) {
  test_name_shapes();
  test_mentions();
  test_keys();
  test_words();
  test_marks();
  test_open_quotes();
  test_sentences_and_cues();
  test_names();
  test_edges();
  return DONE("test_quotes");
}
