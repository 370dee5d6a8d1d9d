/*
 * lede_casualty_words.h -- the word classes of the casualty reader: what
 * the lexicon (lexicon/en/casualty_words.tsv, the number words) says of the
 * token at j of a sentence, and small tests of its letters.  Out of the
 * sentence's range every test says no.  Static inline: they run for every
 * token a reading looks at.  Included by lede_casualties.h, after sent.
 */
#ifndef LEDE_CASUALTY_WORDS_H
#define LEDE_CASUALTY_WORDS_H

static inline int is_word(const sent *s, size_t j) {
  return j >= s->a && j < s->b && s->t[j].type == NT_WORD;
}
static inline int key_at(const sent *s, size_t j) {
  return (j >= s->a && j < s->b) ? nl_key(&s->t[j]) : 0;
}
static inline uint32_t cat_at(const sent *s, size_t j) {
  return (j >= s->a && j < s->b) ? nl_cat(&s->t[j]) : 0;
}
/* The casualty classes of the word at j (CC_*: casualty_words.tsv). */
static inline uint32_t cas_at(const sent *s, size_t j) {
  return (j >= s->a && j < s->b && s->t[j].w) ? nl_w(&s->t[j])->cas : 0;
}
/* A word of the table proper: one the number scanner knows too, not one
   only the casualty readings test ("near", "gunfire"). */
static inline int known_word(const sent *s, size_t j) {
  return is_word(s, j) && s->t[j].w != 0 &&
         !(nl_w(&s->t[j])->flags & NL_CLASS_ONLY);
}
static inline int is_punct(const sent *s, size_t j, char ch) {
  return j >= s->a && j < s->b && s->t[j].type == NT_PUNCT &&
         s->text[s->t[j].s] == ch;
}
static inline int lower_word(const sent *s, size_t j) {
  return is_word(s, j) && !(s->t[j].flags & NF_CAP);
}
static inline int ends_with_ly(const sent *s, size_t j) {
  const nt_tok *t = &s->t[j];
  return lower_word(s, j) && t->e - t->s > 3 && s->text[t->e - 2] == 'l' &&
         s->text[t->e - 1] == 'y';
}
/* The word at k is w (lower case).  Case-insensitive on the first letter. */
static inline int word_is(const sent *s, size_t k, const char *w) {
  size_t n = strlen(w);
  const char *t;
  if (!is_word(s, k) || s->t[k].e - s->t[k].s != n) return 0;
  t = s->text + s->t[k].s;
  return (t[0] == w[0] || t[0] == w[0] - 32) &&
         memcmp(t + 1, w + 1, n - 1) == 0;
}

static inline int num_start(const sent *s, size_t j) {
  return (j >= s->a && j < s->b) ? s->start_at[j - s->a] : -1;
}
static inline int num_end(const sent *s, size_t j) {
  return (j >= s->a && j < s->b) ? s->end_at[j - s->a] : -1;
}
static inline int trig_kind(const sent *s, size_t j) {
  return (cat_at(s, j) & WC_TRIG) ? nl_w(&s->t[j])->kind : -1;
}
static inline int trig_form(const sent *s, size_t j) {
  return (cat_at(s, j) & WC_TRIG) ? nl_w(&s->t[j])->form : -1;
}

/* A form of "shoot" ("shot", "shoots", "shoot"): someone hit by a bullet,
   with no word on whether they lived. */
static inline int shot_word(const sent *s, size_t j) {
  int k = key_at(s, j);
  return k == K_SHOT || k == K_SHOOTS || k == K_SHOOT;
}

/* A possessive before a noun: "her two children", "their homes". */
static inline int possessive_pronoun(const sent *s, size_t j) {
  return (cas_at(s, j) & CC_POSSESSIVE) != 0;
}

/* A word ending in "'s" or "’s" ("Ukraine’s"). */
static inline int possessive(const sent *s, size_t j) {
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
static inline int contracted_pronoun(const sent *s, size_t j) {
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
static inline int countable(const lede_number *n) {
  return n->kind == LEDE_NUM_CARDINAL && n->unit == NULL && n->value >= 0 &&
         n->value < 1e9 &&
         (n->value == (double)(long long)n->value ||
          n->qualifier == LEDE_Q_VAGUE);
}

/* Words a reader skips between a count and its verb: auxiliaries and
   adverbs ("were also reportedly killed", "remain missing"). */
static inline int skippable(const sent *s, size_t j) {
  if (cat_at(s, j) & WC_AUX) return 1;
  if (ends_with_ly(s, j) && key_at(s, j) != K_FATALLY) return 1;
  return (cas_at(s, j) & CC_SKIP) != 0;
}

/* The plural static noun for a victim word, or NULL. */
static inline const char *victim_noun(const sent *s, size_t j) {
  if (!(cat_at(s, j) & WC_VICTIM)) return NULL;
  return nl_w(&s->t[j])->str;
}
/* A victim word in the singular ("man", "girl", "person"). */
static inline int singular_victim(const sent *s, size_t j) {
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
static inline int adjective(const sent *s, size_t j) {
  if (!is_word(s, j)) return 0;
  if (known_word(s, j))
    return (cat_at(s, j) & WC_REGION) || /* County, "a city teen" */
           key_at(s, j) == K_OTHER || key_at(s, j) == K_ADDITIONAL ||
           key_at(s, j) == K_MORE ||
           key_at(s, j) == K_FURTHER; /* "two other people", "three more" */
  return 1;
}

/* The age number ni is written as an age ("4-year-old"), which can stand
   before a noun. */
static inline int c_age_at(const sent *s, int ni) {
  const lede_number *n = &s->nums[ni];
  return n->end > n->start && s->text[n->end - 1] == 'd'; /* ...-old */
}

/* "himself" or "herself" at token j. */
static inline int reflexive_at(const sent *s, size_t j) {
  return (cas_at(s, j) & CC_REFLEXIVE) != 0;
}

/* Capitalized words that are no names: "It has hurt", "They were". */
static inline int pronoun(const sent *s, size_t j) {
  return (cas_at(s, j) & CC_PRONOUN) != 0;
}

/* A capitalized word no table knows at k, not all capitals: the start of
   a name. */
static inline int person_name_at(const sent *s, size_t k) {
  return is_word(s, k) && (s->t[k].flags & NF_CAP) && !known_word(s, k) &&
         !(s->t[k].flags & NF_ALLCAP);
}

/* A word at p that can be part of a person's name: capitalized, not all
   capitals, not a word of the lexicon, not a pronoun. */
static inline int name_word(const sent *s, size_t p) {
  return person_name_at(s, p) && !pronoun(s, p);
}

/* A middle initial ends at p - 1: "P." of "Omar P. Jarman". */
static inline int initial_before(const sent *s, size_t p) {
  return p > s->a + 1 && is_punct(s, p - 1, '.') && is_word(s, p - 2) &&
         s->t[p - 2].e - s->t[p - 2].s == 1 && (s->t[p - 2].flags & NF_CAP);
}

/* A preposition that puts a place after it: "off Tarsa", "in Orrin". */
static inline int place_before(const sent *s, size_t j) {
  int k = key_at(s, j);
  return (cas_at(s, j) & CC_PLACE_PREP) || k == K_IN || k == K_AT ||
         k == K_ON || k == K_OF || k == K_FROM || k == K_TO || k == K_OFF ||
         k == K_AROUND;
}

/* A singular verb between tokens k and j: "was", "is", "has". */
static inline int singular_verb(const sent *s, size_t k, size_t j) {
  size_t m;
  for (m = k; m < j; m++)
    if (key_at(s, m) == K_WAS || key_at(s, m) == K_IS || key_at(s, m) == K_HAS)
      return 1;
  return 0;
}

/* A dash between a count and what follows it: "-", an en or em dash. */
static inline int dash_at(const sent *s, size_t j) {
  const unsigned char *t;
  if (is_punct(s, j, '-')) return 1;
  if (j < s->a || j >= s->b || s->t[j].type != NT_OTHER ||
      s->t[j].e - s->t[j].s != 3)
    return 0;
  t = (const unsigned char *)s->text + s->t[j].s;
  return t[0] == 0xE2 && t[1] == 0x80 && (t[2] == 0x93 || t[2] == 0x94);
}

/* A nationality word ("Russian", "Ukrainians", "Chinese"): no place. */
static inline int demonym(const sent *s, size_t j) {
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
static inline int loose_demonym(const sent *s, size_t j) {
  const char *t = s->text + s->t[j].s;
  size_t n = s->t[j].e - s->t[j].s;
  return n > 3 && ((t[n - 2] == 'a' && t[n - 1] == 'n') || t[n - 1] == 'i');
}

/* Words between a person and the injury they suffered: "a nine-year-old
   girl suffering from a gunshot wound", "The child suffered minor
   injuries", "three victims who were suffering from gunshot wounds". */
static inline int injury_link(const sent *s, size_t j) {
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
static inline int hospital_at(const sent *s, size_t k) {
  return key_at(s, k) == K_HOSPITAL ||
         (word_is(s, k - 1, "medical") &&
          (word_is(s, k, "center") || word_is(s, k, "centre")));
}

/* Digits at k: "447" of "Flight 447", "9" of "Route 9". */
static inline int is_number_token(const sent *s, size_t k) {
  return k < s->b && s->t[k].type == NT_NUM;
}

/* The age number at k ("39-year-old"), or -1. */
static inline int age_at(const sent *s, size_t k) {
  int ni = num_start(s, k);
  return ni >= 0 && s->nums[ni].kind == LEDE_NUM_AGE ? ni : -1;
}

/* Plurals a count before them does not make people: "shot 10 times". */
static inline int not_people(const sent *s, size_t e) {
  return (cas_at(s, e) & CC_THINGS) != 0;
}

/* Words after a participle that do not make it active: time, place and
   manner ("killed after", "killed instantly", "killed near"). */
static inline int adjunct_word(const sent *s, size_t k) {
  return (cas_at(s, k) & CC_ADJUNCT) != 0;
}

/* A word of "remain": "remains in the hospital". */
static inline int remain_word(const sent *s, size_t j) {
  return is_word(s, j) && s->t[j].e - s->t[j].s >= 6 &&
         memcmp(s->text + s->t[j].s, "remain", 6) == 0;
}

/* A case-insensitive match of the word at j with w (upper case). */
static inline int word_upper_is(const sent *s, size_t j, const char *w) {
  size_t n = strlen(w), i;
  if (!is_word(s, j) || s->t[j].e - s->t[j].s != n) return 0;
  for (i = 0; i < n; i++) {
    char c = s->text[s->t[j].s + i];
    if ((c >= 'a' && c <= 'z' ? c - 32 : c) != w[i]) return 0;
  }
  return 1;
}

#endif
