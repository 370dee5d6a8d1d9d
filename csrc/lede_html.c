/*
 * lede_html.c -- an HTML page in, its main text out (lede_html_extract).
 *
 * Three steps, each linear in the page: lede_html_input.c decides how the
 * bytes are read; libgumbo parses them into a tree; one walk over the tree
 * (with an explicit stack, so 10,000 nested <div>s cost no C stack) cuts
 * the visible text into blocks, folding white space and keeping, for every
 * byte of text, where in the page it came from (html_seg).  Then
 * lede_html_select.c decides which blocks are the article, and the kept
 * blocks are copied out, joined by blank lines.
 *
 * Gumbo's tree lives in a pool (lede_html_pool.c) that is freed at once
 * and measures the memory it holds.
 */
#include <stdlib.h>
#include <string.h>

#include <gumbo.h>

#include "lede.h"
#include "lede_html.h"
#include "lede_vec.h"

#ifndef LEDE_GUMBO_VERSION
#define LEDE_GUMBO_VERSION "unknown"
#endif

const char *lede_gumbo_version(void) { return LEDE_GUMBO_VERSION; }

/* ------------------------------------------------------------ tags */

/* Elements whose content is never text a reader sees. */
static int skipped_tag(GumboTag t) {
  switch (t) {
  case GUMBO_TAG_SCRIPT:
  case GUMBO_TAG_STYLE:
  case GUMBO_TAG_NOSCRIPT:
  case GUMBO_TAG_TEMPLATE:
  case GUMBO_TAG_SVG:
  case GUMBO_TAG_MATH:
  case GUMBO_TAG_IFRAME:
  case GUMBO_TAG_OBJECT:
  case GUMBO_TAG_EMBED:
  case GUMBO_TAG_CANVAS:
  case GUMBO_TAG_VIDEO:
  case GUMBO_TAG_AUDIO:
  case GUMBO_TAG_BUTTON:
  case GUMBO_TAG_INPUT:
  case GUMBO_TAG_SELECT:
  case GUMBO_TAG_TEXTAREA:
  case GUMBO_TAG_OPTION:
  case GUMBO_TAG_TITLE:
  case GUMBO_TAG_FIGCAPTION:
  case GUMBO_TAG_MAP:
  case GUMBO_TAG_LABEL: return 1;
  default: return 0;
  }
}

/* Elements that are chrome wherever they are. */
static int junk_tag(GumboTag t) {
  return t == GUMBO_TAG_NAV || t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_FOOTER;
}

int html_block_tag(int t) {
  switch (t) {
  case GUMBO_TAG_P:
  case GUMBO_TAG_DIV:
  case GUMBO_TAG_H1:
  case GUMBO_TAG_H2:
  case GUMBO_TAG_H3:
  case GUMBO_TAG_H4:
  case GUMBO_TAG_H5:
  case GUMBO_TAG_H6:
  case GUMBO_TAG_LI:
  case GUMBO_TAG_UL:
  case GUMBO_TAG_OL:
  case GUMBO_TAG_DL:
  case GUMBO_TAG_DT:
  case GUMBO_TAG_DD:
  case GUMBO_TAG_BLOCKQUOTE:
  case GUMBO_TAG_PRE:
  case GUMBO_TAG_TABLE:
  case GUMBO_TAG_CAPTION:
  case GUMBO_TAG_THEAD:
  case GUMBO_TAG_TBODY:
  case GUMBO_TAG_TFOOT:
  case GUMBO_TAG_TR:
  case GUMBO_TAG_TD:
  case GUMBO_TAG_TH:
  case GUMBO_TAG_SECTION:
  case GUMBO_TAG_ARTICLE:
  case GUMBO_TAG_HEADER:
  case GUMBO_TAG_FOOTER:
  case GUMBO_TAG_NAV:
  case GUMBO_TAG_ASIDE:
  case GUMBO_TAG_MAIN:
  case GUMBO_TAG_FIGURE:
  case GUMBO_TAG_HR:
  case GUMBO_TAG_FORM:
  case GUMBO_TAG_FIELDSET:
  case GUMBO_TAG_LEGEND:
  case GUMBO_TAG_DETAILS:
  case GUMBO_TAG_SUMMARY:
  case GUMBO_TAG_ADDRESS:
  case GUMBO_TAG_CENTER:
  case GUMBO_TAG_BODY:
  case GUMBO_TAG_HTML: return 1;
  default: return 0;
  }
}

static void block_kind(GumboTag t, uint8_t *kind, uint8_t *level) {
  *level = 0;
  if (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6) {
    *kind = LEDE_HB_HEADING;
    *level = (uint8_t)(1 + (t - GUMBO_TAG_H1));
  } else if (t == GUMBO_TAG_LI || t == GUMBO_TAG_DT || t == GUMBO_TAG_DD) {
    *kind = LEDE_HB_ITEM;
  } else if (t == GUMBO_TAG_BLOCKQUOTE) {
    *kind = LEDE_HB_QUOTE;
  } else if (t == GUMBO_TAG_PRE) {
    *kind = LEDE_HB_PRE;
  } else {
    *kind = LEDE_HB_PARAGRAPH;
  }
}

/* ------------------------------------------------------------ the walk */

/* The page length of a plain run (a piece copied byte for byte). */
#define EXACT UINT32_MAX

typedef struct walker {
  html_input *in;
  lede_vec text;   /* char: the text of every block, back to back */
  lede_vec segs;   /* lede_html_seg, text offsets into `text` */
  lede_vec blocks; /* html_rblock */
  lede_vec nodes;  /* html_node */
  lede_vec meta;   /* lede_html_meta */
  lede_vec strings;
  int open;          /* a block is open */
  char pending;      /* white space waiting: ' ', '\n' or 0 */
  uint32_t pend_at;  /* its place in in->buf: a white space byte */
  uint32_t pend_len; /*   (EXACT), or the <br> tag a line break stands for */
  int32_t owner;     /* the innermost block element */
  int32_t current;   /* the innermost element */
  int links;         /* inside <a> */
  int failed;
  html_rblock cur;
} walker;

#define NODE(w, i) (((html_node *)(w)->nodes.items)[i])

/* Adds a segment (exact when plen is EXACT: a plain run of tlen bytes);
   extends the last one when both are plain runs that continue each other
   in the text and in the page. */
static void push_seg(walker *w, uint32_t t, uint32_t tlen, uint32_t page,
                     uint32_t plen) {
  lede_html_seg s;
  int exact = plen == EXACT;
  if (exact) plen = tlen;
  if (w->segs.count > w->cur.seg0) {
    lede_html_seg *last = (lede_html_seg *)w->segs.items + w->segs.count - 1;
    if (last->exact && exact && last->text + last->text_len == t &&
        last->page + last->page_len == page) {
      last->text_len += tlen;
      last->page_len += plen;
      return;
    }
  }
  s.text = t;
  s.text_len = tlen;
  s.page = page;
  s.page_len = plen;
  s.exact = (uint8_t)exact;
  if (lede_vec_push(&w->segs, &s) != 0) w->failed = 1;
}

/* A piece of text whose last tlen bytes were just appended came from
   buf[page, page + plen): records it in page offsets, splitting a plain run
   at each character the windows-1252 conversion widened. */
static void map_seg(walker *w, uint32_t tlen, uint32_t page, uint32_t plen) {
  html_input *in = w->in;
  uint32_t t0 = (uint32_t)w->text.count - tlen, at = page, end = page + tlen;
  size_t k;
  if (plen != EXACT) { /* a unit: its ends */
    uint32_t s = html_input_page(in, page);
    uint32_t e = html_input_page(in, page + (plen ? plen - 1 : 0)) + 1;
    push_seg(w, t0, tlen, s, e - s);
    return;
  }
  if (!in->anchors) {
    push_seg(w, t0, tlen, page, EXACT);
    return;
  }
  k = html_input_anchor_from(in, page);
  while (at < end) {
    const html_anchor *a = k < in->nanchors ? &in->anchors[k] : NULL;
    uint32_t stop;
    if (a && a->conv == at) {
      if (a->wide) { /* one converted character */
        uint32_t cw = html_utf8_width((unsigned char)in->buf[at]);
        if (at + cw > end) cw = end - at;
        push_seg(w, t0 + (at - page), cw, a->orig, 1);
        at += cw;
      }
      k++; /* a jump only splits the run */
      continue;
    }
    stop = a && a->conv < end ? a->conv : end;
    push_seg(w, t0 + (at - page), stop - at, html_input_page(in, at), EXACT);
    at = stop;
  }
}

static void open_block(walker *w) {
  html_node *o = &NODE(w, w->owner);
  memset(&w->cur, 0, sizeof w->cur);
  w->cur.start = (uint32_t)w->text.count;
  w->cur.seg0 = (uint32_t)w->segs.count;
  w->cur.owner = w->owner;
  block_kind((GumboTag)o->tag, &w->cur.kind, &w->cur.level);
  w->open = 1;
  w->pending = 0;
}

static void close_block(walker *w) {
  if (!w->open) return;
  w->cur.end = (uint32_t)w->text.count;
  w->cur.seg1 = (uint32_t)w->segs.count;
  if (w->cur.end > w->cur.start && lede_vec_push(&w->blocks, &w->cur) != 0)
    w->failed = 1;
  w->open = 0;
  w->pending = 0;
}

/* Appends visible bytes s[0, n) (no white space among them) that came from
   buf[page, page + plen). */
static void put(walker *w, const char *s, uint32_t n, uint32_t page,
                uint32_t plen) {
  size_t i;
  if (!w->open) open_block(w);
  if (w->pending) {
    char c = w->pending;
    w->pending = 0;
    if (lede_vec_push(&w->text, &c) != 0) {
      w->failed = 1;
      return;
    }
    map_seg(w, 1, w->pend_at, w->pend_len);
  }
  if (lede_vec_reserve(&w->text, n) != 0) {
    w->failed = 1;
    return;
  }
  memcpy((char *)w->text.items + w->text.count, s, n);
  w->text.count += n;
  map_seg(w, n, page, plen);
  for (i = 0; i < n; i++) w->cur.commas += s[i] == ',';
  if (w->links) w->cur.links += n;
  NODE(w, w->current).text += n;
  if (w->links) NODE(w, w->current).links += n;
}

/* White space from buf[page] (plen EXACT: that one byte) or from the unit
   buf[page, page + plen). */
static void space(walker *w, uint32_t page, uint32_t plen) {
  if (w->open && !w->pending) {
    w->pending = ' ';
    w->pend_at = page;
    w->pend_len = plen;
  }
}

static int is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Text s[0, n) that is the same bytes as buf[page, page + n): visible runs
   and folded white space. */
static void put_run(walker *w, const char *s, size_t n, uint32_t page) {
  size_t i = 0;
  while (i < n) {
    size_t j = i;
    if (is_space(s[i])) {
      space(w, page + (uint32_t)i, EXACT);
      i++;
      continue;
    }
    while (j < n && !is_space(s[j])) j++;
    put(w, s + i, (uint32_t)(j - i), page + (uint32_t)i, EXACT);
    i = j;
  }
}

/* Text d[0, dn) that came as one unit from buf[page, page + plen). */
static void put_unit(walker *w, const char *d, size_t dn, uint32_t page,
                     uint32_t plen) {
  size_t i = 0;
  if (plen == 0) plen = 1;
  while (i < dn) {
    size_t j = i;
    if (is_space(d[i])) {
      space(w, page, plen);
      i++;
      continue;
    }
    while (j < dn && !is_space(d[j])) j++;
    put(w, d + i, (uint32_t)(j - i), page, plen);
    i = j;
  }
}

/* The end of the character reference at o[i] ('&'), o[0, on). */
static size_t entity_end(const char *o, size_t on, size_t i) {
  size_t k = i + 1;
  while (k < on && k - i < 40 &&
         ((o[k] >= 'a' && o[k] <= 'z') || (o[k] >= 'A' && o[k] <= 'Z') ||
          (o[k] >= '0' && o[k] <= '9') || o[k] == '#'))
    k++;
  if (k < on && o[k] == ';') k++;
  return k;
}

/* Appends a text node: gumbo's decoded text d lined up with the source
   bytes o it came from (which start at buf offset `base`).  Plain runs map
   byte to byte; an entity, a CR LF, and anything the alignment cannot
   follow map as units. */
static void put_text(walker *w, const char *o, size_t on, const char *d,
                     uint32_t base) {
  size_t dn = strlen(d), i = 0, j = 0;
  while (j < dn) {
    if (i < on && o[i] == d[j] && o[i] != '&' && o[i] != '\r') {
      size_t k = 0;
      while (i + k < on && j + k < dn && o[i + k] == d[j + k] &&
             o[i + k] != '&' && o[i + k] != '\r')
        k++;
      put_run(w, d + j, k, base + (uint32_t)i);
      i += k;
      j += k;
    } else if (i < on && o[i] == '\r' && d[j] == '\n') {
      space(w, base + (uint32_t)i, EXACT);
      i += i + 1 < on && o[i + 1] == '\n' ? 2 : 1;
      j++;
    } else if (i < on && o[i] == '&') {
      size_t k = entity_end(o, on, i), jj;
      if (d[j] == '&' &&
          (k == i + 1 || (j + (k - i) <= dn &&
                          memcmp(d + j + 1, o + i + 1, k - i - 1) == 0))) {
        put_run(w, d + j, 1, base + (uint32_t)i); /* a literal '&' */
        i++;
        j++;
        continue;
      }
      if (k < on && d[j] == o[k] && (unsigned char)d[j] < 0x80) {
        i = k; /* the reference gave nothing the text kept */
        continue;
      }
      jj = j + html_utf8_width((unsigned char)d[j]);
      if (jj < dn && (unsigned char)d[jj] >= 0x80 && (k >= on || d[jj] != o[k]))
        jj += html_utf8_width((unsigned char)d[jj]); /* two code points */
      if (jj > dn) jj = dn;
      put_unit(w, d + j, jj - j, base + (uint32_t)i, (uint32_t)(k - i));
      i = k;
      j = jj;
    } else { /* lost track: the rest maps to the rest of the node */
      uint32_t at = base + (uint32_t)(i < on ? i : (on ? on - 1 : 0));
      put_unit(w, d + j, dn - j, at, (uint32_t)(i < on ? on - i : 1));
      break;
    }
  }
}

/* Adds a string to the arena; returns its offset. */
static uint32_t add_string(walker *w, const char *s, size_t n) {
  uint32_t at = (uint32_t)w->strings.count;
  if (lede_vec_reserve(&w->strings, n + 1) != 0) {
    w->failed = 1;
    return at;
  }
  memcpy((char *)w->strings.items + at, s, n);
  ((char *)w->strings.items)[at + n] = '\0';
  w->strings.count += n + 1;
  return at;
}

static void add_meta(walker *w, const char *key, const char *k2, size_t k2n,
                     const char *val, size_t vn, uint32_t ps, uint32_t pe) {
  lede_html_meta m;
  size_t i, kn = strlen(key);
  char *dst;
  if (lede_vec_reserve(&w->strings, kn + k2n + 1) != 0) {
    w->failed = 1;
    return;
  }
  m.key = (uint32_t)w->strings.count;
  dst = (char *)w->strings.items + m.key;
  memcpy(dst, key, kn);
  for (i = 0; i < k2n; i++) { /* "meta:" + the name, lower case */
    char c = k2[i];
    dst[kn + i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  dst[kn + k2n] = '\0';
  w->strings.count += kn + k2n + 1;
  m.key_len = (uint32_t)(kn + k2n);
  m.value = add_string(w, val, vn);
  m.value_len = (uint32_t)vn;
  m.page_start = ps;
  m.page_end = pe;
  if (!w->failed && lede_vec_push(&w->meta, &m) != 0) w->failed = 1;
}

/* The page span of an attribute's value (without its quotes). */
/* The offset in buf of a piece gumbo points into it, or -1 when the
   piece is not there (gumbo made it up). */
static long buf_offset(const walker *w, const char *p, size_t n) {
  const char *b = w->in->buf;
  if (!p || p < b || p + n > b + w->in->len) return -1;
  return (long)(p - b);
}

/* The page span of an attribute's value (without its quotes); 0, 0 when
   the value is not in the page. */
static void attr_span(const walker *w, const GumboAttribute *a, uint32_t *s,
                      uint32_t *e) {
  size_t n = a->original_value.length;
  long off = buf_offset(w, a->original_value.data, n);
  *s = *e = 0;
  if (off < 0 || n == 0) return;
  if (n >= 2 &&
      (a->original_value.data[0] == '"' || a->original_value.data[0] == '\'')) {
    off++;
    n -= 2;
  }
  *s = html_input_page(w->in, (uint32_t)off);
  *e = n ? html_input_page(w->in, (uint32_t)off + (uint32_t)n - 1) + 1 : *s;
}

static void attr_meta(walker *w, const char *key, const GumboAttribute *a) {
  uint32_t s, e;
  attr_span(w, a, &s, &e);
  add_meta(w, key, "", 0, a->value, strlen(a->value), s, e);
}

/* Metadata elements: <meta>, <title>, JSON-LD scripts, <time>, <html>. */
static void element_meta(walker *w, const GumboElement *el) {
  const GumboVector *at = &el->attributes;
  GumboAttribute *a;
  if (el->tag == GUMBO_TAG_META) {
    GumboAttribute *content = gumbo_get_attribute(at, "content");
    static const char *const names[] = {"property", "name", "itemprop", NULL};
    int i;
    if (!content) return;
    for (i = 0; names[i]; i++) {
      if ((a = gumbo_get_attribute(at, names[i])) != NULL) {
        uint32_t s, e;
        attr_span(w, content, &s, &e);
        add_meta(w, "meta:", a->value, strlen(a->value), content->value,
                 strlen(content->value), s, e);
      }
    }
  } else if (el->tag == GUMBO_TAG_TITLE || el->tag == GUMBO_TAG_SCRIPT) {
    const GumboNode *t;
    if (el->tag == GUMBO_TAG_SCRIPT) {
      a = gumbo_get_attribute(at, "type");
      if (!a || !strstr(a->value, "ld+json")) return;
    }
    if (el->children.length == 0) return;
    t = (const GumboNode *)el->children.data[0];
    if (t->type != GUMBO_NODE_TEXT && t->type != GUMBO_NODE_WHITESPACE) return;
    {
      const GumboText *tx = &t->v.text;
      uint32_t n = (uint32_t)tx->original_text.length, s = 0, e = 0;
      long off = buf_offset(w, tx->original_text.data, n);
      if (off >= 0 && n > 0) {
        s = html_input_page(w->in, (uint32_t)off);
        e = html_input_page(w->in, (uint32_t)off + n - 1) + 1;
      }
      add_meta(w, el->tag == GUMBO_TAG_TITLE ? "title" : "ld+json", "", 0,
               tx->text, strlen(tx->text), s, e);
    }
  } else if (el->tag == GUMBO_TAG_TIME) {
    if ((a = gumbo_get_attribute(at, "datetime")) != NULL)
      attr_meta(w, "time", a);
  } else if (el->tag == GUMBO_TAG_HTML) {
    if ((a = gumbo_get_attribute(at, "lang")) != NULL) attr_meta(w, "lang", a);
  }
}

/* Is the element hidden from readers (hidden, aria-hidden, display:none)? */
static int hidden(const GumboElement *el) {
  const GumboAttribute *a;
  if (gumbo_get_attribute(&el->attributes, "hidden")) return 1;
  a = gumbo_get_attribute(&el->attributes, "aria-hidden");
  if (a && strcmp(a->value, "true") == 0) return 1;
  a = gumbo_get_attribute(&el->attributes, "style");
  if (a) { /* the declarations without white space, lower case */
    char css[256];
    size_t n = 0, i;
    for (i = 0; a->value[i] && n + 1 < sizeof css; i++) {
      char c = a->value[i];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
        continue;
      css[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    css[n] = '\0';
    if (strstr(css, "display:none") || strstr(css, "visibility:hidden"))
      return 1;
  }
  return 0;
}

/* Lower-cases the class, id, rel, itemprop and role of an element into buf
   (cap bytes, at least 1); returns the length. */
static size_t hint_string(const GumboElement *el, char *buf, size_t cap) {
  static const char *const names[] = {"class",    "id",   "rel",
                                      "itemprop", "role", NULL};
  size_t n = 0, i, k;
  for (i = 0; names[i]; i++) {
    const GumboAttribute *a = gumbo_get_attribute(&el->attributes, names[i]);
    if (!a) continue;
    for (k = 0; a->value[k] && n + 2 < cap; k++) {
      char c = a->value[k];
      buf[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    if (n + 1 < cap) buf[n++] = ' ';
  }
  buf[n] = '\0';
  return n;
}

/* A walk frame: a node and the next child to visit. */
typedef struct frame {
  const GumboNode *node;
  unsigned next;
  int32_t owner, current;
  uint32_t capture; /* text offset where a captured element began, +1 */
  uint8_t link, capture_kind; /* 1 byline, 2 h1 */
} frame;

#define BYLINE_MAX 100

/* Records the text an element held (the first h1; a byline, which is then
   never content) as metadata. */
static void end_capture(walker *w, const frame *f, int *seen) {
  uint32_t from = f->capture - 1, to = (uint32_t)w->text.count, s = 0, e = 0;
  size_t k;
  if (to <= from) return;
  if (f->capture_kind == 1) {
    if (to - from >= BYLINE_MAX) return;
    NODE(w, f->current).flags |= HN_JUNK;
    if (seen[0]++) return;
  }
  for (k = w->segs.count; k-- > 0;) {
    const lede_html_seg *g = (const lede_html_seg *)w->segs.items + k;
    if (g->text + g->text_len <= from) break;
    if (!e) e = g->page + g->page_len;
    s = g->page;
  }
  add_meta(w, f->capture_kind == 1 ? "byline" : "h1", "", 0,
           (const char *)w->text.items + from, to - from, s, e);
}

/* Enters element `el`; returns 0 to skip its subtree. */
static int enter(walker *w, frame *f, const GumboElement *el, int *seen) {
  html_node n;
  char hints[256];
  size_t hn;
  int unlikely = 0;
  GumboTag tag = el->tag;
  element_meta(w, el);
  if (skipped_tag(tag) || (tag != GUMBO_TAG_BODY && hidden(el))) return 0;
  memset(&n, 0, sizeof n);
  n.parent = f->current;
  n.tag = (uint16_t)tag;
  hn = hint_string(el, hints, sizeof hints);
  if (hn) n.weight = (int8_t)html_class_weight(hints, hn, &unlikely);
  if (unlikely && tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_A)
    n.flags |= HN_UNLIKELY;
  if (junk_tag(tag)) n.flags |= HN_JUNK;
  if (hn && html_byline_hint(hints) && tag != GUMBO_TAG_BODY &&
      tag != GUMBO_TAG_HTML && tag != GUMBO_TAG_ARTICLE &&
      tag != GUMBO_TAG_MAIN)
    f->capture_kind = 1; /* a byline if its text is short */
  if (tag == GUMBO_TAG_H1 && !seen[1] && !f->capture_kind) {
    seen[1] = 1;
    f->capture_kind = 2;
  }
  if (lede_vec_push(&w->nodes, &n) != 0) {
    w->failed = 1;
    return 0;
  }
  if (html_block_tag(tag)) {
    close_block(w);
    if (f->current >= 0) NODE(w, f->current).flags |= HN_BLOCKKID;
  }
  if (tag == GUMBO_TAG_BR) {
    if (w->open) {
      w->pending = '\n';
      w->pend_at = (uint32_t)el->start_pos.offset;
      w->pend_len =
          el->original_tag.length ? (uint32_t)el->original_tag.length : 1;
    }
  }
  return 1;
}

/* Walks the tree in document order, filling w. */
static void walk(walker *w, const GumboNode *root) {
  lede_vec stack;
  frame top;
  int seen[2] = {0, 0};
  lede_vec_init(&stack, sizeof(frame));
  memset(&top, 0, sizeof top);
  top.node = root;
  top.owner = top.current = -1;
  {
    html_node doc;
    memset(&doc, 0, sizeof doc);
    doc.parent = -1;
    doc.tag = GUMBO_TAG_HTML;
    if (lede_vec_push(&w->nodes, &doc) != 0 ||
        lede_vec_push(&stack, &top) != 0) {
      w->failed = 1;
      free(stack.items);
      return;
    }
    ((frame *)stack.items)[0].owner = ((frame *)stack.items)[0].current = 0;
  }
  while (stack.count > 0 && !w->failed) {
    frame *f = (frame *)stack.items + stack.count - 1;
    const GumboVector *kids = &f->node->v.element.children;
    if (f->node->type == GUMBO_NODE_DOCUMENT)
      kids = &f->node->v.document.children;
    if (f->next >= kids->length) { /* leave */
      frame done = *f;
      stack.count--;
      if (done.node->type == GUMBO_NODE_ELEMENT) {
        if (html_block_tag(done.node->v.element.tag)) close_block(w);
        if (done.capture_kind) end_capture(w, &done, seen);
        if (done.link) w->links--;
      }
      if (stack.count > 0) {
        const frame *up = (const frame *)stack.items + stack.count - 1;
        w->owner = up->owner;
        w->current = up->current;
      }
      continue;
    }
    {
      const GumboNode *kid = (const GumboNode *)kids->data[f->next++];
      w->owner = f->owner;
      w->current = f->current;
      if (kid->type == GUMBO_NODE_TEXT || kid->type == GUMBO_NODE_WHITESPACE ||
          kid->type == GUMBO_NODE_CDATA) {
        const GumboText *t = &kid->v.text;
        long off =
            buf_offset(w, t->original_text.data, t->original_text.length);
        if (off >= 0)
          put_text(w, t->original_text.data, t->original_text.length, t->text,
                   (uint32_t)off);
      } else if (kid->type == GUMBO_NODE_ELEMENT ||
                 kid->type == GUMBO_NODE_TEMPLATE) {
        frame nf;
        memset(&nf, 0, sizeof nf);
        nf.node = kid;
        nf.owner = f->owner;
        nf.current = f->current;
        if (!enter(w, &nf, &kid->v.element, seen)) continue;
        nf.current = (int32_t)w->nodes.count - 1;
        if (html_block_tag(kid->v.element.tag)) nf.owner = nf.current;
        if (kid->v.element.tag == GUMBO_TAG_A) {
          nf.link = 1;
          w->links++;
        }
        if (nf.capture_kind) nf.capture = (uint32_t)w->text.count + 1;
        w->owner = nf.owner;
        w->current = nf.current;
        if (lede_vec_push(&stack, &nf) != 0) w->failed = 1;
      }
    }
  }
  close_block(w);
  free(stack.items);
}

/* --------------------------------------------------------- the result */

/* The document and the memory behind its const pointers. */
typedef struct owned_doc {
  lede_html_doc doc; /* first: a lede_html_doc * is an owned_doc * */
  char *text;
  lede_html_block *blocks;
  lede_html_seg *segs;
  lede_html_meta *meta;
  char *strings;
} owned_doc;

static void walker_free(walker *w) {
  free(w->text.items);
  free(w->segs.items);
  free(w->blocks.items);
  free(w->nodes.items);
  free(w->meta.items);
  free(w->strings.items);
}

/* Copies the kept blocks into doc, joined by "\n\n". */
static int assemble(walker *w, const unsigned char *keep, owned_doc *od) {
  lede_html_doc *doc = &od->doc;
  const html_rblock *b = (const html_rblock *)w->blocks.items;
  const lede_html_seg *sg = (const lede_html_seg *)w->segs.items;
  size_t i, k, tlen = 0, nb = 0, ns = 0;
  char *text;
  lede_html_block *blocks;
  lede_html_seg *segs;
  for (i = 0; i < w->blocks.count; i++) {
    if (!keep[i]) continue;
    tlen += (nb ? 2 : 0) + (b[i].end - b[i].start);
    ns += b[i].seg1 - b[i].seg0;
    nb++;
  }
  text = (char *)malloc(tlen + 1);
  blocks = (lede_html_block *)malloc((nb ? nb : 1) * sizeof *blocks);
  segs = (lede_html_seg *)malloc((ns ? ns : 1) * sizeof *segs);
  if (!text || !blocks || !segs) {
    free(text);
    free(blocks);
    free(segs);
    return LEDE_ERR_NOMEM;
  }
  tlen = nb = ns = 0;
  for (i = 0; i < w->blocks.count; i++) {
    uint32_t n = b[i].end - b[i].start;
    if (!keep[i]) continue;
    if (nb) {
      text[tlen++] = '\n';
      text[tlen++] = '\n';
    }
    memcpy(text + tlen, (const char *)w->text.items + b[i].start, n);
    blocks[nb].start = (uint32_t)tlen;
    blocks[nb].end = (uint32_t)tlen + n;
    blocks[nb].kind = b[i].kind;
    blocks[nb].level = b[i].level;
    for (k = b[i].seg0; k < b[i].seg1; k++) {
      segs[ns] = sg[k];
      segs[ns++].text = sg[k].text - b[i].start + (uint32_t)tlen;
    }
    tlen += n;
    nb++;
  }
  text[tlen] = '\0';
  od->text = text;
  od->blocks = blocks;
  od->segs = segs;
  doc->text = text;
  doc->text_len = tlen;
  doc->blocks = blocks;
  doc->nblocks = nb;
  doc->segs = segs;
  doc->nsegs = ns;
  return LEDE_OK;
}

/* Subtree totals: text and links of each node's descendants. */
static void add_up(walker *w) {
  html_node *n = (html_node *)w->nodes.items;
  size_t i;
  for (i = w->nodes.count; i-- > 1;) {
    html_node *p = &n[n[i].parent];
    p->text += n[i].text;
    p->links += n[i].links;
  }
}

/* The bytes the walk's arrays hold. */
static size_t walker_bytes(const walker *w) {
  return w->text.cap + w->segs.cap * sizeof(lede_html_seg) +
         w->nodes.cap * sizeof(html_node) +
         w->blocks.cap * sizeof(html_rblock) +
         w->meta.cap * sizeof(lede_html_meta) + w->strings.cap;
}

/* The bytes of the document assemble() made. */
static size_t doc_bytes(const lede_html_doc *d) {
  return d->text_len + 1 + d->nblocks * sizeof(lede_html_block) +
         d->nsegs * sizeof(lede_html_seg);
}

static int extract(html_input *in, html_pool *pool, owned_doc *od) {
  lede_html_doc *doc = &od->doc;
  GumboOptions opts = kGumboDefaultOptions;
  GumboOutput *out;
  walker w;
  unsigned char *keep;
  int rc;
  opts.allocator = html_pool_alloc;
  opts.deallocator = html_pool_free;
  opts.userdata = pool;
  opts.max_errors = 0;
  memset(&w, 0, sizeof w);
  w.in = in;
  lede_vec_init(&w.text, 1);
  lede_vec_init(&w.segs, sizeof(lede_html_seg));
  lede_vec_init(&w.blocks, sizeof(html_rblock));
  lede_vec_init(&w.nodes, sizeof(html_node));
  lede_vec_init(&w.meta, sizeof(lede_html_meta));
  lede_vec_init(&w.strings, 1);
  out = gumbo_parse_with_options(&opts, in->buf, in->len);
  if (!out) return LEDE_ERR_NOMEM;
  walk(&w, out->document);
  /* the tree, the walk's arrays and the copy gumbo read, all held now */
  doc->peak_bytes = pool->peak + walker_bytes(&w) +
                    (in->owned ? in->len + 1 : 0) +
                    in->nanchors * sizeof(html_anchor);
  html_pool_close(pool); /* the tree and the copy are no longer needed */
  html_input_close(in);
  if (w.failed) {
    walker_free(&w);
    return LEDE_ERR_NOMEM;
  }
  add_up(&w);
  keep = (unsigned char *)calloc(w.blocks.count + 1, 1);
  if (!keep) {
    walker_free(&w);
    return LEDE_ERR_NOMEM;
  }
  html_select((html_node *)w.nodes.items, w.nodes.count,
              (const html_rblock *)w.blocks.items, w.blocks.count,
              (const char *)w.text.items, keep);
  rc = assemble(&w, keep, od);
  { /* then the walk's arrays and the choice, with the choosing's scratch
       or the document */
    size_t later = walker_bytes(&w) + w.blocks.count + 1 +
                   html_select_bytes(w.nodes.count, w.blocks.count);
    if (rc == LEDE_OK &&
        walker_bytes(&w) + w.blocks.count + 1 + doc_bytes(doc) > later)
      later = walker_bytes(&w) + w.blocks.count + 1 + doc_bytes(doc);
    if (later > doc->peak_bytes) doc->peak_bytes = later;
  }
  free(keep);
  if (rc == LEDE_OK) {
    doc->meta = od->meta =
        (lede_html_meta *)lede_vec_release(&w.meta, &doc->nmeta);
    od->strings = (char *)w.strings.items;
    w.strings.items = NULL;
    if (!od->strings) od->strings = (char *)calloc(1, 1);
    if (!od->strings) rc = LEDE_ERR_NOMEM;
    doc->strings = od->strings;
  }
  if (rc == LEDE_OK && doc->text_len == 0)
    doc->reason = in->len == 0          ? "empty page"
                  : w.blocks.count == 0 ? "no text in the body"
                                        : "no main text found";
  walker_free(&w);
  return rc;
}

int lede_html_extract(const char *page, size_t len, lede_html_doc **out) {
  html_input in;
  html_pool pool;
  owned_doc *od;
  lede_html_doc *doc;
  int rc;
  if (out) *out = NULL;
  if (!out || (!page && len)) return LEDE_ERR_ARG;
  if (len > LEDE_MAX_INPUT / 4) return LEDE_ERR_TOOBIG;
  if (!page) page = "";
  od = (owned_doc *)calloc(1, sizeof *od);
  if (!od) return LEDE_ERR_NOMEM;
  doc = &od->doc;
  rc = html_input_open(&in, page, len);
  if (rc != LEDE_OK) {
    free(od);
    return rc;
  }
  doc->charset = in.charset;
  doc->declared = in.declared;
  memset(&pool, 0, sizeof pool);
  rc = extract(&in, &pool, od);
  html_pool_close(&pool);
  html_input_close(&in);
  if (rc != LEDE_OK) {
    lede_html_free(doc);
    return rc;
  }
  *out = doc;
  return LEDE_OK;
}

void lede_html_free(lede_html_doc *doc) {
  owned_doc *od = (owned_doc *)doc;
  if (!od) return;
  free(od->text);
  free(od->blocks);
  free(od->segs);
  free(od->meta);
  free(od->strings);
  free(od);
}
