/*
 * lede_html_pool.c -- the memory gumbo's tree lives in.
 *
 * Gumbo makes tens of thousands of small allocations per page (a node is
 * 128 bytes, an attribute 104, a child list 8) and frees few of them before
 * the end.  Each from malloc would cost malloc's own overhead, and even a
 * one-word header saying a block's size is a sixth of the tree.  So the
 * blocks of each size class (8 bytes apart) are cut from chunks that hold
 * that class alone, and a freed block's class is read from its chunk,
 * found by binary search in the pool's list of chunk ranges (frees are few
 * next to allocations).  A freed block waits on its class's list for the
 * next allocation of that class; the chunks are freed at once, without
 * walking the tree (a page of 10,000 nested <div>s must cost no C stack).
 * Large blocks (string buffers that grow) come from malloc with a header,
 * linked so that they too are freed at once.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lede_html.h"

#define GRAIN 8 /* bytes; a class is a multiple of it */
#define CHUNK_MIN 128
#define CHUNK_MAX (64 * 1024)
#define CHUNK_SHARE 16 /* a new chunk is 1/16 of what its class holds */

/* A large block's header, just before the caller's bytes. */
typedef struct pool_big {
  struct pool_big *prev, *next;
  size_t size;
} pool_big;

/* The bytes [start, end) of one chunk, whose blocks are of class cls. */
typedef struct pool_range {
  char *start, *end;
  size_t cls;
} pool_range;

static void account(html_pool *p, size_t add) {
  p->bytes += add;
  if (p->bytes > p->peak) p->peak = p->bytes;
}

/* The index of the first range that starts after ptr. */
static size_t range_after(const html_pool *p, const char *ptr) {
  size_t lo = 0, hi = p->nranges;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (p->ranges[mid].start <= ptr)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* Records a new chunk in the address-ordered list. */
static int add_range(html_pool *p, char *start, size_t size, size_t cls) {
  size_t at;
  if (p->nranges == p->cap) {
    size_t cap = p->cap ? 2 * p->cap : 8;
    pool_range *r = (pool_range *)realloc(p->ranges, cap * sizeof *r);
    if (!r) return -1;
    account(p, (cap - p->cap) * sizeof *r);
    p->ranges = r;
    p->cap = cap;
  }
  at = range_after(p, start);
  memmove(p->ranges + at + 1, p->ranges + at,
          (p->nranges - at) * sizeof *p->ranges);
  p->ranges[at].start = start;
  p->ranges[at].end = start + size;
  p->ranges[at].cls = cls;
  p->nranges++;
  return 0;
}

/* A new chunk for class cls (blocks of `block` bytes). */
static int new_chunk(html_pool *p, size_t cls, size_t block) {
  html_pool_class *c = &p->cls[cls - 1];
  size_t size = c->held / CHUNK_SHARE;
  char *mem;
  if (size < CHUNK_MIN) size = CHUNK_MIN;
  if (size > CHUNK_MAX) size = CHUNK_MAX;
  size -= size % block;
  if (size < block) size = block;
  mem = (char *)malloc(size);
  if (!mem) return -1;
  if (add_range(p, mem, size, cls) != 0) {
    free(mem);
    return -1;
  }
  c->cur = mem;
  c->end = mem + size;
  c->held += size;
  account(p, size);
  return 0;
}

static void *big_alloc(html_pool *p, size_t size) {
  pool_big *b;
  if (size > SIZE_MAX - sizeof *b) return NULL;
  b = (pool_big *)malloc(sizeof *b + size);
  if (!b) return NULL; /* gumbo cannot recover; see doc/hostile-input.md */
  b->prev = NULL;
  b->next = p->big;
  b->size = size;
  if (p->big) p->big->prev = b;
  p->big = b;
  account(p, sizeof *b + size);
  return b + 1;
}

void *html_pool_alloc(void *ud, size_t size) {
  html_pool *p = (html_pool *)ud;
  size_t cls = (size + GRAIN - 1) / GRAIN, block;
  html_pool_class *c;
  void *r;
  if (cls == 0) cls = 1;
  if (cls > HTML_POOL_CLASSES) return big_alloc(p, size);
  c = &p->cls[cls - 1];
  if (c->free) {
    r = c->free;
    c->free = *(void **)r;
    return r;
  }
  block = cls * GRAIN;
  if ((size_t)(c->end - c->cur) < block && new_chunk(p, cls, block) != 0)
    return NULL;
  r = c->cur;
  c->cur += block;
  return r;
}

void html_pool_free(void *ud, void *ptr) {
  html_pool *p = (html_pool *)ud;
  size_t k;
  if (!ptr) return;
  /* most frees are of a block just replaced by a bigger one: in the chunk
     of the free before, or found by binary search */
  k = p->last_free;
  if (!(k < p->nranges && p->ranges[k].start <= (char *)ptr &&
        (char *)ptr < p->ranges[k].end))
    k = range_after(p, (const char *)ptr) - 1;
  if (k < p->nranges && (char *)ptr < p->ranges[k].end) {
    html_pool_class *c = &p->cls[p->ranges[k].cls - 1];
    p->last_free = k;
    *(void **)ptr = c->free;
    c->free = ptr;
    return;
  }
  {
    pool_big *b = (pool_big *)ptr - 1;
    if (b->prev)
      b->prev->next = b->next;
    else
      p->big = b->next;
    if (b->next) b->next->prev = b->prev;
    p->bytes -= sizeof *b + b->size;
    free(b);
  }
}

void html_pool_close(html_pool *p) {
  size_t i;
  for (i = 0; i < p->nranges; i++) free(p->ranges[i].start);
  free(p->ranges);
  while (p->big) {
    pool_big *next = p->big->next;
    free(p->big);
    p->big = next;
  }
  {
    size_t peak = p->peak;
    memset(p, 0, sizeof *p);
    p->peak = peak;
  }
}
