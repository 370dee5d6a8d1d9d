/*
 * lede_html_input.c -- how the bytes of an HTML page are read.
 *
 * Pages that are valid UTF-8 are read as UTF-8, whatever they declare (a
 * page that says gb2312 but is UTF-8 is common).  Otherwise the charset the
 * page declares in its first 1024 bytes (<meta charset>, or http-equiv's
 * content="...; charset=") decides: windows-1252 and its aliases (ISO-8859-1
 * is read as windows-1252, as browsers do), or no declaration and more bad
 * sequences than good ones, convert the page to UTF-8 first.  Each byte
 * that conversion widens gets an anchor, so offsets into the converted copy
 * map back to the page exactly.
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "lede.h"
#include "lede_html.h"
#include "lede_vec.h"

#define PRESCAN 1024

unsigned html_utf8_width(unsigned char b) {
  if (b >= 0xF0 && b < 0xF8) return 4;
  if (b >= 0xE0) return b < 0xF0 ? 3 : 1;
  if (b >= 0xC0) return 2;
  return 1;
}

/* Folds a charset label to the three families the reader knows. */
static const char *fold_label(const char *s, size_t n) {
  static const char *const latin[] = {
      "windows-1252", "cp1252", "iso-8859-1", "iso8859-1",
      "iso_8859-1",   "latin1", "latin-1",    "l1",
      "us-ascii",     "ascii",  "x-cp1252",   NULL};
  size_t i;
  if ((n == 5 && html_starts_ci(s, n, "utf-8")) ||
      (n == 4 && html_starts_ci(s, n, "utf8")))
    return "utf-8";
  for (i = 0; latin[i]; i++)
    if (n == strlen(latin[i]) && html_starts_ci(s, n, latin[i]))
      return "windows-1252";
  return "other";
}

/* The charset the first PRESCAN bytes declare, or NULL.  Looks for the
   word "charset" inside a <meta ...> tag and reads the label after it. */
static const char *declared_charset(const char *p, size_t len) {
  size_t n = len < PRESCAN ? len : PRESCAN, i, meta = (size_t)-1;
  for (i = 0; i + 7 <= n; i++) {
    if (p[i] == '<')
      meta = html_starts_ci(p + i, n - i, "<meta") ? i : (size_t)-1;
    if (meta != (size_t)-1 && html_starts_ci(p + i, n - i, "charset")) {
      size_t k = i + 7, start;
      while (k < n &&
             (p[k] == ' ' || p[k] == '=' || p[k] == '"' || p[k] == '\''))
        k++;
      start = k;
      while (k < n && (p[k] == '-' || p[k] == '_' || p[k] == ':' ||
                       p[k] == '.' || (p[k] >= '0' && p[k] <= '9') ||
                       (html_lower((unsigned char)p[k]) >= 'a' &&
                        html_lower((unsigned char)p[k]) <= 'z')))
        k++;
      if (k > start) return fold_label(p + start, k - start);
    }
  }
  return NULL;
}

/* Counts the valid multi-byte characters, the bad sequences and the bytes
   >= 0x80 of p.  Runs of ASCII are skipped eight bytes at a time. */
static void count_utf8(const char *p, size_t len, size_t *good, size_t *bad,
                       size_t *high) {
  size_t i = 0, g = 0, b = 0, h = 0;
  while (i < len) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n;
    if (i + 8 <= len) {
      uint64_t word;
      memcpy(&word, p + i, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    if ((unsigned char)p[i] < 0x80) {
      i++;
      continue;
    }
    n = utf8proc_iterate((const utf8proc_uint8_t *)p + i,
                         (utf8proc_ssize_t)(len - i), &cp);
    if (n < 0) {
      b++;
      h++;
      i++;
    } else {
      g++;
      h += (size_t)n;
      i += (size_t)n;
    }
  }
  *good = g;
  *bad = b;
  *high = h;
}

int html_input_open(html_input *in, const char *page, size_t len) {
  size_t good, bad, high;
  const char *decl;
  int rc, convert;
  memset(in, 0, sizeof *in);
  in->buf = page;
  in->len = len;
  in->charset = "utf-8";
  decl = in->declared = declared_charset(page, len);
  count_utf8(page, len, &good, &bad, &high);
  convert = bad > 0 && !(decl && strcmp(decl, "other") == 0) &&
            ((decl && strcmp(decl, "windows-1252") == 0) || bad > good);
  rc = html_build_copy(in, page, len, high, convert);
  if (rc != LEDE_OK) {
    html_input_close(in);
    in->buf = page;
    in->len = len;
    in->declared = decl;
  }
  return rc;
}

void html_input_close(html_input *in) {
  free(in->owned);
  free(in->anchors);
  in->owned = NULL;
  in->anchors = NULL;
  in->nanchors = 0;
  in->hint = 0;
}

size_t html_input_anchor_from(html_input *in, uint32_t conv) {
  size_t lo = 0, hi = in->nanchors, h = in->hint;
  /* the walk asks in page order: the answer is most often the last one
     or the one after it */
  if (h <= hi && (h == 0 || in->anchors[h - 1].conv < conv)) {
    if (h == hi || in->anchors[h].conv >= conv) return h;
    if (h + 1 == hi || in->anchors[h + 1].conv >= conv) return in->hint = h + 1;
  }
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (in->anchors[mid].conv < conv)
      lo = mid + 1;
    else
      hi = mid;
  }
  return in->hint = lo;
}

uint32_t html_input_page(html_input *in, uint32_t conv) {
  size_t k;
  const html_anchor *a;
  uint32_t w;
  if (!in->anchors) return conv;
  k = html_input_anchor_from(in, conv + 1); /* first anchor past conv */
  if (k == 0) return conv;
  a = &in->anchors[k - 1];
  if (!a->wide) return a->orig + (conv - a->conv);
  w = html_utf8_width((unsigned char)in->buf[a->conv]);
  if (conv < a->conv + w) return a->orig;
  return a->orig + 1 + (conv - a->conv - w);
}
