/*
 * lede_repair_forms.c -- the repairs lede_fix_text makes only when asked:
 * characters that are correct Unicode but seldom what a writer meant.
 *
 *  - LEDE_FIX_LIGATURES: a Latin ligature is its letters (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ,
 *    Ĳ ĳ, ŉ, Ǆ Ǉ Ǌ Ǳ and their other cases), as their compatibility
 *    decomposition says.  Text copied from a typeset PDF has them, and a
 *    search for "find" does not match "ﬁnd".  æ œ ß are letters, not
 *    ligatures: they stay.
 *  - LEDE_FIX_WIDTHS: fullwidth ASCII (Ａ １ ！) and the ideographic space
 *    are ASCII; halfwidth katakana and Hangul are the usual width (ｶﾞ is
 *    ガ).  A stretch of such forms is normalized together (NFKC), so that a
 *    halfwidth sound mark joins its letter.
 *  - LEDE_FIX_CONTROLS: C0 controls but tab, LF, FF and CR, DEL, terminal
 *    escapes (ESC [ digits and ; then a letter: the colours a log keeps),
 *    the byte-order mark, the deprecated format characters U+206A..U+206F,
 *    interlinear annotation marks and the object replacement character
 *    (U+FFF9..U+FFFC), musical formatting marks (U+1D173..U+1D17A) and the
 *    language tag U+E0001 are removed.  Tag letters (U+E0020..U+E007F)
 *    stay: emoji flags of regions are written with them.
 *  - LEDE_FIX_LINE_BREAKS: CR LF, a lone CR, the line and paragraph
 *    separators U+2028 and U+2029 are LF.  (U+0085, NEL, is a C1 control
 *    and is read as Windows-1252's … like the others.)
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "lede.h"
#include "lede_repair.h"

static int is_ligature(uint32_t cp) {
  return (cp >= 0xFB00 && cp <= 0xFB06) || cp == 0x132 || cp == 0x133 ||
         cp == 0x149 || (cp >= 0x1C4 && cp <= 0x1CC) ||
         (cp >= 0x1F1 && cp <= 0x1F3);
}

static int is_width_form(uint32_t cp) {
  return cp == 0x3000 || (cp >= 0xFF01 && cp <= 0xFFEE);
}

static int is_format_control(uint32_t cp) {
  return (cp >= 0x206A && cp <= 0x206F) || cp == 0xFEFF ||
         (cp >= 0xFFF9 && cp <= 0xFFFC) || (cp >= 0x1D173 && cp <= 0x1D17A) ||
         cp == 0xE0001;
}

/* s[i, end) becomes its NFKC form, a repair of kind (when it differs).
   Memory short: left as it is, and f->nomem says so. */
static void compat_form(struct lede_fixer *f, size_t i, size_t end, int kind) {
  utf8proc_uint8_t *norm = NULL;
  utf8proc_ssize_t n =
      utf8proc_map(f->s + i, (utf8proc_ssize_t)(end - i), &norm,
                   UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_STABLE);
  if (n == UTF8PROC_ERROR_NOMEM) f->nomem = 1;
  if (n >= 0 &&
      ((size_t)n != end - i || memcmp(norm, f->s + i, (size_t)n) != 0))
    lede_fix_emit(f, i, end, (const char *)norm, (size_t)n, kind);
  free(norm);
}

size_t lede_fix_forms(struct lede_fixer *f, size_t i, uint32_t cp, size_t n) {
  if ((f->flags & LEDE_FIX_LIGATURES) && is_ligature(cp)) {
    compat_form(f, i, i + n, LEDE_FIX_LIGATURE);
  } else if ((f->flags & LEDE_FIX_WIDTHS) && is_width_form(cp)) {
    /* the stretch of width forms, up to where a mojibake reading starts */
    size_t end = i + n;
    uint32_t next;
    int l;
    while (end < f->limit &&
           (l = lede_u8_decode(f->s, f->len, end, &next)) > 0 &&
           is_width_form(next))
      end += (size_t)l;
    compat_form(f, i, end, LEDE_FIX_WIDTH);
    return end;
  } else if ((f->flags & LEDE_FIX_CONTROLS) && is_format_control(cp)) {
    lede_fix_emit(f, i, i + n, "", 0, LEDE_FIX_CONTROL);
  } else if ((f->flags & LEDE_FIX_LINE_BREAKS) &&
             (cp == 0x2028 || cp == 0x2029)) {
    lede_fix_emit(f, i, i + n, "\n", 1, LEDE_FIX_LINE_BREAK);
  }
  return i + n;
}

/* The end of the terminal escape at s[i] (ESC [ digits and ; a letter), or
   0 when none starts there. */
static size_t escape_end(const unsigned char *s, size_t len, size_t i) {
  size_t j = i + 2;
  if (j > len || s[i + 1] != '[') return 0;
  while (j < len && ((s[j] >= '0' && s[j] <= '9') || s[j] == ';')) j++;
  return j < len && ((s[j] | 0x20u) - 'a' < 26u) ? j + 1 : 0;
}

size_t lede_fix_ascii_control(struct lede_fixer *f, size_t i) {
  const unsigned char *s = f->s;
  unsigned b = s[i];
  size_t e;
  if (b == '\t' || b == '\n' || b == '\f') return i + 1;
  if (b == '\r') {
    if (!(f->flags & LEDE_FIX_LINE_BREAKS)) return i + 1;
    e = i + 1 < f->len && s[i + 1] == '\n' ? i + 2 : i + 1;
    lede_fix_emit(f, i, e, "\n", 1, LEDE_FIX_LINE_BREAK);
    return e;
  }
  if (!(f->flags & LEDE_FIX_CONTROLS)) return i + 1;
  if (b == 0x1B && (e = escape_end(s, f->len, i)) != 0) {
    lede_fix_emit(f, i, e, "", 0, LEDE_FIX_ESCAPE);
    return e;
  }
  lede_fix_emit(f, i, i + 1, "", 0, LEDE_FIX_CONTROL);
  return i + 1;
}
