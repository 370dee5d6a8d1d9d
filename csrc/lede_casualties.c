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
 *
 * This file reads what a sentence says as a whole and tries each token;
 * lede_casualties.h lists the files of the readings.
 */
#include <stdlib.h>
#include <string.h>

#include "lede_casualties.h"

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

/* A modal or a negation governs the trigger at j: "could kill", "would
   have been killed", "was not injured", "plans to kill". */
int cas_hedged(const sent *s, size_t j) {
  size_t k = j, m;
  int have = 0;
  for (m = 0; m < 4 && k > s->a; m++) {
    size_t p = k - 1;
    if (cat_at(s, p) & WC_MODAL) {
      /* "may" is a month too: "on May 3" is not a modal */
      if ((s->t[p].flags & NF_CAP) && key_at(s, p) == K_MAY && p > s->a)
        return 0;
      /* "may have died": a count kept as uncertain (cas_uncertain()); "could
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
int cas_uncertain(const sent *s, size_t j) {
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
int cas_hypothetical_before(const sent *s, size_t gs) {
  if (gs <= s->a) return 0;
  if (cas_at(s, gs - 1) & CC_PREVENT) return 1;
  return gs > s->a + 1 && lower_word(s, gs - 1) &&
         !(cat_at(s, gs - 1) & WC_AUX) && (cat_at(s, gs - 2) & WC_MODAL) &&
         !(s->t[gs - 2].flags & NF_CAP);
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
      rc = cas_toll_claim(s, j, LEDE_CAS_KILLED);
    } else if (key_at(s, j) == K_NUMBER && key_at(s, j + 1) == K_OF &&
               ((cat_at(s, j + 2) & WC_TRIG) ||
                (victim_noun(s, j + 2) && (cat_at(s, j + 3) & WC_TRIG)))) {
      /* "the number of dead has risen to 17", "brought the number of
         people killed to 14" read as a toll */
      size_t t = (cat_at(s, j + 2) & WC_TRIG) ? j + 2 : j + 3;
      rc = cas_toll_claim(s, t, trig_kind(s, t));
      s->used[t - s->a] = 1;
      j = t;
    } else if (cat_at(s, j) & WC_TRIG) {
      s->flags = (shot_word(s, j) && !s->lived) ? LEDE_CF_SHOT : 0;
      rc = cas_trigger(s, j);
      s->flags = 0;
    } else {
      rc = cas_other_word(s, j);
    }
    if (rc != 0) return -1;
  }
  cas_claims_in_text_order(s);
  cas_drop_repeated_claims(s);
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
