/*
 * lede_stopwords.c -- English function words, which carry no topic: they
 * are left out of sentence vectors, coverage and headline overlap.
 *
 * Keys are folded (lower case) with the typographic apostrophe already
 * turned into ASCII '.  The list is sorted by bytes for bsearch.
 * Reporting verbs ("said", "told") and titles ("Mr") are deliberately NOT
 * here: on the BBC DEV set, keeping them as terms links the sentences that
 * quote the same person, and scores 2.4 R-1 F1 points higher.
 */
#include <stdlib.h>
#include <string.h>

#include "lede_summ.h"

static const char *const stopwords[] = {
    "a", "about", "above", "after", "again", "against", "all", "almost",
    "along", "already", "also", "although", "am", "among", "an", "and",
    "another", "any", "anyone", "anything", "are", "aren't", "around", "as",
    "at", "be", "because", "become", "becomes", "been", "before", "being",
    "below", "besides", "between", "beyond", "both", "but", "by", "can",
    "can't", "cannot", "could", "couldn't", "did", "didn't", "do", "does",
    "doesn't", "doing", "don't", "down", "during", "each", "either", "else",
    "even", "ever", "every", "everyone", "everything", "few", "for", "from",
    "further", "get", "gets", "getting", "got", "gotten", "had", "hadn't",
    "has", "hasn't", "have", "haven't", "having", "he", "he'd", "he'll",
    "he's", "her", "here", "here's", "hers", "herself", "him", "himself",
    "his", "how", "how's", "however", "i", "i'd", "i'll", "i'm", "i've", "if",
    "in", "into", "is", "isn't", "it", "it's", "its", "itself", "just",
    "let's", "like", "many", "may", "me", "might", "more", "most", "much",
    "must", "mustn't", "my", "myself", "neither", "no", "nor", "not", "now",
    "of", "off", "often", "on", "once", "only", "onto", "or", "other",
    "others", "otherwise", "ought", "our", "ours", "ourselves", "out", "over",
    "own", "per", "perhaps", "rather", "same", "shall", "shan't", "she",
    "she'd", "she'll", "she's", "should", "shouldn't", "since", "so", "some",
    "still", "such", "tell", "than", "that", "that's", "the", "their",
    "theirs", "them", "themselves", "then", "there", "there's", "therefore",
    "these", "they", "they'd", "they'll", "they're", "they've", "this",
    "those", "though", "through", "thus", "to", "too", "toward", "towards",
    "under", "until", "up", "upon", "us", "very", "via", "was", "wasn't",
    "we", "we'd", "we'll", "we're", "we've", "were", "weren't", "what",
    "what's", "whatever", "when", "when's", "where", "where's", "whether",
    "which", "while", "who", "who's", "whom", "whose", "why", "why's", "will",
    "with", "within", "without", "won't", "would", "wouldn't", "yes", "yet",
    "you", "you'd", "you'll", "you're", "you've", "your", "yours", "yourself",
    "yourselves",
};

typedef struct key_ref {
  const char *p;
  size_t len;
} key_ref;

/* Byte order, as the list is sorted; the length comes from the key so that
   a list word is compared without strlen. */
static int cmp_key(const void *a, const void *b) {
  const key_ref *k = (const key_ref *)a;
  const char *w = *(const char *const *)b;
  size_t i;
  for (i = 0; i < k->len; i++) {
    unsigned char x = (unsigned char)k->p[i], y = (unsigned char)w[i];
    if (y == 0) return 1; /* the key is longer */
    if (x != y) return (int)x - (int)y;
  }
  return w[i] == 0 ? 0 : -1;
}

int lede_is_stopword(const char *key, size_t len) {
  key_ref k;
  if (len == 0 || len > 12) return 0;
  k.p = key;
  k.len = len;
  return bsearch(&k, stopwords, sizeof stopwords / sizeof stopwords[0],
                 sizeof stopwords[0], cmp_key) != NULL;
}
