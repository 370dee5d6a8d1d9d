/*
 * lede_casualty_names.c -- people named and lists of them: "Ana Ruiz,
 * 18, and Tom Beck, 20", "killing Dorian Pell", "the deaths of Ana Ruiz and
 * her son".
 * Internal to the casualty reader (lede_casualties.h).
 */
#include <string.h>

#include "lede_casualties.h"

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
size_t cas_names_before(const sent *s, size_t p, group *g) {
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

/* A capitalized word right before "were" or "are" names no one person
   when it is a plural, a people or a team ("Many Ostrans were killed",
   "Saints are missing"), or when a lower-case word comes before it, a
   place ending the subject ("All 140 people on board the ferry that sank
   off Tarsa are presumed dead"); "Ana Ruiz and Tom Beck were shot" is a
   list of names. */
int cas_plural_people(const sent *s, size_t p) {
  if (key_at(s, p + 1) != K_WERE && key_at(s, p + 1) != K_ARE) return 0;
  if (key_at(s, p - 1) == K_AND || is_punct(s, p - 1, ','))
    return 0; /* "Allen, Daniels and Williams were injured" */
  return s->text[s->t[p].e - 1] == 's' || place_before(s, p - 1);
}

/* A name (or a list of them) ending at p: "Ana Ruiz", "Ana Ruiz and Tom
   Beck", "Ana Ruiz, 18, and Tom Beck, 20".  Where the group starts, or j
   when the name is a place ("in Greenfield has died") or a building ("The
   Grand Hotel was evacuated", "Lincoln High School was evacuated"). */
size_t cas_name_before(const sent *s, size_t j, size_t p, group *g) {
  size_t last = p;
  p = name_start(s, p);
  if (p > s->a && (place_before(s, p - 1) || key_at(s, p - 1) == K_THE))
    return j;
  if (cas_at(s, last) & CC_FACILITY) return j;
  return cas_names_before(s, p, g);
}

/* A person's name starts at token k, as the object of an active verb:
   "killing Dorian Pell", "killed Mr. Osgood".  Words of the table (days,
   months, "In" of a title-case headline) are no names. */
int cas_named_after(const sent *s, size_t k) {
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
size_t cas_name_after_and(const sent *s, size_t e) {
  size_t k = e;
  int ni;
  if (is_punct(s, k, ',') && (ni = num_start(s, k + 1)) >= 0 &&
      is_punct(s, s->nsp[2 * ni + 1], ','))
    k = s->nsp[2 * ni + 1];
  if (is_punct(s, k, ',')) k++;
  if (key_at(s, k) != K_AND || !cas_named_after(s, k + 1)) return e;
  return k + 1;
}

/* One past the capitalized words of a name starting at k, read on from e
   (at most NAME_WORDS after the first; with `unknown`, only words not in
   the table). */
size_t cas_name_end(const sent *s, size_t k, size_t e, int unknown) {
  while (e < s->b && e < k + 1 + NAME_WORDS && is_word(s, e) &&
         (s->t[e].flags & NF_CAP) && (!unknown || !known_word(s, e)))
    e++;
  return e;
}

/* One person of a list at k: "Ana Ruiz", "39-year-old Ana Ruiz", "Ana
   Ruiz, 18" or "her daughter", "his 17-month-old son".  Returns the token
   after it, or k when none starts at k. */
size_t cas_listed_person(const sent *s, size_t k, int first) {
  size_t p = k, e;
  int ni = age_at(s, p);
  if (ni >= 0) p = s->nsp[2 * ni + 1];
  if (person_name_at(s, p)) {
    e = cas_name_end(s, p, p + 1, 0);
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
