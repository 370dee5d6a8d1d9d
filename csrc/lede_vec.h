/*
 * lede_vec.h -- a growable array of fixed-size items, for the core's own
 * use (not part of the public API).  Growth doubles, so appending n items
 * costs O(n); every failure is reported, never fatal.
 */
#ifndef LEDE_VEC_H
#define LEDE_VEC_H

#include <stdlib.h>
#include <string.h>

typedef struct lede_vec {
  void *items;
  size_t count;
  size_t cap;
  size_t size; /* bytes per item */
} lede_vec;

static inline void lede_vec_init(lede_vec *v, size_t item_size) {
  v->items = NULL;
  v->count = 0;
  v->cap = 0;
  v->size = item_size;
}

/* Makes room for at least `extra` more items.  Returns 0, or -1 on failure
   (the vector is left as it was). */
static inline int lede_vec_reserve(lede_vec *v, size_t extra) {
  size_t want, cap;
  void *p;
  if (v->cap - v->count >= extra) return 0;
  if (extra > ((size_t)-1) / v->size - v->count) return -1;
  want = v->count + extra;
  cap = v->cap ? v->cap : 16;
  while (cap < want) {
    if (cap > ((size_t)-1) / 2 / v->size) {
      cap = want;
      break;
    }
    cap *= 2;
  }
  p = realloc(v->items, cap * v->size);
  if (!p) return -1;
  v->items = p;
  v->cap = cap;
  return 0;
}

/* Appends one item (copied from `item`).  Returns 0, or -1 on failure. */
static inline int lede_vec_push(lede_vec *v, const void *item) {
  if (lede_vec_reserve(v, 1) != 0) return -1;
  memcpy((char *)v->items + v->count * v->size, item, v->size);
  v->count++;
  return 0;
}

/* Hands the items to the caller (NULL when empty) and resets the vector. */
static inline void *lede_vec_release(lede_vec *v, size_t *count) {
  void *items = v->items;
  *count = v->count;
  if (v->count == 0) {
    free(items);
    items = NULL;
  }
  v->items = NULL;
  v->count = v->cap = 0;
  return items;
}

static inline void lede_vec_free(lede_vec *v) {
  free(v->items);
  v->items = NULL;
  v->count = v->cap = 0;
}

#endif
