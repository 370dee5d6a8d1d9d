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

#define PRESCAN 1024

/* Code points of windows-1252's bytes 0x80..0x9F; the five it leaves
   undefined map to the C1 control of the same number, as WHATWG says. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

unsigned html_utf8_width(unsigned char b) {
  if (b >= 0xF0 && b < 0xF8) return 4;
  if (b >= 0xE0) return b < 0xF0 ? 3 : 1;
  if (b >= 0xC0) return 2;
  return 1;
}

static int lower_ascii(int c) {
  return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* Does s[0, n) start with the lower-case word w, ignoring case? */
static int starts_with(const char *s, size_t n, const char *w) {
  size_t i, k = strlen(w);
  if (n < k) return 0;
  for (i = 0; i < k; i++)
    if (lower_ascii((unsigned char)s[i]) != w[i]) return 0;
  return 1;
}

/* Folds a charset label to the three families the reader knows. */
static const char *fold_label(const char *s, size_t n) {
  static const char *const latin[] = {
      "windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1",
      "latin1", "latin-1", "l1", "us-ascii", "ascii", "x-cp1252", NULL};
  size_t i;
  if ((n == 5 && starts_with(s, n, "utf-8")) ||
      (n == 4 && starts_with(s, n, "utf8")))
    return "utf-8";
  for (i = 0; latin[i]; i++)
    if (n == strlen(latin[i]) && starts_with(s, n, latin[i]))
      return "windows-1252";
  return "other";
}

/* The charset the first PRESCAN bytes declare, or NULL.  Looks for the
   word "charset" inside a <meta ...> tag and reads the label after it. */
static const char *declared_charset(const char *p, size_t len) {
  size_t n = len < PRESCAN ? len : PRESCAN, i, meta = (size_t)-1;
  for (i = 0; i + 7 <= n; i++) {
    if (p[i] == '<') meta = starts_with(p + i, n - i, "<meta") ? i : (size_t)-1;
    if (meta != (size_t)-1 && starts_with(p + i, n - i, "charset")) {
      size_t k = i + 7, start;
      while (k < n && (p[k] == ' ' || p[k] == '=' || p[k] == '"' ||
                       p[k] == '\''))
        k++;
      start = k;
      while (k < n && (p[k] == '-' || p[k] == '_' || p[k] == ':' ||
                       p[k] == '.' || (p[k] >= '0' && p[k] <= '9') ||
                       (lower_ascii((unsigned char)p[k]) >= 'a' &&
                        lower_ascii((unsigned char)p[k]) <= 'z')))
        k++;
      if (k > start) return fold_label(p + start, k - start);
    }
  }
  return NULL;
}

/* Counts the valid multi-byte characters and the bad sequences of p. */
static void count_utf8(const char *p, size_t len, size_t *good, size_t *bad) {
  size_t i = 0;
  *good = *bad = 0;
  while (i < len) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n;
    if ((unsigned char)p[i] < 0x80) {
      i++;
      continue;
    }
    n = utf8proc_iterate((const utf8proc_uint8_t *)p + i,
                         (utf8proc_ssize_t)(len - i), &cp);
    if (n < 0) {
      (*bad)++;
      i++;
    } else {
      (*good)++;
      i += (size_t)n;
    }
  }
}

/* Converts the page from windows-1252; every byte >= 0x80 gets an anchor. */
static int convert_1252(html_input *in, const char *page, size_t len) {
  size_t i, high = 0, o = 0, a = 0;
  for (i = 0; i < len; i++) high += (unsigned char)page[i] >= 0x80;
  if (len + 2 * high > LEDE_MAX_INPUT) return LEDE_ERR_TOOBIG;
  in->owned = (char *)malloc(len + 2 * high + 1);
  in->anchors = (html_anchor *)malloc((high ? high : 1) * sizeof *in->anchors);
  if (!in->owned || !in->anchors) return LEDE_ERR_NOMEM;
  for (i = 0; i < len; i++) {
    unsigned char b = (unsigned char)page[i];
    if (b < 0x80) {
      in->owned[o++] = (char)b;
      continue;
    }
    in->anchors[a].conv = (uint32_t)o;
    in->anchors[a++].orig = (uint32_t)i;
    o += (size_t)utf8proc_encode_char(b < 0xA0 ? cp1252_high[b - 0x80] : b,
                                      (utf8proc_uint8_t *)in->owned + o);
  }
  in->owned[o] = '\0';
  in->buf = in->owned;
  in->len = o;
  in->nanchors = a;
  in->charset = "windows-1252";
  return LEDE_OK;
}

int html_input_open(html_input *in, const char *page, size_t len) {
  size_t good, bad;
  const char *decl;
  int rc;
  memset(in, 0, sizeof *in);
  in->buf = page;
  in->len = len;
  in->charset = "utf-8";
  decl = in->declared = declared_charset(page, len);
  count_utf8(page, len, &good, &bad);
  if (bad == 0 || (decl && strcmp(decl, "other") == 0)) return LEDE_OK;
  if ((decl && strcmp(decl, "windows-1252") == 0) || bad > good) {
    rc = convert_1252(in, page, len);
    if (rc != LEDE_OK) {
      html_input_close(in);
      in->declared = decl;
    }
    return rc;
  }
  return LEDE_OK;
}

void html_input_close(html_input *in) {
  free(in->owned);
  free(in->anchors);
  in->owned = NULL;
  in->anchors = NULL;
  in->nanchors = 0;
}

size_t html_input_anchor_from(const html_input *in, uint32_t conv) {
  size_t lo = 0, hi = in->nanchors;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (in->anchors[mid].conv < conv) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

uint32_t html_input_page(const html_input *in, uint32_t conv) {
  size_t k;
  const html_anchor *a;
  uint32_t w;
  if (!in->anchors) return conv;
  k = html_input_anchor_from(in, conv + 1); /* first anchor past conv */
  if (k == 0) return conv;
  a = &in->anchors[k - 1];
  w = html_utf8_width((unsigned char)in->buf[a->conv]);
  if (conv < a->conv + w) return a->orig;
  return a->orig + 1 + (conv - a->conv - w);
}
