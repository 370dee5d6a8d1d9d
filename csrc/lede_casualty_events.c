/*
 * lede_casualty_events.c -- readings of words that are not casualty
 * words but tell of the hurt and the dead: injuries and wounds, hospitals,
 * conditions, gunfire that hit, survivors, "lost their lives", "a double
 * homicide", a shooter who took their own life.
 * Internal to the casualty reader (lede_casualties.h).
 */
#include <string.h>

#include "lede_casualties.h"

/* An injury noun at j ("injuries", "gunshot wound"): the people who
   suffered it, found leftwards past linking words. */
int cas_injury_noun(sent *s, size_t j) {
  size_t k = j, m;
  group g;
  for (m = 0; m < 14 && k > s->a && injury_link(s, k - 1); m++) k--;
  if (k == j || k <= s->a) return 0;
  /* "taken to Hanover Regional Medical Center with injuries": a place */
  if (hospital_at(s, k - 1)) return 0;
  {
    size_t gs = cas_group_before(s, k, &g);
    if (gs == k) {
      gs = cas_one_person_before(s, k, &g);
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
    return cas_push_claim(s, LEDE_CAS_INJURED, &g, gs, j + 1,
                          cas_part_of_claim_before(s, gs));
  }
}

/* "Tomas Brell was shot in the chest and died", "The victim was taken to
   a hospital and pronounced dead": the subject of the passive clause
   before the "and" at token a is the one who died, when it is one person
   (a counted group "shot" is a claim of its own).  Returns the subject's
   first token + 1, or 0. */
size_t cas_shot_then_died(sent *s, size_t a, group *g) {
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
  k = cas_aside_start(s, k); /* "Ana Ruiz, who lived nearby, was shot" */
  gs = cas_group_before(s, k, g);
  if (gs == k) gs = cas_one_person_before(s, k, g);
  if (gs == k || g->num >= 0 || s->used[gs - s->a]) return 0;
  s->used[gs - s->a] = 1;
  return gs + 1;
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
  cas_implied_group(&g, n);
  s->used[j + 1 - s->a] = 1;
  s->flags = kind == LEDE_CAS_INJURED ? LEDE_CF_SHOT : 0;
  k = cas_push_claim(s, kind, &g, j, j + 2, 0);
  s->flags = 0;
  return k == 0 ? 1 : -1;
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
  if (!len || cas_hedged(s, j)) return 0;
  for (m = 0; m < LOOK && k > s->a && skippable(s, k - 1); m++) k--;
  /* "in critical condition" after a noun: no verb; "he's in", one */
  if (k == j) {
    if (!(j > s->a && contracted_pronoun(s, j - 1))) return 0;
    gs = j - 3;
    cas_implied_group(&g, 1);
  } else {
    gs = cas_group_before(s, k, &g);
    if (gs == k) gs = cas_one_person_before(s, k, &g);
  }
  if (gs == k || s->used[gs - s->a]) return 0;
  s->used[gs - s->a] = 1;
  return cas_push_claim(s, LEDE_CAS_INJURED, &g, gs, j + (size_t)len, 0);
}

/* The sentence tells of a death only in a clause before token gs, closed
   by "and" or a comma before gs: "One victim was pronounced dead at the
   scene, and two others were ...". */
int cas_death_told_before(const sent *s, size_t gs) {
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

/* Where people were carried, the words after "to" from token h: a
   hospital within a few words ("the hospital", "Mercy Hospital"), or a
   place named for their treatment ("Tennova Healthcare for further
   treatment").  The last token of it, or 0. */
static size_t to_hospital(const sent *s, size_t h) {
  size_t k, words = 0;
  for (k = h; k < s->b && words < 4; k++) {
    if (hospital_at(s, k)) return k;
    /* "Rady Children's Hospital": a possessive the tokenizer split */
    if (is_punct(s, k, '\'') && key_at(s, k + 1) == K_S) {
      k++;
      continue;
    }
    if (!is_word(s, k)) return 0;
    words++;
  }
  for (k = h; k < s->b && k < h + 8 && is_word(s, k); k++) {
    if (key_at(s, k) != K_FOR) continue;
    if (key_at(s, k + 1) == K_TREATMENT) return k + 1;
    if (lower_word(s, k + 1) && key_at(s, k + 2) == K_TREATMENT) return k + 2;
    return 0;
  }
  return 0;
}

/* "were taken to a hospital", "was rushed to the hospital": hurt, read
   like a passive, with no word on the outcome (someone taken to a
   hospital may have died there).  Not when the sentence says someone
   died: "taken to a hospital, where he died". */
static int hospital_reading(sent *s, size_t j) {
  size_t k = j, m, h, gs, to = j + 1;
  group g;
  int rc;
  if (!(cas_at(s, j) & CC_CARRIED)) return 0;
  /* "taken privately to", "flown by helicopter to" */
  if (ends_with_ly(s, to))
    to++;
  else if (key_at(s, to) == K_BY && is_word(s, to + 1) &&
           key_at(s, to + 2) == K_TO)
    to += 2;
  if (key_at(s, to) != K_TO) return 0;
  h = to_hospital(s, to + 1);
  if (!h || cas_hedged(s, j)) return 0;
  for (m = 0; m < LOOK && k > s->a && skippable(s, k - 1); m++) k--;
  if (k == j || !(cat_at(s, k) & WC_AUX)) return 0; /* passive only */
  k = cas_dash_aside_start(s, k); /* "Two others -- both juveniles -- were" */
  if (s->died && is_punct(s, k - 1, ',')) return 0;
  if (is_punct(s, k - 1, ',')) {
    /* "Two other people, both juveniles, were taken to a hospital" */
    s->flags = s->sure_lived ? 0 : LEDE_CF_SHOT;
    rc = cas_aside_before(s, &k, LEDE_CAS_INJURED, F_PART, h);
    s->flags = 0;
    if (rc != READ_ON) return rc;
  }
  gs = cas_group_before(s, k, &g);
  if (gs == k) gs = cas_one_person_before(s, k, &g);
  if (gs == k || s->used[gs - s->a]) return 0;
  /* beside a death, only others in a clause of their own: "one was
     pronounced dead, and two others were taken to a hospital" (not "taken
     to a hospital, where he died", nor "he" after the one who died) */
  if (s->died &&
      !(cas_death_told_before(s, gs) && !(cas_at(s, gs) & CC_PERSONAL)))
    return 0;
  s->used[gs - s->a] = 1;
  s->flags = s->sure_lived ? 0 : LEDE_CF_SHOT;
  rc = cas_push_claim(s, LEDE_CAS_INJURED, &g, gs, h + 1, 0);
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
  if (!h || cas_hedged(s, j)) return 0;
  for (m = 0; m < LOOK && k > s->a && skippable(s, k - 1); m++) k--;
  if (k == j) return 0;
  gs = cas_group_before(s, k, &g);
  if (gs == k) gs = cas_one_person_before(s, k, &g);
  if (gs == k || s->used[gs - s->a]) return 0;
  s->used[gs - s->a] = 1;
  /* "Four were hurt, and three of them have been released": a part of
     the count before */
  return cas_push_claim(
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
  gs = cas_group_before(s, k, &g);
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
  return cas_push_claim(s, LEDE_CAS_KILLED, &g, gs, j + 1, 0);
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
  /* "A fourth victim, Sam Wade, was struck", "Ana Ruiz, 11, was struck" */
  k = cas_aside_start(s, k);
  /* "a 1-year-old girl who was struck by gunfire" */
  if (k > s->a + 1 && (key_at(s, k - 1) == K_WHO || key_at(s, k - 1) == K_THAT))
    k--;
  /* "A 16-year-old girl ran into the street and was hit by a bullet" */
  if (key_at(s, k - 1) == K_AND &&
      (gs = cas_opening_subject(s, k - 1, &g)) != k - 1) {
    s->used[0] = 1;
    s->flags = s->lived ? 0 : LEDE_CF_SHOT;
    m = (size_t)cas_push_claim(
        s, s->suicide ? LEDE_CAS_KILLED : LEDE_CAS_INJURED, &g, gs, j + 1, 0);
    s->flags = 0;
    return m == 0 ? 1 : -1;
  }
  gs = cas_group_before(s, k, &g);
  if (gs == k) gs = cas_one_person_before(s, k, &g);
  if (gs == k && cas_pp_before(s, k) != k) {
    size_t p = cas_pp_before(s, k);
    if ((gs = cas_group_before(s, p, &g)) == p) gs = k;
  }
  if (gs == k || s->used[gs - s->a]) return 0;
  s->used[gs - s->a] = 1;
  s->flags = s->lived ? 0 : LEDE_CF_SHOT;
  m = (size_t)cas_push_claim(s, s->suicide ? LEDE_CAS_KILLED : LEDE_CAS_INJURED,
                             &g, gs, j + 1, 0);
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
  if (!(cas_at(s, j) & CC_HIT) || s->used[j - s->a] || cas_hedged(s, j))
    return 0;
  for (m = 0; m < LOOK && k > s->a && skippable(s, k - 1); m++) k--;
  if (k < j && (cat_at(s, k) & WC_AUX)) return 0; /* passive */
  if (k > s->a && (cat_at(s, k - 1) & WC_AUX)) return 0;
  if (!gunfire_near(s, j, -1)) return 0;
  s->flags = s->lived ? 0 : LEDE_CF_SHOT;
  rc = cas_active_reading(s, j, s->suicide ? LEDE_CAS_KILLED : LEDE_CAS_INJURED,
                          F_ING, j);
  if (rc == 0 && s->out->count == before && singular_victim(s, j + 1) &&
      !s->used[j + 1 - s->a]) {
    /* a headline's "Bullet grazes teen": the victim with no article */
    group g;
    cas_implied_group(&g, 1);
    s->used[j + 1 - s->a] = 1;
    rc = cas_push_claim(s, s->suicide ? LEDE_CAS_KILLED : LEDE_CAS_INJURED, &g,
                        j, j + 2, 0);
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
  if (e == 0 || cas_hedged(s, j)) return 0;
  cas_implied_group(&g, 1);
  return cas_push_claim(
             s, s->lived && !s->died ? LEDE_CAS_INJURED : LEDE_CAS_KILLED, &g,
             j, e, 0) == 0
             ? 1
             : -1;
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
    gs = cas_group_before(s, k, &g);
    if (gs != k && !cas_hedged(s, j - 2))
      return cas_push_claim(s, LEDE_CAS_KILLED, &g, gs, j + 1, 0);
  } else if (key_at(s, j) == K_LIVES &&
             (key_at(s, j + 1) == K_LOST ||
              ((cat_at(s, j + 1) & WC_AUX) && key_at(s, j + 2) == K_LOST))) {
    /* "Three lives were lost" */
    group g;
    int ni = num_end(s, j - 1);
    if (ni >= 0 && countable(&s->nums[ni]) && !cas_hedged(s, j + 1)) {
      cas_counted_group(&g, ni);
      return cas_push_claim(s, LEDE_CAS_KILLED, &g, s->nsp[2 * ni],
                            j + 2 + (key_at(s, j + 1) != K_LOST), 0);
    }
  } else if (key_at(s, j) == K_LIFE && key_at(s, j + 1) == K_OF &&
             key_at(s, j - 1) == K_THE &&
             (key_at(s, j - 2) == K_CLAIMED ||
              key_at(s, j - 2) == K_CLAIMING) &&
             !cas_hedged(s, j - 2)) {
    /* "claimed the life of a boy", "claimed the life of Ana Ruiz": one */
    group g;
    cas_implied_group(&g, 1);
    return cas_push_claim(s, LEDE_CAS_KILLED, &g, j - 2, j + 2, 0);
  } else if (key_at(s, j) == K_LIVES && key_at(s, j + 1) == K_OF &&
             (key_at(s, j - 1) == K_THE) &&
             (key_at(s, j - 2) == K_CLAIMED ||
              key_at(s, j - 2) == K_CLAIMING)) {
    /* "claimed the lives of 12 people" */
    group g;
    size_t ge = cas_group_at(s, j + 2, &g);
    if (ge != j + 2 && !cas_hedged(s, j - 2))
      return cas_push_claim(s, LEDE_CAS_KILLED, &g, j - 2, ge, 0);
  }
  return 0;
}

/* "crushed to death", "trampled to death": a verb the table does not
   count, killed with "to death".  Returns what cas_readings() does, or 0 when
   j starts none. */
static int to_death(sent *s, size_t j) {
  int rc;
  if (!(cas_at(s, j) & CC_TO_DEATH) || key_at(s, j + 1) != K_TO ||
      key_at(s, j + 2) != K_DEATH)
    return 0;
  s->used[j + 2 - s->a] = 1;
  s->hedge = (uint8_t)cas_uncertain(s, j);
  rc = cas_readings(s, j, LEDE_CAS_KILLED, F_PART, j + 2);
  s->hedge = 0;
  return rc;
}

/* The readings of token j when it is no casualty word and starts no toll:
   a shooter's own death, "a double homicide", gunfire that hit, a
   condition, "crushed to death", a hospital, survivors, lives lost, tried
   in this order.  Returns 0, or -1 when out of memory. */
int cas_other_word(sent *s, size_t j) {
  int rc;
  if ((rc = self_killed(s, j)) != 0 || (rc = multiple_event(s, j)) != 0 ||
      (rc = struck_by_gunfire(s, j)) != 0 || (rc = gunfire_hit(s, j)) != 0 ||
      (rc = condition_reading(s, j)) != 0 || (rc = to_death(s, j)) != 0 ||
      (rc = hospital_reading(s, j)) != 0 ||
      (rc = hospital_state_reading(s, j)) != 0 ||
      (rc = survivors_reading(s, j)) != 0)
    return rc < 0 ? -1 : 0;
  return lives_reading(s, j);
}
