/*
 * lede_html_pool.c -- the memory gumbo's tree lives in.
 *
 * Gumbo makes tens of thousands of small allocations per page (a node is
 * 128 bytes, an attribute 104, a child list 8) and frees few of them before
 * the end.  Each from malloc would cost malloc's own overhead plus the
 * list that lets us free them all in one loop (gumbo's own free walks the
 * tree recursively, and a page of 10,000 nested <div>s must cost no C
 * stack).  Instead small blocks are cut from chunks, with one word of
 * header saying their size class; a freed block waits on its class's list
 * for the next allocation of that class; the chunks are freed at once.
 * Large blocks (string buffers that grow) come from malloc, linked so that
 * they too are freed at once.
 */
#include <stdint.h>
#include <stdlib.h>

#include "lede_html.h"

#define GRAIN 8 /* bytes; a class is a multiple of it */

/* A large block's header; `cls` (0) sits just before the caller's bytes,
   where a small block keeps its class. */
typedef struct pool_big {
  struct pool_big *prev, *next;
  size_t size;
  size_t cls;
} pool_big;

typedef struct pool_chunk {
  struct pool_chunk *next;
  size_t size;
} pool_chunk;

#define CHUNK_HDR ((sizeof(pool_chunk) + GRAIN - 1) / GRAIN * GRAIN)
#define CHUNK_MIN 1024
#define CHUNK_MAX (64 * 1024)

static void account(html_pool *p, size_t add) {
  p->bytes += add;
  if (p->bytes > p->peak) p->peak = p->bytes;
}

/* A new chunk of at least `need` bytes past its header, an eighth of what
   the pool holds (so the unused tail of the last one stays small). */
static int new_chunk(html_pool *p, size_t need) {
  size_t size = p->bytes / 8;
  pool_chunk *c;
  if (size < CHUNK_MIN) size = CHUNK_MIN;
  if (size > CHUNK_MAX) size = CHUNK_MAX;
  if (size < need + CHUNK_HDR) size = need + CHUNK_HDR;
  c = (pool_chunk *)malloc(size);
  if (!c) return -1;
  c->next = p->chunks;
  c->size = size;
  p->chunks = c;
  p->cur = (char *)c + CHUNK_HDR;
  p->end = (char *)c + size;
  account(p, size);
  return 0;
}

void *html_pool_alloc(void *ud, size_t size) {
  html_pool *p = (html_pool *)ud;
  size_t cls = (size + GRAIN - 1) / GRAIN, block;
  size_t *h;
  if (cls == 0) cls = 1;
  if (cls > HTML_POOL_CLASSES) {
    pool_big *b = (pool_big *)malloc(sizeof *b + size);
    if (!b) return NULL; /* gumbo cannot recover; see doc/hostile-input.md */
    b->prev = NULL;
    b->next = p->big;
    b->size = size;
    b->cls = 0;
    if (p->big) p->big->prev = b;
    p->big = b;
    account(p, sizeof *b + size);
    return b + 1;
  }
  if (p->free[cls - 1]) {
    void *r = p->free[cls - 1];
    p->free[cls - 1] = *(void **)r;
    return r;
  }
  block = sizeof(size_t) + cls * GRAIN;
  if ((size_t)(p->end - p->cur) < block && new_chunk(p, block) != 0)
    return NULL;
  h = (size_t *)(void *)p->cur;
  p->cur += block;
  *h = cls;
  return h + 1;
}

void html_pool_free(void *ud, void *ptr) {
  html_pool *p = (html_pool *)ud;
  size_t cls;
  if (!ptr) return;
  cls = ((size_t *)ptr)[-1];
  if (cls == 0) {
    pool_big *b = (pool_big *)ptr - 1;
    if (b->prev)
      b->prev->next = b->next;
    else
      p->big = b->next;
    if (b->next) b->next->prev = b->prev;
    p->bytes -= sizeof *b + b->size;
    free(b);
    return;
  }
  *(void **)ptr = p->free[cls - 1];
  p->free[cls - 1] = ptr;
}

void html_pool_close(html_pool *p) {
  while (p->chunks) {
    pool_chunk *next = p->chunks->next;
    free(p->chunks);
    p->chunks = next;
  }
  while (p->big) {
    pool_big *next = p->big->next;
    free(p->big);
    p->big = next;
  }
  p->cur = p->end = NULL;
  p->bytes = 0;
  {
    size_t i;
    for (i = 0; i < HTML_POOL_CLASSES; i++) p->free[i] = NULL;
  }
}
