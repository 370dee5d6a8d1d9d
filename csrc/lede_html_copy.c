/*
 * lede_html_copy.c -- the copy of a page that gumbo parses.
 *
 * Gumbo's tree costs about 130 bytes a node, and its text and attribute
 * strings are copies: what the walk never reads is cheaper left out before
 * parsing than parsed.  The copy leaves out the content of scripts (but
 * JSON-LD), styles and svg images, the attributes nothing reads, and long
 * runs of white space; it converts windows-1252 to UTF-8 when asked.  Each
 * place it departs from the page is an anchor (lede_html.h), so offsets
 * into the copy map back to the page exactly.
 */
#include <stdlib.h>
#include <string.h>

#include <gumbo.h>
#include <utf8proc.h>

#include "lede.h"
#include "lede_html.h"
#include "lede_vec.h"

/* Code points of windows-1252's bytes 0x80..0x9F; the five it leaves
   undefined map to the C1 control of the same number, as WHATWG says. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

/* Does s[0, n) hold the lower-case word w, ignoring case? */
static int find_ci(const char *s, size_t n, const char *w) {
  size_t i;
  for (i = 0; i < n; i++)
    if (html_starts_ci(s + i, n - i, w)) return 1;
  return 0;
}

static int html_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Is p[i, n) the tag "<name" ("</name" when `end`) ended by white space,
   '/' or '>', as the tokenizer needs to take it for one? */
static int tag_at(const char *p, size_t n, size_t i, const char *name,
                  int end) {
  size_t k = i + 1 + (end ? 1 : 0), len = strlen(name);
  if (k > n || p[i] != '<' || (end && p[i + 1] != '/')) return 0;
  if (!html_starts_ci(p + k, n - k, name)) return 0;
  k += len;
  return k < n && (html_space(p[k]) || p[k] == '/' || p[k] == '>');
}

/* Where the content of a raw-text element that starts at p[from] ends:
   the '<' of its end tag "</name", or n when it has none. */
static size_t raw_end(const char *p, size_t n, size_t from, const char *name) {
  size_t i = from;
  while (i < n) {
    const char *lt = (const char *)memchr(p + i, '<', n - i);
    if (!lt) return n;
    i = (size_t)(lt - p);
    if (tag_at(p, n, i, name, 1)) return i;
    i++;
  }
  return n;
}

/* Where the content of a script that starts at p[from] ends, as the
   tokenizer's script states decide: "</script" ends it, except after a
   "<!--" and then a "<script", where it only closes that inner one; a
   "-->" ends both states.  Returns the '<' of the end tag, or n. */
static size_t script_end(const char *p, size_t n, size_t from) {
  enum { PLAIN, ESCAPED, DOUBLE } state = PLAIN;
  size_t i, dashes = 0;
  for (i = from; i < n; i++) {
    char c = p[i];
    if (state != PLAIN) {
      if (c == '-') {
        dashes++;
        continue;
      }
      if (c == '>' && dashes >= 2) state = PLAIN;
      dashes = 0;
    }
    if (c != '<') continue;
    if (state == PLAIN && i + 4 <= n && memcmp(p + i, "<!--", 4) == 0) {
      state = ESCAPED;
      dashes = 2; /* "<!-->" ends the escape at once */
      i += 3;
    } else if (tag_at(p, n, i, "script", 1)) {
      if (state != DOUBLE) return i;
      state = ESCAPED;
    } else if (state == ESCAPED && tag_at(p, n, i, "script", 0)) {
      state = DOUBLE;
    }
  }
  return n;
}

typedef struct copier {
  html_input *in;
  lede_vec anchors;
  int convert;
  size_t o;       /* bytes in the copy */
  size_t done;    /* page[0, done) is copied or left out */
  int before;     /* the kind of the tag before the text scanned next */
  int in_head;    /* no element of the body has started yet */
  size_t peek_at; /* next_kind's last answer, good up to here */
  int peek_kind;
  int plain_a;     /* the open link has no attribute that matters */
  int merge_a;     /* the next start tag is a link that continues it */
  size_t bare_end; /* the end tag of a bare inline element left out */
} copier;

static int anchor(copier *c, size_t conv, size_t orig, int wide) {
  html_anchor a;
  a.conv = (uint32_t)conv;
  a.orig = (unsigned)orig & 0x7FFFFFFFu;
  a.wide = wide ? 1u : 0u;
  return lede_vec_push(&c->anchors, &a);
}

/* Copies page[from, to) to the output, converting from windows-1252 when
   the page is read so. */
static int copy(copier *c, const char *page, size_t from, size_t to) {
  char *out = c->in->owned;
  size_t i;
  if (!c->convert) {
    memcpy(out + c->o, page + from, to - from);
    c->o += to - from;
    return 0;
  }
  for (i = from; i < to; i++) {
    unsigned char b = (unsigned char)page[i];
    if (b < 0x80) {
      out[c->o++] = (char)b;
      continue;
    }
    if (anchor(c, c->o, i, 1) != 0) return -1;
    c->o += (size_t)utf8proc_encode_char(b < 0xA0 ? cp1252_high[b - 0x80] : b,
                                         (utf8proc_uint8_t *)out + c->o);
  }
  return 0;
}

/* A name and its length, so that most names are told apart by length. */
typedef struct html_word {
  const char *s;
  size_t n;
} html_word;

#define WORD(s) \
  { s, sizeof(s) - 1 }

/* The index of p[0, n) among words (ignoring case), or -1. */
static int word_index(const html_word *words, const char *p, size_t n) {
  int i;
  for (i = 0; words[i].s; i++)
    if (words[i].n == n && html_starts_ci(p, n, words[i].s)) return i;
  return -1;
}

/* The attributes that only give hints (class, id, rel, role) are kept when
   their value has one; a value with a character reference, or longer than
   HINT_MAX bytes, is kept as it is. */
#define HINT_MAX 200

static int hint_kept(const char *v, size_t n) {
  char low[HINT_MAX + 1];
  size_t i;
  if (n > HINT_MAX || memchr(v, '&', n)) return 1;
  for (i = 0; i < n; i++) low[i] = (char)html_lower((unsigned char)v[i]);
  low[n] = '\0';
  return html_hint_matters(low);
}

/* Is the attribute p[0, n) with value v[0, vn) one the reader looks at?
   gumbo is spared the others. */
static int kept_attr(const char *p, size_t n, const char *v, size_t vn) {
  static const html_word names[] = {
      WORD("class"),   WORD("id"),     WORD("rel"),         WORD("role"),
      WORD("style"),   WORD("hidden"), WORD("aria-hidden"), WORD("itemprop"),
      WORD("content"), WORD("name"),   WORD("property"),    WORD("datetime"),
      WORD("type"),    WORD("lang"),   WORD("charset"),     WORD("http-equiv"),
      {NULL, 0}};
  int i = word_index(names, p, n);
  if (i < 0) return 0;
  return i >= 4 || hint_kept(v, vn);
}

/* Elements whose content is raw text to the tokenizer (no tags inside):
   copied untouched.  `strip`: their content is left out as well. */
static int raw_element(const char *name, int *strip) {
  static const html_word raw[] = {
      WORD("script"),   WORD("style"),  WORD("svg"),       WORD("title"),
      WORD("textarea"), WORD("xmp"),    WORD("noscript"),  WORD("noembed"),
      WORD("noframes"), WORD("iframe"), WORD("plaintext"), {NULL, 0}};
  int i = word_index(raw, name, strlen(name));
  if (i < 0) return 0;
  *strip = i < 3;
  return 1;
}

/* Copies the start tag at page[i] ('<' and a letter) with the attributes
   the reader does not use left out (each one a jump anchor), the way the
   HTML tokenizer reads a tag: quotes open a value only after '='.  Sets
   *name (lower case, at most 15 bytes) and *kept (the attributes that
   stay), and returns the offset past the '>', or 0 when the tag runs to
   the end of the page (c->done then says how far the copy went).  `dry`:
   copies nothing, only counts. */
static size_t filter_tag(copier *c, const char *page, size_t len, size_t i,
                         char *name, int dry, size_t *kept, int *fail) {
  size_t j = i + 1, k = 0, keep_from = c->done;
  *kept = 0;
  while (j < len && !html_space(page[j]) && page[j] != '/' && page[j] != '>') {
    if (k < 15) name[k++] = (char)html_lower((unsigned char)page[j]);
    j++;
  }
  name[k] = '\0';
  for (;;) {
    size_t ws = j, an, ae, vs, ve;
    while (j < len && (html_space(page[j]) || page[j] == '/')) j++;
    if (j >= len) break;
    if (page[j] == '>') break;
    an = j;
    j++; /* an attribute name may start with '=' */
    while (j < len && !html_space(page[j]) && page[j] != '/' &&
           page[j] != '>' && page[j] != '=')
      j++;
    ae = j;
    vs = ve = j;
    while (j < len && html_space(page[j])) j++;
    if (j < len && page[j] == '=') {
      j++;
      while (j < len && html_space(page[j])) j++;
      if (j < len && (page[j] == '"' || page[j] == '\'')) {
        const char *q =
            (const char *)memchr(page + j + 1, page[j], len - j - 1);
        if (!q) {
          j = len;
          break;
        }
        vs = j + 1;
        ve = (size_t)(q - page);
        j = ve + 1;
      } else {
        vs = j;
        while (j < len && !html_space(page[j]) && page[j] != '>') j++;
        ve = j;
      }
    } else {
      j = ae;
    }
    if (j >= len) break;
    /* drop " name=value" when white space came before it and the tag goes
       on with white space, '/' or '>' (so no two words are joined) */
    if (!(ws < an && html_space(page[ws]) &&
          !kept_attr(page + an, ae - an, page + vs, ve - vs) &&
          (html_space(page[j]) || page[j] == '/' || page[j] == '>'))) {
      (*kept)++;
    } else if (!dry) {
      if (copy(c, page, keep_from, ws) != 0 || anchor(c, c->o, j, 0) != 0) {
        *fail = 1;
        return 0;
      }
      keep_from = j;
    }
  }
  if (!dry) c->done = keep_from; /* what was copied so far stays copied */
  return j < len ? j + 1 : 0;
}

/* A run of white space this long in the text between tags is passed to
   gumbo as its first byte: the walk folds a run to one space anyway, and
   the indentation of real pages is a third of what gumbo would otherwise
   read (and a text node per gap between tags). */
#define SPACE_RUN 8

/* Leaves out of the copy every long run of white space in page[from, to)
   but its first byte (a jump anchor each); *done as in filter_tag. */
static int fold_spaces(copier *c, const char *page, size_t from, size_t to,
                       size_t *done) {
  size_t i = from;
  while (i < to) {
    size_t j;
    if (!html_space(page[i])) {
      i++;
      continue;
    }
    j = i + 1;
    while (j < to && html_space(page[j])) j++;
    if (j - i >= SPACE_RUN) {
      if (copy(c, page, *done, i + 1) != 0 || anchor(c, c->o, j, 0) != 0)
        return -1;
      *done = j;
    }
    i = j;
  }
  return 0;
}

/* What a tag beside a run of white space says about the run. */
enum { NEAR_OTHER, NEAR_START, NEAR_END };

/* The kind of the start (or end) tag `name`: a block element's, or other.
   The start tags of html, body and form count as other: a parser drops
   them when one is open already. */
static int near_kind(const char *name, int end) {
  int t = (int)gumbo_tagn_enum(name, (unsigned)strlen(name));
  if (!html_block_tag(t)) return NEAR_OTHER;
  if (end) return NEAR_END;
  return t == GUMBO_TAG_HTML || t == GUMBO_TAG_BODY || t == GUMBO_TAG_FORM
             ? NEAR_OTHER
             : NEAR_START;
}

/* Can white space between a tag of kind `before` and one of kind `after`
   never show?  The walk starts a block at a block element's start tag and
   drops the space beside it; between two block end tags the space is in
   no block either.  One end tag alone is not trusted: a parser drops a
   stray one, and the space beside it may then part two words. */
static int space_hidden(int before, int after) {
  return before == NEAR_START || after == NEAR_START ||
         (before == NEAR_END && after == NEAR_END);
}

/* Elements of a page's head: until another one starts, or text does, white
   space goes into the head, which no reader sees. */
static int head_element(const char *name) {
  static const html_word head[] = {
      WORD("html"),     WORD("head"),     WORD("meta"),   WORD("link"),
      WORD("base"),     WORD("title"),    WORD("script"), WORD("style"),
      WORD("noscript"), WORD("template"), {NULL, 0}};
  return word_index(head, name, strlen(name)) >= 0;
}

/* The lower-cased name (at most 15 bytes) of the tag whose name starts at
   p[j]; returns the offset past it. */
static size_t tag_name(const char *p, size_t n, size_t j, char *name) {
  size_t k = 0;
  while (j < n && !html_space(p[j]) && p[j] != '/' && p[j] != '>') {
    if (k < 15) name[k++] = (char)html_lower((unsigned char)p[j]);
    j++;
  }
  name[k] = '\0';
  return j;
}

static int is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Where the comment that starts at p[i] ("<!--") ends, as the tokenizer
   ends it: past "-->" or "--!>", at once for "<!-->" and "<!--->", or at
   the end of the page. */
static size_t comment_end(const char *p, size_t n, size_t i) {
  size_t k = i + 4;
  if (k < n && p[k] == '>') return k + 1;
  if (k + 1 < n && p[k] == '-' && p[k + 1] == '>') return k + 2;
  while (k + 2 < n) {
    const char *d = (const char *)memchr(p + k, '-', n - k - 2);
    if (!d) break;
    k = (size_t)(d - p);
    if (p[k + 1] == '-') {
      if (p[k + 2] == '>') return k + 3;
      if (k + 3 < n && p[k + 2] == '!' && p[k + 3] == '>') return k + 4;
    }
    k++;
  }
  return n;
}

static int ref_char(char c) {
  return is_letter(c) || (c >= '0' && c <= '9') || c == '#';
}

/* Would leaving out the comment page[i, e) join a character reference
   before it to what follows it ("&amp<!-- -->;")? */
static int joins_reference(const char *p, size_t n, size_t i, size_t e) {
  size_t k = i;
  while (k > 0 && i - k < 40 && ref_char(p[k - 1])) k--;
  if (k == 0 || p[k - 1] != '&') return 0;
  return e < n && (ref_char(p[e]) || p[e] == ';');
}

/* The kind of what comes at p[i], past comments and white space: the
   answer is kept, so that a run of comments is looked past once. */
static int next_kind(copier *c, const char *p, size_t n, size_t i) {
  char name[16];
  if (c->peek_kind >= 0 && i <= c->peek_at) return c->peek_kind;
  for (;;) {
    while (i < n && html_space(p[i])) i++;
    if (i + 4 <= n && memcmp(p + i, "<!--", 4) == 0) {
      i = comment_end(p, n, i);
      continue;
    }
    break;
  }
  c->peek_at = i;
  if (i >= n)
    c->peek_kind = NEAR_END; /* the end of the page closes every block */
  else if (p[i] == '<' && i + 1 < n && is_letter(p[i + 1]))
    c->peek_kind = (tag_name(p, n, i + 1, name), near_kind(name, 0));
  else if (p[i] == '<' && i + 2 < n && p[i + 1] == '/' && is_letter(p[i + 2]))
    c->peek_kind = (tag_name(p, n, i + 2, name), near_kind(name, 1));
  else
    c->peek_kind = NEAR_OTHER;
  return c->peek_kind;
}

/* Leaves page[from, to) out of the copy: one jump anchor, shared with a
   jump that ends where this one starts. */
static int leave_out(copier *c, const char *page, size_t from, size_t to) {
  html_anchor *last;
  if (copy(c, page, c->done, from) != 0) return -1;
  last = c->anchors.count
             ? (html_anchor *)c->anchors.items + c->anchors.count - 1
             : NULL;
  if (last && last->conv == c->o && !last->wide)
    last->orig = (unsigned)to & 0x7FFFFFFFu;
  else if (anchor(c, c->o, to, 0) != 0)
    return -1;
  c->done = to;
  return 0;
}

static int blank(const char *s, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    if (!html_space(s[i])) return 0;
  return 1;
}

/* The text page[from, to) between two tags (`after`: the kind of the next
   one): white space that cannot show is left out, other text folded. */
static int text_run(copier *c, const char *page, size_t from, size_t to,
                    int after) {
  if (from >= to) return 0;
  if (!blank(page + from, to - from)) {
    c->before = NEAR_OTHER;
    c->in_head = 0;
    return fold_spaces(c, page, from, to, &c->done);
  }
  if (c->in_head || space_hidden(c->before, after))
    return leave_out(c, page, from, to);
  return fold_spaces(c, page, from, to, &c->done);
}

/* The content of the raw-text element `name` whose start tag is
   page[tag, end): left out (scripts but JSON-LD, styles, svg) or copied
   whole.  Returns where scanning goes on: its end tag. */
static size_t raw_content(copier *c, const char *page, size_t len, size_t tag,
                          size_t end, const char *name, int *fail) {
  int strip;
  size_t close;
  if (!raw_element(name, &strip)) return end;
  close = strcmp(name, "plaintext") == 0 ? len
          : strcmp(name, "script") == 0  ? script_end(page, len, end)
                                         : raw_end(page, len, end, name);
  if (strip && strcmp(name, "script") == 0 &&
      find_ci(page + tag, end - tag, "ld+json"))
    strip = 0; /* JSON-LD: metadata, kept */
  if (strip && close < len && close > end &&
      leave_out(c, page, end, close) != 0)
    *fail = 1;
  return close;
}

/* The most bytes of punctuation and white space between two links that
   are read as one. */
#define LINK_GAP 8

/* Does another link without attributes that matter follow page[from]
   after a few bytes of punctuation and white space ("</a>, <a href=..>")?
   Gumbo then gets the two as one link: the walk reads only which text is
   in links, and a list of a thousand names costs one node, not three
   thousand. */
static int link_follows(copier *c, const char *page, size_t len, size_t from) {
  size_t k, kept;
  char name[16];
  int fail = 0;
  for (k = from; k < len && k - from <= LINK_GAP && page[k] != '<'; k++) {
    unsigned char b = (unsigned char)page[k];
    if (b >= 0x80 || b == '&' || (b > ' ' && ref_char((char)b))) return 0;
  }
  if (k >= len || k - from > LINK_GAP || k + 2 >= len) return 0;
  if (html_lower((unsigned char)page[k + 1]) != 'a' ||
      !(html_space(page[k + 2]) || page[k + 2] == '>' || page[k + 2] == '/'))
    return 0;
  return filter_tag(c, page, len, k, name, 1, &kept, &fail) != 0 && kept == 0;
}

/* Inline elements the walk reads nothing from but their text. */
static int plain_inline(const char *name) {
  static const html_word names[] = {
      WORD("span"), WORD("b"),     WORD("i"),    WORD("em"),  WORD("strong"),
      WORD("code"), WORD("small"), WORD("u"),    WORD("sup"), WORD("sub"),
      WORD("abbr"), WORD("cite"),  WORD("kbd"),  WORD("var"), WORD("mark"),
      WORD("s"),    WORD("tt"),    WORD("font"), WORD("dfn"), WORD("samp"),
      {NULL, 0}};
  return word_index(names, name, strlen(name)) >= 0;
}

/* Is the start tag that ends at page[from] (of element `name`, with no
   attribute that matters) followed by text only and then its own end tag
   ("<span>unnest</span>")?  Then both tags are left out: the end tag
   closes exactly that element, so the text and every other element stay
   as they were, and a highlighted listing costs a text node a line, not
   two nodes a word.  Returns the end tag's offset, or 0. */
static size_t bare_inline_end(const char *page, size_t len, size_t from,
                              const char *name) {
  const char *lt;
  size_t k;
  lt = (const char *)memchr(page + from, '<', len - from);
  if (!lt) return 0;
  k = (size_t)(lt - page);
  return tag_at(page, len, k, name, 1) && memchr(page + k, '>', len - k) ? k
                                                                         : 0;
}

/* Scans the tag at page[i] ('<'): a comment is left out (but one whose
   leaving out would join a character reference to what follows), an end
   tag noted, a start tag filtered.  Returns the offset past it, or 0 when
   it runs to the end of the page. */
static size_t scan_tag(copier *c, const char *page, size_t len, size_t i,
                       int *fail) {
  char name[16];
  size_t end, kept;
  if (i + 4 <= len && memcmp(page + i, "<!--", 4) == 0) {
    end = comment_end(page, len, i);
    if (!joins_reference(page, len, i, end) && leave_out(c, page, i, end) != 0)
      *fail = 1;
    return end;
  }
  if (i + 2 < len && page[i + 1] == '/' && is_letter(page[i + 2])) {
    const char *gt;
    end = tag_name(page, len, i + 2, name);
    c->before = near_kind(name, 1);
    if (c->in_head && !head_element(name)) c->in_head = 0;
    gt = (const char *)memchr(page + end, '>', len - end);
    if (!gt) return 0;
    end = (size_t)(gt - page) + 1;
    if (i == c->bare_end) return leave_out(c, page, i, end) != 0 ? 0 : end;
    if (strcmp(name, "a") == 0) {
      c->merge_a = c->plain_a && link_follows(c, page, len, end);
      c->plain_a = c->merge_a;
      if (c->merge_a && leave_out(c, page, i, end) != 0) *fail = 1;
    }
    return end;
  }
  if (i + 1 < len &&
      (page[i + 1] == '!' || page[i + 1] == '?' || page[i + 1] == '/')) {
    /* a doctype or a bogus comment: copied, and no text */
    const char *gt = (const char *)memchr(page + i, '>', len - i);
    return gt ? (size_t)(gt - page) + 1 : 0;
  }
  if (i + 1 >= len || !is_letter(page[i + 1])) {
    c->before = NEAR_OTHER; /* a "<" that is text */
    c->in_head = 0;
    return i + 1;
  }
  if (c->merge_a) { /* the link that continues the one before */
    c->merge_a = 0;
    end = filter_tag(c, page, len, i, name, 1, &kept, fail);
    if (end == 0 || leave_out(c, page, i, end) != 0) *fail = 1;
    return end;
  }
  tag_name(page, len, i + 1, name);
  if (plain_inline(name)) {
    end = filter_tag(c, page, len, i, name, 1, &kept, fail);
    if (end && !kept && (c->bare_end = bare_inline_end(page, len, end, name)))
      return leave_out(c, page, i, end) != 0 ? 0 : end;
  }
  end = filter_tag(c, page, len, i, name, 0, &kept, fail);
  if (end == 0) return 0; /* a tag cut off by the end of the page */
  if (strcmp(name, "a") == 0) c->plain_a = kept == 0;
  c->before = near_kind(name, 0);
  if (c->in_head && !head_element(name)) c->in_head = 0;
  return raw_content(c, page, len, i, end, name, fail);
}

/* Builds in->owned: the page without the content of its scripts (but
   JSON-LD), styles and svg images, without comments, the attributes
   nothing reads, white space that cannot show and long runs of white
   space, converted when `convert`.  The content of raw-text elements is
   copied whole (or left out whole), so a "<script" or "<b class=" inside
   one changes nothing. */
int html_build_copy(html_input *in, const char *page, size_t len, size_t high,
                    int convert) {
  copier c;
  size_t i = 0, text = 0; /* text: where the text before the next tag starts */
  int fail = 0;
  memset(&c, 0, sizeof c);
  c.in = in;
  c.convert = convert;
  c.before = NEAR_OTHER;
  c.in_head = 1;
  c.peek_at = 0;
  c.peek_kind = -1;
  c.bare_end = (size_t)-1;
  lede_vec_init(&c.anchors, sizeof(html_anchor));
  if (len + 2 * high > LEDE_MAX_INPUT) return LEDE_ERR_TOOBIG;
  in->owned = (char *)malloc(len + (convert ? 2 * high : 0) + 1);
  if (!in->owned) return LEDE_ERR_NOMEM;
  while (i < len && !fail) {
    const char *lt = (const char *)memchr(page + i, '<', len - i);
    i = lt ? (size_t)(lt - page) : len;
    if (text_run(&c, page, text, i, next_kind(&c, page, len, i)) != 0) fail = 1;
    if (!lt || fail) break;
    i = text = scan_tag(&c, page, len, i, &fail);
    if (i == 0) break;
  }
  if (fail || copy(&c, page, c.done, len) != 0) {
    free(c.anchors.items);
    return LEDE_ERR_NOMEM;
  }
  in->owned[c.o] = '\0';
  in->buf = in->owned;
  in->len = c.o;
  in->anchors = (html_anchor *)lede_vec_release(&c.anchors, &in->nanchors);
  if (in->nanchors) { /* held to its size: the tree is parsed beside it */
    html_anchor *a =
        (html_anchor *)realloc(in->anchors, in->nanchors * sizeof *in->anchors);
    if (a) in->anchors = a;
  }
  if (convert) in->charset = "windows-1252";
  return LEDE_OK;
}
