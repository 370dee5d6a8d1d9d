/*
 * lede_casualty_readings.c -- the readings of a casualty word
 * ("killed", "wounded", "dead", "deaths"), in the order a reader tries
 * them: a named death, nobody, active, "of", passive (asides, "who",
 * "among those"), the subject.
 * Internal to the casualty reader (lede_casualties.h).
 */
#include <string.h>

#include "lede_casualties.h"

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

/* "the shooting death of Kyre Bethea", "the killing of 22-year-old Dana
   Horton": one named person; "the deaths of Ana Ruiz, 18, Tom Beck and
   his son": the people a list ending in "and" names (a comma alone may
   open a hometown: "Ana Ruiz, Orrin"). */
static int death_of_person(sent *s, size_t j, int kind, int form) {
  size_t k = j + 2, e, listed, m;
  double people = 1, sure = 1;
  group g;
  if (!((key_at(s, j) == K_DEATH || form == F_NOUN || form == F_ING) &&
        key_at(s, j + 1) == K_OF && !cas_hedged(s, j)))
    return READ_ON;
  if ((e = cas_listed_person(s, k, 1)) == k) return READ_ON;
  listed = e;
  for (m = 1; m < NAME_LIST; m++) {
    size_t p = e + is_punct(s, e, ','), q;
    int joined = key_at(s, p) == K_AND; /* the list's last "and" */
    if (p == e && !joined) break;
    q = cas_listed_person(s, p + joined, 0);
    if (q == p + joined) break;
    e = q;
    people++;
    if (joined) {
      sure = people;
      listed = e;
      break;
    }
  }
  cas_implied_group(&g, sure);
  return cas_push_claim(s, kind, &g, j, listed, 0);
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
  if (cas_hedged(s, j - 1) || other_killed_near(s, j)) return 0;
  cas_implied_group(&g, 1);
  return cas_push_claim(s, LEDE_CAS_KILLED, &g, j - 1, j + 1, 0);
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
  if (form != F_ING && (gs = cas_nobody_before(s, j)) != 0) {
    cas_implied_group(&g, 0);
    g.who = "people";
    return cas_push_claim(s, kind, &g, gs - 1, last + 1, 0);
  }
  if (form == F_NOUN &&
      (key_at(s, j - 1) == K_NO ||
       (key_at(s, j - 1) == K_OTHER && key_at(s, j - 2) == K_NO) ||
       (key_at(s, j - 1) == K_SERIOUS && key_at(s, j - 2) == K_NO))) {
    cas_implied_group(&g, 0);
    return cas_push_claim(s, kind, &g, j - 1, j + 1, 0);
  }
  return READ_ON;
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
  cas_counted_group(&g, ni);
  g.who_s = e;
  g.who_e = e + 1;
  s->used[k - s->a] = 1;
  return cas_claim_with_company(s, kind, &g, j, e + 1, k, e + 1, 1, j);
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

/* "her" at k as an object, not a possessive: the end, punctuation or a
   function word follows ("shot and killed her", "shot her in the head"). */
static int her_alone(const sent *s, size_t k) {
  size_t n = k + 1;
  if (key_at(s, k) != K_HER) return 0;
  if (n >= s->b || !is_word(s, n)) return num_start(s, n) < 0;
  return known_word(s, n) && !adjective(s, n) && !victim_noun(s, n) &&
         !(cat_at(s, n) & WC_TRIG) && num_start(s, n) < 0;
}

/* Active: the count follows ("killed at least 35 people", "injuring 12",
   "killing Dorian Pell"). */
int cas_active_reading(sent *s, size_t j, int kind, int form, size_t last) {
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
  else if (key_at(s, k) == K_BOTH && cas_named_after(s, k + 1))
    k++; /* "shot and killed both Ana Ruiz and Tom Beck" */
  /* "shot himself", "killing himself": one person */
  if (reflexive_at(s, k)) return cas_push_one_person(s, kind, j, k + 1);
  /* "the man shot him": one person, when the sentence has counted no one
     yet (else "him" is likely one of those) */
  if ((key_at(s, k) == K_HIM || her_alone(s, k)) &&
      s->out->count == s->first_claim && !s->used[k - s->a]) {
    s->used[k - s->a] = 1;
    /* "shot her and her mother": the people joined to her by "and" too
       (a comma opens an aside: "who shot him, her other son") */
    if (cas_push_one_person(s, kind, j, k + 1) != 0) return -1;
    if (key_at(s, k + 1) != K_AND) return 0;
    return cas_more_groups(s, kind, k, k + 1, 1, j);
  }
  /* "killed one man and wounded another": one more person, no noun */
  if (cas_another_alone(s, k) && !s->used[k - s->a]) {
    s->used[k - s->a] = 1;
    return cas_push_one_person(s, kind, j, k + 1);
  }
  ge = cas_group_at(s, k, &g);
  if (ge != k && !s->used[k - s->a]) {
    s->used[k - s->a] = 1;
    if (kind == LEDE_CAS_INJURED && to_death_after(s, ge)) {
      kind = LEDE_CAS_KILLED;
      s->flags = 0;
    }
    return cas_claim_with_company(s, kind, &g, j, ge, k, ge, 1, j);
  }
  if ((rc = count_and_plural(s, j, k, kind, form)) != READ_ON) return rc;
  if ((form == F_PRES || form == F_ING) &&
      (ge = cas_bare_person_after(s, k, &g)) != k && !s->used[k - s->a]) {
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
    if ((rc2 = cas_push_claim(s, kind, &g, j, ge, 0)) != 0) return rc2;
    return cas_more_groups(s, kind, k, ge, 1, j);
  }
  /* "shot and killed 17-year-old Ackeem Davis": an age before the name */
  if (age_at(s, k) >= 0 && !s->used[k - s->a] &&
      (ge = cas_listed_person(s, k, 1)) != k) {
    s->used[k - s->a] = 1;
    cas_implied_group(&g, 1);
    if (cas_push_claim(s, kind, &g, j, ge, 0) != 0) return -1;
    return cas_more_groups(s, kind, k, ge, 1, j);
  }
  if (cas_named_after(s, k)) {
    /* "killing Dorian Pell", "shooting and killing Mr. Osgood",
       "killing Ana Ruiz, 18, and Tom Beck, 20" */
    size_t e = k + 1, next;
    if (is_punct(s, e, '.')) e++; /* Mr. */
    s->used[k - s->a] = 1;
    cas_implied_group(&g, 1);
    e = cas_name_end(s, k, e, 1);
    while (g.count < NAME_LIST && (next = cas_name_after_and(s, e)) != e) {
      s->used[next - s->a] = 1;
      e = cas_name_end(s, next, next + 1, 1);
      g.count++;
    }
    /* "shot to death Zina Bowser and her daughter" */
    if (cas_push_claim(s, kind, &g, j, e, 0) != 0) return -1;
    return cas_more_groups(s, kind, k, e, 1, j);
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
  ge = cas_group_at(s, k, &g);
  /* a headline's "death of toddler", "killing of teen" */
  if (ge == k) ge = cas_bare_person_after(s, k, &g);
  if (ge == k || s->used[k - s->a]) return READ_ON;
  s->used[k - s->a] = 1;
  /* "the bodies of an 8-year-old child, a man and a woman" */
  if (cas_push_claim(s, kind, &g, j, ge, 0) != 0) return -1;
  return cas_more_groups(s, kind, k, ge, 1, j);
}

/* An aside between commas before the verb: "Two men, ages 26 and 27, were
   shot", "Delia Marsh, 8, of Greenfield, died" (the hometown a second
   aside after the age), "Travis Ward, 31, died" (a named person).  Moves *k
   before the aside and returns READ_ON, or returns the claim, or 0 when
   the comma opens no aside. */
int cas_aside_before(sent *s, size_t *k, int kind, int form, size_t last) {
  size_t p = *k - 1, q, ne;
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
  /* "According to police, 9-month-old Kendarius Edwards, was shot": the
     aside is the person, the comma before it closes an opening phrase */
  if (ni >= 0 && s->nums[ni].kind == LEDE_NUM_AGE && form != F_NOUN &&
      person_name_at(s, s->nsp[2 * ni + 1]) &&
      cas_name_end(s, s->nsp[2 * ni + 1], s->nsp[2 * ni + 1] + 1, 0) ==
          *k - 1) {
    cas_implied_group(&g, 1);
    return cas_push_claim(s, kind, &g, p + 1, last + 1, 0);
  }
  /* "David Trahan Jr., 17, was killed": the suffix ends the name */
  ne = p;
  if (is_punct(s, ne - 1, '.') &&
      (word_is(s, ne - 2, "jr") || word_is(s, ne - 2, "sr")))
    ne--;
  if (ni >= 0 && s->nums[ni].kind == LEDE_NUM_AGE && is_word(s, ne - 1) &&
      (s->t[ne - 1].flags & NF_CAP) && s->nsp[2 * ni + 1] == *k - 1 &&
      form != F_NOUN) {
    size_t ns = ne - 1, m = 0;
    while (ns > s->a && m++ < NAME_WORDS) {
      if (initial_before(s, ns) && ns > s->a + 2 && is_word(s, ns - 3) &&
          (s->t[ns - 3].flags & NF_CAP))
        ns -= 2; /* "Tom B. Beck" */
      if (!(is_word(s, ns - 1) && (s->t[ns - 1].flags & NF_CAP))) break;
      ns--;
    }
    cas_implied_group(&g, 1);
    ns = cas_names_before(s, ns, &g); /* "Ana Ruiz, 18, and Tom Beck, 20," */
    return cas_push_claim(s, kind, &g, ns, last + 1, 0);
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
  gs = cas_group_before(s, k, &g);
  if (gs != k && g.num >= 0 && !g.who && g.who_e == 0 && gs > s->a &&
      is_punct(s, gs - 1, ',')) {
    /* "Eddie Vale, 29, who was shot": an age, not a count */
    k = gs - 1;
    gs = k;
  }
  if (gs == k) gs = cas_one_person_before(s, k, &g);
  if (gs == k || s->used[gs - s->a]) return 0;
  s->used[gs - s->a] = 1;
  return cas_push_claim(s, kind, &g, gs, last + 1, 0);
}

/* "Two officers were among those injured": part of a larger toll ("those"
   at k - 1). */
static int among_those(sent *s, size_t k, int kind, size_t last) {
  size_t q = k - 2, m, gs;
  group g;
  for (m = 0; m < LOOK && q > s->a && skippable(s, q - 1); m++) q--;
  gs = cas_group_before(s, q, &g);
  if (gs == q) return 0;
  return cas_push_claim(s, kind, &g, gs, last + 1, 1);
}

/* "Civilians were killed": people, but no number (unspecified, count 2),
   the plural right before k. */
static int unspecified_plural(sent *s, size_t j, size_t k, int kind, int form,
                              size_t last) {
  size_t q = k - 1;
  group g;
  lede_casualty *c;
  if (!(form != F_NOUN && !cas_hedged(s, j) && victim_noun(s, k - 1) &&
        !singular_victim(s, k - 1) && !s->used[k - 1 - s->a] &&
        !(cat_at(s, k - 2) & WC_VICTIM) && key_at(s, k - 2) != K_OF &&
        num_end(s, k - 2) < 0))
    return READ_ON;
  if (key_at(s, q - 1) == K_THE) q--;
  cas_implied_group(&g, 2);
  g.who = victim_noun(s, k - 1);
  s->used[k - 1 - s->a] = 1;
  if (cas_push_claim(s, kind, &g, q, last + 1, 0) != 0) return -1;
  c = (lede_casualty *)s->out->items + (s->out->count - 1);
  c->qualifier = LEDE_Q_UNSPECIFIED;
  c->flags &= (uint8_t)~LEDE_CF_HAS_MAX;
  return 0;
}

static int subject_reading(sent *s, size_t j, size_t k, int kind, int form,
                           size_t last) {
  group g;
  size_t gs = cas_group_before(s, k, &g);
  int rc;
  if (gs != k && g.num >= 0 && s->nums[g.num].value > 1 &&
      s->nums[g.num].qualifier == LEDE_Q_NONE && singular_verb(s, k, j))
    return 0; /* "9 was killed": a label (Route 9), not a count */
  /* "he was shot" counts one injured unless the sentence says someone
     died; with no word on the outcome the claim is marked SHOT */
  if (gs == k &&
      (key_at(s, j) != K_SHOT || kind == LEDE_CAS_KILLED || !s->died) &&
      form != F_NOUN)
    gs = cas_one_person_before(s, k, &g);
  else if (gs == k && form != F_NOUN) {
    /* beside a death, one shot in a clause of their own: "Ana Ruiz was
       killed, and her husband Tomas Ruiz was shot" (not "he was shot" of
       the one who died) */
    gs = cas_one_person_before(s, k, &g);
    if (gs != k &&
        ((cas_at(s, gs) & CC_PERSONAL) || !cas_death_told_before(s, gs)))
      gs = k;
  }
  if (gs == k && form != F_NOUN && kind == LEDE_CAS_KILLED)
    gs = cas_person_before_relative(s, k, &g);
  if (gs == k && form != F_NOUN) {
    size_t p = cas_pp_before(s, k);
    if (p != k && (gs = cas_group_before(s, p, &g)) == p) gs = k;
  }
  if (gs == k && form != F_NOUN) gs = cas_bare_list_before(s, k, &g);
  if (gs == k &&
      (rc = unspecified_plural(s, j, k, kind, form, last)) != READ_ON)
    return rc;
  if (gs == k || cas_hypothetical_before(s, gs)) return 0;
  /* "he shot", "the man who Gordon shot": a participle right after one
     person, with no auxiliary, is a past tense whose agent that is */
  if (k == j && form == F_PART && g.num < 0 && g.count == 1 &&
      ((cas_at(s, gs) & CC_PERSONAL) ||
       (gs > s->a && person_name_at(s, gs) &&
        (key_at(s, gs - 1) == K_WHO || key_at(s, gs - 1) == K_THAT))))
    return 0;
  /* "A boy shot while hunting has died": the one shot is the one who died */
  if (key_at(s, j) == K_SHOT && kind == LEDE_CAS_INJURED && s->died &&
      g.num < 0 && k == j)
    return 0;
  if (g.num >= 0 && s->used[gs - s->a]) return 0;
  s->used[gs - s->a] = 1;
  return cas_claim_with_company(s, kind, &g, gs, last + 1, gs, k, -1, last);
}

/* "both" at j opens the subject ("Both were pronounced dead", "..., but
   both were shot"), where a reader does not skip it as in "were both
   shot". */
static int both_subject(const sent *s, size_t j) {
  return key_at(s, j) == K_BOTH &&
         (j == s->a || is_punct(s, j - 1, ',') || key_at(s, j - 1) == K_AND ||
          key_at(s, j - 1) == K_BUT);
}

/* Passive, adjective, noun, intransitive: the count comes before, past
   auxiliaries and adverbs and past an aside between commas. */
static int passive_reading(sent *s, size_t j, int kind, int form, size_t last) {
  size_t k = j, m, gs;
  group g;
  int rc;
  if (key_at(s, k - 1) == K_FATALLY || key_at(s, k - 1) == K_MORTALLY) k--;
  for (m = 0; m < LOOK && k > s->a && !both_subject(s, k - 1) &&
              (skippable(s, k - 1) ||
               (key_at(s, k - 1) == K_TO &&
                (cas_at(s, k - 2) & CC_HEDGE)) || /* believed to */
               /* "confirmed to have died", "reported to have been killed" */
               (key_at(s, k - 1) == K_TO && key_at(s, k) == K_HAVE &&
                skippable(s, k - 2)) ||
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
  k = cas_residence_before(s, k); /* "Ana Ruiz, 44, of Dunmore was shot" */
  k = cas_ages_before(s, k);      /* "Two men, ages 26 and 27, were shot" */
  /* "The victim -- identified as Eli Walker -- was shot" */
  k = cas_dash_aside_start(s, k);
  /* "One of the men inside was pronounced dead", "Two people inside were
     hurt": a place word with no object after the group */
  if (k > s->a + 1 && k < j && (cat_at(s, k) & WC_AUX) &&
      (cas_at(s, k - 1) & CC_ADJUNCT) && (cas_at(s, k - 1) & CC_PLACE_PREP) &&
      (cat_at(s, k - 2) & WC_VICTIM))
    k--;
  if (kind == LEDE_CAS_KILLED && key_at(s, k - 1) == K_AND &&
      (gs = cas_shot_then_died(s, k - 1, &g)) != 0)
    return cas_push_claim(s, kind, &g, gs - 1, last + 1, 0);
  /* "A 16-year-old girl ran into the street and was shot" */
  if ((kind == LEDE_CAS_KILLED || (kind == LEDE_CAS_INJURED && !s->died)) &&
      k < j && key_at(s, k - 1) == K_AND &&
      (gs = cas_opening_subject(s, k - 1, &g)) != k - 1) {
    s->used[0] = 1;
    return cas_push_claim(s, kind, &g, gs, last + 1, 0);
  }
  if (is_punct(s, k - 1, ',') &&
      (rc = cas_aside_before(s, &k, kind, form, last)) != READ_ON)
    return rc;
  if (key_at(s, k - 1) == K_WHO && k - 1 > s->a)
    return who_reading(s, j, k, kind, last);
  if (key_at(s, k - 1) == K_THOSE && key_at(s, k - 2) == K_AMONG)
    return among_those(s, k, kind, last);
  return subject_reading(s, j, k, kind, form, last);
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
      cas_implied_group(&g, 1);
      cas_one_victim(s, j - 1, k, &g);
      return cas_push_claim(s, kind, &g, j - 1, k + 1, 0);
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

/* "A 15-year-old boy is recovering after being shot", "the girl was
   breathing on her own after being shot": the one shot is the subject
   the sentence opens with (a death said in the sentence is read by its
   own word).  READ_ON when j is no "after being" participle. */
static int after_being(sent *s, size_t j, int kind, int form) {
  size_t b = j - 1, gs, ge;
  group g;
  if (form != F_PART || kind != LEDE_CAS_INJURED || j < s->a + 3)
    return READ_ON;
  if (ends_with_ly(s, b)) b--; /* "after being accidentally shot" */
  if (key_at(s, b) != K_BEING || key_at(s, b - 1) != K_AFTER) return READ_ON;
  if (s->died) return 0;
  gs = s->a;
  ge = cas_group_at(s, gs, &g);
  if (ge == gs || ge >= b - 1 || s->used[gs - s->a] || g.num >= 0) return 0;
  if (!((cat_at(s, ge) & WC_AUX) || (lower_word(s, ge) && !known_word(s, ge))))
    return 0; /* the group is the subject of a verb */
  s->used[gs - s->a] = 1;
  return cas_push_claim(s, kind, &g, gs, j + 1, 0);
}

/* The readings of a casualty word at j (through `last`) of a kind and
   form, in the order a reader tries them. */
int cas_readings(sent *s, size_t j, int kind, int form, size_t last) {
  int rc;
  if ((rc = death_of_person(s, j, kind, form)) != READ_ON) return rc;
  if ((rc = own_death(s, j)) != READ_ON) return rc;
  if (out_of_context(s, j, form)) return 0;
  if ((rc = nobody_reading(s, j, kind, form, last)) != READ_ON) return rc;
  if (cas_hedged(s, j)) return 0;
  if (kind == LEDE_CAS_INJURED &&
      (key_at(s, j) == K_INJURIES || key_at(s, j) == K_WOUND ||
       key_at(s, j) == K_BURNS ||
       (key_at(s, j) == K_WOUNDS && injury_link(s, j - 1)))) {
    /* "a man with a gunshot wound" says nothing of the outcome either */
    if (!s->lived && (key_at(s, j) == K_WOUND || key_at(s, j) == K_WOUNDS))
      s->flags = LEDE_CF_SHOT;
    return cas_injury_noun(s, j);
  }
  if ((rc = attributive_death(s, j, kind, form)) != READ_ON) return rc;
  if ((rc = after_being(s, j, kind, form)) != READ_ON) return rc;
  /* "the killing of a teen": the -ing form as a noun */
  if (form == F_ING && key_at(s, j + 1) == K_OF &&
      (rc = noun_of_reading(s, j, kind, form)) != READ_ON)
    return rc;
  if ((rc = cas_active_reading(s, j, kind, form, last)) != READ_ON) return rc;
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
  gs = cas_group_before(s, q, &g);
  if (gs == q) gs = cas_one_person_before(s, q, &g);
  if (gs == q || s->used[gs - s->a]) return 0;
  s->used[gs - s->a] = 1;
  s->used[j - s->a] = 1;
  return cas_push_claim(s, LEDE_CAS_KILLED, &g, gs, j + 1, 0) == 0 ? 1 : -1;
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
int cas_trigger(sent *s, size_t j) {
  int kind = trig_kind(s, j), form = trig_form(s, j), rc;
  size_t last = j; /* the trigger's last token */
  if (!s->used[j - s->a] && (rc = shot_then_killed(s, j)) != 0)
    return rc < 0 ? -1 : 0;
  /* in a murder-suicide those shot died */
  if (s->suicide && shot_word(s, j)) kind = LEDE_CAS_KILLED;
  if (s->used[j - s->a] || in_title(s, j)) return 0;
  compound(s, j, form, &kind, &last);
  s->hedge = (uint8_t)cas_uncertain(s, j);
  s->found_so_far = key_at(s, j) == K_BODIES && key_at(s, j + 1) != K_OF;
  rc = cas_readings(s, j, kind, form, last);
  s->hedge = s->found_so_far = 0;
  return rc;
}
