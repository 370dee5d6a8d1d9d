/*
 * lede_casualty_claims.c -- the count assembly: a claim from a group
 * (its count, bounds, who, flags), the groups chained to it, the subset
 * and the fatal part after it, tolls, and a sentence's claims put in text
 * order with word-for-word repeats dropped.
 * Internal to the casualty reader (lede_casualties.h).
 */
#include <string.h>

#include "lede_casualties.h"

/* "also" between tokens ts and te: "a civilian was also shot" is someone
   beyond those counted before. */
static int also_in(const sent *s, size_t ts, size_t te) {
  size_t j;
  for (j = ts; j < te && j < ts + 2 * LOOK; j++)
    if (key_at(s, j) == K_ALSO) return 1;
  return 0;
}

int cas_push_claim(sent *s, int kind, const group *g, size_t ts, size_t te,
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

/* A claim of one person (a shooter who shot himself too) over tokens
   [ts, te). */
int cas_push_one_person(sent *s, int kind, size_t ts, size_t te) {
  group g;
  cas_implied_group(&g, 1);
  return cas_push_claim(s, kind, &g, ts, te, 0);
}

/* Extends a found group with the groups joined to it by "and" / a comma
   in the same direction ("three soldiers and two civilians").  dir > 0
   looks right from `e`, dir < 0 left from `st`.  Returns 0 or -1. */
int cas_more_groups(sent *s, int kind, size_t st, size_t e, int dir,
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
      if (reflexive_at(s, j)) return cas_push_one_person(s, kind, j, j + 1);
      ge = cas_group_at(s, j, &g);
      if (ge == j || (!g.who && g.who_e == 0)) return 0;
      /* "... and 300 people were evacuated": the subject of a new clause */
      if ((cat_at(s, ge) & (WC_AUX | WC_TRIG)) || skippable(s, ge)) return 0;
      if (cas_push_claim(s, kind, &g, trig, ge, 0) != 0) return -1;
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
      gs = cas_group_before(s, j, &g);
      if (gs != j && s->used[gs - s->a]) return 0; /* counted by another word */
      if (gs == j && key_at(s, j) == K_AND) {
        /* "the woman and the boy were killed", "Ann Kell and her son"
           ("and" only: "the Sheriff's Office, a man was wounded" is none) */
        gs = cas_one_person_before(s, j, &g);
        if (gs == j || (cas_at(s, gs) & CC_PERSONAL) || s->used[gs - s->a])
          return 0;
        s->used[gs - s->a] = 1;
        if (!g.who) g.who = "people";
      }
      if (gs == j || (!g.who && g.who_e == 0)) return 0;
      if (cas_push_claim(s, kind, &g, gs, trig + 1, 0) != 0) return -1;
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
  ge = cas_group_at(s, j, &g);
  if (ge == j) return 0;
  if ((cat_at(s, ge) & WC_TRIG) && trig_form(s, ge) != F_ING &&
      !s->used[ge - s->a]) {
    /* "including 45 dead": the part's own word says its kind; of another
       kind ("120 casualties, including 45 dead") it is a count of its
       own, not a subset */
    int own = trig_kind(s, ge);
    s->used[ge - s->a] = 1;
    s->used[j - s->a] = 1;
    return cas_push_claim(s, own, &g, j, ge + 1, own == kind);
  }
  if (cas_push_claim(s, kind, &g, j, ge, 1) != 0) return -1;
  return cas_more_groups(s, kind, j, ge, 1, j) == 0 ? 0 : -1;
}

/* "the death toll rose to eight", "a toll of 12", "rose from five to
   eight" (the latest value).  j is the token "toll". */
int cas_toll_claim(sent *s, size_t j, int kind) {
  size_t k;
  if (key_at(s, j - 1) == K_DEATH || key_at(s, j - 1) == K_CASUALTY)
    kind = key_at(s, j - 1) == K_DEATH ? LEDE_CAS_KILLED : LEDE_CAS_CASUALTIES;
  for (k = j + 1; k < s->b && k < j + 2 * LOOK; k++) {
    int ni = num_start(s, k);
    if (ni >= 0) {
      const lede_number *n = &s->nums[ni];
      group g;
      if (!countable(n)) continue;
      cas_counted_group(&g, ni);
      if (n->qualifier == LEDE_Q_RANGE && key_at(s, k) == K_FROM) {
        /* a revised toll: only the new value is a claim */
        lede_casualty c;
        if (cas_push_claim(s, kind, &g, k, s->nsp[2 * ni + 1], 0) != 0)
          return -1;
        c = ((lede_casualty *)s->out->items)[s->out->count - 1];
        c.count = c.min = c.max = n->max;
        c.qualifier = LEDE_Q_NONE;
        c.flags = LEDE_CF_HAS_MIN | LEDE_CF_HAS_MAX | LEDE_CF_REVISED;
        ((lede_casualty *)s->out->items)[s->out->count - 1] = c;
      } else {
        if (cas_push_claim(
                s, kind, &g,
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
  cas_counted_group(&g, ni);
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
  return cas_push_claim(s, LEDE_CAS_KILLED, &g, j, k + 1, 0);
}

/* The group at gs follows a comma right after the sentence's last injured
   claim: "seven hospitalized, one with critical injuries" -- a part of
   that count, not more people. */
int cas_part_of_claim_before(const sent *s, size_t gs) {
  const lede_casualty *prev;
  if (gs <= s->a + 1 || !is_punct(s, gs - 1, ',') ||
      s->out->count <= s->first_claim)
    return 0;
  prev = (const lede_casualty *)s->out->items + (s->out->count - 1);
  return prev->kind == LEDE_CAS_INJURED && prev->end == s->t[gs - 2].e;
}

/* A claim for the group g read from trigger token ts to te, then the
   groups chained to it ("three soldiers and two civilians"), those who
   died of their wounds and the subset that follows ("including a girl").
   The group's tokens run from gs to ge; dir says where more groups are. */
int cas_claim_with_company(sent *s, int kind, const group *g, size_t ts,
                           size_t te, size_t gs, size_t ge, int dir,
                           size_t from) {
  if (cas_push_claim(s, kind, g, ts, te, 0) != 0) return -1;
  if (cas_more_groups(s, kind, gs, ge, dir, from) != 0) return -1;
  if (fatally_after(s, kind, te) != 0) return -1;
  return subset_after(s, kind, te);
}

/* The sentence's claims in text order (a sentence holds a few claims:
   insertion sort is enough). */
void cas_claims_in_text_order(sent *s) {
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
void cas_drop_repeated_claims(sent *s) {
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
