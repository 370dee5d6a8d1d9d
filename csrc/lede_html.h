/*
 * lede_html.h -- shared by the HTML files of the core (not public).
 *
 * lede_html_input.c decides how a page's bytes are read (UTF-8, or
 * windows-1252 converted to UTF-8) and maps offsets of the converted copy
 * back to the page; lede_html.c parses and extracts.
 */
#ifndef LEDE_HTML_H
#define LEDE_HTML_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Where the copy gumbo parses departs from the page.  A wide anchor is a
   character converted from windows-1252: buf[conv, conv + width) came from
   the one byte page[orig].  Any other anchor is a jump: from buf[conv] on,
   bytes are those of page[orig] on (the content of a <script> or <style>
   was left out just before). */
typedef struct html_anchor {
  uint32_t conv;
  unsigned orig : 31; /* a page is at most LEDE_MAX_INPUT / 4 bytes */
  unsigned wide : 1;
} html_anchor; /* 8 bytes: a page has an anchor per cut */

/* The bytes gumbo parses and how they relate to the caller's page. */
typedef struct html_input {
  const char *buf; /* the page itself, or `owned`: the page without
                      the content of scripts and styles (so gumbo
                      parses half the bytes of a typical page), in
                      UTF-8 */
  size_t len;
  char *owned;          /* the converted copy, or NULL */
  html_anchor *anchors; /* in order of conv; NULL when buf is the page */
  size_t nanchors;
  size_t hint;          /* the last answer of html_input_anchor_from() */
  const char *charset;  /* "utf-8" or "windows-1252" */
  const char *declared; /* "utf-8", "windows-1252", "other" or NULL */
} html_input;

/* Reads page[0, len) into *in.  Returns LEDE_OK or LEDE_ERR_NOMEM (then
   nothing is held).  Free with html_input_close(). */
int html_input_open(html_input *in, const char *page, size_t len);
void html_input_close(html_input *in);

/* Builds in->owned, the copy gumbo parses (lede_html_copy.c): page[0, len)
   less what the walk never reads, converted from windows-1252 when
   `convert` (`high`: the page's bytes >= 0x80).  Returns LEDE_OK,
   LEDE_ERR_TOOBIG or LEDE_ERR_NOMEM (then in->owned is still to free). */
int html_build_copy(html_input *in, const char *page, size_t len, size_t high,
                    int convert);

/* The page offset of byte `conv` of in->buf. */
uint32_t html_input_page(html_input *in, uint32_t conv);

/* The index of the first anchor at or after conv (nanchors: none). */
size_t html_input_anchor_from(html_input *in, uint32_t conv);

static inline int html_lower(int c) {
  return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* Does s[0, n) start with the lower-case word w, ignoring ASCII case? */
static inline int html_starts_ci(const char *s, size_t n, const char *w) {
  size_t i, k = strlen(w);
  if (n < k) return 0;
  for (i = 0; i < k; i++)
    if (html_lower((unsigned char)s[i]) != w[i]) return 0;
  return 1;
}

/* The UTF-8 length of the character that starts with byte b (1 for a byte
   that starts none). */
unsigned html_utf8_width(unsigned char b);

/* ---------------------------------------------------------------- pool */

/* Small blocks are of HTML_POOL_CLASSES sizes, 8 bytes apart. */
#define HTML_POOL_CLASSES 32

/* The blocks of one size class: the free part of its newest chunk, the
   blocks freed, the bytes of its chunks. */
typedef struct html_pool_class {
  char *cur, *end;
  void *free;
  size_t held;
} html_pool_class;

/* The memory of one parse (lede_html_pool.c); zero it to start. */
typedef struct html_pool {
  struct pool_range *ranges; /* every chunk, in address order */
  size_t nranges, cap;
  size_t last_free; /* the range of the last block freed */
  struct pool_big *big;
  html_pool_class cls[HTML_POOL_CLASSES];
  size_t bytes, peak; /* held from malloc, now and at most */
} html_pool;

/* gumbo's allocator and deallocator (ud: the pool). */
void *html_pool_alloc(void *ud, size_t size);
void html_pool_free(void *ud, void *ptr);

/* Frees everything the pool holds (peak stays); it can be used again. */
void html_pool_close(html_pool *p);

/* ---------------------------------------------------------------- tree */

/* Bits of html_node.flags. */
enum {
  HN_JUNK = 1 << 0,     /* never content: nav, aside, footer, a byline */
  HN_UNLIKELY = 1 << 1, /* class/id say chrome (comment, share, ...) */
  HN_BLOCKKID = 1 << 2, /* has a block-level child element */
  HN_SCORED = 1 << 3    /* score was initialised */
};

/* One element of the page, in document order (parents before children). */
typedef struct html_node {
  int32_t parent; /* index, or -1 for the root */
  uint16_t tag;   /* GumboTag */
  int8_t weight;  /* class and id: -25 chrome, +25 content, 0 */
  uint8_t flags;
  uint32_t text;  /* bytes of text in the subtree (after the walk) */
  uint32_t links; /* of them, inside <a> */
} html_node;      /* 16 bytes: held with gumbo's tree, so kept small (the
                     scores live in html_select, after the tree is freed) */

/* One block of text as the walk found it: scratch[start, end), with
   segments segs[seg0, seg1), owned by node `owner`. */
typedef struct html_rblock {
  uint32_t start, end;
  uint32_t seg0, seg1;
  int32_t owner;
  uint32_t links;
  uint32_t commas;
  uint8_t kind, level;
} html_rblock;

/* Does the walk start and end a block of text at element t (a GumboTag)? */
int html_block_tag(int t);

/* Picks the blocks that are the main text: keep[i] is set for each block
   to keep.  nodes[] and blocks[] as the walk left them, text the scratch
   text the blocks point into (flags are overwritten). */
void html_select(html_node *nodes, size_t nnodes, const html_rblock *blocks,
                 size_t nblocks, const char *text, unsigned char *keep);

/* The bytes html_select() allocates for its work. */
size_t html_select_bytes(size_t nnodes, size_t nblocks);

/* The weight of a class + id string (lower case), and whether it reads as
   chrome that is never content (HN_UNLIKELY). */
int html_class_weight(const char *s, size_t n, int *unlikely);

/* Does the hint string (lower case, NUL-terminated) name an author line? */
int html_byline_hint(const char *s);

/* Does a class, id, rel or role value (lower case, NUL-terminated) say
   anything to the extraction?  One that does not is left out before
   parsing. */
int html_hint_matters(const char *s);

#endif /* LEDE_HTML_H */
