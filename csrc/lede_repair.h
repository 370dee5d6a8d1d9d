/*
 * lede_repair.h -- what the two files of the repair engine share (not part
 * of the public API): UTF-8 steps, the classes a repair is judged by, and
 * the mojibake reader of csrc/lede_mojibake.c that csrc/lede_repair.c runs.
 */
#ifndef LEDE_REPAIR_H
#define LEDE_REPAIR_H

#include <stddef.h>
#include <stdint.h>

/* The most characters one run of non-ASCII characters is read as; longer
   runs are read in pieces of about this many, cut before a character that
   may start a sequence.  (A Cyrillic word in three layers of mojibake is
   ten characters a letter; a line of Chinese in two layers, seven a
   character.)  The reader's workspace for a run is on the heap
   (lede_run_work), sized to the text. */
#define LEDE_RUN_MAX 4096

/* What a decoded character is, for deciding whether a reading is
   plausible (see "How a reading is scored" in lede_mojibake.c). */
enum lede_plausible {
  LEDE_PL_BAD = 0,    /* no text has it in the middle of words: IPA, C1,
                         private use, archaic letters, lone combining signs */
  LEDE_PL_COMMON = 1, /* letters of Latin, Greek and Cyrillic alphabets,
                         punctuation, currency, symbols, emoji */
  LEDE_PL_SCRIPT = 2  /* letters of other scripts (CJK, Hangul, Hebrew,
                         Arabic, Indic, Thai...): plausible two at a time */
};

/* A repair the mojibake reader found: input[start, end) stands for the
   UTF-8 bytes[0, len). */
typedef struct lede_piece {
  uint32_t start;
  uint32_t end;
  uint8_t len;
  uint8_t kind; /* LEDE_FIX_MOJIBAKE or LEDE_FIX_LOSSY */
  char bytes[6];
} lede_piece;

/* The length (1-4) of the well-formed UTF-8 character at s[i] (i < len),
   with its code point in *cp; 0 when s[i] starts none (a bad byte). */
int lede_u8_decode(const unsigned char *s, size_t len, size_t i, uint32_t *cp);

/* Writes the UTF-8 of cp (a character) into out; returns its length. */
int lede_u8_encode(uint32_t cp, char *out);

/* The code point of the character that ends just before s[i], or 0 at the
   start; bad bytes read as themselves. */
uint32_t lede_u8_before(const unsigned char *s, size_t i);

/* enum lede_plausible of a code point. */
int lede_plausible(uint32_t cp);

/* Is cp a letter (any script)?  A lowercase letter? */
int lede_is_letter(uint32_t cp);
int lede_is_lower(uint32_t cp);

/* The Windows-1252 reading of a byte 0x80..0xFF (0 for its five undefined
   bytes). */
uint32_t lede_cp1252(unsigned b);

/* The code pages lede_mojibake.c reads through (csrc/lede_codepages.h),
   and the index of two of them in csrc/gen/repair_tables.py's order. */
#define LEDE_RUN_PAGES 9
#define LEDE_PAGE_CP1250 2
#define LEDE_PAGE_LATIN2 3

/* The reader's workspace: the characters of a run as each layer reads
   them, and the candidate readings, for runs of up to cap characters. */
typedef struct lede_run_work lede_run_work;

/* A workspace for runs of up to cap (at most LEDE_RUN_MAX) characters;
   NULL when memory is short. */
lede_run_work *lede_run_work_new(size_t cap);
void lede_run_work_free(lede_run_work *w);
size_t lede_run_work_cap(const lede_run_work *w);

/* What a run is read with, and what reading it found. */
typedef struct lede_run_ctx {
  lede_run_work *work; /* in: the workspace */
  int sure;            /* in: the text shows sure mojibake elsewhere (weak
                          readings then count too) */
  int prefer;          /* in: the code page taken on a tie, or -1 */
  int strong;          /* out: raised when a reading needed no such help */
  uint32_t votes[LEDE_RUN_PAGES]; /* out: characters each winning page read */
} lede_run_ctx;

/*
 * Reads the run s[start, end) of non-ASCII characters as mojibake: writes
 * the repairs found into out (at most cap) in text order and returns how
 * many.  Does not allocate: it works in ctx->work, and reads at most its
 * cap characters of the run.
 */
size_t lede_mojibake_run(const unsigned char *s, size_t len, size_t start,
                         size_t end, lede_run_ctx *ctx, lede_piece *out,
                         size_t cap);

/* A repair in progress (csrc/lede_repair.c runs it). */
struct lede_fixer {
  const unsigned char *s;
  size_t len;
  unsigned flags;
  char *out; /* NULL until the first repair */
  size_t nout, capout;
  struct lede_fix *fx;
  size_t nfx, capfx;
  size_t copied; /* s[0, copied) is in out */
  size_t limit;  /* where the next mojibake reading starts: not past it */
  int open;      /* a guessed opening quote is not closed yet */
  uint32_t spaced_dash; /* text_spaced_dash, once counted (0 before) */
  int nomem;
};

/* s[start, end) becomes bytes[0, n), a repair of kind (enum
   lede_fix_kind); the bytes before start are copied. */
void lede_fix_emit(struct lede_fixer *f, size_t start, size_t end,
                   const char *bytes, size_t n, int kind);

/* The optional repairs of csrc/lede_repair_forms.c, for the character cp
   at s[i, i + n) that no other rule took: ligatures, width forms, controls
   and format characters, line separators (as f->flags asks).  Returns the
   position after what was consumed. */
size_t lede_fix_forms(struct lede_fixer *f, size_t i, uint32_t cp, size_t n);

/* The same for the ASCII control s[i] (below 0x20, or 0x7F): CR LF and CR
   with LEDE_FIX_LINE_BREAKS; terminal escapes and controls but tab, LF,
   FF, CR with LEDE_FIX_CONTROLS. */
size_t lede_fix_ascii_control(struct lede_fixer *f, size_t i);

#endif
