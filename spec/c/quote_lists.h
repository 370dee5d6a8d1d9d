/* The word lists the C tests and the fuzz target give the quote finder,
   set up one way.  A file that includes this defines, before it uses the
   macros, its arrays of lede_word under these names: cues, titles,
   not_names, links, link_titles, demonyms, endings, given_names and
   org_ends (the token pass,
   lede_quote_scan), and speech, participles, finite, between, preps,
   tail, roles, pronouns and org_ends (the attribution rules,
   lede_quote_rules_new, which take titles too; the speech verbs are also
   the verbs that report a bare clause). */
#ifndef QUOTE_LISTS_H
#define QUOTE_LISTS_H

#include "lede.h"

#define QUOTE_W(s) \
  { s, sizeof s - 1 }

/* Sets l[k] to the words of array a. */
#define QUOTE_LIST(l, k, a) \
  ((l)[k].words = (a), (l)[k].count = sizeof(a) / sizeof((a)[0]))

/* Fills l[LEDE_QL_COUNT], the lists of lede_quote_scan. */
#define QUOTE_SCAN_LISTS(l)                                                  \
  (QUOTE_LIST(l, LEDE_QL_CUES, cues), QUOTE_LIST(l, LEDE_QL_TITLES, titles), \
   QUOTE_LIST(l, LEDE_QL_NOT_NAMES, not_names),                              \
   QUOTE_LIST(l, LEDE_QL_LINKS, links),                                      \
   QUOTE_LIST(l, LEDE_QL_LINK_TITLES, link_titles),                          \
   QUOTE_LIST(l, LEDE_QL_DEMONYMS, demonyms),                                \
   QUOTE_LIST(l, LEDE_QL_DEMONYM_ENDINGS, endings),                          \
   QUOTE_LIST(l, LEDE_QL_GIVEN_NAMES, given_names),                          \
   QUOTE_LIST(l, LEDE_QL_ORG_ENDS, org_ends))

/* Fills l[LEDE_QA_COUNT], the lists of lede_quote_rules_new. */
#define QUOTE_RULE_LISTS(l)                                                    \
  (QUOTE_LIST(l, LEDE_QA_SPEECH, speech),                                      \
   QUOTE_LIST(l, LEDE_QA_PARTICIPLES, participles),                            \
   QUOTE_LIST(l, LEDE_QA_FINITE, finite),                                      \
   QUOTE_LIST(l, LEDE_QA_BETWEEN, between),                                    \
   QUOTE_LIST(l, LEDE_QA_BARE_CLAUSE, speech),                                 \
   QUOTE_LIST(l, LEDE_QA_PREPS, preps), QUOTE_LIST(l, LEDE_QA_TAIL, tail),     \
   QUOTE_LIST(l, LEDE_QA_ROLES, roles), QUOTE_LIST(l, LEDE_QA_TITLES, titles), \
   QUOTE_LIST(l, LEDE_QA_PRONOUNS, pronouns),                                  \
   QUOTE_LIST(l, LEDE_QA_ORG_ENDS, org_ends))

#endif
