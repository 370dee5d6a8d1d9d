/*
 * lede_casualties.c -- casualty claims: how many were killed, injured,
 * missing, displaced, evacuated or abducted, sentence by sentence.
 *
 * The text is cut into sentences (lede_sentences) and tokenized a sentence
 * at a time (lede_numwords.c); in each sentence the numbers are found first,
 * then every casualty word ("killed", "wounded", "fatalities", "died") looks
 * for its count the way a reader does:
 *   - after an active verb:       "killed at least 35 people"
 *   - before a passive or an adjective or a noun:
 *                                 "Twelve people were killed", "eight
 *                                 fatalities", "Five dead", "three died"
 *   - a single person:            "a 35-year-old man was killed" (1)
 *   - nobody:                     "no one was hurt", "no injuries" (0)
 *   - a toll:                     "the death toll rose to eight"
 * and groups next to each other are kept apart ("three soldiers and two
 * civilians"), "including a young girl" is a subset of the claim before
 * it.  What is not a claim: agents ("12 senators killed the bill"),
 * what might happen ("could kill thousands"), money, years, ages, dates.
 * Each look-around is bounded, so the whole is linear in the input.
 */
#include <stdlib.h>
#include <string.h>

#include "lede_numlex.h"

#define LOOK 8        /* tokens a trigger looks back or ahead for its count */
#define ASIDE_LIST 12 /* tokens of a list of ages: "ages 17, 18 and 22" */

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

/* ------------------------------------------------------------ helpers */

static int is_word(const sent *s, size_t j) {
  return j >= s->a && j < s->b && s->t[j].type == NT_WORD;
}
static int key_at(const sent *s, size_t j) {
  return (j >= s->a && j < s->b) ? nl_key(&s->t[j]) : 0;
}
static uint32_t cat_at(const sent *s, size_t j) {
  return (j >= s->a && j < s->b) ? nl_cat(&s->t[j]) : 0;
}
/* The casualty classes of the word at j (CC_*: casualty_words.tsv). */
static uint32_t cas_at(const sent *s, size_t j) {
  return (j >= s->a && j < s->b && s->t[j].w) ? nl_w(&s->t[j])->cas : 0;
}
/* A word of the table proper: one the number scanner knows too, not one
   only the casualty readings test ("near", "gunfire"). */
static int known_word(const sent *s, size_t j) {
  return is_word(s, j) && s->t[j].w != 0 &&
         !(nl_w(&s->t[j])->flags & NL_CLASS_ONLY);
}
static int is_punct(const sent *s, size_t j, char ch) {
  return j >= s->a && j < s->b && s->t[j].type == NT_PUNCT &&
         s->text[s->t[j].s] == ch;
}
static int lower_word(const sent *s, size_t j) {
  return is_word(s, j) && !(s->t[j].flags & NF_CAP);
}
static int ends_with_ly(const sent *s, size_t j) {
  const nt_tok *t = &s->t[j];
  return lower_word(s, j) && t->e - t->s > 3 && s->text[t->e - 2] == 'l' &&
         s->text[t->e - 1] == 'y';
}
/* The word at k is w (lower case).  Case-insensitive on the first letter. */
static int word_is(const sent *s, size_t k, const char *w) {
  size_t n = strlen(w);
  const char *t;
  if (!is_word(s, k) || s->t[k].e - s->t[k].s != n) return 0;
  t = s->text + s->t[k].s;
  return (t[0] == w[0] || t[0] == w[0] - 32) &&
         memcmp(t + 1, w + 1, n - 1) == 0;
}

static int num_start(const sent *s, size_t j) {
  return (j >= s->a && j < s->b) ? s->start_at[j - s->a] : -1;
}
static int num_end(const sent *s, size_t j) {
  return (j >= s->a && j < s->b) ? s->end_at[j - s->a] : -1;
}
static int trig_kind(const sent *s, size_t j) {
  return (cat_at(s, j) & WC_TRIG) ? nl_w(&s->t[j])->kind : -1;
}
static int trig_form(const sent *s, size_t j) {
  return (cat_at(s, j) & WC_TRIG) ? nl_w(&s->t[j])->form : -1;
}

/* A form of "shoot" ("shot", "shoots", "shoot"): someone hit by a bullet,
   with no word on whether they lived. */
static int shot_word(const sent *s, size_t j) {
  int k = key_at(s, j);
  return k == K_SHOT || k == K_SHOOTS || k == K_SHOOT;
}

/* A possessive before a noun: "her two children", "their homes". */
static int possessive_pronoun(const sent *s, size_t j) {
  return (cas_at(s, j) & CC_POSSESSIVE) != 0;
}

/* A word ending in "'s" or "’s" ("Ukraine’s"). */
static int possessive(const sent *s, size_t j) {
  const char *t;
  size_t n;
  if (!is_word(s, j)) return 0;
  t = s->text + s->t[j].s;
  n = s->t[j].e - s->t[j].s;
  return (n > 2 && t[n - 1] == 's' && t[n - 2] == '\'') ||
         (n > 4 && t[n - 1] == 's' && (unsigned char)t[n - 2] == 0x99 &&
          (unsigned char)t[n - 3] == 0x80 && (unsigned char)t[n - 4] == 0xE2);
}

/* "he's", "she’s" ending at token j ("he", the apostrophe, "s"): one
   person with the verb. */
static int contracted_pronoun(const sent *s, size_t j) {
  const char *t;
  size_t n;
  if (j < s->a + 2 || !is_word(s, j) || s->t[j].e - s->t[j].s != 1 ||
      s->text[s->t[j].s] != 's' || !(cas_at(s, j - 2) & CC_PERSONAL) ||
      s->t[j - 2].e != s->t[j - 1].s || s->t[j - 1].e != s->t[j].s)
    return 0;
  t = s->text + s->t[j - 1].s;
  n = s->t[j - 1].e - s->t[j - 1].s;
  if ((n == 1 && t[0] == '\'') ||
      (n == 3 && (unsigned char)t[0] == 0xE2 && (unsigned char)t[1] == 0x80 &&
       (unsigned char)t[2] == 0x99))
    return 1;
  return 0;
}

/* A number that can count people: a plain cardinal, not money, a year, an
   age, a percent, a measure or an ordinal. */
static int countable(const lede_number *n) {
  return n->kind == LEDE_NUM_CARDINAL && n->unit == NULL && n->value >= 0 &&
         n->value < 1e9 &&
         (n->value == (double)(long long)n->value ||
          n->qualifier == LEDE_Q_VAGUE);
}

/* Words a reader skips between a count and its verb: auxiliaries and
   adverbs ("were also reportedly killed", "remain missing"). */
static int skippable(const sent *s, size_t j) {
  if (cat_at(s, j) & WC_AUX) return 1;
  if (ends_with_ly(s, j) && key_at(s, j) != K_FATALLY) return 1;
  return (cas_at(s, j) & CC_SKIP) != 0;
}

/* The plural static noun for a victim word, or NULL. */
static const char *victim_noun(const sent *s, size_t j) {
  if (!(cat_at(s, j) & WC_VICTIM)) return NULL;
  return nl_w(&s->t[j])->str;
}
/* A victim word in the singular ("man", "girl", "person"). */
static int singular_victim(const sent *s, size_t j) {
  const nl_word *w;
  size_t n;
  if (!(cat_at(s, j) & WC_VICTIM)) return 0;
  w = nl_w(&s->t[j]);
  n = strlen(w->w);
  if (strcmp(w->w, w->str) == 0 || w->w[n - 1] == 's') return 0;
  return !(w->cas & CC_COLLECTIVE);
}

/* An adjective-like word that may stand between a count and its noun:
   lower-case, not in the word table ("young", "unarmed"), or a
   nationality-like capitalized word. */
static int adjective(const sent *s, size_t j) {
  if (!is_word(s, j)) return 0;
  if (known_word(s, j))
    return (cat_at(s, j) & WC_REGION) || /* County, "a city teen" */
           key_at(s, j) == K_OTHER || key_at(s, j) == K_ADDITIONAL ||
           key_at(s, j) == K_MORE ||
           key_at(s, j) == K_FURTHER; /* "two other people", "three more" */
  return 1;
}

/* ------------------------------------------------------------ claims */

typedef struct group {
  int num;      /* number index, or -1 for an implied count */
  double count; /* when num < 0 */
  size_t s, e;  /* tokens of the group */
  const char *who;
  size_t who_s, who_e; /* who as tokens, when who is NULL */
  double ord;          /* "a third person": 3 (the toll so far when killed) */
} group;

/* A group the wording implies, with no number of its own: "the death of
   Kyre Bethea" (1), "no one was hurt" (0), "civilians were killed" (2). */
static void implied_group(group *g, double count) {
  memset(g, 0, sizeof *g);
  g->num = -1;
  g->count = count;
}

/* A group counted by the sentence's number ni. */
static void counted_group(group *g, int ni) {
  memset(g, 0, sizeof *g);
  g->num = ni;
}

/* "also" between tokens ts and te: "a civilian was also shot" is someone
   beyond those counted before. */
static int also_in(const sent *s, size_t ts, size_t te) {
  size_t j;
  for (j = ts; j < te && j < ts + 2 * LOOK; j++)
    if (key_at(s, j) == K_ALSO) return 1;
  return 0;
}

static int push_claim(sent *s, int kind, const group *g, size_t ts, size_t te,
                      int subset) {
  lede_casualty c;
  memset(&c, 0, sizeof c);
  c.kind = (uint8_t)kind;
  c.start = s->t[ts].s;
  c.end = s->t[te - 1].e;
  c.sent_start = s->sent_s;
  c.sent_end = s->sent_e;
  c.place = s->place;
  if (g->num >= 0) {
    const lede_number *n = &s->nums[g->num];
    c.count = n->value;
    c.qualifier = n->qualifier;
    if (n->qualifier == LEDE_Q_NONE) {
      c.min = c.max = n->value;
      c.flags |= LEDE_CF_HAS_MIN | LEDE_CF_HAS_MAX;
    } else {
      if (n->flags & LEDE_NF_HAS_MIN) {
        c.min = n->min;
        c.flags |= LEDE_CF_HAS_MIN;
      }
      if (n->flags & LEDE_NF_HAS_MAX) {
        c.max = n->max;
        c.flags |= LEDE_CF_HAS_MAX;
      }
      if (n->qualifier == LEDE_Q_RANGE) c.count = n->min;
    }
  } else if (g->ord > 1 && kind == LEDE_CAS_KILLED) {
    /* "a third person has died": three dead so far */
    c.count = c.min = c.max = g->ord;
    c.flags |= LEDE_CF_HAS_MIN | LEDE_CF_HAS_MAX | LEDE_CF_REVISED;
  } else {
    c.count = c.min = c.max = g->count;
    c.flags |= LEDE_CF_HAS_MIN | LEDE_CF_HAS_MAX;
  }
  c.who = g->who;
  if (!g->who && g->who_e > g->who_s) {
    c.who_span.start = s->t[g->who_s].s;
    c.who_span.end = s->t[g->who_e - 1].e;
  }
  /* an elided noun is the one of the sentence's claim before:
     "killed 35 people and injured 117" */
  if (!c.who && c.who_span.end == 0) {
    size_t k = s->out->count, m = 0;
    while (k > s->first_claim && m++ < 8) { /* bounded: linear time */
      const lede_casualty *prev = (const lede_casualty *)s->out->items + --k;
      if (prev->flags & LEDE_CF_SUBSET)
        continue; /* "including four children" */
      c.who = prev->who;
      c.who_span = prev->who_span;
      break;
    }
  }
  if (subset) c.flags |= LEDE_CF_SUBSET;
  if (kind == LEDE_CAS_INJURED) c.flags |= s->flags;
  /* "another teen was shot", "a fourth man was shot", "was also shot": one
     more than those counted, not one of the dead the shot count may hold */
  if (key_at(s, ts) == K_ANOTHER || g->ord > 1 || also_in(s, ts, te))
    c.flags &= (uint8_t)~LEDE_CF_SHOT;
  /* "16 bodies have been recovered": the dead found so far, a lower bound
     of the toll that a later full count does not contradict ("the bodies
     of a man and a woman" are those two) */
  if (s->found_so_far && c.qualifier == LEDE_Q_NONE) {
    c.qualifier = LEDE_Q_AT_LEAST;
    c.flags &= (uint8_t)~LEDE_CF_HAS_MAX;
  }
  if (s->hedge) {
    c.flags |= LEDE_CF_HEDGED;
    if (c.qualifier == LEDE_Q_NONE) c.qualifier = LEDE_Q_HEDGED;
  }
  if (c.start > c.end) {
    uint32_t x = c.start;
    c.start = c.end;
    c.end = x;
  }
  return lede_vec_push(s->out, &c) == 0 ? 0 : -1;
}

/* The noun after the number ending at token e (exclusive): up to two
   adjectives, then a victim noun, or a lower-case plural. */
static size_t noun_after(const sent *s, size_t e, group *g, int vague) {
  size_t j = e, k;
  if (vague && key_at(s, j) == K_OF && victim_noun(s, j + 1))
    j++; /* dozens of people */
  for (k = 0; k < 3; k++, j++) {
    if (!is_word(s, j)) break;
    if (victim_noun(s, j)) {
      g->who = victim_noun(s, j);
      if (key_at(s, j + 1) == K_MEMBERS) {
        j++; /* crew members */
      } else if (victim_noun(s, j + 1)) {
        j++; /* police officers, adult males, teen girls */
        g->who = victim_noun(s, j);
      }
      return j + 1;
    }
    if (!adjective(s, j)) break;
  }
  /* "three more were hurt", "two more wounded": more people, the noun left
     out */
  if (key_at(s, e) == K_MORE && (cat_at(s, e + 1) & (WC_AUX | WC_TRIG)))
    return e + 1;
  /* a capitalized plural right after the number: "25 Palestinians" */
  if (is_word(s, e) && (s->t[e].flags & NF_CAP) &&
      !(s->t[e].flags & NF_ALLCAP) && !known_word(s, e) &&
      s->t[e].e - s->t[e].s > 4 && s->text[s->t[e].e - 1] == 's' &&
      !(cat_at(s, e + 1) & WC_VICTIM)) {
    g->who_s = e;
    g->who_e = e + 1;
    return e + 1;
  }
  /* an unknown plural right after the number, as the subject of a
     casualty word: "35 fishermen were killed" (but not "shot 10 times") */
  if (is_word(s, e) && !(s->t[e].flags & NF_ALLCAP) && !known_word(s, e) &&
      s->t[e].e - s->t[e].s > 3 &&
      ((s->text[s->t[e].e - 1] == 's' && s->text[s->t[e].e - 2] != 's') ||
       (s->text[s->t[e].e - 2] == 'e' && s->text[s->t[e].e - 1] == 'n')) &&
      (cat_at(s, e + 1) & (WC_AUX | WC_TRIG))) {
    g->who_s = e;
    g->who_e = e + 1;
    return e + 1;
  }
  return e;
}

/* What may follow a count with no noun: the end, punctuation, a verb, a
   casualty word or a function word ("injured 117 on Sunday").  A noun of
   something else follows it in "shot 10 times", "killed 40 sheep". */
static int count_follower(const sent *s, size_t e) {
  uint32_t c;
  if (e >= s->b || !is_word(s, e)) return 1;
  /* "shot two more times" */
  if (key_at(s, e) == K_MORE && (cas_at(s, e + 1) & CC_THINGS)) return 0;
  c = cat_at(s, e);
  if (c & WC_DAY) return 0; /* "shot around 11 Friday night": a time */
  if (c & (WC_AUX | WC_TRIG | WC_MODAL | WC_YEARCTX)) return 1;
  if (c & (WC_UNITW | WC_CUR)) return 0;
  if (s->t[e].flags & NF_CAP) return 1;
  if (known_word(s, e)) return 1; /* a function word of the table */
  return (cas_at(s, e) & CC_FOLLOWER) || ends_with_ly(s, e);
}

/* The age number ni is written as an age ("4-year-old"), which can stand
   before a noun. */
static int c_age_at(const sent *s, int ni) {
  const lede_number *n = &s->nums[ni];
  return n->end > n->start && s->text[n->end - 1] == 'd'; /* ...-old */
}

/* "himself" or "herself" at token j. */
static int reflexive_at(const sent *s, size_t j) {
  return (cas_at(s, j) & CC_REFLEXIVE) != 0;
}

/* A claim of one person (a shooter who shot himself too) over tokens
   [ts, te). */
static int push_one_person(sent *s, int kind, size_t ts, size_t te) {
  group g;
  implied_group(&g, 1);
  return push_claim(s, kind, &g, ts, te, 0);
}

/* "both victims", "both men": two. */
static size_t both_group(const sent *s, size_t j, group *g) {
  size_t e = noun_after(s, j + 1, g, 0);
  if (e == j + 1 || !g->who || singular_victim(s, e - 1)) return j;
  g->count = 2;
  g->s = j;
  g->e = e;
  return e;
}

/* A group counted by number ni at j: "three of the victims", "12 people",
   "dozens". */
static size_t numbered_group(const sent *s, size_t j, int ni, group *g) {
  size_t e = s->nsp[2 * ni + 1];
  g->num = ni;
  g->s = j;
  /* "three of the victims" */
  if (key_at(s, e) == K_OF &&
      (key_at(s, e + 1) == K_THE || key_at(s, e + 1) == K_THEM ||
       key_at(s, e + 1) == K_THOSE)) {
    size_t k = e + 2;
    g->who = victim_noun(s, k);
    g->e = g->who ? k + 1 : e + 1 + (key_at(s, e + 1) != K_THE);
    if (key_at(s, e + 1) == K_THOSE && (cat_at(s, k) & WC_TRIG)) return j;
    return g->e;
  }
  g->e = noun_after(s, e, g, s->nums[ni].qualifier == LEDE_Q_VAGUE);
  if (g->e == e && !count_follower(s, e)) return j; /* "shot 10 times" */
  return g->e;
}

/* One person named by the victim noun at k: the group ends after it. */
static size_t one_victim(const sent *s, size_t j, size_t k, group *g) {
  g->count = 1;
  g->s = j;
  g->e = k + 1;
  g->who = victim_noun(s, k);
  return k + 1;
}

/* An age that starts the group, before its noun: "a 17-year-old was
   shot", "killing 4-year-old Houston girl". */
static size_t aged_group(const sent *s, size_t j, int ni, group *g) {
  size_t k = s->nsp[2 * ni + 1], m;
  for (m = 0; m < 3 && k < s->b; m++) {
    if (singular_victim(s, k)) return one_victim(s, j, k, g);
    if (!adjective(s, k)) break;
    k++;
  }
  return j;
}

/* "a 17-year-old" standing for a person, the age number ak after "a" at
   j: "killed a 3-year-old with a handgun", "killing a 19-year-old Pablo
   Villeda" (a function word or a name after the age ends the group).
   j when the age is followed by its noun instead. */
static size_t age_as_person(const sent *s, size_t j, int ak, group *g) {
  size_t e = s->nsp[2 * ak + 1];
  if (e >= s->b || !is_word(s, e) || (cat_at(s, e) & (WC_AUX | WC_TRIG)) ||
      key_at(s, e) == K_WHO ||
      (known_word(s, e) && !(cat_at(s, e) & (WC_UNITW | WC_CUR | WC_VICTIM))) ||
      ((s->t[e].flags & NF_CAP) && !known_word(s, e) &&
       !(cat_at(s, e) & WC_VICTIM))) {
    g->count = 1;
    g->s = j;
    g->e = e;
    return e;
  }
  return j;
}

/* One person after a determiner at j ("a", "another", "the", "his", a
   lone "one"): "a young man", "the 22-year-old victim", "a fourth man". */
static size_t determined_person(const sent *s, size_t j, group *g) {
  size_t k = j + 1, m;
  int ak = num_start(s, k);
  int indefinite = key_at(s, j) == K_A || key_at(s, j) == K_AN;
  if (indefinite && ak >= 0 && s->nums[ak].kind == LEDE_NUM_AGE) {
    size_t e = age_as_person(s, j, ak, g);
    if (e != j) return e;
  }
  for (m = 0; m < 4 && k < s->b; m++) {
    int nk = num_start(s, k);
    if (singular_victim(s, k)) return one_victim(s, j, k, g);
    if (nk >= 0 && s->nums[nk].kind == LEDE_NUM_AGE) {
      k = s->nsp[2 * nk + 1];
      continue;
    }
    if (nk >= 0 && s->nums[nk].kind == LEDE_NUM_ORDINAL && m == 0 &&
        indefinite && s->nums[nk].value >= 2 && s->nums[nk].value <= 100) {
      g->ord = s->nums[nk].value;
      k = s->nsp[2 * nk + 1];
      continue;
    }
    if (!adjective(s, k) && !is_punct(s, k, '-')) break;
    k++;
  }
  return j;
}

/* A count group starting at token j: a number (with its noun), or "a/an
   [adjectives] singular-victim" (1).  Sets *g and returns the token after
   it, or j when there is none. */
static size_t group_at(const sent *s, size_t j, group *g) {
  int ni = num_start(s, j);
  implied_group(g, 0);
  if (key_at(s, j) == K_BOTH && ni < 0) return both_group(s, j, g);
  if (ni >= 0 && countable(&s->nums[ni])) return numbered_group(s, j, ni, g);
  if (ni >= 0 && s->nums[ni].kind == LEDE_NUM_AGE && s->nsp[2 * ni] == j &&
      c_age_at(s, ni))
    return aged_group(s, j, ni, g);
  if (key_at(s, j) == K_A || key_at(s, j) == K_AN ||
      key_at(s, j) == K_ANOTHER || key_at(s, j) == K_THE ||
      possessive_pronoun(s, j) ||
      (key_at(s, j) == K_ONE && num_start(s, j) < 0))
    return determined_person(s, j, g);
  return j;
}

/* "Thirteen of the 40 hostages", "two of 12 passengers": the part before
   "of (the)" counts, the whole names who.  Returns the start of the part,
   or ns (the whole's start) when there is none. */
static size_t partitive_before(const sent *s, size_t ns, group *g) {
  size_t p = ns;
  int pi;
  if (!g->who && g->who_e == 0)
    return ns; /* "40 hostages": the noun is the trigger */
  if (key_at(s, p - 1) == K_THE) p--;
  if (p <= s->a + 1 || key_at(s, p - 1) != K_OF) return ns;
  pi = num_end(s, p - 2);
  if (pi < 0 || !countable(&s->nums[pi]) ||
      s->nums[pi].value > s->nums[g->num].value)
    return ns;
  /* "Kell was one of five people shot": the whole is the count */
  if (s->nsp[2 * pi] > s->a && ((cat_at(s, s->nsp[2 * pi] - 1) & WC_AUX) ||
                                key_at(s, s->nsp[2 * pi] - 1) == K_AMONG))
    return ns;
  /* "One of the five people shot and killed Friday was ...": a death told
     right after the whole, with no auxiliary, is the whole's ("One of two
     men shot ... dies" tells of the part) */
  if (s->nums[pi].value == 1 && trig_form(s, g->e) == F_PART &&
      (trig_kind(s, g->e) == LEDE_CAS_KILLED ||
       (key_at(s, g->e + 1) == K_AND &&
        trig_kind(s, g->e + 2) == LEDE_CAS_KILLED)))
    return ns;
  g->num = pi;
  g->s = s->nsp[2 * pi];
  return g->s;
}

/* "ages 19, 24 and 30", "aged 41 and 45," ending right before token k:
   the ages of the people counted before them, never a count of their own.
   Returns the token where the people's group ends (before "ages" and a
   comma before it), or k when there is no such list. */
static size_t ages_before(const sent *s, size_t k) {
  size_t q = k, m;
  int seen = 0;
  if (q > s->a && is_punct(s, q - 1, ',')) q--;
  for (m = 0; m < ASIDE_LIST && q > s->a; m++) {
    size_t p = q - 1;
    int ni = num_end(s, p);
    if (ni >= 0) {
      q = s->nsp[2 * ni];
      seen = 1;
    } else if (is_punct(s, p, ',') || key_at(s, p) == K_AND) {
      q = p;
    } else if (seen && (key_at(s, p) == K_AGES || key_at(s, p) == K_AGED)) {
      return (p > s->a && is_punct(s, p - 1, ',')) ? p - 1 : p;
    } else {
      break;
    }
  }
  return k;
}

/* A word of age right before the number at token ns: "ages 16-18",
   "aged 20", "between the ages of 16-18" -- the number is an age. */
static int ages_word_before(const sent *s, size_t ns) {
  size_t p = ns;
  if (p > s->a && key_at(s, p - 1) == K_OF) p--;
  return p > s->a && (key_at(s, p - 1) == K_AGES || key_at(s, p - 1) == K_AGED);
}

/* The count group that ends right before token j (looking left).  Sets *g
   and returns its first token, or j when there is none.  Singular groups
   are found too: "a 35-year-old man"; ages after the group are skipped
   ("three males ages 17, 18 and 22"). */
static size_t group_before(const sent *s, size_t j, group *g) {
  size_t k = j, m;
  implied_group(g, 0);
  if (j <= s->a) return j;
  k = ages_before(s, j);
  if (k != j) {
    size_t gs = group_before(s, k, g);
    return gs == k ? j : gs;
  }
  /* a number right before: "Five dead", "30 people injured" */
  for (m = 0; m < 4 && k > s->a; m++) {
    int ni = num_end(s, k - 1);
    if (ni >= 0) {
      size_t ns = s->nsp[2 * ni], e;
      group tmp;
      if (!countable(&s->nums[ni]) || ages_word_before(s, ns)) break;
      e = group_at(s, ns, &tmp);
      if (e != ns && e + 1 == j && trig_form(s, e) == F_NOUN &&
          trig_kind(s, e) == LEDE_CAS_ABDUCTED) {
        /* "Thirteen of the 40 hostages were killed": people, too */
        tmp.who_s = e;
        tmp.who_e = e + 1;
        e = j;
      }
      if (e == ns || e != j) break;
      *g = tmp;
      return partitive_before(s, ns, g);
    }
    if (!is_word(s, k - 1)) break;
    k--;
  }
  /* a single person: "a 35-year-old man", "another resident" */
  k = j;
  for (m = 0; m < 6 && k > s->a; m++) {
    int kk = key_at(s, k - 1);
    if (kk == K_A || kk == K_AN || kk == K_ANOTHER || kk == K_ONE ||
        kk == K_BOTH) {
      group tmp;
      size_t e = group_at(s, k - 1, &tmp);
      if (e == j && tmp.num < 0) {
        *g = tmp;
        return k - 1;
      }
      break;
    }
    k--;
    if (num_end(s, k) >= 0 && s->nums[num_end(s, k)].kind == LEDE_NUM_AGE)
      k = s->nsp[2 * num_end(s, k)];
  }
  return j;
}

/* Capitalized words that are no names: "It has hurt", "They were". */
static int pronoun(const sent *s, size_t j) {
  return (cas_at(s, j) & CC_PRONOUN) != 0;
}

/* An age standing for a person, ending at p: "but 2-year-old was shot".
   Where the group starts, or j. */
static size_t age_before(const sent *s, size_t j, size_t p) {
  int ni = num_end(s, p);
  if (ni >= 0 && s->nums[ni].kind == LEDE_NUM_AGE && c_age_at(s, ni)) {
    size_t q = s->nsp[2 * ni];
    if (q == s->a || key_at(s, q - 1) == K_THE || is_punct(s, q - 1, ',') ||
        key_at(s, q - 1) == K_AND || key_at(s, q - 1) == K_BUT)
      return key_at(s, q - 1) == K_THE ? q - 1 : q;
  }
  return j;
}

/* The singular victim noun at p with what names it before: "the victim",
   "Shriver's wife", a headline's "14-year-old girl".  Where the group
   starts, or j. */
static size_t victim_before(const sent *s, size_t j, size_t p, group *g) {
  size_t q = p, m;
  if (p == s->a && (s->t[p].flags & NF_CAP)) {
    g->who = victim_noun(s, p); /* a headline: "Teen shot to death" */
    return p;
  }
  for (m = 0; m < 3 && q > s->a; m++) {
    int ni;
    q--;
    if (key_at(s, q) == K_THE || possessive_pronoun(s, q) ||
        key_at(s, q) == K_THIS || key_at(s, q) == K_THAT) {
      g->who = victim_noun(s, p);
      return q;
    }
    /* "Shriver's wife", "the toddler's father": a possessive noun, one
       token or split by the tokenizer ("Shriver" "'" "s") */
    if (possessive(s, q) ||
        (key_at(s, q) == K_S && q >= s->a + 2 && !is_word(s, q - 1) &&
         s->t[q].s == s->t[q - 1].e && is_word(s, q - 2) &&
         s->t[q - 1].s == s->t[q - 2].e)) {
      if (!possessive(s, q)) q -= 2;
      g->who = victim_noun(s, p);
      return (q > s->a && key_at(s, q - 1) == K_THE) ? q - 1 : q;
    }
    /* a headline names one person with no article: "14-year-old girl
       killed", "Greenfield boy fatally shot", "Teen girl killed", after
       a kicker ("Police: 3-Year-Old Girl Killed") */
    ni = num_end(s, q);
    if (ni >= 0 && s->nums[ni].kind == LEDE_NUM_ORDINAL &&
        s->nsp[2 * ni] == s->a && s->nums[ni].value >= 2 &&
        s->nums[ni].value <= 100) {
      /* a headline's "5th person dies", "Third victim dies" */
      g->ord = s->nums[ni].value;
      g->who = victim_noun(s, p);
      return s->a;
    }
    if (ni >= 0 && s->nums[ni].kind == LEDE_NUM_AGE) {
      q = s->nsp[2 * ni];
    } else if (!adjective(s, q) && !((cat_at(s, q) & WC_VICTIM) && q == s->a)) {
      break;
    }
    if (q == s->a ||
        (q == s->a + 2 && is_punct(s, q - 1, ':') && is_word(s, s->a))) {
      g->who = victim_noun(s, p);
      return q;
    }
  }
  return j;
}

/* A capitalized word no table knows at k, not all capitals: the start of
   a name. */
static int person_name_at(const sent *s, size_t k) {
  return is_word(s, k) && (s->t[k].flags & NF_CAP) && !known_word(s, k) &&
         !(s->t[k].flags & NF_ALLCAP);
}

/* A word at p that can be part of a person's name: capitalized, not all
   capitals, not a word of the lexicon, not a pronoun. */
static int name_word(const sent *s, size_t p) {
  return person_name_at(s, p) && !pronoun(s, p);
}

/* A middle initial ends at p - 1: "P." of "Omar P. Jarman". */
static int initial_before(const sent *s, size_t p) {
  return p > s->a + 1 && is_punct(s, p - 1, '.') && is_word(s, p - 2) &&
         s->t[p - 2].e - s->t[p - 2].s == 1 && (s->t[p - 2].flags & NF_CAP);
}

/* The first word of the name that ends at p (four words at most, middle
   initials aside). */
static size_t name_start(const sent *s, size_t p) {
  size_t m = 0;
  while (p > s->a && m++ < 3) {
    if (initial_before(s, p) && p > s->a + 2 && is_word(s, p - 3) &&
        (s->t[p - 3].flags & NF_CAP) && !known_word(s, p - 3))
      p -= 2; /* "Omar P." */
    if (!(is_word(s, p - 1) && (s->t[p - 1].flags & NF_CAP) &&
          !known_word(s, p - 1)))
      break;
    p--;
  }
  return p;
}

/* Where a name's suffix ending before q starts ("Jr.", "Sr", "III"), or q
   when there is none. */
static size_t suffix_before(const sent *s, size_t q) {
  size_t p = q;
  if (p > s->a + 1 && is_punct(s, p - 1, '.')) p--;
  if (p > s->a && (word_is(s, p - 1, "jr") || word_is(s, p - 1, "sr")))
    return p - 1;
  if (q > s->a && is_word(s, q - 1) && (s->t[q - 1].flags & NF_ALLCAP) &&
      s->t[q - 1].e - s->t[q - 1].s <= 3) {
    size_t i;
    for (i = s->t[q - 1].s; i < s->t[q - 1].e; i++)
      if (s->text[i] != 'I' && s->text[i] != 'V') return q;
    return q - 1;
  }
  return q;
}

/* The people of a list of names: "Ana Ruiz and Tom Beck", "Ana Ruiz, 18,
   and Tom Beck, 20" (at most NAME_LIST of them: bounded). */
#define NAME_LIST 6

/* The last word of the name before the "and" (or, in a list, the comma)
   at a, past an age or a count after it ("Ana Ruiz, 18, and"), or a when
   there is none. */
static size_t name_before_and(const sent *s, size_t a) {
  size_t q = a;
  int ni;
  if (q > s->a && key_at(s, q) == K_AND &&
      (is_punct(s, q - 1, ',') || is_punct(s, q - 1, ';')))
    q--;
  if (q > s->a && (ni = num_end(s, q - 1)) >= 0 && s->nsp[2 * ni] > s->a + 1 &&
      is_punct(s, s->nsp[2 * ni] - 1, ','))
    q = s->nsp[2 * ni] - 1;
  q = suffix_before(s, q); /* "Jose Garcia III, 20, and" */
  if (q > s->a && name_word(s, q - 1)) return q - 1;
  return a;
}

/* The names listed before the name starting at p, the last joined by
   "and": "Ana Ruiz and", "Ana Ruiz, 18, Tom Beck, 20, and".  Adds them to
   g->count and returns the first one's first word. */
static size_t names_before(const sent *s, size_t p, group *g) {
  int joined = 0;
  /* "and daughter Tasmia Allen": the kin word before the name */
  if (p > s->a + 2 && lower_word(s, p - 1) && singular_victim(s, p - 1) &&
      key_at(s, p - 2) == K_AND)
    p--;
  while (g->count < NAME_LIST && p > s->a + 1 &&
         (key_at(s, p - 1) == K_AND ||
          (joined && (is_punct(s, p - 1, ',') || is_punct(s, p - 1, ';'))))) {
    size_t q = name_before_and(s, p - 1);
    if (q == p - 1) break;
    p = name_start(s, q);
    g->count++;
    joined = 1;
  }
  return p;
}

/* A preposition that puts a place after it: "off Tarsa", "in Orrin". */
static int place_before(const sent *s, size_t j) {
  int k = key_at(s, j);
  return (cas_at(s, j) & CC_PLACE_PREP) || k == K_IN || k == K_AT ||
         k == K_ON || k == K_OF || k == K_FROM || k == K_TO || k == K_OFF ||
         k == K_AROUND;
}

/* A capitalized word right before "were" or "are" names no one person
   when it is a plural, a people or a team ("Many Ostrans were killed",
   "Saints are missing"), or when a lower-case word comes before it, a
   place ending the subject ("All 140 people on board the ferry that sank
   off Tarsa are presumed dead"); "Ana Ruiz and Tom Beck were shot" is a
   list of names. */
static int plural_people(const sent *s, size_t p) {
  if (key_at(s, p + 1) != K_WERE && key_at(s, p + 1) != K_ARE) return 0;
  if (key_at(s, p - 1) == K_AND || is_punct(s, p - 1, ','))
    return 0; /* "Allen, Daniels and Williams were injured" */
  return s->text[s->t[p].e - 1] == 's' || place_before(s, p - 1);
}

/* A name (or a list of them) ending at p: "Ana Ruiz", "Ana Ruiz and Tom
   Beck", "Ana Ruiz, 18, and Tom Beck, 20".  Where the group starts, or j
   when the name is a place ("in Greenfield has died") or a building ("The
   Grand Hotel was evacuated", "Lincoln High School was evacuated"). */
static size_t name_before(const sent *s, size_t j, size_t p, group *g) {
  size_t last = p;
  p = name_start(s, p);
  if (p > s->a && (place_before(s, p - 1) || key_at(s, p - 1) == K_THE))
    return j;
  if (cas_at(s, last) & CC_FACILITY) return j;
  return names_before(s, p, g);
}

/* One person named or referred to before token j: "Smith", "the victim",
   "she" (count 1).  Only for words that say what happened ("died",
   "was killed"); "was shot" alone says nothing of the outcome. */
static size_t one_person_before(const sent *s, size_t j, group *g) {
  size_t p, q;
  if (j <= s->a) return j;
  p = j - 1;
  implied_group(g, 1);
  if ((cas_at(s, p) & CC_PERSONAL) ||
      (key_at(s, p) == K_ANOTHER && p + 1 < s->b &&
       (cat_at(s, p + 1) & WC_AUX)))
    return p; /* "another was injured" */
  /* "three people were killed, and another injured": the verb left out
     after "and" (the trigger right after "another") */
  if (key_at(s, p) == K_ANOTHER && key_at(s, p - 1) == K_AND &&
      (cat_at(s, j) & WC_TRIG) &&
      (trig_form(s, j) == F_PART || trig_form(s, j) == F_ADJ))
    return p;
  q = age_before(s, j, p);
  if (q != j) return q;
  if (singular_victim(s, p)) return victim_before(s, j, p, g);
  /* a name; at the start of a sentence, a capitalized plural is more
     likely a common noun ("Witnesses were hurt") */
  if (name_word(s, p) && (p > s->a || s->text[s->t[p].e - 1] != 's') &&
      !plural_people(s, p))
    return name_before(s, j, p, g);
  return j;
}

/* "no one", "nobody", "none" (optionally "of them") before token j, with
   only auxiliaries between: returns its first token + 1, or 0. */
static size_t nobody_before(const sent *s, size_t j) {
  size_t k = j, m;
  for (m = 0; m < 5 && k > s->a; m++) {
    size_t p = k - 1;
    if (key_at(s, p) == K_NOBODY || key_at(s, p) == K_NONE_W) return p + 1;
    if (key_at(s, p) == K_ONE && key_at(s, p - 1) == K_NO) return p;
    if (key_at(s, p) == K_ELSE || key_at(s, p) == K_THEM ||
        key_at(s, p) == K_OF || key_at(s, p) == K_OTHER || skippable(s, p)) {
      k--;
      continue;
    }
    break;
  }
  return 0;
}

/* The sentence says someone lived: "in stable condition", "taken to a
   hospital", "non-life-threatening".  Then "he was shot" counts one
   injured; without it the shooting may have been fatal. */
static int survived(const sent *s) {
  size_t j;
  int lived = 0;
  for (j = s->a; j < s->b; j++) {
    int k = key_at(s, j);
    if (trig_kind(s, j) == LEDE_CAS_KILLED || k == K_FATALLY || k == K_FATAL ||
        k == K_LATER)
      return 0; /* "taken to a hospital, where he died" */
    if (k == K_HOSPITAL || k == K_CONDITION || k == K_STABLE || k == K_NON ||
        (cas_at(s, j) & CC_LIVED))
      lived = 1;
  }
  return lived;
}

/* The sentence says in so many words that someone lived: "in stable
   condition", "non-life-threatening", "survived", "recovering", "treated
   and released" -- even beside a death ("one man died and a woman was
   taken to a hospital in stable condition"). */
static int sure_survived(const sent *s) {
  size_t j;
  for (j = s->a; j < s->b; j++) {
    int k = key_at(s, j);
    if (k == K_STABLE || k == K_NON || k == K_SURVIVED || k == K_RECOVERING ||
        k == K_RELEASED)
      return 1;
  }
  return 0;
}

/* The sentence says someone died: a killed word, "fatally", "fatal",
   "deadly".  Then "he was shot" may be the one who died, and is no
   injured claim of its own. */
static int death_said(const sent *s) {
  size_t j;
  for (j = s->a; j < s->b; j++)
    if (trig_kind(s, j) == LEDE_CAS_KILLED || key_at(s, j) == K_FATALLY ||
        key_at(s, j) == K_FATAL || key_at(s, j) == K_DEADLY ||
        key_at(s, j) == K_MORTALLY)
      return 1;
  return 0;
}

/* A singular verb between tokens k and j: "was", "is", "has". */
static int singular_verb(const sent *s, size_t k, size_t j) {
  size_t m;
  for (m = k; m < j; m++)
    if (key_at(s, m) == K_WAS || key_at(s, m) == K_IS || key_at(s, m) == K_HAS)
      return 1;
  return 0;
}

/* A modal or a negation governs the trigger at j: "could kill", "would
   have been killed", "was not injured", "plans to kill". */
static int hedged(const sent *s, size_t j) {
  size_t k = j, m;
  int have = 0;
  for (m = 0; m < 4 && k > s->a; m++) {
    size_t p = k - 1;
    if (cat_at(s, p) & WC_MODAL) {
      /* "may" is a month too: "on May 3" is not a modal */
      if ((s->t[p].flags & NF_CAP) && key_at(s, p) == K_MAY && p > s->a)
        return 0;
      /* "may have died": a count kept as uncertain (uncertain()); "could
         have been killed" says they were not */
      if (have && (key_at(s, p) == K_MAY || key_at(s, p) == K_MIGHT)) return 0;
      return 1;
    }
    if (key_at(s, p) == K_HAVE) have = 1;
    if (key_at(s, p) == K_NOT || (cas_at(s, p) & CC_NEGATION)) return 1;
    if (key_at(s, p) == K_TO &&
        (trig_form(s, j) == F_PRES || key_at(s, j) == K_DIE))
      return 1;
    if (key_at(s, p) == K_HAVE || key_at(s, p) == K_BE ||
        key_at(s, p) == K_BEEN || ends_with_ly(s, p)) {
      k--;
      continue;
    }
    break;
  }
  return 0;
}

/* The wording hedges the trigger at j without denying it: "may have
   died", "might have been killed", "are believed to have been killed",
   "feared dead". */
static int uncertain(const sent *s, size_t j) {
  size_t k = j, m;
  int have = 0;
  for (m = 0; m < 6 && k > s->a; m++) {
    size_t p = k - 1;
    if (cas_at(s, p) & CC_HEDGE) return 1;
    if ((key_at(s, p) == K_MAY || key_at(s, p) == K_MIGHT) && have) return 1;
    if (key_at(s, p) == K_HAVE) have = 1;
    if (!((cat_at(s, p) & WC_AUX) || key_at(s, p) == K_TO ||
          ends_with_ly(s, p)))
      return 0;
    k--;
  }
  return 0;
}

/* A count that did not happen, before the group at gs: "could prevent
   30,000 deaths", "would leave 12 dead", "to avert 5,000 deaths". */
static int hypothetical_before(const sent *s, size_t gs) {
  if (gs <= s->a) return 0;
  if (cas_at(s, gs - 1) & CC_PREVENT) return 1;
  return gs > s->a + 1 && lower_word(s, gs - 1) &&
         !(cat_at(s, gs - 1) & WC_AUX) && (cat_at(s, gs - 2) & WC_MODAL) &&
         !(s->t[gs - 2].flags & NF_CAP);
}

/* A dash between a count and what follows it: "-", an en or em dash. */
static int dash_at(const sent *s, size_t j) {
  const unsigned char *t;
  if (is_punct(s, j, '-')) return 1;
  if (j < s->a || j >= s->b || s->t[j].type != NT_OTHER ||
      s->t[j].e - s->t[j].s != 3)
    return 0;
  t = (const unsigned char *)s->text + s->t[j].s;
  return t[0] == 0xE2 && t[1] == 0x80 && (t[2] == 0x93 || t[2] == 0x94);
}

/* A nationality word ("Russian", "Ukrainians", "Chinese"): no place. */
static int demonym(const sent *s, size_t j) {
  const char *t = s->text + s->t[j].s;
  size_t n = s->t[j].e - s->t[j].s;
  if (n > 1 && t[n - 1] == 's') n--;
  return n > 4 && ((t[n - 3] == 'i' && t[n - 2] == 'a' && t[n - 1] == 'n') ||
                   (t[n - 3] == 'e' && t[n - 2] == 's' && t[n - 1] == 'e') ||
                   (t[n - 3] == 'i' && t[n - 2] == 's' && t[n - 1] == 'h'));
}

/* A word ending in "an" or "i" ("Tibetan", "Kenyan", "Iraqi"): a
   nationality word before a noun, though places end so too ("Iran",
   "Mali"), so only before a victim noun ("in Miami shooting" is a
   place). */
static int loose_demonym(const sent *s, size_t j) {
  const char *t = s->text + s->t[j].s;
  size_t n = s->t[j].e - s->t[j].s;
  return n > 3 && ((t[n - 2] == 'a' && t[n - 1] == 'n') || t[n - 1] == 'i');
}

/* The place the sentence names: "in Sumy", "on Dnipro", "in the Odesa
   region", "in Ukraine’s Kresk region" (Kresk region), "shelling of
   Kresk".  Month and day names and nationality words are not places. */
static lede_span find_place(const sent *s) {
  lede_span sp = {0, 0};
  size_t j;
  /* "the port city of Marisol", "the Black Sea region of Odesa" name the
     place most precisely */
  for (j = s->a; j + 2 < s->b; j++) {
    if ((cat_at(s, j) & WC_REGION) && key_at(s, j + 1) == K_OF &&
        is_word(s, j + 2) && (s->t[j + 2].flags & NF_CAP) &&
        !(cat_at(s, j + 2) & (WC_MONTH | WC_DAY))) {
      size_t e = j + 3;
      while (e < s->b && e < j + 5 && is_word(s, e) && (s->t[e].flags & NF_CAP))
        e++;
      sp.start = s->t[j + 2].s;
      sp.end = s->t[e - 1].e;
      return sp;
    }
  }
  for (j = s->a; j + 1 < s->b; j++) {
    int k = key_at(s, j);
    size_t p, e;
    /* "shelling of Kresk", "the bombing of Ostra" */
    int attack_of = k == K_OF && (cas_at(s, j - 1) & CC_ATTACK);
    if (k != K_IN && k != K_ON && !attack_of) continue;
    p = j + 1;
    if (key_at(s, p) == K_THE) p++;
    if (!is_word(s, p) || !(s->t[p].flags & NF_CAP)) continue;
    if (cat_at(s, p) & (WC_MONTH | WC_DAY)) continue;
    if (key_at(s, p) == K_THE) continue;
    if (demonym(s, p) && lower_word(s, p + 1))
      continue; /* "in Russian shelling" */
    if (loose_demonym(s, p) && lower_word(s, p + 1) &&
        (cat_at(s, p + 1) & WC_VICTIM))
      continue; /* "fired on Tibetan protesters", not "in Iran last week" */
    /* "in Ukraine’s Kresk region": the place after the possessive */
    if (possessive(s, p) && is_word(s, p + 1) && (s->t[p + 1].flags & NF_CAP)) {
      p++;
    } else if (p + 3 < s->b && !is_word(s, p + 1) && key_at(s, p + 2) == K_S &&
               s->t[p + 2].s == s->t[p + 1].e && is_word(s, p + 3) &&
               (s->t[p + 3].flags & NF_CAP)) {
      p += 3; /* the tokenizer split "Ukraine's" */
    }
    e = p + 1;
    while (e < s->b && e < p + 4 && is_word(s, e) && (s->t[e].flags & NF_CAP) &&
           !(cat_at(s, e) & (WC_MONTH | WC_DAY)))
      e++;
    if (cat_at(s, e) & WC_REGION)
      e++;
    else if (key_at(s, j + 1) == K_THE && !(cat_at(s, e - 1) & WC_REGION))
      continue; /* "in the Kremlin": a building, not an event place */
    sp.start = s->t[p].s;
    sp.end = s->t[e - 1].e;
    return sp;
  }
  return sp;
}

/* Extends a found group with the groups joined to it by "and" / a comma
   in the same direction ("three soldiers and two civilians").  dir > 0
   looks right from `e`, dir < 0 left from `st`.  Returns 0 or -1. */
static int more_groups(sent *s, int kind, size_t st, size_t e, int dir,
                       size_t trig) {
  size_t m;
  for (m = 0; m < 4; m++) {
    group g;
    if (dir > 0) {
      size_t j = e, ge;
      if (!(key_at(s, j) == K_AND || is_punct(s, j, ','))) return 0;
      j++;
      if (key_at(s, j) == K_AND) j++;
      if (key_at(s, j) == K_THEN) j++;
      /* "shot his wife and then himself": the shooter is one more */
      if (reflexive_at(s, j)) return push_one_person(s, kind, j, j + 1);
      ge = group_at(s, j, &g);
      if (ge == j || (!g.who && g.who_e == 0)) return 0;
      /* "... and 300 people were evacuated": the subject of a new clause */
      if ((cat_at(s, ge) & (WC_AUX | WC_TRIG)) || skippable(s, ge)) return 0;
      if (push_claim(s, kind, &g, trig, ge, 0) != 0) return -1;
      s->used[j - s->a] = 1;
      e = ge;
    } else {
      size_t j = st, gs;
      if (j > s->a + 1 && possessive_pronoun(s, j - 1))
        j--; /* "a woman and her two children" */
      if (j <= s->a) return 0;
      if (!(key_at(s, j - 1) == K_AND || is_punct(s, j - 1, ','))) return 0;
      /* "killing two adults and three children, and 22 injured": a tally
         of its own kind after ", and", not a group of this one */
      if (key_at(s, j - 1) == K_AND && is_punct(s, j - 2, ',') && e == trig)
        return 0;
      j--;
      if (key_at(s, j - 1) == K_AND || is_punct(s, j - 1, ',')) j--;
      gs = group_before(s, j, &g);
      if (gs != j && s->used[gs - s->a]) return 0; /* counted by another word */
      if (gs == j && key_at(s, j) == K_AND) {
        /* "the woman and the boy were killed", "Ann Kell and her son"
           ("and" only: "the Sheriff's Office, a man was wounded" is none) */
        gs = one_person_before(s, j, &g);
        if (gs == j || (cas_at(s, gs) & CC_PERSONAL) || s->used[gs - s->a])
          return 0;
        s->used[gs - s->a] = 1;
        if (!g.who) g.who = "people";
      }
      if (gs == j || (!g.who && g.who_e == 0)) return 0;
      if (push_claim(s, kind, &g, gs, trig + 1, 0) != 0) return -1;
      st = gs;
    }
  }
  return 0;
}

/* After a claim ending at token e: ", including a young girl". */
static int subset_after(sent *s, int kind, size_t e) {
  size_t j = e;
  group g;
  size_t ge;
  if (is_punct(s, j, ',')) j++;
  if (key_at(s, j) != K_INCLUDING && key_at(s, j) != K_AMONG) return 0;
  j++;
  if (key_at(s, j - 1) == K_AMONG && key_at(s, j) == K_THEM) j++;
  ge = group_at(s, j, &g);
  if (ge == j) return 0;
  if ((cat_at(s, ge) & WC_TRIG) && trig_form(s, ge) != F_ING &&
      !s->used[ge - s->a]) {
    /* "including 45 dead": the part's own word says its kind; of another
       kind ("120 casualties, including 45 dead") it is a count of its
       own, not a subset */
    int own = trig_kind(s, ge);
    s->used[ge - s->a] = 1;
    s->used[j - s->a] = 1;
    return push_claim(s, own, &g, j, ge + 1, own == kind);
  }
  if (push_claim(s, kind, &g, j, ge, 1) != 0) return -1;
  return more_groups(s, kind, j, ge, 1, j) == 0 ? 0 : -1;
}

/* "the death toll rose to eight", "a toll of 12", "rose from five to
   eight" (the latest value).  j is the token "toll". */
static int toll_claim(sent *s, size_t j, int kind) {
  size_t k;
  if (key_at(s, j - 1) == K_DEATH || key_at(s, j - 1) == K_CASUALTY)
    kind = key_at(s, j - 1) == K_DEATH ? LEDE_CAS_KILLED : LEDE_CAS_CASUALTIES;
  for (k = j + 1; k < s->b && k < j + 2 * LOOK; k++) {
    int ni = num_start(s, k);
    if (ni >= 0) {
      const lede_number *n = &s->nums[ni];
      group g;
      if (!countable(n)) continue;
      counted_group(&g, ni);
      if (n->qualifier == LEDE_Q_RANGE && key_at(s, k) == K_FROM) {
        /* a revised toll: only the new value is a claim */
        lede_casualty c;
        if (push_claim(s, kind, &g, k, s->nsp[2 * ni + 1], 0) != 0) return -1;
        c = ((lede_casualty *)s->out->items)[s->out->count - 1];
        c.count = c.min = c.max = n->max;
        c.qualifier = LEDE_Q_NONE;
        c.flags = LEDE_CF_HAS_MIN | LEDE_CF_HAS_MAX | LEDE_CF_REVISED;
        ((lede_casualty *)s->out->items)[s->out->count - 1] = c;
      } else {
        if (push_claim(s, kind, &g,
                       j - 1 >= s->a && key_at(s, j - 1) == K_DEATH ? j - 1 : j,
                       s->nsp[2 * ni + 1], 0) != 0)
          return -1;
      }
      s->used[k - s->a] = 1;
      {
        /* the wording says the toll changed: the claims of an article can
           then prefer it over earlier figures */
        size_t q;
        for (q = j + 1; q < k; q++)
          if (key_at(s, q) == K_ROSE || key_at(s, q) == K_RISEN ||
              key_at(s, q) == K_RISES || key_at(s, q) == K_CLIMBED ||
              key_at(s, q) == K_REACHED || (cas_at(s, q) & CC_REVISION) ||
              key_at(s, k) == K_FROM) {
            ((lede_casualty *)s->out->items)[s->out->count - 1].flags |=
                LEDE_CF_REVISED;
            break;
          }
      }
      return 0;
    }
    if (is_punct(s, k, '.') || is_punct(s, k, ';')) return 0;
  }
  return 0;
}

/* After a claim of people shot or wounded ending at token e: ", one of
   them fatally" / ", 1 fatally".  The fatal ones are a killed claim and
   leave the claim before it with the rest (an exact count only). */
static int fatally_after(sent *s, int kind, size_t e) {
  size_t j = e, k;
  int ni;
  group g;
  if (kind != LEDE_CAS_INJURED) return 0;
  if (is_punct(s, j, ',') || dash_at(s, j))
    j++; /* "six wounded -- two mortally" */
  if (j > e && key_at(s, j) == K_KILLING && (ni = num_start(s, j + 1)) >= 0 &&
      countable(&s->nums[ni]) && s->nums[ni].qualifier == LEDE_Q_NONE &&
      s->out->count > s->first_claim) {
    /* "shot four relatives, killing two": two of the four died; the
       killing claim is read by its own trigger */
    lede_casualty *prev = (lede_casualty *)s->out->items + (s->out->count - 1);
    if (prev->kind == LEDE_CAS_INJURED && prev->qualifier == LEDE_Q_NONE &&
        prev->count >= s->nums[ni].value) {
      prev->count -= s->nums[ni].value;
      prev->min = prev->max = prev->count;
      prev->flags &= (uint8_t)~LEDE_CF_SHOT;
      if (prev->count == 0) s->out->count--;
    }
    return 0;
  }
  ni = num_start(s, j);
  if (ni < 0 || !countable(&s->nums[ni])) return 0;
  k = s->nsp[2 * ni + 1];
  if (key_at(s, k) == K_OF && key_at(s, k + 1) == K_THEM) k += 2;
  /* "4 shot, 1 dead" (a comma, no "and") reads the same way */
  if (key_at(s, k) != K_FATALLY && key_at(s, k) != K_MORTALLY &&
      !(j > e && (key_at(s, k) == K_DEAD || key_at(s, k) == K_KILLED)))
    return 0;
  counted_group(&g, ni);
  if (s->out->count > s->first_claim) {
    lede_casualty *prev = (lede_casualty *)s->out->items + (s->out->count - 1);
    if (prev->kind == LEDE_CAS_INJURED && prev->qualifier == LEDE_Q_NONE &&
        s->nums[ni].qualifier == LEDE_Q_NONE &&
        prev->count >= s->nums[ni].value) {
      prev->count -= s->nums[ni].value;
      prev->min = prev->max = prev->count;
      prev->flags &= (uint8_t)~LEDE_CF_SHOT; /* the rest lived */
    }
  }
  s->used[j - s->a] = 1;
  return push_claim(s, LEDE_CAS_KILLED, &g, j, k + 1, 0);
}

/* The group at gs follows a comma right after the sentence's last injured
   claim: "seven hospitalized, one with critical injuries" -- a part of
   that count, not more people. */
static int part_of_claim_before(const sent *s, size_t gs) {
  const lede_casualty *prev;
  if (gs <= s->a + 1 || !is_punct(s, gs - 1, ',') ||
      s->out->count <= s->first_claim)
    return 0;
  prev = (const lede_casualty *)s->out->items + (s->out->count - 1);
  return prev->kind == LEDE_CAS_INJURED && prev->end == s->t[gs - 2].e;
}

/* Words between a person and the injury they suffered: "a nine-year-old
   girl suffering from a gunshot wound", "The child suffered minor
   injuries", "three victims who were suffering from gunshot wounds". */
static int injury_link(const sent *s, size_t j) {
  if (!is_word(s, j)) return is_punct(s, j, '-');
  return (cat_at(s, j) & WC_AUX) || key_at(s, j) == K_WHO ||
         key_at(s, j) == K_WITH || key_at(s, j) == K_A ||
         key_at(s, j) == K_AN || key_at(s, j) == K_FROM ||
         key_at(s, j) == K_SUFFERED || key_at(s, j) == K_NON ||
         key_at(s, j) == K_LIFE || key_at(s, j) == K_THREATENING ||
         key_at(s, j) == K_CRITICAL || (cas_at(s, j) & CC_INJURY_LINK) ||
         key_at(s, j) == K_TO || key_at(s, j) == K_THE ||
         key_at(s, j) == K_HOSPITAL || ends_with_ly(s, j);
}

/* A hospital at token k: "hospital", or the "Center" of "Medical Center"
   ("taken to North Memorial Medical Center"). */
static int hospital_at(const sent *s, size_t k) {
  return key_at(s, k) == K_HOSPITAL ||
         (word_is(s, k - 1, "medical") &&
          (word_is(s, k, "center") || word_is(s, k, "centre")));
}

/* An injury noun at j ("injuries", "gunshot wound"): the people who
   suffered it, found leftwards past linking words. */
static int injury_noun(sent *s, size_t j) {
  size_t k = j, m;
  group g;
  for (m = 0; m < 14 && k > s->a && injury_link(s, k - 1); m++) k--;
  if (k == j || k <= s->a) return 0;
  /* "taken to Hanover Regional Medical Center with injuries": a place */
  if (hospital_at(s, k - 1)) return 0;
  {
    size_t gs = group_before(s, k, &g);
    if (gs == k) {
      gs = one_person_before(s, k, &g);
      /* "at OU Medical Center with injuries": a place, not a person */
      if (gs != k && gs > s->a && g.who == NULL &&
          (key_at(s, gs - 1) == K_AT || key_at(s, gs - 1) == K_IN ||
           key_at(s, gs - 1) == K_TO || key_at(s, gs - 1) == K_FROM ||
           key_at(s, gs - 1) == K_ON || key_at(s, gs - 1) == K_OF ||
           key_at(s, gs - 1) == K_BY || (cas_at(s, gs - 1) & CC_PLACE_PREP)))
        return 0;
    }
    if (gs == k || s->used[gs - s->a]) return 0;
    s->used[gs - s->a] = 1;
    return push_claim(s, LEDE_CAS_INJURED, &g, gs, j + 1,
                      part_of_claim_before(s, gs));
  }
}

/* A short place phrase ending before token k ("at the scene", "in the
   home", "inside the car"): its preposition, or k when there is none. */
static size_t pp_before(const sent *s, size_t k) {
  size_t q, m;
  for (m = 1, q = k; m <= 5 && q > s->a + 1; m++) {
    q--;
    /* words, or a number: "in his 40s" */
    if (!is_word(s, q) && s->end_at[q - s->a] < 0) return k;
    if (key_at(s, q) == K_IN || key_at(s, q) == K_AT || key_at(s, q) == K_ON ||
        (cas_at(s, q) & CC_PLACE_PREP))
      return q + 1 < k ? q : k;
  }
  return k;
}

/* "Tomas Brell was shot in the chest and died", "The victim was taken to
   a hospital and pronounced dead": the subject of the passive clause
   before the "and" at token a is the one who died, when it is one person
   (a counted group "shot" is a claim of its own).  Returns the subject's
   first token + 1, or 0. */
static size_t shot_then_died(sent *s, size_t a, group *g) {
  size_t q = a, m, k, gs;
  if (q > s->a && is_punct(s, q - 1, ',')) q--; /* "to a hospital, and died" */
  for (m = 0; m < 14 && q > s->a; m++) {
    q--;
    if (is_punct(s, q, ',') || is_punct(s, q, ';') || key_at(s, q) == K_WHO)
      return 0;
    if (cat_at(s, q) & WC_AUX) break; /* "was shot", "was rushed to" */
  }
  if (!(cat_at(s, q) & WC_AUX)) return 0;
  k = q + 1;
  for (m = 0; m < LOOK && k > s->a && skippable(s, k - 1); m++) k--;
  gs = group_before(s, k, g);
  if (gs == k) gs = one_person_before(s, k, g);
  if (gs == k || g->num >= 0 || s->used[gs - s->a]) return 0;
  s->used[gs - s->a] = 1;
  return gs + 1;
}

/* A person's name starts at token k, as the object of an active verb:
   "killing Dorian Pell", "killed Mr. Osgood".  Words of the table (days,
   months, "In" of a title-case headline) are no names. */
static int named_after(const sent *s, size_t k) {
  if (!is_word(s, k) || !(s->t[k].flags & NF_CAP) ||
      (s->t[k].flags & NF_ALLCAP))
    return 0;
  if (cas_at(s, k) & CC_TITLE)
    return is_word(s, k + 2) && (s->t[k + 2].flags & NF_CAP);
  if (known_word(s, k) || pronoun(s, k)) return 0;
  /* a name of two capitalized words, or one before punctuation or the end */
  if (is_word(s, k + 1) && (s->t[k + 1].flags & NF_CAP) &&
      !known_word(s, k + 1) && !(s->t[k + 1].flags & NF_ALLCAP))
    return 1;
  return k + 1 >= s->b || is_punct(s, k + 1, ',') || is_punct(s, k + 1, '.');
}

/* The first word of the name after the "and" that follows the name ending
   before e, past an age after it ("Ana Ruiz, 18, and Tom Beck"), or e. */
static size_t name_after_and(const sent *s, size_t e) {
  size_t k = e;
  int ni;
  if (is_punct(s, k, ',') && (ni = num_start(s, k + 1)) >= 0 &&
      is_punct(s, s->nsp[2 * ni + 1], ','))
    k = s->nsp[2 * ni + 1];
  if (is_punct(s, k, ',')) k++;
  if (key_at(s, k) != K_AND || !named_after(s, k + 1)) return e;
  return k + 1;
}

/* Look-back and look-ahead limits of the readings, in tokens: each is a
   bound on how far a reader's eye goes, and keeps the whole linear. */
#define NAME_WORDS 3   /* capitalized words of a name after its first */
#define ASIDE_MAX 14   /* an aside between commas: ", ages 26 and 27," */
#define HOMETOWN_MAX 6 /* a hometown aside after an age: ", of Greenfield," */
#define RELATIVE_MAX \
  16 /* a relative clause: "A boy who was shot ... has died" */

/* What a reading returns when it does not apply and the next one is tried;
   otherwise a reading returns what push_claim() does (0, or -1: no memory). */
#define READ_ON 1

/* The trigger as its words combine: "shot and killed", "shot dead", "shot
   to death", "fatally shot" -- sets *kind and *last (its last token). */
static void compound(sent *s, size_t j, int form, int *kind, size_t *last) {
  /* a headline's "shoots and kills", "shoots, kills teen" */
  if ((key_at(s, j) == K_SHOOTS || key_at(s, j) == K_SHOOT) &&
      (key_at(s, j + 1) == K_AND || is_punct(s, j + 1, ',')) &&
      trig_kind(s, j + 2) == LEDE_CAS_KILLED && trig_form(s, j + 2) == F_PRES) {
    *kind = LEDE_CAS_KILLED;
    *last = j + 2;
    s->used[j + 2 - s->a] = 1;
  }
  if (key_at(s, j) == K_SHOT || key_at(s, j) == K_STABBED) {
    if (key_at(s, j + 1) == K_AND && (cat_at(s, j + 2) & WC_TRIG) &&
        (trig_form(s, j + 2) == F_PART || trig_form(s, j + 2) == F_INTR)) {
      *kind = trig_kind(s, j + 2);
      *last = j + 2;
      s->used[j + 2 - s->a] = 1;
    } else if (key_at(s, j + 1) == K_DEAD) {
      *kind = LEDE_CAS_KILLED;
      *last = j + 1;
      s->used[j + 1 - s->a] = 1;
    }
  }
  if (key_at(s, j + 1) == K_TO && key_at(s, j + 2) == K_DEATH &&
      form == F_PART) {
    *kind = LEDE_CAS_KILLED;
    *last = j + 2;
  }
  if (key_at(s, j - 1) == K_FATALLY || key_at(s, j - 1) == K_MORTALLY)
    *kind = LEDE_CAS_KILLED;
}

/* One past the capitalized words of a name starting at k, read on from e
   (at most NAME_WORDS after the first; with `unknown`, only words not in
   the table). */
static size_t name_end(const sent *s, size_t k, size_t e, int unknown) {
  while (e < s->b && e < k + 1 + NAME_WORDS && is_word(s, e) &&
         (s->t[e].flags & NF_CAP) && (!unknown || !known_word(s, e)))
    e++;
  return e;
}

/* Digits at k: "447" of "Flight 447", "9" of "Route 9". */
static int is_number_token(const sent *s, size_t k) {
  return k < s->b && s->t[k].type == NT_NUM;
}

/* The age number at k ("39-year-old"), or -1. */
static int age_at(const sent *s, size_t k) {
  int ni = num_start(s, k);
  return ni >= 0 && s->nums[ni].kind == LEDE_NUM_AGE ? ni : -1;
}

/* One person of a list at k: "Ana Ruiz", "39-year-old Ana Ruiz", "Ana
   Ruiz, 18" or "her daughter", "his 17-month-old son".  Returns the token
   after it, or k when none starts at k. */
static size_t listed_person(const sent *s, size_t k, int first) {
  size_t p = k, e;
  int ni = age_at(s, p);
  if (ni >= 0) p = s->nsp[2 * ni + 1];
  if (person_name_at(s, p)) {
    e = name_end(s, p, p + 1, 0);
    if (is_number_token(s, e)) return k; /* "Flight 447": a thing named */
  } else if (!first && possessive_pronoun(s, p)) {
    e = p + 1;
    if ((ni = age_at(s, e)) >= 0) e = s->nsp[2 * ni + 1];
    if (!singular_victim(s, e)) return k;
    e++;
  } else {
    return k;
  }
  /* an age between commas after it: "Michael Jordan, 59, and" */
  if (is_punct(s, e, ',') && (ni = age_at(s, e + 1)) >= 0) {
    size_t after = s->nsp[2 * ni + 1];
    if (is_punct(s, after, ',') || key_at(s, after) == K_AND || after >= s->b ||
        is_punct(s, after, '.'))
      e = after;
  }
  return e;
}

/* "the shooting death of Kyre Bethea", "the killing of 22-year-old Dana
   Horton": one named person; "the deaths of Ana Ruiz, 18, Tom Beck and
   his son": the people a list ending in "and" names (a comma alone may
   open a hometown: "Ana Ruiz, Orrin"). */
static int death_of_person(sent *s, size_t j, int kind, int form) {
  size_t k = j + 2, e, listed, m;
  double people = 1, sure = 1;
  group g;
  if (!((key_at(s, j) == K_DEATH || form == F_NOUN || form == F_ING) &&
        key_at(s, j + 1) == K_OF && !hedged(s, j)))
    return READ_ON;
  if ((e = listed_person(s, k, 1)) == k) return READ_ON;
  listed = e;
  for (m = 1; m < NAME_LIST; m++) {
    size_t p = e + is_punct(s, e, ','), q;
    int joined = key_at(s, p) == K_AND; /* the list's last "and" */
    if (p == e && !joined) break;
    q = listed_person(s, p + joined, 0);
    if (q == p + joined) break;
    e = q;
    people++;
    if (joined) {
      sure = people;
      listed = e;
      break;
    }
  }
  implied_group(&g, sure);
  return push_claim(s, kind, &g, j, listed, 0);
}

/* Another word of the killed kind near token j (within 2 * LOOK tokens):
   a count of its own the sentence gives. */
static int other_killed_near(const sent *s, size_t j) {
  size_t k = j > s->a + 2 * LOOK ? j - 2 * LOOK : s->a;
  for (; k < s->b && k <= j + 2 * LOOK; k++)
    if (k != j && trig_kind(s, k) == LEDE_CAS_KILLED) return 1;
  return 0;
}

/* "resulting in her death", "police are investigating his death": one
   person died, when no other word of the sentence counts the dead ("He was
   killed ... his death" is one); "his death sentence" is none. */
static int own_death(sent *s, size_t j) {
  group g;
  if (key_at(s, j) != K_DEATH ||
      !(key_at(s, j - 1) == K_HIS || key_at(s, j - 1) == K_HER))
    return READ_ON;
  if (j + 1 < s->b && is_word(s, j + 1) && !known_word(s, j + 1)) return 0;
  if (hedged(s, j - 1) || other_killed_near(s, j)) return 0;
  implied_group(&g, 1);
  return push_claim(s, LEDE_CAS_KILLED, &g, j - 1, j + 1, 0);
}

/* "a double homicide", "the triple slaying", "a quadruple shooting": the
   number of people the word before the event names (shot: with no word on
   who lived).  Returns 1 when a claim was added, 0 when j starts none, -1
   on no memory. */
static int multiple_event(sent *s, size_t j) {
  int k = key_at(s, j), e = key_at(s, j + 1), kind;
  group g;
  double n = k == K_DOUBLE ? 2 : k == K_TRIPLE ? 3 : k == K_QUADRUPLE ? 4 : 0;
  if (n == 0) return 0;
  if (e == K_HOMICIDE || e == K_MURDER || e == K_SLAYING || e == K_KILLING)
    kind = LEDE_CAS_KILLED;
  else if (e == K_SHOOTING)
    kind = LEDE_CAS_INJURED;
  else
    return 0;
  implied_group(&g, n);
  s->used[j + 1 - s->a] = 1;
  s->flags = kind == LEDE_CAS_INJURED ? LEDE_CF_SHOT : 0;
  k = push_claim(s, kind, &g, j, j + 2, 0);
  s->flags = 0;
  return k == 0 ? 1 : -1;
}

/* "from their homes", "out of the home" at k: the place people were
   driven from.  Returns the token after it, or 0. */
static size_t from_homes(const sent *s, size_t k) {
  if (key_at(s, k) == K_OUT && key_at(s, k + 1) == K_OF)
    k++;
  else if (key_at(s, k) != K_FROM)
    return 0;
  k++;
  if (key_at(s, k) == K_THE || possessive_pronoun(s, k)) k++;
  return (key_at(s, k) == K_HOMES || key_at(s, k) == K_HOME) ? k + 1 : 0;
}

/* "forced 300 people from their homes", "were forced from their homes":
   the homes within a few tokens after the verb. */
static int forced_from_homes(const sent *s, size_t j) {
  size_t k;
  for (k = j + 1; k < s->b && k < j + LOOK; k++)
    if (from_homes(s, k)) return 1;
  return 0;
}

/* "fled the fighting", "fled their homes": people displaced; "fled the
   scene" is a suspect leaving. */
static int fled_from(const sent *s, size_t j) {
  size_t k = j + 1;
  if (from_homes(s, k)) return 1;
  if (key_at(s, k) == K_THE || possessive_pronoun(s, k)) k++;
  return (cas_at(s, k) & CC_FLIGHT) || key_at(s, k) == K_HOMES ||
         key_at(s, k) == K_HOME;
}

/* "succumbed to his injuries", "succumbed to her wounds". */
static int succumbed_to_wounds(const sent *s, size_t j) {
  size_t m;
  if (key_at(s, j + 1) != K_TO) return 0;
  for (m = j + 2; m < j + 6 && m < s->b; m++)
    if (key_at(s, m) == K_INJURIES || key_at(s, m) == K_WOUNDS ||
        key_at(s, m) == K_WOUND)
      return 1;
  return 0;
}

/* "has shot three films", "shot the video in Lisbon": what a camera
   shoots, a few words after the verb. */
static int filmed_after(const sent *s, size_t j) {
  size_t m;
  for (m = j + 1; m < j + 4 && lower_word(s, m); m++)
    if (cas_at(s, m) & CC_FILMED) return 1;
  return 0;
}

/* "bodies" are the dead with "of" ("the bodies of two men") or a word of
   what is done with the dead in the clause ("16 bodies were recovered",
   "found two bodies"); "the two bodies would not match" (of a message,
   a standards body) are no one. */
static int dead_bodies(const sent *s, size_t j) {
  size_t a = j > s->a + LOOK ? j - LOOK : s->a, m;
  if (key_at(s, j + 1) == K_OF) return 1;
  for (m = a; m < s->b && m <= j + LOOK; m++)
    if (cas_at(s, m) & CC_FOUND) return 1;
  return 0;
}

/* Words that are casualty words only in some company: "death" (toll, of),
   "hostage" (taken, held), "homeless" (left), "dead" (not "dead end"),
   "fled" (the fighting), "forced" (from their homes). */
static int out_of_context(const sent *s, size_t j, int form) {
  if (key_at(s, j) == K_FLED) return !fled_from(s, j);
  if (key_at(s, j) == K_FORCED) return !forced_from_homes(s, j);
  if (key_at(s, j) == K_DEATH && key_at(s, j + 1) != K_OF) return 1;
  if (key_at(s, j) == K_HOSTAGE && key_at(s, j - 1) != K_TAKEN &&
      key_at(s, j - 1) != K_HELD)
    return 1;
  if (key_at(s, j) == K_HOMELESS && key_at(s, j - 1) != K_LEFT) return 1;
  /* "shot into the home": fired, which says nothing of who was hit */
  if (shot_word(s, j) && key_at(s, j + 1) == K_INTO) return 1;
  if (shot_word(s, j) && filmed_after(s, j)) return 1;
  if (key_at(s, j) == K_BODIES && !dead_bodies(s, j)) return 1;
  /* "the guests were treated to a concert" */
  if (key_at(s, j) == K_TREATED && key_at(s, j + 1) == K_TO) return 1;
  /* "passed away"; "succumbed to his injuries", not "to pressure" */
  if (key_at(s, j) == K_PASSED) return key_at(s, j + 1) != K_AWAY;
  if (key_at(s, j) == K_SUCCUMBED) return !succumbed_to_wounds(s, j);
  return form == F_ADJ && key_at(s, j) == K_DEAD && key_at(s, j + 1) == K_END;
}

/* "no one was hurt", "no injuries", "no other deaths": a count of 0. */
static int nobody_reading(sent *s, size_t j, int kind, int form, size_t last) {
  size_t gs;
  group g;
  if (form != F_ING && (gs = nobody_before(s, j)) != 0) {
    implied_group(&g, 0);
    g.who = "people";
    return push_claim(s, kind, &g, gs - 1, last + 1, 0);
  }
  if (form == F_NOUN &&
      (key_at(s, j - 1) == K_NO ||
       (key_at(s, j - 1) == K_OTHER && key_at(s, j - 2) == K_NO) ||
       (key_at(s, j - 1) == K_SERIOUS && key_at(s, j - 2) == K_NO))) {
    implied_group(&g, 0);
    return push_claim(s, kind, &g, j - 1, j + 1, 0);
  }
  return READ_ON;
}

/* A claim for the group g read from trigger token ts to te, then the
   groups chained to it ("three soldiers and two civilians"), those who
   died of their wounds and the subset that follows ("including a girl").
   The group's tokens run from gs to ge; dir says where more groups are. */
static int claim_with_company(sent *s, int kind, const group *g, size_t ts,
                              size_t te, size_t gs, size_t ge, int dir,
                              size_t from) {
  if (push_claim(s, kind, g, ts, te, 0) != 0) return -1;
  if (more_groups(s, kind, gs, ge, dir, from) != 0) return -1;
  if (fatally_after(s, kind, te) != 0) return -1;
  return subset_after(s, kind, te);
}

/* Plurals a count before them does not make people: "shot 10 times". */
static int not_people(const sent *s, size_t e) {
  return (cas_at(s, e) & CC_THINGS) != 0;
}

/* "killed three coworkers": a count and a plural the table does not know.
   Returns READ_ON when there is no count at k. */
static int count_and_plural(sent *s, size_t j, size_t k, int kind, int form) {
  int ni = num_start(s, k);
  size_t e;
  group g;
  if (!(ni >= 0 && countable(&s->nums[ni]) && form != F_NOUN &&
        !(cat_at(s, j - 1) & WC_AUX)))
    return READ_ON;
  e = s->nsp[2 * ni + 1];
  if (!(lower_word(s, e) && !known_word(s, e) && s->t[e].e - s->t[e].s > 3 &&
        s->text[s->t[e].e - 1] == 's' && s->text[s->t[e].e - 2] != 's' &&
        !not_people(s, e) && !s->used[k - s->a]))
    return 0; /* a count, but not of people; and no passive either */
  counted_group(&g, ni);
  g.who_s = e;
  g.who_e = e + 1;
  s->used[k - s->a] = 1;
  return claim_with_company(s, kind, &g, j, e + 1, k, e + 1, 1, j);
}

/* Words after a participle that do not make it active: time, place and
   manner ("killed after", "killed instantly", "killed near"). */
static int adjunct_word(const sent *s, size_t k) {
  return (cas_at(s, k) & CC_ADJUNCT) != 0;
}

/* A participle followed by an object, with no auxiliary before it, is
   active with an agent before it: "12 senators killed the bill", "He
   killed time".  "who was killed attended" is passive. */
static int object_follows(const sent *s, size_t j, size_t last) {
  size_t o = last + 1;
  if (cat_at(s, j - 1) & WC_AUX) return 0;
  return key_at(s, o) == K_THE || key_at(s, o) == K_A ||
         possessive_pronoun(s, o) || (cas_at(s, o) & CC_OBJECT) ||
         (lower_word(s, o) && !known_word(s, o) && !ends_with_ly(s, o) &&
          !adjunct_word(s, o));
}

/* "1 killed 3 injured", "2 dead 4 hurt": a headline's list of counts, each
   before its own word -- the count after the participle is the next
   item's, not its object. */
static int headline_list(const sent *s, size_t j, size_t last) {
  int before = num_end(s, j - 1), after = num_start(s, last + 1);
  size_t e;
  if (j <= s->a || before < 0 || after < 0 || !countable(&s->nums[before]) ||
      (cat_at(s, j - 1) & WC_AUX))
    return 0;
  e = s->nsp[2 * after + 1];
  return (cat_at(s, e) & WC_TRIG) != 0;
}

/* "shot his brother to death", "shot two women and a child to death":
   "to death" after the object (within 2 * LOOK tokens, before another
   casualty word or the end of a clause) says they died. */
static int to_death_after(const sent *s, size_t e) {
  size_t k;
  for (k = e; k < s->b && k < e + 2 * LOOK; k++) {
    if (key_at(s, k) == K_TO && key_at(s, k + 1) == K_DEATH) return 1;
    if ((cat_at(s, k) & WC_TRIG) || is_punct(s, k, '.') || is_punct(s, k, ';'))
      return 0;
  }
  return 0;
}

/* "another" at k standing for a person with no noun after it: the end,
   punctuation or a function word follows ("wounded another in the leg"),
   not a count ("another 53") or a noun ("another man"). */
static int another_alone(const sent *s, size_t k) {
  size_t n = k + 1;
  if (key_at(s, k) != K_ANOTHER) return 0;
  if (n >= s->b || !is_word(s, n)) return num_start(s, n) < 0;
  return known_word(s, n) && !adjective(s, n) && !victim_noun(s, n) &&
         !(cat_at(s, n) & WC_TRIG) && num_start(s, n) < 0;
}

/* A headline's one person with no article, as the object at k of a verb
   in the present ("shoots student", "kills teen", "shoots sister, 8"; up
   to two adjectives before the noun).  Sets *g and returns the token after
   the noun, or k. */
static size_t bare_person_after(const sent *s, size_t k, group *g) {
  size_t q, m;
  for (m = 0, q = k; m < 3 && q < s->b; m++, q++) {
    if (singular_victim(s, q)) {
      implied_group(g, 1);
      return one_victim(s, k, q, g);
    }
    if (!adjective(s, q)) break;
  }
  return k;
}

/* Active: the count follows ("killed at least 35 people", "injuring 12",
   "killing Dorian Pell"). */
static int active_reading(sent *s, size_t j, int kind, int form, size_t last) {
  size_t k = last + 1, ge;
  group g;
  int rc;
  if (!(form == F_PART || form == F_ING || form == F_PRES)) return READ_ON;
  if (headline_list(s, j, last)) return READ_ON;
  if (key_at(s, k) == K_A && key_at(s, k + 1) == K_TOTAL &&
      key_at(s, k + 2) == K_OF)
    k += 3;
  else if (key_at(s, k) == K_THE && num_start(s, k + 1) >= 0 &&
           s->nums[num_start(s, k + 1)].kind == LEDE_NUM_CARDINAL)
    k++; /* "the shooting that injured the four party guests" */
  /* "shot himself", "killing himself": one person */
  if (reflexive_at(s, k)) return push_one_person(s, kind, j, k + 1);
  /* "the man shot him": one person, when the sentence has counted no one
     yet (else "him" is likely one of those) */
  if (key_at(s, k) == K_HIM && s->out->count == s->first_claim &&
      !s->used[k - s->a]) {
    s->used[k - s->a] = 1;
    return push_one_person(s, kind, j, k + 1);
  }
  /* "killed one man and wounded another": one more person, no noun */
  if (another_alone(s, k) && !s->used[k - s->a]) {
    s->used[k - s->a] = 1;
    return push_one_person(s, kind, j, k + 1);
  }
  ge = group_at(s, k, &g);
  if (ge != k && !s->used[k - s->a]) {
    s->used[k - s->a] = 1;
    if (kind == LEDE_CAS_INJURED && to_death_after(s, ge)) {
      kind = LEDE_CAS_KILLED;
      s->flags = 0;
    }
    return claim_with_company(s, kind, &g, j, ge, k, ge, 1, j);
  }
  if ((rc = count_and_plural(s, j, k, kind, form)) != READ_ON) return rc;
  if ((form == F_PRES || form == F_ING) &&
      (ge = bare_person_after(s, k, &g)) != k && !s->used[k - s->a]) {
    int rc2;
    s->used[k - s->a] = 1;
    if (kind == LEDE_CAS_INJURED && shot_word(s, j) &&
        key_at(s, ge) == K_DEAD) {
      kind = LEDE_CAS_KILLED; /* "shoots man dead" */
      s->flags = 0;
      s->used[ge - s->a] = 1;
      ge++;
    }
    /* "Man kills wife, self": the shooter too */
    if ((rc2 = push_claim(s, kind, &g, j, ge, 0)) != 0) return rc2;
    return more_groups(s, kind, k, ge, 1, j);
  }
  if (named_after(s, k)) {
    /* "killing Dorian Pell", "shooting and killing Mr. Osgood",
       "killing Ana Ruiz, 18, and Tom Beck, 20" */
    size_t e = k + 1, next;
    if (is_punct(s, e, '.')) e++; /* Mr. */
    s->used[k - s->a] = 1;
    implied_group(&g, 1);
    e = name_end(s, k, e, 1);
    while (g.count < NAME_LIST && (next = name_after_and(s, e)) != e) {
      s->used[next - s->a] = 1;
      e = name_end(s, next, next + 1, 1);
      g.count++;
    }
    /* "shot to death Zina Bowser and her daughter" */
    if (push_claim(s, kind, &g, j, e, 0) != 0) return -1;
    return more_groups(s, kind, k, e, 1, j);
  }
  if (form == F_ING || form == F_PRES) return 0;
  if (object_follows(s, j, last)) return 0;
  return READ_ON;
}

/* A noun with "of": "the deaths of three people". */
static int noun_of_reading(sent *s, size_t j, int kind, int form) {
  size_t k = j + 2, ge;
  group g;
  if (!((form == F_NOUN || form == F_ING) && key_at(s, j + 1) == K_OF))
    return READ_ON;
  if (key_at(s, k) == K_THE) return 0;
  ge = group_at(s, k, &g);
  /* a headline's "death of toddler", "killing of teen" */
  if (ge == k) ge = bare_person_after(s, k, &g);
  if (ge == k || s->used[k - s->a]) return READ_ON;
  s->used[k - s->a] = 1;
  /* "the bodies of an 8-year-old child, a man and a woman" */
  if (push_claim(s, kind, &g, j, ge, 0) != 0) return -1;
  return more_groups(s, kind, k, ge, 1, j);
}

/* An aside between commas before the verb: "Two men, ages 26 and 27, were
   shot", "Delia Marsh, 8, of Greenfield, died" (the hometown a second
   aside after the age), "Travis Ward, 31, died" (a named person).  Moves *k
   before the aside and returns READ_ON, or returns the claim, or 0 when
   the comma opens no aside. */
static int aside_before(sent *s, size_t *k, int kind, int form, size_t last) {
  size_t p = *k - 1, q;
  int ni;
  group g;
  for (q = 0; q < ASIDE_MAX && p > s->a; q++) {
    p--;
    if (is_punct(s, p, ',')) break;
  }
  if (is_punct(s, p, ',') && p < *k - 1 && key_at(s, p + 1) == K_OF &&
      p > s->a + 1 && num_end(s, p - 1) >= 0) {
    size_t p2 = p - 1, q2;
    for (q2 = 0; q2 < HOMETOWN_MAX && p2 > s->a; q2++) {
      p2--;
      if (is_punct(s, p2, ',')) break;
    }
    if (is_punct(s, p2, ',')) {
      *k = p;
      p = p2;
    }
  }
  if (!(is_punct(s, p, ',') && p < *k - 1)) return 0;
  ni = num_start(s, p + 1);
  if (ni >= 0 && s->nums[ni].kind == LEDE_NUM_AGE && is_word(s, p - 1) &&
      (s->t[p - 1].flags & NF_CAP) && s->nsp[2 * ni + 1] == *k - 1 &&
      form != F_NOUN) {
    size_t ns = p - 1, m = 0;
    while (ns > s->a && m++ < NAME_WORDS) {
      if (initial_before(s, ns) && ns > s->a + 2 && is_word(s, ns - 3) &&
          (s->t[ns - 3].flags & NF_CAP))
        ns -= 2; /* "Tom B. Beck" */
      if (!(is_word(s, ns - 1) && (s->t[ns - 1].flags & NF_CAP))) break;
      ns--;
    }
    implied_group(&g, 1);
    ns = names_before(s, ns, &g); /* "Ana Ruiz, 18, and Tom Beck, 20," */
    return push_claim(s, kind, &g, ns, last + 1, 0);
  }
  *k = p;
  return READ_ON;
}

/* "the boy who was killed", "Colin Marsh, who died Sunday": the person
   before "who" (at k - 1). */
static int who_reading(sent *s, size_t j, size_t k, int kind, size_t last) {
  size_t gs;
  int ai;
  group g;
  if (key_at(s, j) == K_SHOT && kind == LEDE_CAS_INJURED && s->died) return 0;
  k--;
  if (is_punct(s, k - 1, ',')) k--;
  ai = num_end(s, k - 1);
  if (ai >= 0 && s->nums[ai].kind == LEDE_NUM_AGE && s->nsp[2 * ai] > s->a &&
      is_punct(s, s->nsp[2 * ai] - 1, ','))
    k = s->nsp[2 * ai] - 1; /* "Eddie Vale, 29, who": the name */
  gs = group_before(s, k, &g);
  if (gs != k && g.num >= 0 && !g.who && g.who_e == 0 && gs > s->a &&
      is_punct(s, gs - 1, ',')) {
    /* "Eddie Vale, 29, who was shot": an age, not a count */
    k = gs - 1;
    gs = k;
  }
  if (gs == k) gs = one_person_before(s, k, &g);
  if (gs == k || s->used[gs - s->a]) return 0;
  s->used[gs - s->a] = 1;
  return push_claim(s, kind, &g, gs, last + 1, 0);
}

/* "Two officers were among those injured": part of a larger toll ("those"
   at k - 1). */
static int among_those(sent *s, size_t k, int kind, size_t last) {
  size_t q = k - 2, m, gs;
  group g;
  for (m = 0; m < LOOK && q > s->a && skippable(s, q - 1); m++) q--;
  gs = group_before(s, q, &g);
  if (gs == q) return 0;
  return push_claim(s, kind, &g, gs, last + 1, 1);
}

/* "A boy who was shot in the face at home has died": the person before a
   relative clause that ends at k.  Returns where it starts, or k. */
static size_t person_before_relative(const sent *s, size_t k, group *g) {
  size_t q = k, m, gs;
  for (m = 0; m < RELATIVE_MAX && q > s->a + 1; m++) {
    q--;
    if (!is_word(s, q) && !is_punct(s, q, '-')) break;
    if (key_at(s, q) == K_WHO) {
      gs = group_before(s, q, g);
      if (gs == q) gs = one_person_before(s, q, g);
      return gs == q ? k : gs;
    }
    /* a reduced relative: "A boy shot while hunting has died", "Man found
       in car died" */
    if ((key_at(s, q) == K_SHOT || key_at(s, q) == K_FOUND) && q > s->a &&
        !(cat_at(s, q - 1) & WC_AUX)) {
      gs = group_before(s, q, g);
      if (gs == q) gs = one_person_before(s, q, g);
      if (gs != q && g->num < 0 && !s->used[gs - s->a]) return gs;
      return k;
    }
  }
  return k;
}

/* "Civilians were killed": people, but no number (unspecified, count 2),
   the plural right before k. */
static int unspecified_plural(sent *s, size_t j, size_t k, int kind, int form,
                              size_t last) {
  size_t q = k - 1;
  group g;
  lede_casualty *c;
  if (!(form != F_NOUN && !hedged(s, j) && victim_noun(s, k - 1) &&
        !singular_victim(s, k - 1) && !s->used[k - 1 - s->a] &&
        !(cat_at(s, k - 2) & WC_VICTIM) && key_at(s, k - 2) != K_OF &&
        num_end(s, k - 2) < 0))
    return READ_ON;
  if (key_at(s, q - 1) == K_THE) q--;
  implied_group(&g, 2);
  g.who = victim_noun(s, k - 1);
  s->used[k - 1 - s->a] = 1;
  if (push_claim(s, kind, &g, q, last + 1, 0) != 0) return -1;
  c = (lede_casualty *)s->out->items + (s->out->count - 1);
  c->qualifier = LEDE_Q_UNSPECIFIED;
  c->flags &= (uint8_t)~LEDE_CF_HAS_MAX;
  return 0;
}

/* The subject before the verb (at k): a counted group ("Twelve people were
   killed"), one person ("he was shot", "the victim died"), the group
   before a short place phrase ("Three other men at the scene were hit"). */
/* A headline's list of people with no determiners, from the start of the
   sentence to token k: "Mother, toddler killed", "Man, woman dead", "Two
   bailiffs, shooter killed" -- one count, their sum.  Returns where the
   list starts (the sentence's start), or k when there is none. */
static size_t bare_list_before(const sent *s, size_t k, group *g) {
  size_t p = k, m;
  double total = 0;
  for (m = 0; m < 8 && p > s->a; m++) {
    group t;
    size_t gs;
    if (singular_victim(s, p - 1)) {
      int ai;
      total += 1;
      p--;
      ai = num_end(s, p - 1); /* "17-month-old child" */
      if (ai >= 0 && s->nums[ai].kind == LEDE_NUM_AGE) p = s->nsp[2 * ai];
    } else if ((gs = group_before(s, p, &t)) != p && t.num >= 0) {
      total += s->nums[t.num].value;
      p = gs;
    } else {
      return k;
    }
    if (p == s->a) break;
    if (!is_punct(s, p - 1, ',') && key_at(s, p - 1) != K_AND) return k;
    p--;
  }
  if (p != s->a || m == 0) return k; /* m: the items after the first */
  implied_group(g, total);
  g->s = p;
  g->e = k;
  return p;
}

static int subject_reading(sent *s, size_t j, size_t k, int kind, int form,
                           size_t last) {
  group g;
  size_t gs = group_before(s, k, &g);
  int rc;
  if (gs != k && g.num >= 0 && s->nums[g.num].value > 1 &&
      s->nums[g.num].qualifier == LEDE_Q_NONE && singular_verb(s, k, j))
    return 0; /* "9 was killed": a label (Route 9), not a count */
  /* "he was shot" counts one injured unless the sentence says someone
     died; with no word on the outcome the claim is marked SHOT */
  if (gs == k &&
      (key_at(s, j) != K_SHOT || kind == LEDE_CAS_KILLED || !s->died) &&
      form != F_NOUN)
    gs = one_person_before(s, k, &g);
  if (gs == k && form != F_NOUN && kind == LEDE_CAS_KILLED)
    gs = person_before_relative(s, k, &g);
  if (gs == k && form != F_NOUN) {
    size_t p = pp_before(s, k);
    if (p != k && (gs = group_before(s, p, &g)) == p) gs = k;
  }
  if (gs == k && form != F_NOUN) gs = bare_list_before(s, k, &g);
  if (gs == k &&
      (rc = unspecified_plural(s, j, k, kind, form, last)) != READ_ON)
    return rc;
  if (gs == k || hypothetical_before(s, gs)) return 0;
  /* "A boy shot while hunting has died": the one shot is the one who died */
  if (key_at(s, j) == K_SHOT && kind == LEDE_CAS_INJURED && s->died &&
      g.num < 0 && k == j)
    return 0;
  if (g.num >= 0 && s->used[gs - s->a]) return 0;
  s->used[gs - s->a] = 1;
  return claim_with_company(s, kind, &g, gs, last + 1, gs, k, -1, last);
}

/* Passive, adjective, noun, intransitive: the count comes before, past
   auxiliaries and adverbs and past an aside between commas. */
static int passive_reading(sent *s, size_t j, int kind, int form, size_t last) {
  size_t k = j, m, gs;
  group g;
  int rc;
  if (key_at(s, k - 1) == K_FATALLY || key_at(s, k - 1) == K_MORTALLY) k--;
  for (m = 0; m < LOOK && k > s->a &&
              (skippable(s, k - 1) ||
               (key_at(s, k - 1) == K_TO &&
                (cas_at(s, k - 2) & CC_HEDGE)) || /* believed to */
               (s->hedge && (cat_at(s, k - 1) & WC_MODAL) &&
                key_at(s, k) == K_HAVE)); /* may have */
       m++)
    k--;
  /* "a boy who police say was shot": the speaker is no subject; the one
     before it is */
  if (k < j && (cas_at(s, k) & CC_SPEECH) && k > s->a + 1 &&
      (cas_at(s, k - 1) & CC_PRONOUN) && key_at(s, k - 2) == K_WHO)
    k--;
  if (key_at(s, k - 1) == K_AND && (cat_at(s, k - 2) & WC_TRIG)) return 0;
  k = ages_before(s, k); /* "Two men, ages 26 and 27, were shot" */
  /* "One of the men inside was pronounced dead", "Two people inside were
     hurt": a place word with no object after the group */
  if (k > s->a + 1 && k < j && (cat_at(s, k) & WC_AUX) &&
      (cas_at(s, k - 1) & CC_ADJUNCT) && (cas_at(s, k - 1) & CC_PLACE_PREP) &&
      (cat_at(s, k - 2) & WC_VICTIM))
    k--;
  if (kind == LEDE_CAS_KILLED && key_at(s, k - 1) == K_AND &&
      (gs = shot_then_died(s, k - 1, &g)) != 0)
    return push_claim(s, kind, &g, gs - 1, last + 1, 0);
  if (is_punct(s, k - 1, ',') &&
      (rc = aside_before(s, &k, kind, form, last)) != READ_ON)
    return rc;
  if (key_at(s, k - 1) == K_WHO && k - 1 > s->a)
    return who_reading(s, j, k, kind, last);
  if (key_at(s, k - 1) == K_THOSE && key_at(s, k - 2) == K_AMONG)
    return among_those(s, k, kind, last);
  return subject_reading(s, j, k, kind, form, last);
}

/* "in critical condition", "in serious but stable condition": a word on
   the state of someone hurt (at j, the "in"). */
static int condition_at(const sent *s, size_t j) {
  size_t k = j + 1, m;
  if (key_at(s, j) != K_IN) return 0;
  for (m = 0; m < 3 && is_word(s, k) && key_at(s, k) != K_CONDITION; m++, k++)
    if (!(cas_at(s, k) & CC_CONDITION)) return 0;
  return m > 0 && key_at(s, k) == K_CONDITION ? (int)(k - j + 1) : 0;
}

/* "<people> (were) in critical condition", "a woman remains in serious
   condition": injured, read like a passive ("were wounded"); the group
   must not be one an earlier word of the sentence counted. */
static int condition_reading(sent *s, size_t j) {
  int len = condition_at(s, j);
  size_t k = j, m, gs;
  group g;
  if (!len || hedged(s, j)) return 0;
  for (m = 0; m < LOOK && k > s->a && skippable(s, k - 1); m++) k--;
  /* "in critical condition" after a noun: no verb; "he's in", one */
  if (k == j) {
    if (!(j > s->a && contracted_pronoun(s, j - 1))) return 0;
    gs = j - 3;
    implied_group(&g, 1);
  } else {
    gs = group_before(s, k, &g);
    if (gs == k) gs = one_person_before(s, k, &g);
  }
  if (gs == k || s->used[gs - s->a]) return 0;
  s->used[gs - s->a] = 1;
  return push_claim(s, LEDE_CAS_INJURED, &g, gs, j + (size_t)len, 0);
}

/* "located a deceased white male", "found the dead man": an adjective of
   death before one person's noun (up to three words between: adjectives,
   an age), after a determiner -- one killed. */
static int attributive_death(sent *s, size_t j, int kind, int form) {
  size_t k, m;
  group g;
  if (form != F_ADJ || kind != LEDE_CAS_KILLED || j <= s->a ||
      !(key_at(s, j - 1) == K_A || key_at(s, j - 1) == K_AN ||
        key_at(s, j - 1) == K_THE || possessive_pronoun(s, j - 1)))
    return READ_ON;
  for (m = 0, k = j + 1; m < 4 && k < s->b; m++) {
    int ni = num_start(s, k);
    if (singular_victim(s, k)) {
      if (s->used[k - s->a]) return 0;
      s->used[k - s->a] = 1;
      implied_group(&g, 1);
      one_victim(s, j - 1, k, &g);
      return push_claim(s, kind, &g, j - 1, k + 1, 0);
    }
    if (ni >= 0 && s->nums[ni].kind == LEDE_NUM_AGE) {
      k = s->nsp[2 * ni + 1];
      continue;
    }
    if (!adjective(s, k) || (s->t[k].flags & NF_CAP)) break;
    k++;
  }
  return READ_ON;
}

/* The readings of a casualty word at j (through `last`) of a kind and
   form, in the order a reader tries them. */
static int readings(sent *s, size_t j, int kind, int form, size_t last) {
  int rc;
  if ((rc = death_of_person(s, j, kind, form)) != READ_ON) return rc;
  if ((rc = own_death(s, j)) != READ_ON) return rc;
  if (out_of_context(s, j, form)) return 0;
  if ((rc = nobody_reading(s, j, kind, form, last)) != READ_ON) return rc;
  if (hedged(s, j)) return 0;
  if (kind == LEDE_CAS_INJURED &&
      (key_at(s, j) == K_INJURIES || key_at(s, j) == K_WOUND ||
       key_at(s, j) == K_BURNS ||
       (key_at(s, j) == K_WOUNDS && injury_link(s, j - 1)))) {
    /* "a man with a gunshot wound" says nothing of the outcome either */
    if (!s->lived && (key_at(s, j) == K_WOUND || key_at(s, j) == K_WOUNDS))
      s->flags = LEDE_CF_SHOT;
    return injury_noun(s, j);
  }
  if ((rc = attributive_death(s, j, kind, form)) != READ_ON) return rc;
  /* "the killing of a teen": the -ing form as a noun */
  if (form == F_ING && key_at(s, j + 1) == K_OF &&
      (rc = noun_of_reading(s, j, kind, form)) != READ_ON)
    return rc;
  if ((rc = active_reading(s, j, kind, form, last)) != READ_ON) return rc;
  if ((rc = noun_of_reading(s, j, kind, form)) != READ_ON) return rc;
  return passive_reading(s, j, kind, form, last);
}

/* "Man shot, killed on South Side", "6-year-old girl shot in the head,
   killed": a headline's death word after a comma, with no object, says
   the one shot before it died (a "shot" at most SHOT_BACK tokens before
   the comma, its subject before it).  Returns 1 when a claim was read or
   changed, 0 when j reads none this way, -1 on no memory. */
#define SHOT_BACK 6
static int shot_then_killed(sent *s, size_t j) {
  size_t q, m, gs;
  group g;
  lede_casualty *prev;
  if (trig_kind(s, j) != LEDE_CAS_KILLED || trig_form(s, j) != F_PART ||
      j < s->a + 3 || !is_punct(s, j - 1, ','))
    return 0;
  if (j + 1 < s->b && is_word(s, j + 1) && !(cas_at(s, j + 1) & CC_ADJUNCT) &&
      key_at(s, j + 1) != K_IN && key_at(s, j + 1) != K_ON &&
      key_at(s, j + 1) != K_AT)
    return 0; /* "shot, killed his wife": a verb with an object */
  for (m = 0, q = j - 1; m < SHOT_BACK && q > s->a; m++) {
    q--;
    if (shot_word(s, q)) break;
    if (!is_word(s, q)) return 0;
  }
  if (!shot_word(s, q) || q == s->a || (cat_at(s, q - 1) & WC_AUX)) return 0;
  /* the claim already read from the "shot": now a death */
  prev = s->out->count > s->first_claim
             ? (lede_casualty *)s->out->items + (s->out->count - 1)
             : NULL;
  if (prev && prev->kind == LEDE_CAS_INJURED && (prev->flags & LEDE_CF_SHOT) &&
      prev->end == s->t[q].e) {
    prev->kind = LEDE_CAS_KILLED;
    prev->flags &= (uint8_t)~LEDE_CF_SHOT;
    prev->end = s->t[j].e;
    s->used[j - s->a] = 1;
    return 1;
  }
  gs = group_before(s, q, &g);
  if (gs == q) gs = one_person_before(s, q, &g);
  if (gs == q || s->used[gs - s->a]) return 0;
  s->used[gs - s->a] = 1;
  s->used[j - s->a] = 1;
  return push_claim(s, LEDE_CAS_KILLED, &g, gs, j + 1, 0) == 0 ? 1 : -1;
}

/* A capitalized trigger in a run of capitalized words that a lower-case
   word opens, in a sentence not capitalized throughout, is part of a
   title or a name: "a version of Live And Let Die", "visited the Killing
   Fields".  A headline keeps its words: "Teen Fatally Shot" at the start
   of a sentence, "Two Killed In Crash" throughout, "OFFICERS SHOT" in
   capitals. */
static int in_title(const sent *s, size_t j) {
  size_t p = j, m;
  if (!(s->t[j].flags & NF_CAP) || (s->t[j].flags & NF_ALLCAP) || !s->has_lower)
    return 0;
  /* back over the run; a word in capitals ends it ("... POLICE SHOOTING
     Slain officers were ...": a page's headline before another) */
  for (m = 0; m < 8 && p > s->a && is_word(s, p - 1) &&
              (s->t[p - 1].flags & NF_CAP) && !(s->t[p - 1].flags & NF_ALLCAP);
       m++)
    p--;
  return p > s->a && lower_word(s, p - 1) &&
         (p < j || (is_word(s, j + 1) && (s->t[j + 1].flags & NF_CAP)));
}

/* One casualty word at token j, with the words it combines with. */
static int trigger(sent *s, size_t j) {
  int kind = trig_kind(s, j), form = trig_form(s, j), rc;
  size_t last = j; /* the trigger's last token */
  if (!s->used[j - s->a] && (rc = shot_then_killed(s, j)) != 0)
    return rc < 0 ? -1 : 0;
  /* in a murder-suicide those shot died */
  if (s->suicide && shot_word(s, j)) kind = LEDE_CAS_KILLED;
  if (s->used[j - s->a] || in_title(s, j)) return 0;
  compound(s, j, form, &kind, &last);
  s->hedge = (uint8_t)uncertain(s, j);
  s->found_so_far = key_at(s, j) == K_BODIES && key_at(s, j + 1) != K_OF;
  rc = readings(s, j, kind, form, last);
  s->hedge = s->found_so_far = 0;
  return rc;
}

/* "crushed to death", "trampled to death": a verb the table does not
   count, killed with "to death".  Returns what readings() does, or 0 when
   j starts none. */
static int to_death(sent *s, size_t j) {
  int rc;
  if (!(cas_at(s, j) & CC_TO_DEATH) || key_at(s, j + 1) != K_TO ||
      key_at(s, j + 2) != K_DEATH)
    return 0;
  s->used[j + 2 - s->a] = 1;
  s->hedge = (uint8_t)uncertain(s, j);
  rc = readings(s, j, LEDE_CAS_KILLED, F_PART, j + 2);
  s->hedge = 0;
  return rc;
}

/* The sentence tells of a death only in a clause before token gs, closed
   by "and" or a comma before gs: "One victim was pronounced dead at the
   scene, and two others were ...". */
static int death_told_before(const sent *s, size_t gs) {
  size_t k;
  int seen = 0, joined = 0;
  for (k = s->a; k < s->b; k++) {
    int dies = trig_kind(s, k) == LEDE_CAS_KILLED ||
               key_at(s, k) == K_FATALLY || key_at(s, k) == K_FATAL ||
               key_at(s, k) == K_DEADLY || key_at(s, k) == K_MORTALLY;
    if (k >= gs && dies) return 0;
    if (k < gs && dies) {
      seen = 1;
      joined = 0;
    } else if (k < gs && seen &&
               (key_at(s, k) == K_AND || is_punct(s, k, ','))) {
      joined = 1;
    }
  }
  return seen && joined;
}

/* "were taken to a hospital", "was rushed to the hospital": hurt, read
   like a passive, with no word on the outcome (someone taken to a
   hospital may have died there).  Not when the sentence says someone
   died: "taken to a hospital, where he died". */
static int hospital_reading(sent *s, size_t j) {
  size_t k = j, m, h, gs;
  group g;
  int rc;
  if (!(cas_at(s, j) & CC_CARRIED) || key_at(s, j + 1) != K_TO) return 0;
  for (h = j + 2; h < s->b && h < j + 6 && !hospital_at(s, h); h++)
    if (!is_word(s, h)) return 0;
  if (!hospital_at(s, h) || hedged(s, j)) return 0;
  for (m = 0; m < LOOK && k > s->a && skippable(s, k - 1); m++) k--;
  if (k == j || !(cat_at(s, k) & WC_AUX)) return 0; /* passive only */
  if (s->died && is_punct(s, k - 1, ',')) return 0;
  if (is_punct(s, k - 1, ',')) {
    /* "Two other people, both juveniles, were taken to a hospital" */
    s->flags = s->sure_lived ? 0 : LEDE_CF_SHOT;
    rc = aside_before(s, &k, LEDE_CAS_INJURED, F_PART, h);
    s->flags = 0;
    if (rc != READ_ON) return rc;
  }
  gs = group_before(s, k, &g);
  if (gs == k) gs = one_person_before(s, k, &g);
  if (gs == k || s->used[gs - s->a]) return 0;
  /* beside a death, only others in a clause of their own: "one was
     pronounced dead, and two others were taken to a hospital" (not "taken
     to a hospital, where he died", nor "he" after the one who died) */
  if (s->died && !(death_told_before(s, gs) && !(cas_at(s, gs) & CC_PERSONAL)))
    return 0;
  s->used[gs - s->a] = 1;
  s->flags = s->sure_lived ? 0 : LEDE_CF_SHOT;
  rc = push_claim(s, LEDE_CAS_INJURED, &g, gs, h + 1, 0);
  s->flags = 0;
  return rc;
}

/* A hospital within a few words after token h: "the hospital", "a local
   hospital", "Mercy Hospital" (the words before it: at most 4). */
static size_t hospital_after(const sent *s, size_t h) {
  size_t k;
  for (k = h; k < s->b && k < h + 5; k++) {
    if (hospital_at(s, k)) return k;
    if (!is_word(s, k)) return 0;
  }
  return 0;
}

/* A word of "remain": "remains in the hospital". */
static int remain_word(const sent *s, size_t j) {
  return is_word(s, j) && s->t[j].e - s->t[j].s >= 6 &&
         memcmp(s->text + s->t[j].s, "remain", 6) == 0;
}

/* Someone hurt, told by where they are: "The girl remains in the
   hospital", "the boy was released from the hospital" (one treated who
   lived).  j is the "in" or the "released". */
static int hospital_state_reading(sent *s, size_t j) {
  size_t k = j, h, m, gs;
  group g;
  if (s->died) return 0; /* "he died in the hospital" */
  if (key_at(s, j) == K_IN && remain_word(s, j - 1))
    h = hospital_after(s, j + 1);
  else if (key_at(s, j) == K_RELEASED && key_at(s, j + 1) == K_FROM)
    h = hospital_after(s, j + 2);
  else
    return 0;
  if (!h || hedged(s, j)) return 0;
  for (m = 0; m < LOOK && k > s->a && skippable(s, k - 1); m++) k--;
  if (k == j) return 0;
  gs = group_before(s, k, &g);
  if (gs == k) gs = one_person_before(s, k, &g);
  if (gs == k || s->used[gs - s->a]) return 0;
  s->used[gs - s->a] = 1;
  /* "Four were hurt, and three of them have been released": a part of
     the count before */
  return push_claim(
      s, LEDE_CAS_INJURED, &g, gs, h + 1,
      s->out->count > s->first_claim && key_at(s, gs + 1) == K_OF &&
          (key_at(s, gs + 2) == K_THEM || key_at(s, gs + 2) == K_THOSE));
}

/* "all 12 passengers survived", "the three crew members all survived":
   nobody of the whole group died (killed 0); "one survived" says
   nothing of the others. */
static int survivors_reading(sent *s, size_t j) {
  size_t k = j, m, gs;
  int all = 0;
  group g;
  if (key_at(s, j) != K_SURVIVED) return 0;
  for (m = 0; m < LOOK && k > s->a && skippable(s, k - 1); m++) {
    if (key_at(s, k - 1) == K_ALL) all = 1;
    k--;
  }
  gs = group_before(s, k, &g);
  if (gs == k || s->used[gs - s->a]) return 0;
  if (key_at(s, gs - 1) == K_ALL) {
    all = 1;
    gs--;
  }
  if (!all) return 0;
  s->used[gs - s->a] = 1;
  g.num = -1;
  g.count = 0;
  g.ord = 0;
  return push_claim(s, LEDE_CAS_KILLED, &g, gs, j + 1, 0);
}

/* "in the leg", "in her upper left arm" at k: where a bullet hit someone
   (a body part, after at most two words that place it on the body). */
static int body_part_at(const sent *s, size_t k) {
  size_t m;
  if (key_at(s, k) != K_IN) return 0;
  k++;
  if (!(key_at(s, k) == K_THE || possessive_pronoun(s, k))) return 0;
  for (m = k + 1; m < k + 4 && m < s->b && is_word(s, m); m++)
    if (cas_at(s, m) & CC_BODY) return 1;
  return 0;
}

/* A word of gunfire by the hit word at j: "by a stray bullet" after it
   (dir 1), or "a bullet grazed", "fired twice, striking" before it. */
static int gunfire_near(const sent *s, size_t j, int dir) {
  size_t m;
  if (dir > 0) {
    if (!(key_at(s, j + 1) == K_BY || key_at(s, j + 1) == K_WITH)) return 0;
    for (m = j + 2; m < j + 6 && m < s->b; m++)
      if (cas_at(s, m) & CC_GUNFIRE) return 1;
    return 0;
  }
  for (m = j; m > s->a && m + 3 * LOOK > j; m--)
    if (cas_at(s, m - 1) & (CC_GUNFIRE | CC_WEAPON)) return 1;
  return 0;
}

/* "were hit by gunfire", "was struck by a stray bullet", "was struck in
   the neck": people shot, read like "were shot".  Returns 1 when a claim
   was added, 0 when j starts none, -1 on no memory. */
static int struck_by_gunfire(sent *s, size_t j) {
  size_t k = j, m, gs;
  group g;
  if (!(cas_at(s, j) & CC_HIT) ||
      !(gunfire_near(s, j, 1) || body_part_at(s, j + 1)))
    return 0;
  for (m = 0; m < LOOK && k > s->a && skippable(s, k - 1); m++) k--;
  if (k == j || !(cat_at(s, k) & WC_AUX)) return 0; /* passive only */
  gs = group_before(s, k, &g);
  if (gs == k) gs = one_person_before(s, k, &g);
  if (gs == k && pp_before(s, k) != k) {
    size_t p = pp_before(s, k);
    if ((gs = group_before(s, p, &g)) == p) gs = k;
  }
  if (gs == k || s->used[gs - s->a]) return 0;
  s->used[gs - s->a] = 1;
  s->flags = s->lived ? 0 : LEDE_CF_SHOT;
  m = (size_t)push_claim(s, s->suicide ? LEDE_CAS_KILLED : LEDE_CAS_INJURED, &g,
                         gs, j + 1, 0);
  s->flags = 0;
  return m == 0 ? 1 : -1;
}

/* "a bullet grazed a deputy", "gunfire struck Ana Velic and two others",
   "fired twice, striking a boy": people shot, told by what hit them,
   read like an active "shot".  Only after a word of gunfire: a car that
   "struck a man", a storm that "hit the town" are other stories.
   Returns 1 when a claim was added, 0 when j starts none, -1 on no
   memory. */
static int gunfire_hit(sent *s, size_t j) {
  size_t k = j, m, before = s->out->count;
  int rc;
  if (!(cas_at(s, j) & CC_HIT) || s->used[j - s->a] || hedged(s, j)) return 0;
  for (m = 0; m < LOOK && k > s->a && skippable(s, k - 1); m++) k--;
  if (k < j && (cat_at(s, k) & WC_AUX)) return 0; /* passive */
  if (k > s->a && (cat_at(s, k - 1) & WC_AUX)) return 0;
  if (!gunfire_near(s, j, -1)) return 0;
  s->flags = s->lived ? 0 : LEDE_CF_SHOT;
  rc = active_reading(s, j, s->suicide ? LEDE_CAS_KILLED : LEDE_CAS_INJURED,
                      F_ING, j);
  if (rc == 0 && s->out->count == before && singular_victim(s, j + 1) &&
      !s->used[j + 1 - s->a]) {
    /* a headline's "Bullet grazes teen": the victim with no article */
    group g;
    implied_group(&g, 1);
    s->used[j + 1 - s->a] = 1;
    rc = push_claim(s, s->suicide ? LEDE_CAS_KILLED : LEDE_CAS_INJURED, &g, j,
                    j + 2, 0);
  }
  s->flags = 0;
  if (rc < 0) return -1;
  return s->out->count > before;
}

/* The one who shot took their own life: "turned the gun on himself",
   "took his own life" (killed 1, or injured when the sentence says they
   lived).  Returns 1 when a claim was added, 0 when j starts none, -1 on
   no memory. */
static int self_killed(sent *s, size_t j) {
  size_t e = 0;
  group g;
  if (key_at(s, j) == K_TURNED || key_at(s, j) == K_TURNING) {
    size_t k = j + 1;
    if (key_at(s, k) == K_THE || possessive_pronoun(s, k)) k++;
    if ((cas_at(s, k) & CC_WEAPON) && key_at(s, k + 1) == K_ON &&
        reflexive_at(s, k + 2))
      e = k + 3;
  } else if ((key_at(s, j) == K_TOOK || key_at(s, j) == K_TAKING) &&
             possessive_pronoun(s, j + 1) && key_at(s, j + 2) == K_OWN &&
             key_at(s, j + 3) == K_LIFE) {
    e = j + 4;
  }
  if (e == 0 || hedged(s, j)) return 0;
  implied_group(&g, 1);
  return push_claim(s,
                    s->lived && !s->died ? LEDE_CAS_INJURED : LEDE_CAS_KILLED,
                    &g, j, e, 0) == 0
             ? 1
             : -1;
}

/* The end of the clause after token j: the first ".", "!", ";" or "?"
   (or the sentence's end).  A clause that ends with "?" asks ("How many
   died?", "Why were three children killed?") and counts nobody. */
static size_t clause_end(const sent *s, size_t j) {
  size_t k = j + 1;
  while (k < s->b && !is_punct(s, k, '.') && !is_punct(s, k, '!') &&
         !is_punct(s, k, ';') && !is_punct(s, k, '?'))
    k++;
  return k;
}

/* What the whole sentence says, read once before its claims: its place,
   whether someone lived or died, a murder-suicide. */
static void sentence_facts(sent *s) {
  size_t j;
  s->place = find_place(s);
  s->lived = (uint8_t)survived(s);
  s->sure_lived = (uint8_t)sure_survived(s);
  s->died = (uint8_t)death_said(s);
  s->suicide = 0;
  s->has_lower = 0;
  for (j = s->a; j < s->b && !s->has_lower; j++)
    s->has_lower = (uint8_t)(lower_word(s, j) && s->t[j].e - s->t[j].s > 3);
  for (j = s->a; j + 1 < s->b; j++)
    if (key_at(s, j) == K_MURDER &&
        (key_at(s, j + 1) == K_SUICIDE ||
         (is_punct(s, j + 1, '-') && key_at(s, j + 2) == K_SUICIDE))) {
      s->suicide = 1;
      s->died = 1;
      break;
    }
}

/* The readings of "lives": "35 people lost their lives", "three lives
   were lost", "claimed the lives of 12 people".  -1 when out of memory. */
static int lives_reading(sent *s, size_t j) {
  if (key_at(s, j) == K_LIVES && key_at(s, j - 1) == K_THEIR &&
      key_at(s, j - 2) == K_LOST) {
    /* "35 people lost their lives" */
    group g;
    size_t k = j - 2, gs;
    size_t m;
    for (m = 0; m < LOOK && k > s->a && skippable(s, k - 1); m++) k--;
    gs = group_before(s, k, &g);
    if (gs != k && !hedged(s, j - 2))
      return push_claim(s, LEDE_CAS_KILLED, &g, gs, j + 1, 0);
  } else if (key_at(s, j) == K_LIVES &&
             (key_at(s, j + 1) == K_LOST ||
              ((cat_at(s, j + 1) & WC_AUX) && key_at(s, j + 2) == K_LOST))) {
    /* "Three lives were lost" */
    group g;
    int ni = num_end(s, j - 1);
    if (ni >= 0 && countable(&s->nums[ni]) && !hedged(s, j + 1)) {
      counted_group(&g, ni);
      return push_claim(s, LEDE_CAS_KILLED, &g, s->nsp[2 * ni],
                        j + 2 + (key_at(s, j + 1) != K_LOST), 0);
    }
  } else if (key_at(s, j) == K_LIFE && key_at(s, j + 1) == K_OF &&
             key_at(s, j - 1) == K_THE &&
             (key_at(s, j - 2) == K_CLAIMED ||
              key_at(s, j - 2) == K_CLAIMING) &&
             !hedged(s, j - 2)) {
    /* "claimed the life of a boy", "claimed the life of Ana Ruiz": one */
    group g;
    implied_group(&g, 1);
    return push_claim(s, LEDE_CAS_KILLED, &g, j - 2, j + 2, 0);
  } else if (key_at(s, j) == K_LIVES && key_at(s, j + 1) == K_OF &&
             (key_at(s, j - 1) == K_THE) &&
             (key_at(s, j - 2) == K_CLAIMED ||
              key_at(s, j - 2) == K_CLAIMING)) {
    /* "claimed the lives of 12 people" */
    group g;
    size_t ge = group_at(s, j + 2, &g);
    if (ge != j + 2 && !hedged(s, j - 2))
      return push_claim(s, LEDE_CAS_KILLED, &g, j - 2, ge, 0);
  }
  return 0;
}

/* The sentence's claims in text order (a sentence holds a few claims:
   insertion sort is enough). */
static void claims_in_text_order(sent *s) {
  lede_casualty *c = (lede_casualty *)s->out->items;
  size_t i, k;
  for (i = s->first_claim + 1; i < s->out->count; i++) {
    lede_casualty x = c[i];
    for (k = i; k > s->first_claim && c[k - 1].start > x.start; k--)
      c[k] = c[k - 1];
    c[k] = x;
  }
}

/* The bytes [a, a + n) and [b, b + n) are the same, ASCII case aside. */
static int same_words(const char *a, const char *b, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) {
    unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
    if (x >= 'A' && x <= 'Z') x = (unsigned char)(x + 32);
    if (y >= 'A' && y <= 'Z') y = (unsigned char)(y + 32);
    if (x != y) return 0;
  }
  return 1;
}

/* The claims c and d say the same thing in the same words, and so do the
   words after them (up to REPEAT_AFTER bytes, within the sentence): a page
   that ran a caption or a headline into its sentence twice ("Gallery: Five
   bodies found in Lake home Gallery: Five bodies found in Lake home").
   "Two were shot in Orrin and two were shot in Varna" are two counts. */
#define REPEAT_AFTER 16
static int same_claim(const char *text, const lede_casualty *c,
                      const lede_casualty *d) {
  size_t nc = c->sent_end - c->end, nd = d->sent_end - d->end;
  size_t n = nc < nd ? nc : nd;
  if (n > REPEAT_AFTER) n = REPEAT_AFTER;
  return c->kind == d->kind && c->count == d->count &&
         c->qualifier == d->qualifier && c->flags == d->flags &&
         c->end - c->start == d->end - d->start &&
         same_words(text + c->start, text + d->start, c->end - c->start) &&
         (n == REPEAT_AFTER || nc == nd) &&
         same_words(text + c->end, text + d->end, n);
}

/* Drops the claims of the sentence that repeat one of the REPEAT_BACK
   claims before them word for word (bounded: linear). */
#define REPEAT_BACK 8
static void drop_repeated_claims(sent *s) {
  lede_casualty *c = (lede_casualty *)s->out->items;
  size_t i, k, n = s->first_claim;
  for (i = s->first_claim; i < s->out->count; i++) {
    int seen = 0;
    for (k = n; k > s->first_claim && k + REPEAT_BACK > n && !seen; k--)
      seen = same_claim(s->text, &c[k - 1], &c[i]);
    if (!seen) c[n++] = c[i];
  }
  s->out->count = n;
}

/* A case-insensitive match of the word at j with w (upper case). */
static int word_upper_is(const sent *s, size_t j, const char *w) {
  size_t n = strlen(w), i;
  if (!is_word(s, j) || s->t[j].e - s->t[j].s != n) return 0;
  for (i = 0; i < n; i++) {
    char c = s->text[s->t[j].s + i];
    if ((c >= 'a' && c <= 'z' ? c - 32 : c) != w[i]) return 0;
  }
  return 1;
}

/* The sentence is a link to another story, as pages print them beside an
   article: a kicker and a colon ("RELATED: Two shot, one dead on the East
   Side", "READ MORE: ...", "STORY: ...") or a video's running time
   ("1:27 1 dead after Fife collision").  Its counts are another event's. */
static int link_to_other_story(const sent *s) {
  static const char *const kickers[] = {
      "RELATED", "MORE", "STORY", "WATCH", "READ", "ALSO", "SEE", "PREVIOUSLY"};
  size_t j, k, words = 0;
  const char *t;
  /* one or two kicker words, then the colon: "RELATED:", "READ MORE:",
     "SEE ALSO:" */
  for (j = s->a; j < s->b && j < s->a + 2; j++) {
    int kicker = 0;
    for (k = 0; k < sizeof kickers / sizeof kickers[0] && !kicker; k++)
      kicker = word_upper_is(s, j, kickers[k]);
    if (!kicker) break;
    words++;
  }
  if (words > 0 && is_punct(s, s->a + words, ':')) return 1;
  /* "1:27 " + a capitalized word or a count: no clock time (no "a.m.") */
  t = s->text + s->t[s->a].s;
  return s->sent_e - s->t[s->a].s > 5 && t[0] >= '0' && t[0] <= '9' &&
         t[1] == ':' && t[2] >= '0' && t[2] <= '5' && t[3] >= '0' &&
         t[3] <= '9' && t[4] == ' ' &&
         ((t[5] >= 'A' && t[5] <= 'Z') || (t[5] >= '0' && t[5] <= '9'));
}

/* The claims of one sentence: each token tried as the start of a toll, a
   trigger or one of the readings, outside questions.  -1 when out of
   memory. */
static int do_sentence(sent *s) {
  size_t j, end = s->a; /* the end of the clause j is in: linear in all */
  int asks = 0;
  if (link_to_other_story(s)) return 0;
  sentence_facts(s);
  for (j = s->a; j < s->b; j++) {
    int rc = 0;
    if (j >= end) {
      end = clause_end(s, j);
      asks = end < s->b && is_punct(s, end, '?');
    }
    if (asks) continue; /* a question counts nobody */
    if (key_at(s, j) == K_TOLL) {
      rc = toll_claim(s, j, LEDE_CAS_KILLED);
    } else if (key_at(s, j) == K_NUMBER && key_at(s, j + 1) == K_OF &&
               ((cat_at(s, j + 2) & WC_TRIG) ||
                (victim_noun(s, j + 2) && (cat_at(s, j + 3) & WC_TRIG)))) {
      /* "the number of dead has risen to 17", "brought the number of
         people killed to 14" read as a toll */
      size_t t = (cat_at(s, j + 2) & WC_TRIG) ? j + 2 : j + 3;
      rc = toll_claim(s, t, trig_kind(s, t));
      s->used[t - s->a] = 1;
      j = t;
    } else if (cat_at(s, j) & WC_TRIG) {
      s->flags = (shot_word(s, j) && !s->lived) ? LEDE_CF_SHOT : 0;
      rc = trigger(s, j);
      s->flags = 0;
    } else if ((rc = self_killed(s, j)) != 0 ||
               (rc = multiple_event(s, j)) != 0 ||
               (rc = struck_by_gunfire(s, j)) != 0 ||
               (rc = gunfire_hit(s, j)) != 0 ||
               (rc = condition_reading(s, j)) != 0 ||
               (rc = to_death(s, j)) != 0 ||
               (rc = hospital_reading(s, j)) != 0 ||
               (rc = hospital_state_reading(s, j)) != 0 ||
               (rc = survivors_reading(s, j)) != 0) {
      rc = rc < 0 ? -1 : 0;
    } else {
      rc = lives_reading(s, j);
    }
    if (rc != 0) return -1;
  }
  claims_in_text_order(s);
  drop_repeated_claims(s);
  return 0;
}

/* ------------------------------------------------------------ public */

const char *lede_casualty_kind_name(int kind) {
  static const char *const names[] = {"killed",    "injured",   "missing",
                                      "displaced", "evacuated", "abducted",
                                      "casualties"};
  if (kind < 0 || kind > LEDE_CAS_CASUALTIES) return "unknown";
  return names[kind];
}

/* The tokens are lexed a sentence at a time into a window that keeps
   BACK tokens before the sentence (the number scanner looks at most three
   tokens behind a sentence's start) and drops the rest once SLACK tokens
   are behind it: memory is O(longest sentence) + O(claims), not 24 bytes
   per token of the text, and every sentence sees the same tokens
   as with the whole text lexed at once. */
#define BACK 16
#define SLACK 4096

/* Grows the per-token scratch maps to hold a sentence of n tokens. */
static int grow_maps(int32_t **maps, uint8_t **used, size_t *cap, size_t n) {
  int32_t *m;
  uint8_t *u;
  if (n <= *cap) return 0;
  m = (int32_t *)realloc(*maps, 2 * n * sizeof *m);
  if (!m) return -1;
  *maps = m;
  u = (uint8_t *)realloc(*used, n);
  if (!u) return -1;
  *used = u;
  *cap = n;
  return 0;
}

/* Drops the tokens well behind token ti (keeping BACK of them), once
   SLACK have piled up; ti is moved with them. */
static void forget_tokens_behind(lede_vec *toks, size_t *ti) {
  size_t drop;
  if (*ti <= BACK + SLACK) return;
  drop = *ti - BACK;
  memmove(toks->items, (nt_tok *)toks->items + drop,
          (toks->count - drop) * sizeof(nt_tok));
  toks->count -= drop;
  *ti -= drop;
}

/* *s: the sentence of tokens [a, b) with its numbers and their token
   spans, and the per-token maps (maps: 2 * (b - a), used: b - a) cleared
   and filled with where each number starts and ends. */
static void sentence_view(sent *s, const char *text, const nt_tok *tv, size_t a,
                          size_t b, const lede_vec *nums, const lede_vec *spans,
                          int32_t *maps, uint8_t *used) {
  size_t k;
  memset(s, 0, sizeof *s);
  s->text = text;
  s->t = tv;
  s->a = a;
  s->b = b;
  s->nums = (const lede_number *)nums->items;
  s->nsp = (const uint32_t *)spans->items;
  s->nn = nums->count;
  s->start_at = maps;
  s->end_at = maps + (b - a);
  s->used = used;
  for (k = 0; k < b - a; k++) {
    s->start_at[k] = -1;
    s->end_at[k] = -1;
    s->used[k] = 0;
  }
  for (k = 0; k < s->nn; k++) {
    s->start_at[s->nsp[2 * k] - a] = (int32_t)k;
    s->end_at[s->nsp[2 * k + 1] - 1 - a] = (int32_t)k;
  }
}

int lede_casualties(const char *text, size_t len, lede_casualty **out,
                    size_t *count) {
  nl_cursor cur;
  lede_vec toks, nums, spans, claims;
  lede_span *sents = NULL;
  size_t nsents = 0, si, ti = 0, mcap = 0;
  int32_t *maps = NULL;
  uint8_t *used = NULL;
  int rc = LEDE_OK;
  if (out) *out = NULL;
  if (count) *count = 0;
  if (!out || !count || (!text && len)) return LEDE_ERR_ARG;
  if (len > LEDE_MAX_INPUT) return LEDE_ERR_TOOBIG;
  if (len == 0) return LEDE_OK;
  nl_cursor_init(&cur);
  lede_vec_init(&toks, sizeof(nt_tok));
  lede_vec_init(&nums, sizeof(lede_number));
  lede_vec_init(&spans, 2 * sizeof(uint32_t));
  lede_vec_init(&claims, sizeof(lede_casualty));
  rc = lede_sentences(text, len, &sents, &nsents);
  if (rc != LEDE_OK) goto fail;
  for (si = 0; si < nsents; si++) {
    sent s;
    const nt_tok *tv;
    size_t a, b, nt;
    forget_tokens_behind(&toks, &ti);
    /* every token that starts before the sentence's end (news text has a
       token every five or six bytes: room for them at once, since growing
       a long sentence's tokens step by step copies them each time) */
    if (sents[si].end > cur.i &&
        lede_vec_reserve(&toks, (sents[si].end - cur.i) / 6 + 16) != 0)
      goto nomem;
    if (nl_tokenize_more(text, len, &cur, sents[si].end, SIZE_MAX, &toks))
      goto nomem;
    tv = (const nt_tok *)toks.items;
    nt = toks.count;
    /* tokens of the sentence: those that start inside its span */
    while (ti < nt && tv[ti].s < sents[si].start) ti++;
    a = ti;
    while (ti < nt && tv[ti].s < sents[si].end) ti++;
    b = ti;
    if (a == b) continue;
    if (grow_maps(&maps, &used, &mcap, b - a) != 0) goto nomem;
    nums.count = 0;
    spans.count = 0;
    if (nl_scan_numbers(text, tv, a, b, &nums, &spans) != 0) goto nomem;
    sentence_view(&s, text, tv, a, b, &nums, &spans, maps, used);
    s.out = &claims;
    s.first_claim = claims.count;
    s.sent_s = sents[si].start;
    s.sent_e = sents[si].end;
    if (do_sentence(&s) != 0) goto nomem;
  }
  free(maps);
  free(used);
  lede_free(sents);
  lede_vec_free(&toks);
  lede_vec_free(&nums);
  lede_vec_free(&spans);
  *out = (lede_casualty *)lede_vec_release(&claims, count);
  return LEDE_OK;
nomem:
  rc = LEDE_ERR_NOMEM;
fail:
  free(maps);
  free(used);
  lede_free(sents);
  lede_vec_free(&toks);
  lede_vec_free(&nums);
  lede_vec_free(&spans);
  lede_vec_free(&claims);
  return rc;
}
