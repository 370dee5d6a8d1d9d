/*
 * lede_casualties.h -- shared by the files of the casualty reader.
 * Internal: not part of the public API (that is lede_casualty in lede.h).
 *   lede_casualties.c          the scanner: what a sentence says as a whole,
 *                              each token tried, the entry point
 *   lede_casualty_words.h      word classes: what the lexicon says of a token
 *   lede_casualty_groups.c     who a count counts: groups of people
 *   lede_casualty_names.c      people named, and lists of them
 *   lede_casualty_claims.c     count assembly: claims, chained groups, tolls
 *   lede_casualty_readings.c   the readings of a casualty word
 *   lede_casualty_events.c     readings of other words: hospital, gunfire...
 * A sentence is read through one sent; a reading returns 0, READ_ON or -1
 * (no memory), and marks the tokens it consumed in sent.used.
 */
#ifndef LEDE_CASUALTIES_H
#define LEDE_CASUALTIES_H

#include "lede_numlex.h"

#define LOOK 8        /* tokens a trigger looks back or ahead for its count */
#define ASIDE_LIST 12 /* tokens of a list of ages: "ages 17, 18 and 22" */

/* The people of a list of names: "Ana Ruiz and Tom Beck", "Ana Ruiz, 18,
   and Tom Beck, 20" (at most NAME_LIST of them: bounded). */
#define NAME_LIST 6

/* Look-back and look-ahead limits of the readings, in tokens: each is a
   bound on how far a reader's eye goes, and keeps the whole linear. */
#define NAME_WORDS 3   /* capitalized words of a name after its first */
#define ASIDE_MAX 14   /* an aside between commas: ", ages 26 and 27," */
#define HOMETOWN_MAX 6 /* a hometown aside after an age: ", of Greenfield," */
#define RELATIVE_MAX \
  16 /* a relative clause: "A boy who was shot ... has died" */

/* What a reading returns when it does not apply and the next one is tried;
   otherwise a reading returns what cas_push_claim() does (0, or -1: no memory).
 */
#define READ_ON 1

typedef struct sent {
  const char *text;
  const nt_tok *t;
  size_t a, b;             /* tokens of the sentence */
  const lede_number *nums; /* numbers of the sentence */
  const uint32_t *nsp;     /* their token spans, pairs */
  size_t nn;
  int32_t *start_at; /* token - a -> number starting there, or -1 */
  int32_t *end_at;   /* token - a -> number ending there, or -1 */
  uint8_t *used;     /* token - a -> consumed by an earlier trigger */
  lede_vec *out;
  size_t first_claim; /* index in out of this sentence's first claim */
  uint32_t sent_s, sent_e;
  lede_span place;
  uint8_t flags;       /* added to the injured claims of the trigger read now */
  uint8_t lived, died; /* survived(), death_said(): once per sentence */
  uint8_t sure_lived;  /* sure_survived(): once per sentence */
  uint8_t suicide;     /* the sentence says "murder-suicide" */
  uint8_t has_lower;   /* a lower-case word of four letters or more */
  uint8_t found_so_far; /* the trigger counts bodies recovered */
  uint8_t hedge;        /* the trigger read now is hedged: "may have died" */
} sent;

typedef struct group {
  int num;      /* number index, or -1 for an implied count */
  double count; /* when num < 0 */
  size_t s, e;  /* tokens of the group */
  const char *who;
  size_t who_s, who_e; /* who as tokens, when who is NULL */
  double ord;          /* "a third person": 3 (the toll so far when killed) */
} group;

#include "lede_casualty_words.h"

/* lede_casualty_groups.c */
void cas_implied_group(group *g, double count);
void cas_counted_group(group *g, int ni);
size_t cas_one_victim(const sent *s, size_t j, size_t k, group *g);
size_t cas_group_at(const sent *s, size_t j, group *g);
size_t cas_ages_before(const sent *s, size_t k);
size_t cas_group_before(const sent *s, size_t j, group *g);
size_t cas_one_person_before(const sent *s, size_t j, group *g);
size_t cas_nobody_before(const sent *s, size_t j);
size_t cas_pp_before(const sent *s, size_t k);
size_t cas_residence_before(const sent *s, size_t k);
size_t cas_aside_start(const sent *s, size_t k);
size_t cas_opening_subject(const sent *s, size_t a, group *g);
size_t cas_dash_aside_start(const sent *s, size_t k);
int cas_another_alone(const sent *s, size_t k);
size_t cas_bare_person_after(const sent *s, size_t k, group *g);
size_t cas_person_before_relative(const sent *s, size_t k, group *g);
size_t cas_bare_list_before(const sent *s, size_t k, group *g);

/* lede_casualty_names.c */
size_t cas_names_before(const sent *s, size_t p, group *g);
int cas_plural_people(const sent *s, size_t p);
size_t cas_name_before(const sent *s, size_t j, size_t p, group *g);
int cas_named_after(const sent *s, size_t k);
size_t cas_name_after_and(const sent *s, size_t e);
size_t cas_name_end(const sent *s, size_t k, size_t e, int unknown);
size_t cas_listed_person(const sent *s, size_t k, int first);

/* lede_casualty_claims.c */
int cas_push_claim(sent *s, int kind, const group *g, size_t ts, size_t te,
                   int subset);
int cas_push_one_person(sent *s, int kind, size_t ts, size_t te);
int cas_more_groups(sent *s, int kind, size_t st, size_t e, int dir,
                    size_t trig);
int cas_toll_claim(sent *s, size_t j, int kind);
int cas_part_of_claim_before(const sent *s, size_t gs);
int cas_claim_with_company(sent *s, int kind, const group *g, size_t ts,
                           size_t te, size_t gs, size_t ge, int dir,
                           size_t from);
void cas_claims_in_text_order(sent *s);
void cas_drop_repeated_claims(sent *s);

/* lede_casualty_readings.c */
int cas_active_reading(sent *s, size_t j, int kind, int form, size_t last);
int cas_aside_before(sent *s, size_t *k, int kind, int form, size_t last);
int cas_readings(sent *s, size_t j, int kind, int form, size_t last);
int cas_trigger(sent *s, size_t j);

/* lede_casualty_events.c */
int cas_death_told_before(const sent *s, size_t gs);
int cas_other_word(sent *s, size_t j);
int cas_injury_noun(sent *s, size_t j);
size_t cas_shot_then_died(sent *s, size_t a, group *g);

/* lede_casualties.c */
int cas_hedged(const sent *s, size_t j);
int cas_uncertain(const sent *s, size_t j);
int cas_hypothetical_before(const sent *s, size_t gs);

#endif
