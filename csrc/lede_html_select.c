/*
 * lede_html_select.c -- which blocks of a page are its article.
 *
 * The scoring that Readability.js made the standard, over the block list
 * the walk in lede_html.c built: every block of running text (25 bytes or
 * more) gives its container points for its length and commas, and half as
 * much to the container's parent, less to those above; class and id hints
 * add or take 25; a container's score shrinks with the share of its text
 * inside links.  The best container, moved up when its parent holds the
 * article too, and those of its siblings that score close to it, are the
 * article; inside it, blocks that read as chrome (link lists, tiny boxes,
 * negative hints) are dropped.  When that leaves less than 500 bytes the
 * search is run again with fewer rules: first without dropping unlikely
 * elements, then without class weights, then without the cleaning.
 *
 * Each run is a few passes over the nodes (kept in document order, so a
 * parent always comes before its children): linear in the page.
 */
#include <stdlib.h>
#include <string.h>

#include <gumbo.h>

#include "lede_html.h"

#define MIN_BLOCK 25
#define ENOUGH_TEXT 500
#define LOOSER_GAIN 1.25
#define ANCESTORS 5
#define TOP_N 5
#define ANCESTOR_STEPS 256
#define PROSE_LEVELS 3   /* ancestors whose other children may hold prose */
#define PROSE_PARAS 2    /* paragraphs, at least */
#define PROSE_TEXT 400   /* bytes, at least */
#define PROSE_SHARE 0.1  /* of the chosen container's text, at least */
#define PROSE_LINKS 0.1  /* of the text in links, under */
#define PROSE_COMMAS 0.4 /* commas per 100 bytes, at least */

enum { F_STRIP = 1, F_WEIGHT = 2, F_CLEAN = 4 };

/* Hint words, matched anywhere in the lower-cased class, id, rel,
   itemprop and role of an element. */
static const char *const positive[] = {
    "article", "body", "content", "entry", "hentry", "h-entry", "main",
    "page",    "post", "text",    "blog",  "story",  NULL};
static const char *const negative[] = {
    "-ad-",     "hidden",     "banner",     "combx",    "comment", "com-",
    "contact",  "footer",     "gdpr",       "masthead", "media",   "meta",
    "outbrain", "promo",      "related",    "scroll",   "share",   "shoutbox",
    "sidebar",  "skyscraper", "sponsor",    "shopping", "tags",    "widget",
    "cookie",   "subscribe",  "newsletter", "caption",  "credit",  "social",
    "advert",   "popup",      NULL};
static const char *const unlikely[] = {
    "-ad-",       "ai2html",       "banner",      "breadcrumbs", "combx",
    "comment",    "community",     "cover-wrap",  "disqus",      "extra",
    "footer",     "gdpr",          "header",      "legends",     "menu",
    "related",    "remark",        "replies",     "rss",         "shoutbox",
    "sidebar",    "skyscraper",    "social",      "sponsor",     "supplemental",
    "ad-break",   "agegate",       "pagination",  "pager",       "popup",
    "yom-remote", "cookie",        "consent",     "newsletter",  "subscribe",
    "navigation", "complementary", "alertdialog", NULL};
static const char *const maybe[] = {"and",     "article", "body",
                                    "column",  "content", "main",
                                    "mathjax", "shadow",  NULL};

static int any(const char *s, const char *const *words) {
  size_t i;
  for (i = 0; words[i]; i++)
    if (strstr(s, words[i])) return 1;
  return 0;
}

static const char *const byline[] = {"byline", "author", "dateline",
                                     "writtenby", NULL};

int html_byline_hint(const char *s) { return any(s, byline); }

int html_hint_matters(const char *s) {
  return any(s, positive) || any(s, negative) || any(s, unlikely) ||
         any(s, maybe) || any(s, byline);
}

int html_class_weight(const char *s, size_t n, int *is_unlikely) {
  int w = 0;
  (void)n;
  if (any(s, negative)) w -= 25;
  if (any(s, positive)) w += 25;
  *is_unlikely = any(s, unlikely) && !any(s, maybe);
  return w;
}

static int tag_bias(int t) {
  switch (t) {
  case GUMBO_TAG_DIV: return 5;
  case GUMBO_TAG_PRE:
  case GUMBO_TAG_TD:
  case GUMBO_TAG_BLOCKQUOTE: return 3;
  case GUMBO_TAG_ADDRESS:
  case GUMBO_TAG_OL:
  case GUMBO_TAG_UL:
  case GUMBO_TAG_DL:
  case GUMBO_TAG_DD:
  case GUMBO_TAG_DT:
  case GUMBO_TAG_LI:
  case GUMBO_TAG_FORM: return -3;
  case GUMBO_TAG_H1:
  case GUMBO_TAG_H2:
  case GUMBO_TAG_H3:
  case GUMBO_TAG_H4:
  case GUMBO_TAG_H5:
  case GUMBO_TAG_H6:
  case GUMBO_TAG_TH: return -5;
  default: return 0;
  }
}

/* Blocks whose text scores: paragraphs and the like, not list items. */
static int scored_tag(int t) {
  switch (t) {
  case GUMBO_TAG_P:
  case GUMBO_TAG_TD:
  case GUMBO_TAG_PRE:
  case GUMBO_TAG_SECTION:
  case GUMBO_TAG_H2:
  case GUMBO_TAG_H3:
  case GUMBO_TAG_H4:
  case GUMBO_TAG_H5:
  case GUMBO_TAG_H6:
  case GUMBO_TAG_DIV:
  case GUMBO_TAG_ARTICLE:
  case GUMBO_TAG_MAIN:
  case GUMBO_TAG_CENTER: return 1;
  default: return 0;
  }
}

/* Containers the cleaning looks at. */
static int cleaned_tag(int t) {
  return t == GUMBO_TAG_DIV || t == GUMBO_TAG_SECTION || t == GUMBO_TAG_TABLE ||
         t == GUMBO_TAG_UL || t == GUMBO_TAG_OL || t == GUMBO_TAG_FORM ||
         t == GUMBO_TAG_FIELDSET || t == GUMBO_TAG_HEADER ||
         t == GUMBO_TAG_FIGURE;
}

typedef struct sel {
  html_node *n;
  size_t nn;
  const html_rblock *b;
  size_t nb;
  const char *text;
  unsigned char *removed, *chosen, *inside, *drop, *period;
  uint32_t *paras, *items, *kids, *commas; /* per node, below it */
  double *score;
} sel;

static double density(const html_node *n) {
  return n->text ? (double)n->links / (double)n->text : 0.0;
}

static void init_score(sel *s, int32_t i, int flags) {
  html_node *n = &s->n[i];
  if (n->flags & HN_SCORED) return;
  n->flags |= HN_SCORED;
  s->score[i] = tag_bias(n->tag) + ((flags & F_WEIGHT) ? n->weight : 0);
}

/* Is a an ancestor of x (looking at most ANCESTOR_STEPS up)? */
static int ancestor_of(const sel *s, int32_t a, int32_t x) {
  int k;
  for (k = 0; k < ANCESTOR_STEPS && x > 0; k++) {
    x = s->n[x].parent;
    if (x == a) return 1;
  }
  return 0;
}

static void score_blocks(sel *s, int flags) {
  size_t i;
  for (i = 0; i < s->nn; i++) {
    s->n[i].flags &= (uint8_t)~HN_SCORED;
    s->score[i] = 0;
  }
  for (i = 0; i < s->nb; i++) {
    const html_rblock *b = &s->b[i];
    uint32_t len = b->end - b->start;
    int32_t x = b->owner;
    double points;
    int level;
    if (s->removed[x] || len < MIN_BLOCK || !scored_tag(s->n[x].tag)) continue;
    points = 1.0 + b->commas + (len / 100 < 3 ? len / 100 : 3);
    if (!(s->n[x].flags & HN_BLOCKKID)) x = s->n[x].parent;
    for (level = 0; level < ANCESTORS && x > 0; level++) {
      init_score(s, x, flags);
      s->score[x] += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
      x = s->n[x].parent;
    }
  }
  for (i = 1; i < s->nn; i++)
    if (s->n[i].flags & HN_SCORED) s->score[i] *= 1.0 - density(&s->n[i]);
}

/* The best container, moved up as Readability.js does. */
static int32_t top_candidate(sel *s, int flags) {
  int32_t top[TOP_N], best, p, body = 0;
  size_t i;
  int k, m, count = 0;
  for (k = 0; k < TOP_N; k++) top[k] = -1;
  for (i = 1; i < s->nn; i++) {
    if (s->n[i].tag == GUMBO_TAG_BODY && !body) body = (int32_t)i;
    if (!(s->n[i].flags & HN_SCORED) || s->removed[i]) continue;
    for (k = 0; k < TOP_N; k++) {
      if (top[k] < 0 || s->score[i] > s->score[top[k]]) {
        for (m = TOP_N - 1; m > k; m--) top[m] = top[m - 1];
        top[k] = (int32_t)i;
        break;
      }
    }
  }
  if (top[0] < 0) return body;
  best = top[0];
  /* several near-best candidates inside one ancestor: take the ancestor */
  for (p = s->n[best].parent; p > 0 && p != body; p = s->n[p].parent) {
    count = 0;
    for (k = 1; k < TOP_N; k++)
      if (top[k] >= 0 && s->score[top[k]] >= 0.75 * s->score[best] &&
          ancestor_of(s, p, top[k]))
        count++;
    if (count >= 3) {
      best = p;
      init_score(s, best, flags);
      break;
    }
  }
  { /* a parent that scores well holds the article too */
    double last = s->score[best], threshold = last / 3;
    for (p = s->n[best].parent; p > 0 && p != body; p = s->n[p].parent) {
      if (!(s->n[p].flags & HN_SCORED)) continue;
      if (s->score[p] < threshold) break;
      if (s->score[p] > last) {
        best = p;
        break;
      }
      last = s->score[p];
    }
  }
  while (s->n[best].parent > 0 && s->n[best].parent != body &&
         s->kids[s->n[best].parent] == 1)
    best = s->n[best].parent;
  return best;
}

/* Marks the top candidate and the siblings that belong with it. */
static void choose(sel *s, int32_t top) {
  int32_t parent = s->n[top].parent;
  double threshold = s->score[top] * 0.2;
  size_t i;
  memset(s->chosen, 0, s->nn);
  s->chosen[top] = 1;
  if (threshold < 10) threshold = 10;
  if (parent <= 0) return;
  for (i = (size_t)parent + 1; i < s->nn; i++) {
    const html_node *n = &s->n[i];
    if (n->parent != parent || s->removed[i] || (int32_t)i == top) continue;
    if ((n->flags & HN_SCORED) && s->score[i] >= threshold) {
      s->chosen[i] = 1;
    } else if (n->tag == GUMBO_TAG_P) {
      double ld = density(n);
      if ((n->text > 80 && ld < 0.25) ||
          (n->text > 0 && n->text <= 80 && ld == 0 && s->period[i]))
        s->chosen[i] = 1;
    }
  }
}

/* Is container c, outside the chosen one, more of the same article: a run
   of prose paragraphs as long as a good part of top's, with few links? */
static int more_prose(const sel *s, size_t c, int32_t top) {
  const html_node *n = &s->n[c], *t = &s->n[top];
  return !s->removed[c] && s->paras[c] >= PROSE_PARAS &&
         n->text >= PROSE_TEXT && (double)n->text >= PROSE_SHARE * t->text &&
         density(n) < PROSE_LINKS &&
         (double)s->commas[c] * 100.0 >= PROSE_COMMAS * n->text;
}

/* Adds the prose containers beside the chosen one's ancestors (an article
   whose parts a pull quote or a figure block split apart). */
static void choose_prose(sel *s, int32_t top) {
  int32_t a = top;
  int level;
  size_t i;
  for (level = 0; level < PROSE_LEVELS; level++) {
    int32_t pa = s->n[a].parent;
    if (pa <= 0 || s->n[pa].tag == GUMBO_TAG_BODY) break;
    for (i = (size_t)pa + 1; i < s->nn; i++) {
      int32_t p = s->n[i].parent;
      if ((int32_t)i == a || s->chosen[i]) continue;
      /* a sibling of the ancestor, or a child of one that as a whole is
         not prose (the article's first paragraphs beside a box of links) */
      if ((p == pa ||
           (p > pa && p != a && s->n[p].parent == pa && !s->chosen[p])) &&
          more_prose(s, i, top))
        s->chosen[i] = 1;
    }
    a = pa;
  }
}

/* Should a container inside the article be dropped as chrome? */
static int clean_out(const sel *s, size_t i, int flags) {
  const html_node *n = &s->n[i];
  int weight = (flags & F_WEIGHT) ? n->weight : 0;
  double ld = density(n);
  if (n->tag >= GUMBO_TAG_H1 && n->tag <= GUMBO_TAG_H2) return weight < 0;
  if (!(flags & F_CLEAN) || !cleaned_tag(n->tag)) return 0;
  /* a container whose class says chrome goes unless its text outscores
     that; a low score alone does not drop one (a list of the article's
     points scores below zero by its tag, its items being unscored) */
  if (weight < 0 && weight + ((n->flags & HN_SCORED) ? s->score[i] : 0) < 0)
    return 1;
  if (s->commas[i] >= 10) return 0;
  if (n->tag != GUMBO_TAG_UL && n->tag != GUMBO_TAG_OL &&
      s->items[i] > s->paras[i] + 100)
    return 1;
  if (weight >= 25 && ld > 0.5) return 1;
  /* a list inside the article is kept however many links it holds (a list
     of fixes, of sources, of steps), as Readability.js keeps it */
  if (n->tag == GUMBO_TAG_UL || n->tag == GUMBO_TAG_OL) return 0;
  if (n->text < MIN_BLOCK) return 1;
  if (weight < 25 && ld > 0.2) return 1;
  return 0;
}

/* One search with the rules in `flags`; keep[] gets its blocks.  Returns
   the bytes of text kept. */
static size_t run(sel *s, int flags, unsigned char *keep) {
  size_t i, total = 0;
  int32_t top;
  for (i = 0; i < s->nn; i++) {
    const html_node *n = &s->n[i];
    s->removed[i] = (n->flags & HN_JUNK) ||
                    ((flags & F_STRIP) && (n->flags & HN_UNLIKELY)) ||
                    (i > 0 && s->removed[n->parent]);
  }
  score_blocks(s, flags);
  top = top_candidate(s, flags);
  choose(s, top);
  choose_prose(s, top);
  for (i = 0; i < s->nn; i++) {
    int32_t p = s->n[i].parent;
    s->inside[i] = s->chosen[i] || (i > 0 && s->inside[p]);
    s->drop[i] = s->removed[i] ||
                 (s->inside[i] && !s->chosen[i] && clean_out(s, i, flags)) ||
                 (i > 0 && !s->chosen[i] && s->inside[p] && s->drop[p]);
  }
  for (i = 0; i < s->nb; i++) {
    int32_t o = s->b[i].owner;
    keep[i] = s->inside[o] && !s->drop[o];
    if (keep[i]) total += s->b[i].end - s->b[i].start;
  }
  return total;
}

/* Per-node counts the rules need: element children, paragraphs and list
   items below, and whether a paragraph's text has a full stop. */
static void count(sel *s) {
  size_t i;
  for (i = 0; i < s->nb; i++) {
    const char *t = s->text + s->b[i].start;
    size_t n = s->b[i].end - s->b[i].start, k;
    for (k = 0; k < n; k++)
      if (t[k] == '.' && (k + 1 == n || t[k + 1] == ' ')) {
        s->period[s->b[i].owner] = 1;
        break;
      }
    s->commas[s->b[i].owner] += s->b[i].commas;
  }
  for (i = s->nn; i-- > 1;) {
    int32_t p = s->n[i].parent;
    s->kids[p]++;
    s->paras[i] += s->n[i].tag == GUMBO_TAG_P;
    s->items[i] += s->n[i].tag == GUMBO_TAG_LI;
    s->paras[p] += s->paras[i];
    s->items[p] += s->items[i];
    s->commas[p] += s->commas[i];
  }
}

size_t html_select_bytes(size_t nnodes, size_t nblocks) {
  size_t n = nnodes ? nnodes : 1;
  return n * (5 + 4 * sizeof(uint32_t) + sizeof(double)) + nblocks + 1;
}

void html_select(html_node *nodes, size_t nnodes, const html_rblock *blocks,
                 size_t nblocks, const char *text, unsigned char *keep) {
  static const int tries[] = {F_STRIP | F_WEIGHT | F_CLEAN, F_WEIGHT | F_CLEAN,
                              F_CLEAN, 0};
  sel s;
  unsigned char *bytes = (unsigned char *)calloc(nnodes ? nnodes : 1, 5);
  uint32_t *counts =
      (uint32_t *)calloc(nnodes ? nnodes : 1, 4 * sizeof *counts);
  double *score = (double *)calloc(nnodes ? nnodes : 1, sizeof *score);
  unsigned char *trial = (unsigned char *)calloc(nblocks + 1, 1);
  size_t best = 0, got, k;
  if (!bytes || !counts || !score || !trial || nnodes == 0) {
    /* no room to choose (or nothing to choose from): keep every block */
    memset(keep, 1, nblocks);
    free(bytes);
    free(counts);
    free(score);
    free(trial);
    return;
  }
  s.n = nodes;
  s.nn = nnodes;
  s.b = blocks;
  s.nb = nblocks;
  s.text = text;
  s.removed = bytes;
  s.chosen = bytes + nnodes;
  s.inside = bytes + 2 * nnodes;
  s.drop = bytes + 3 * nnodes;
  s.period = bytes + 4 * nnodes;
  s.paras = counts;
  s.items = counts + nnodes;
  s.kids = counts + 2 * nnodes;
  s.commas = counts + 3 * nnodes;
  s.score = score;
  count(&s);
  /* A later, looser try must find clearly more text to win: on a short
     page every try finds about the same, and the strict one is cleaner. */
  for (k = 0; k < sizeof tries / sizeof tries[0]; k++) {
    got = run(&s, tries[k], trial);
    if (k == 0 || (double)got > LOOSER_GAIN * (double)best) {
      best = got;
      memcpy(keep, trial, nblocks);
    }
    if (got >= ENOUGH_TEXT) break;
  }
  free(bytes);
  free(counts);
  free(score);
  free(trial);
}
