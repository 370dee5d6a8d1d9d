/*
 * lede_casualty_groups.c -- who a count counts: the group of people
 * a number, an article or a word of kin makes, before or after a casualty
 * word ("three of the victims", "a 35-year-old man", "both men"), and
 * "no one".
 * Internal to the casualty reader (lede_casualties.h).
 */
#include <string.h>

#include "lede_casualties.h"

/* A group the wording implies, with no number of its own: "the death of
   Kyre Bethea" (1), "no one was hurt" (0), "civilians were killed" (2). */
void cas_implied_group(group *g, double count) {
  memset(g, 0, sizeof *g);
  g->num = -1;
  g->count = count;
}

/* A group counted by the sentence's number ni. */
void cas_counted_group(group *g, int ni) {
  memset(g, 0, sizeof *g);
  g->num = ni;
}

/* The noun after the number ending at token e (exclusive): up to two
   adjectives, then a victim noun, or a lower-case plural. */
static size_t noun_after(const sent *s, size_t e, group *g, int vague) {
  size_t j = e, k;
  if (vague && key_at(s, j) == K_OF && victim_noun(s, j + 1))
    j++; /* dozens of people */
  for (k = 0; k < 3; k++, j++) {
    int ai = num_start(s, j);
    if (ai >= 0 && s->nums[ai].kind == LEDE_NUM_AGE && k == 0) {
      j = s->nsp[2 * ai + 1] - 1; /* "two 4-year-old girls" */
      continue;
    }
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
     casualty word: "35 fishermen were killed" (but not "shot 10 times",
     "five rounds were shot") */
  if (is_word(s, e) && !(s->t[e].flags & NF_ALLCAP) && !known_word(s, e) &&
      !(cas_at(s, e) & CC_THINGS) && s->t[e].e - s->t[e].s > 3 &&
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
  if (cas_at(s, e) & CC_THINGS) return 0; /* "struck three homes" */
  c = cat_at(s, e);
  if (c & WC_DAY) return 0; /* "shot around 11 Friday night": a time */
  if (c & (WC_AUX | WC_TRIG | WC_MODAL | WC_YEARCTX)) return 1;
  if (c & (WC_UNITW | WC_CUR)) return 0;
  if (s->t[e].flags & NF_CAP) return 1;
  if (known_word(s, e)) return 1; /* a function word of the table */
  return (cas_at(s, e) & CC_FOLLOWER) || ends_with_ly(s, e);
}

/* "both victims", "both men": two. */
static size_t both_group(const sent *s, size_t j, group *g) {
  size_t e = noun_after(s, j + 1, g, 0);
  /* "both of them", "both of the men" */
  if (e == j + 1 && key_at(s, j + 1) == K_OF &&
      (key_at(s, j + 2) == K_THEM || key_at(s, j + 2) == K_THOSE ||
       key_at(s, j + 2) == K_THE)) {
    e = key_at(s, j + 2) == K_THE ? noun_after(s, j + 3, g, 0) : j + 3;
    if (e == j + 3 && key_at(s, j + 2) == K_THE) return j;
    g->count = 2;
    g->s = j;
    g->e = e;
    if (!g->who) g->who = "people";
    return e;
  }
  /* "both were pronounced dead": the two the sentence or the one before
     named */
  if (e == j + 1 && (cat_at(s, j + 1) & WC_AUX)) {
    g->count = 2;
    g->s = j;
    g->e = j + 1;
    g->who = "people";
    return j + 1;
  }
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
    /* "one of the family dogs": things, not people */
    if ((cas_at(s, k) & CC_THINGS) || (cas_at(s, k + 1) & CC_THINGS)) return j;
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
size_t cas_one_victim(const sent *s, size_t j, size_t k, group *g) {
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
    if (singular_victim(s, k)) return cas_one_victim(s, j, k, g);
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

/* "the fourth victim" is one person when a verb or an aside follows the
   noun (ending before k): "The fourth victim, 24, was shot", not "The
   third person killed was a nurse" (an order among the dead). */
static int ordered_subject(const sent *s, size_t k) {
  return (cat_at(s, k) & WC_AUX) || is_punct(s, k, ',');
}

/* One person after a determiner at j ("a", "another", "the", "his", a
   lone "one"): "a young man", "the 22-year-old victim", "a fourth man". */
static size_t determined_person(const sent *s, size_t j, group *g) {
  size_t k = j + 1, m;
  int ak = num_start(s, k), in_order = 0;
  int indefinite = key_at(s, j) == K_A || key_at(s, j) == K_AN;
  /* "a 17-year-old was shot", "another 23-year-old was shot" */
  if ((indefinite || key_at(s, j) == K_ANOTHER) && ak >= 0 &&
      s->nums[ak].kind == LEDE_NUM_AGE) {
    size_t e = age_as_person(s, j, ak, g);
    if (e != j) return e;
  }
  for (m = 0; m < 4 && k < s->b; m++) {
    int nk = num_start(s, k);
    if (singular_victim(s, k)) {
      /* "an adult female", "a teen girl": the second word names them */
      if (singular_victim(s, k + 1) && lower_word(s, k + 1)) k++;
      if (in_order && !ordered_subject(s, k + 1)) return j;
      return cas_one_victim(s, j, k, g);
    }
    if (nk >= 0 && s->nums[nk].kind == LEDE_NUM_AGE) {
      k = s->nsp[2 * nk + 1];
      continue;
    }
    /* "the fourth victim was shot": one person of the article's order */
    if (nk >= 0 && s->nums[nk].kind == LEDE_NUM_ORDINAL && m == 0 &&
        !indefinite && key_at(s, j) == K_THE) {
      k = s->nsp[2 * nk + 1];
      in_order = 1;
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
size_t cas_group_at(const sent *s, size_t j, group *g) {
  int ni = num_start(s, j);
  cas_implied_group(g, 0);
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
size_t cas_ages_before(const sent *s, size_t k) {
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
size_t cas_group_before(const sent *s, size_t j, group *g) {
  size_t k = j, m;
  cas_implied_group(g, 0);
  if (j <= s->a) return j;
  k = cas_ages_before(s, j);
  if (k != j) {
    size_t gs = cas_group_before(s, k, g);
    return gs == k ? j : gs;
  }
  /* a number right before: "Five dead", "30 people injured" */
  for (m = 0; m < 4 && k > s->a; m++) {
    int ni = num_end(s, k - 1);
    /* "Two 4-year-old girls": the age stands between the count and its
       noun */
    if (ni >= 0 && s->nums[ni].kind == LEDE_NUM_AGE && c_age_at(s, ni) &&
        s->nsp[2 * ni] > s->a && num_end(s, s->nsp[2 * ni] - 1) >= 0) {
      k = s->nsp[2 * ni];
      ni = num_end(s, k - 1);
    }
    if (ni >= 0) {
      size_t ns = s->nsp[2 * ni], e;
      group tmp;
      if (!countable(&s->nums[ni]) || ages_word_before(s, ns)) break;
      e = cas_group_at(s, ns, &tmp);
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
      size_t e = cas_group_at(s, k - 1, &tmp);
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
  /* "her sister and mother": the noun after "and" shares the determiner
     of the one before it, whose group the chain reads on (more_groups) */
  if (p > s->a + 1 && key_at(s, p - 1) == K_AND && singular_victim(s, p - 2) &&
      lower_word(s, p)) {
    g->who = victim_noun(s, p);
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
    /* "the fourth victim": an ordinal of the article's order, one person
       (a toll only in a headline's start, above) */
    if (ni >= 0 &&
        (s->nums[ni].kind == LEDE_NUM_AGE ||
         (s->nums[ni].kind == LEDE_NUM_ORDINAL && ordered_subject(s, p + 1)))) {
      q = s->nsp[2 * ni];
    } else if (!adjective(s, q) && !((cat_at(s, q) & WC_VICTIM) &&
                                     (q == s->a || lower_word(s, q)))) {
      break; /* a victim word before the noun: "the teen victim" */
    }
    if (q == s->a ||
        (q == s->a + 2 && is_punct(s, q - 1, ':') && is_word(s, s->a))) {
      g->who = victim_noun(s, p);
      return q;
    }
  }
  return j;
}

/* An aside between commas that ends right before token k ("Ana Ruiz, who
   lived nearby, was shot"): the token of its opening comma, or k when
   there is none within ASIDE_MAX tokens. */
size_t cas_aside_start(const sent *s, size_t k) {
  size_t p, m;
  if (k <= s->a + 1 || !is_punct(s, k - 1, ',')) return k;
  for (m = 0, p = k - 1; m < ASIDE_MAX && p > s->a + 1; m++) {
    p--;
    if (is_punct(s, p, ',')) return p + 1 < k - 1 ? p : k;
    if (is_punct(s, p, ';') || is_punct(s, p, '.')) return k;
  }
  return k;
}

/* An aside between dashes that ends right before token k ("Two other
   people -- both juveniles -- were taken"): the token of its opening
   dash, or k when there is none within ASIDE_MAX tokens. */
size_t cas_dash_aside_start(const sent *s, size_t k) {
  size_t p, m, close = k - 1;
  if (k <= s->a + 1 || !dash_at(s, k - 1)) return k;
  if (close > s->a && dash_at(s, close - 1)) close--; /* "--" */
  for (m = 0, p = close; m < ASIDE_MAX && p > s->a + 1; m++) {
    p--;
    if (dash_at(s, p)) {
      if (p + 1 >= close) return k;
      return dash_at(s, p - 1) ? p - 1 : p;
    }
    if (is_punct(s, p, ';') || is_punct(s, p, '.')) return k;
  }
  return k;
}

/* The subject the sentence opens with, for a verb after the "and" at
   token a ("A 16-year-old girl ran into the street and was hit"): the
   group at the sentence's start, when a verb follows it and neither a
   comma, "who" nor a casualty word comes before a (within 2 * LOOK
   tokens).  Its first token, or a when there is none. */
size_t cas_opening_subject(const sent *s, size_t a, group *g) {
  size_t ge = cas_group_at(s, s->a, g), m;
  if (ge == s->a || ge >= a || a - ge > 2 * LOOK || s->used[0]) return a;
  if (!((cat_at(s, ge) & WC_AUX) || (lower_word(s, ge) && !known_word(s, ge))))
    return a;
  for (m = ge; m < a; m++)
    if (!is_word(s, m) || key_at(s, m) == K_WHO || (cat_at(s, m) & WC_TRIG))
      return a;
  return s->a;
}

/* One person named or referred to before token j: "Smith", "the victim",
   "she" (count 1).  Only for words that say what happened ("died",
   "was killed"); "was shot" alone says nothing of the outcome. */
size_t cas_one_person_before(const sent *s, size_t j, group *g) {
  size_t p, q;
  if (j <= s->a) return j;
  p = j - 1;
  cas_implied_group(g, 1);
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
     likely a common noun ("Witnesses were hurt"), unless a singular verb
     or an aside follows it ("Jones was shot", "Briggs, 16, was shot") */
  if (name_word(s, p) &&
      (p > s->a || s->text[s->t[p].e - 1] != 's' ||
       singular_verb(s, p + 1, p + 2) || is_punct(s, p + 1, ',')) &&
      !cas_plural_people(s, p))
    return cas_name_before(s, j, p, g);
  return j;
}

/* "no one", "nobody", "none" (optionally "of them") before token j, with
   only auxiliaries between: returns its first token + 1, or 0. */
size_t cas_nobody_before(const sent *s, size_t j) {
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

/* Where a person lives, said right before token k after their name or
   age: "Ana Ruiz of Dunmore was shot", "Ana Ruiz, 44, of Port Elm was
   shot" (one to three capitalized words after "of").  The token of "of",
   or k when there is none ("the mayor of Dunmore" is the mayor). */
size_t cas_residence_before(const sent *s, size_t k) {
  size_t p = k, m;
  for (m = 0; m < 3 && p > s->a + 2 && is_word(s, p - 1) &&
              (s->t[p - 1].flags & NF_CAP) && !(s->t[p - 1].flags & NF_ALLCAP);
       m++)
    p--;
  if (p == k || key_at(s, p - 1) != K_OF) return k;
  if (name_word(s, p - 2)) return p - 1;
  /* ", 44, of": an age between commas after the name */
  if (is_punct(s, p - 2, ',') && p - 3 > s->a && s->end_at[p - 3 - s->a] >= 0 &&
      is_punct(s, p - 4, ','))
    return p - 1;
  return k;
}

/* A short place phrase ending before token k ("at the scene", "in the
   home", "inside the car"), or what a group is part of ("members of the
   family"): its preposition, or k when there is none. */
size_t cas_pp_before(const sent *s, size_t k) {
  size_t q, m;
  for (m = 1, q = k; m <= 5 && q > s->a + 1; m++) {
    q--;
    /* words, or a number: "in his 40s" */
    if (!is_word(s, q) && s->end_at[q - s->a] < 0) return k;
    if (key_at(s, q) == K_IN || key_at(s, q) == K_AT || key_at(s, q) == K_ON ||
        (cas_at(s, q) & CC_PLACE_PREP))
      return q + 1 < k ? q : k;
    /* "Four members of the family were shot": "of" after a victim noun
       (not "Image 5 of 10") */
    if (key_at(s, q) == K_OF && victim_noun(s, q - 1)) return q + 1 < k ? q : k;
  }
  return k;
}

/* "another" at k standing for a person with no noun after it: the end,
   punctuation or a function word follows ("wounded another in the leg"),
   not a count ("another 53") or a noun ("another man"). */
int cas_another_alone(const sent *s, size_t k) {
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
size_t cas_bare_person_after(const sent *s, size_t k, group *g) {
  size_t q, m;
  for (m = 0, q = k; m < 3 && q < s->b; m++, q++) {
    if (singular_victim(s, q)) {
      cas_implied_group(g, 1);
      return cas_one_victim(s, k, q, g);
    }
    if (!adjective(s, q)) break;
  }
  return k;
}

/* "A boy who was shot in the face at home has died": the person before a
   relative clause that ends at k.  Returns where it starts, or k. */
size_t cas_person_before_relative(const sent *s, size_t k, group *g) {
  size_t q = k, m, gs;
  for (m = 0; m < RELATIVE_MAX && q > s->a + 1; m++) {
    q--;
    if (!is_word(s, q) && !is_punct(s, q, '-')) break;
    if (key_at(s, q) == K_WHO) {
      gs = cas_group_before(s, q, g);
      if (gs == q) gs = cas_one_person_before(s, q, g);
      return gs == q ? k : gs;
    }
    /* a reduced relative: "A boy shot while hunting has died", "Man found
       in car died" */
    if ((key_at(s, q) == K_SHOT || key_at(s, q) == K_FOUND) && q > s->a &&
        !(cat_at(s, q - 1) & WC_AUX)) {
      gs = cas_group_before(s, q, g);
      if (gs == q) gs = cas_one_person_before(s, q, g);
      if (gs != q && g->num < 0 && !s->used[gs - s->a]) return gs;
      return k;
    }
  }
  return k;
}

/* The subject before the verb (at k): a counted group ("Twelve people were
   killed"), one person ("he was shot", "the victim died"), the group
   before a short place phrase ("Three other men at the scene were hit"). */
/* A headline's list of people with no determiners, from the start of the
   sentence to token k: "Mother, toddler killed", "Man, woman dead", "Two
   bailiffs, shooter killed" -- one count, their sum.  Returns where the
   list starts (the sentence's start), or k when there is none. */
size_t cas_bare_list_before(const sent *s, size_t k, group *g) {
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
    } else if ((gs = cas_group_before(s, p, &t)) != p && t.num >= 0) {
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
  cas_implied_group(g, total);
  g->s = p;
  g->e = k;
  return p;
}
