/*
 * lede.h -- the public C interface of the lede core.
 *
 * The core is plain C99 and knows nothing of Lua: a C program can link it
 * directly.  Conventions, the same for every function below:
 *
 *  - Text is always a pointer plus a byte length.  NUL bytes are ordinary
 *    bytes; nothing relies on NUL termination.
 *  - Offsets are 0-based byte offsets into the caller's text; `end` is one
 *    past the last byte.  (The Lua binding turns them into 1-based inclusive
 *    spans, so that text:sub(s, e) is the span.)  Offsets are 32-bit, so an
 *    input may be at most LEDE_MAX_INPUT bytes.
 *  - Errors are return values: LEDE_OK (0) or a negative LEDE_ERR_* code;
 *    lede_strerror() names it.  Nothing here exits, aborts or prints.
 *  - Invalid UTF-8 is never an error: each bad byte is treated as one
 *    character of its own and the offsets stay exact.
 *  - Every function that allocates says who frees.  Arrays returned through
 *    an `out` pointer are freed with lede_free().
 *  - The core keeps no global mutable state: any function may be called from
 *    several threads at once on different inputs.
 */
#ifndef LEDE_H
#define LEDE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The library version, "MAJOR.MINOR.PATCH". */
#define LEDE_VERSION "0.1.0"

/** The largest input, in bytes, any function accepts (offsets are 32-bit). */
#define LEDE_MAX_INPUT ((size_t)UINT32_MAX - 1)

/** Status codes.  Every fallible function returns one of these. */
enum lede_status {
  LEDE_OK = 0,
  LEDE_ERR_NOMEM = -1, /**< an allocation failed; nothing was leaked */
  LEDE_ERR_ARG = -2,   /**< a NULL pointer where one is not allowed */
  LEDE_ERR_TOOBIG = -3 /**< the input is longer than LEDE_MAX_INPUT */
};

/** A static English message for a status code; never NULL, never freed. */
const char *lede_strerror(int status);

/** The version string of the core (LEDE_VERSION); static. */
const char *lede_version(void);

/** The version string of the utf8proc library the core runs with; static. */
const char *lede_utf8proc_version(void);

/** Frees an array returned by any lede_* function.  NULL is allowed. */
void lede_free(void *p);

/* ------------------------------------------------------------------ */
/* Tokens                                                              */
/* ------------------------------------------------------------------ */

/** What a token is. */
enum lede_token_kind {
  LEDE_TOKEN_WORD = 0, /**< letters, with inner ' ’ - . (Ukraine’s, U.S.) */
  LEDE_TOKEN_NUMBER =
      1, /**< digits with separators/decimals: 1,000  1.5  21st */
  LEDE_TOKEN_PUNCT = 2,  /**< punctuation: . , ; “ ” — ( ) … */
  LEDE_TOKEN_SYMBOL = 3, /**< symbols: $ € % & + = and other S* characters */
  LEDE_TOKEN_URL = 4,    /**< http(s)://… or www.… */
  LEDE_TOKEN_EMAIL = 5,  /**< name@host.tld */
  LEDE_TOKEN_EMOJI = 6,  /**< an emoji, with its modifiers and joiners */
  LEDE_TOKEN_OTHER = 7   /**< anything else: control bytes, invalid UTF-8 */
};

/** Bits of lede_token.flags. */
enum lede_token_flag {
  LEDE_TF_CAPITALIZED = 1 << 0, /**< word starts with an upper-case letter */
  LEDE_TF_ALLCAPS = 1 << 1,     /**< word has letters and all are upper case */
  LEDE_TF_ABBREV = 1 << 2,      /**< word ends with a '.' that belongs to it */
  LEDE_TF_LINE_START = 1 << 3,  /**< first token on its line */
  LEDE_TF_PARA_START =
      1 << 4, /**< first token after a blank line (or text start) */
  LEDE_TF_INVALID = 1 << 5, /**< token contains invalid UTF-8 */
  LEDE_TF_NONASCII = 1 << 6 /**< token contains non-ASCII characters */
};

/** One token: text[start, end) of the caller's text. */
typedef struct lede_token {
  uint32_t start;
  uint32_t end;
  uint8_t kind;  /**< enum lede_token_kind */
  uint8_t flags; /**< enum lede_token_flag bits */
} lede_token;

/** Human-readable name of a token kind ("word", "number", ...); static. */
const char *lede_token_kind_name(int kind);

/**
 * Splits text[0, len) into tokens (white space is not a token).
 * On LEDE_OK, *out is a new array of *count tokens in text order (NULL when
 * *count is 0); the caller frees it with lede_free().  On error *out is NULL
 * and *count is 0.
 */
int lede_tokenize(const char *text, size_t len, lede_token **out,
                  size_t *count);

/** Where a token stream stands: set with lede_token_cursor_init(). */
typedef struct lede_token_cursor {
  size_t pos;   /**< the byte offset the next token is looked for from */
  int newlines; /**< line breaks seen since the last token (for its flags) */
} lede_token_cursor;

/** Sets *cur to the start of a text. */
void lede_token_cursor_init(lede_token_cursor *cur);

/**
 * The tokens of text[0, len) a few at a time, in bounded memory: writes the
 * next tokens from *cur into out (at most cap of them), sets *count and
 * moves *cur past them; *count is 0 when the text has no more.  The tokens
 * are exactly those of lede_tokenize(), flags included, whatever cap is.
 * The same text must be passed on every call; keeps no pointer to it.
 * Returns LEDE_OK, LEDE_ERR_ARG (NULL pointers, a cursor past len) or
 * LEDE_ERR_TOOBIG.  Does not allocate.
 */
int lede_tokenize_next(const char *text, size_t len, lede_token_cursor *cur,
                       lede_token *out, size_t cap, size_t *count);

/**
 * Writes the key of text[0, len) -- NFC-normalized and case-folded, invalid
 * bytes replaced by U+FFFD -- into dst, which holds cap bytes.  Returns the
 * key's full length in bytes; when that is more than cap, dst holds only a
 * prefix and the caller should call again with a larger buffer (like
 * snprintf, but without a terminating NUL).  Does not allocate.
 */
size_t lede_fold(const char *text, size_t len, char *dst, size_t cap);

/**
 * Reads the UTF-8 character at text[i] (i < len) strictly, as utf8proc
 * does: no overlong forms, no surrogates, nothing above U+10FFFF.  Stores
 * its code point in *cp, or -1 for a byte that starts no valid sequence,
 * and returns its length in bytes (1 for such a byte), so that a loop over
 * a text always advances.  The one UTF-8 decoder of the core; exported to
 * Lua as core.utf8_decode and core.utf8_valid.  Does not allocate.
 */
size_t lede_utf8_decode(const char *text, size_t len, size_t i, int32_t *cp);

/* ------------------------------------------------------------------ */
/* Sentences                                                           */
/* ------------------------------------------------------------------ */

/** A span text[start, end) of the caller's text. */
typedef struct lede_span {
  uint32_t start;
  uint32_t end;
} lede_span;

/**
 * Splits text[0, len) into sentences.  Each span is trimmed of white space
 * and never empty; spans are in order and do not overlap.  A blank line is
 * always a boundary; so is a line break after a line with no final mark,
 * unless the line reads as prose wrapped in the middle of a sentence (it is
 * long and the next line goes on in lower case).
 * On LEDE_OK, *out is a new array of *count spans (NULL when *count is 0);
 * the caller frees it with lede_free().  On error *out is NULL, *count 0.
 */
int lede_sentences(const char *text, size_t len, lede_span **out,
                   size_t *count);

/**
 * lede_sentences() with the abbreviations of one of the summarizer's
 * languages (lexicon/<code>/abbreviations.tsv, and German ordinals such as
 * "am 3. Oktober") in place of the English ones.  language is a
 * NUL-terminated code of lexicon/languages.tsv ("de"); NULL or "en" gives
 * exactly lede_sentences().  A code the lexicon does not have: LEDE_ERR_ARG.
 */
int lede_sentences_lang(const char *text, size_t len, const char *language,
                        lede_span **out, size_t *count);

/** A stream of the sentences of one text, a batch at a time, in memory
    bounded by the chunk size whatever the length of the text.  Opaque. */
typedef struct lede_sentence_stream lede_sentence_stream;

/**
 * Creates a stream that looks at `chunk` bytes of the text per step (0: 64
 * KiB).  Returns NULL when out of memory.  Free with
 * lede_sentence_stream_free().
 */
lede_sentence_stream *lede_sentence_stream_new(size_t chunk);

/**
 * The next sentences of text[0, len): *out points to *count spans owned by
 * the stream, valid until the next call; *count is 0 once the text is done.
 * The spans, all batches together, are exactly those of lede_sentences().
 * Every call must pass the same text (same pointer and length): anything
 * else is LEDE_ERR_ARG.  Other errors: LEDE_ERR_TOOBIG, LEDE_ERR_NOMEM
 * (then the stream can only be freed).
 */
int lede_sentence_stream_next(lede_sentence_stream *st, const char *text,
                              size_t len, const lede_span **out, size_t *count);

/** Frees a stream (NULL is allowed). */
void lede_sentence_stream_free(lede_sentence_stream *st);

/* ================================================================== */
/* Numbers                                                             */
/* ================================================================== */

/** What a number mention denotes.  Years, dates, times, phone numbers and
    ages are recognised so that nothing downstream takes them for counts. */
enum lede_number_kind {
  LEDE_NUM_CARDINAL = 0, /**< a count or amount: 35, twenty-five, 1.5 million */
  LEDE_NUM_ORDINAL = 1,  /**< third, 21st */
  LEDE_NUM_PERCENT = 2,  /**< 12%, ten percent (value 12, 10) */
  LEDE_NUM_MONEY = 3, /**< $1.5 billion, 50 cents (value in the named unit) */
  LEDE_NUM_FRACTION = 4, /**< two-thirds, a quarter of, 3/4 */
  LEDE_NUM_YEAR = 5,     /**< 2014, in 1988 */
  LEDE_NUM_DATE = 6,     /**< March 3, 3rd of March, 2022-03-04, 3/4/2022 */
  LEDE_NUM_TIME = 7,     /**< 11:12 p.m., 5 am */
  LEDE_NUM_PHONE = 8,    /**< 203-294-2800 and other digit codes */
  LEDE_NUM_AGE = 9 /**< a 35-year-old, 22-month-old, aged 40, "Ward, 31," */
};

/** The wording around a number.  Bounds are whole numbers when the value is
    whole: "more than 200" has min 201, "nearly 40" max 39. */
enum lede_qualifier {
  LEDE_Q_NONE = 0, /**< plain number: exact */
  LEDE_Q_AT_LEAST =
      1, /**< at least, no fewer than, 30 or more, 30+: min = value */
  LEDE_Q_MORE_THAN = 2,  /**< more than, over, above: min = value + 1 */
  LEDE_Q_ABOUT = 3,      /**< about, around, some, an estimated: no bounds */
  LEDE_Q_NEARLY = 4,     /**< nearly, almost: max = value - 1 */
  LEDE_Q_UP_TO = 5,      /**< up to, at most, as many as: max = value */
  LEDE_Q_FEWER_THAN = 6, /**< fewer than, less than, under: max = value - 1 */
  LEDE_Q_RANGE = 7,      /**< between 10 and 15, 10-15, 10 to 15: min..max */
  LEDE_Q_VAGUE = 8,      /**< dozens, hundreds, scores of: min only */
  LEDE_Q_UNSPECIFIED =
      9,             /**< casualty claims only: a plural with no number
                         ("civilians were killed"): count = min = 2, no max */
  LEDE_Q_HEDGED = 10 /**< casualty claims only: an exact count the wording
                          hedges ("may have died", "are believed to have
                          been killed"); min = max = count */
};

/** Bits of lede_number.flags. */
enum lede_number_flag {
  LEDE_NF_APPROX = 1 << 0,  /**< the wording gives no exact value */
  LEDE_NF_HAS_MIN = 1 << 1, /**< min is set */
  LEDE_NF_HAS_MAX = 1 << 2, /**< max is set */
  LEDE_NF_WORDS = 1 << 3    /**< spelt out in words (at least partly) */
};

/** One number mention: text[start, end) is the whole phrase, qualifier,
    currency and unit included ("at least $1.5 billion", "12 km");
    text[vstart, end) starts at the number itself.  For a range, value is
    the low end (min); for a vague quantity, its lower bound (min); for a
    date, the day (or the year); for a time, the hour. */
typedef struct lede_number {
  uint32_t start;
  uint32_t end;
  uint32_t vstart;
  double value;
  double min; /**< valid when flags has LEDE_NF_HAS_MIN */
  double max; /**< valid when flags has LEDE_NF_HAS_MAX */
  const char
      *unit;    /**< static string ("USD", "cent", "percent", "km") or NULL */
  uint8_t kind; /**< enum lede_number_kind */
  uint8_t qualifier; /**< enum lede_qualifier */
  uint8_t flags;     /**< enum lede_number_flag bits */
} lede_number;

/** Name of a number kind ("cardinal", "year", ...); static. */
const char *lede_number_kind_name(int kind);

/** Name of a qualifier ("exact", "at least", "more than", ...); static. */
const char *lede_qualifier_name(int qualifier);

/**
 * Finds the number mentions of text[0, len), in text order, without overlap.
 * Works on the bytes: number words are ASCII, any other byte is punctuation
 * to it, so invalid UTF-8 and NUL bytes are harmless.
 * On LEDE_OK, *out is a new array of *count numbers (NULL when *count is 0);
 * unit strings are static, so the caller frees everything with one
 * lede_free(*out).  On error *out is NULL and *count 0.
 */
int lede_numbers(const char *text, size_t len, lede_number **out,
                 size_t *count);

/* ================================================================== */
/* Casualties                                                          */
/* ================================================================== */

/** What happened to the people a casualty claim counts. */
enum lede_casualty_kind {
  LEDE_CAS_KILLED = 0,
  LEDE_CAS_INJURED = 1,
  LEDE_CAS_MISSING = 2,
  LEDE_CAS_DISPLACED = 3,
  LEDE_CAS_EVACUATED = 4,
  LEDE_CAS_ABDUCTED = 5,
  LEDE_CAS_CASUALTIES = 6 /**< "casualties": killed and injured together */
};

/** Bits of lede_casualty.flags. */
enum lede_casualty_flag {
  LEDE_CF_HAS_MIN = 1 << 0, /**< min is set */
  LEDE_CF_HAS_MAX = 1 << 1, /**< max is set */
  LEDE_CF_SUBSET =
      1 << 2, /**< "including a young girl": part of an earlier claim */
  LEDE_CF_REVISED =
      1 << 3, /**< a toll that changed: "rose to eight", "has risen to 17" */
  LEDE_CF_SHOT =
      1 << 4, /**< injured read from "shot" with no word on the outcome
                   ("he was shot in the leg", "taken to a hospital"): the
                   count may hold people the article says elsewhere died */
  LEDE_CF_HEDGED =
      1 << 5 /**< the wording hedges the count ("may have died"); the
                  qualifier is LEDE_Q_HEDGED when the number is exact */
};

/** One casualty claim.  text[start, end) is the claim's words ("killed at
    least 35 people"); text[sent_start, sent_end) its sentence.  who is a
    static plural noun ("people", "children") or NULL, and then who_span,
    when not empty, is the noun in the text ("Palestinians"); a claim that
    names no group takes the one of the claim before it in the sentence
    ("killed 35 people and injured 117").  place is a span of the text
    (empty when the sentence names no place).  A subset ("including a young
    girl", "among those injured") is part of another claim's count, not an
    addition to it. */
typedef struct lede_casualty {
  uint32_t start;
  uint32_t end;
  uint32_t sent_start;
  uint32_t sent_end;
  double count;    /**< the number the wording gives (the low end of a range) */
  double min;      /**< valid when flags has LEDE_CF_HAS_MIN */
  double max;      /**< valid when flags has LEDE_CF_HAS_MAX */
  const char *who; /**< static plural noun, or NULL */
  lede_span who_span;
  lede_span place;
  uint8_t kind;      /**< enum lede_casualty_kind */
  uint8_t qualifier; /**< enum lede_qualifier (LEDE_Q_NONE: exact) */
  uint8_t flags;     /**< enum lede_casualty_flag bits */
} lede_casualty;

/** Name of a casualty kind ("killed", "injured", ...); static. */
const char *lede_casualty_kind_name(int kind);

/**
 * Finds the casualty claims of text[0, len), sentence by sentence (with
 * lede_sentences()), in text order.  A claim needs a count the sentence
 * gives for people ("35", "a 35-year-old man" = 1, "no one" = 0); money,
 * years, ages, dates and agents ("12 senators killed the bill") are not
 * counts, and neither is what only might happen ("could kill thousands").
 * When a sentence revises a toll ("rose from five to eight") only the
 * latest value is a claim.
 * On LEDE_OK, *out is a new array of *count claims (NULL when *count is 0);
 * who strings are static and the rest are spans, so the caller frees
 * everything with one lede_free(*out).  On error *out is NULL and *count 0.
 */
int lede_casualties(const char *text, size_t len, lede_casualty **out,
                    size_t *count);

/* ------------------------------------------------------------------ */
/* Summaries (lede_rank.c)                                             */
/* ------------------------------------------------------------------ */

/** How the length of a summary is bounded. */
enum lede_budget_kind {
  LEDE_BUDGET_DEFAULT = 0,   /**< 3 sentences for one document, 5 for more */
  LEDE_BUDGET_SENTENCES = 1, /**< at most `amount` sentences */
  LEDE_BUDGET_WORDS = 2,     /**< at most `amount` words (see below) */
  LEDE_BUDGET_BYTES = 3,     /**< the summary text is at most `amount` bytes */
  LEDE_BUDGET_RATIO = 4      /**< at most floor(amount * input words) words */
};

/** How sentences are chosen. */
enum lede_summary_method {
  LEDE_METHOD_RANK = 0, /**< centrality + lead prior + coverage (default) */
  LEDE_METHOD_LEAD = 1  /**< the first sentences: a baseline */
};

/**
 * Options of a summary.  Fill with lede_summary_options_init(), then change
 * what you need.  Words are runs of bytes other than ASCII white space in a
 * sentence.  The bytes budget counts the sentences' bytes plus `separator`
 * bytes between two consecutive chosen sentences, so a summary joined with
 * a one-byte separator is never longer than `amount`.  No budget ever cuts a
 * sentence: a sentence that does not fit is left out.
 *
 * The weights below belong to LEDE_METHOD_RANK; init sets the values tuned
 * on the development data (see the comment at the top of lede_rank.c).
 */
typedef struct lede_summary_options {
  int method;        /**< enum lede_summary_method */
  int budget;        /**< enum lede_budget_kind */
  double amount;     /**< N (sentences, words, bytes; HUGE_VAL: no limit) or
                          the ratio in (0, 1] */
  size_t separator;  /**< bytes between two sentences, for LEDE_BUDGET_BYTES */
  double lead;       /**< weight of the position prior (>= 0) */
  double centrality; /**< weight of graph centrality (>= 0) */
  double headline;   /**< weight of overlap with the document's headline */
  double coverage;   /**< weight of new concepts covered (>= 0) */
  double redundancy; /**< a sentence whose cosine with a chosen one reaches
                          this (0 < r <= 1) is left out */
  char language[8];  /**< the text's language, a NUL-terminated code: "en"
                          (default), "es", "fr", "de", "it" -- which Snowball
                          stemmer and stop words make the terms */
  const char *focus; /**< a query (words or a phrase, may be NULL): ranks
                          towards sentences that share its words; read by
                          lede_summarizer_new(), not kept */
  size_t focus_len;
  double focus_weight; /**< weight of the overlap with `focus` (>= 0) */
} lede_summary_options;

/** Sets *opts to the defaults: rank method, default budget, tuned weights. */
void lede_summary_options_init(lede_summary_options *opts);

/**
 * Checks options: LEDE_OK, or LEDE_ERR_ARG when a field is out of range
 * (unknown method or budget kind; a count of sentences, words or bytes not
 * a whole number >= 1 or HUGE_VAL; a ratio outside (0, 1]; a weight that is
 * neither negative (the default) nor in [0, 1e6]; redundancy outside (0, 1];
 * focus NULL with a length; a language the lexicon does not have).
 */
int lede_summary_options_check(const lede_summary_options *opts);

/**
 * The same check, naming the problem: NULL when the options are valid, else
 * the name of the first bad field ("method", "budget", "amount",
 * "separator", "lead", "centrality", "headline", "coverage",
 * "focus_weight", "redundancy", "focus") with what it expects ("positive
 * integer", "number in (0, 1]" ...) in *expected (when not NULL).  Static
 * strings.
 */
const char *lede_summary_options_problem(const lede_summary_options *opts,
                                         const char **expected);

/** One chosen sentence. */
typedef struct lede_pick {
  uint32_t doc;   /**< index of its document, in the order they were added */
  uint32_t index; /**< index of the sentence within its document */
  uint32_t start; /**< offsets into the caller's original text: the body's */
  uint32_t end;   /**<   `base` plus the offset within the body */
  uint32_t words; /**< its words, as the budget counts them */
  double score; /**< its score (higher is more central); for comparison only */
} lede_pick;

/** A summarizer: documents go in with lede_summarizer_add(), picks come out
    of lede_summarize().  Opaque; one per thread (it owns a stemmer). */
typedef struct lede_summarizer lede_summarizer;

/**
 * Creates a summarizer with a copy of *opts (NULL: the defaults).  Returns
 * NULL and sets *status (when status is not NULL) to LEDE_ERR_ARG for bad
 * options or LEDE_ERR_NOMEM.  The caller frees it with
 * lede_summarizer_free().
 */
lede_summarizer *lede_summarizer_new(const lede_summary_options *opts,
                                     int *status);

/**
 * Adds one document: its body is body[0, len), which sits at byte offset
 * `base` of the caller's original text, so that picks point into that
 * original (pass base 0 when the body is the whole text).  `title` (may be
 * NULL, title_len 0) is the document's headline; overlap with it raises a
 * sentence's score.  The summarizer keeps no pointer to body or title.
 * Returns LEDE_OK, LEDE_ERR_ARG (NULL pointers), LEDE_ERR_TOOBIG (base + len
 * past LEDE_MAX_INPUT) or LEDE_ERR_NOMEM.
 */
int lede_summarizer_add(lede_summarizer *sum, const char *body, size_t len,
                        size_t base, const char *title, size_t title_len);

/**
 * Adds one document made of several pieces of the caller's text: its body
 * is text[parts[i].start, parts[i].end) for each i, in order (say the
 * paragraphs an article parser kept, without the chrome or repeats between
 * them).  Parts must be in order, not overlap and lie inside text[0, len);
 * no sentence spans two parts; sentence indexes run on across parts.
 * Picks point into text.  title as for lede_summarizer_add().  Returns
 * LEDE_OK, LEDE_ERR_ARG (NULL pointers, parts out of order or range),
 * LEDE_ERR_TOOBIG or LEDE_ERR_NOMEM.  Keeps no pointer to its arguments.
 */
int lede_summarizer_add_parts(lede_summarizer *sum, const char *text,
                              size_t len, const lede_span *parts, size_t nparts,
                              const char *title, size_t title_len);

/**
 * Chooses the summary of every document added so far.  On LEDE_OK, *out is
 * a new array of *count picks ordered by document, then position (NULL when
 * *count is 0); the caller frees it with lede_free().  May be called again
 * (after more adds, too).  Deterministic: the same documents and options
 * give the same picks.  On error *out is NULL and *count 0.
 */
int lede_summarize(lede_summarizer *sum, lede_pick **out, size_t *count);

/** Frees a summarizer (NULL is allowed). */
void lede_summarizer_free(lede_summarizer *sum);

/** What the summarizer learns about each word as written (its stem, or
    that it is a stop word), kept across summaries so that a word is
    stemmed once, not once a summary.  Opaque; used by one summarizer at a
    time (one per thread).  It stays within a few megabytes (when full it
    starts again empty), and picks are the same with or without it. */
typedef struct lede_word_cache lede_word_cache;

/** A new, empty cache, or NULL when out of memory.  The caller frees it
    with lede_word_cache_free() (NULL is allowed), after the summarizers
    that use it. */
lede_word_cache *lede_word_cache_new(void);
void lede_word_cache_free(lede_word_cache *cache);

/**
 * Lets the summarizer use `cache` (NULL: none) for the documents added
 * from now on; the cache must outlive the summarizer's lede_summarizer_add
 * calls.  Returns LEDE_OK, or LEDE_ERR_ARG when sum is NULL.
 */
int lede_summarizer_use_cache(lede_summarizer *sum, lede_word_cache *cache);

/**
 * Convenience: summarizes one text with *opts (NULL: defaults).  *out as for
 * lede_summarize(); the caller frees it with lede_free().
 */
int lede_summarize_text(const char *text, size_t len,
                        const lede_summary_options *opts, lede_pick **out,
                        size_t *count);

/* ------------------------------------------------------------------ */
/* HTML pages (lede_html*.c, libgumbo)                                 */
/* ------------------------------------------------------------------ */

/** What a block of extracted text was in the page. */
enum lede_html_block_kind {
  LEDE_HB_PARAGRAPH = 0, /**< p, div and other blocks of running text */
  LEDE_HB_HEADING = 1,   /**< h1-h6 (level says which) */
  LEDE_HB_ITEM = 2,      /**< li, dt, dd */
  LEDE_HB_QUOTE = 3,     /**< blockquote */
  LEDE_HB_PRE = 4        /**< pre */
};

/** One block of the extracted text: doc->text[start, end). */
typedef struct lede_html_block {
  uint32_t start;
  uint32_t end;
  uint8_t kind;  /**< enum lede_html_block_kind */
  uint8_t level; /**< 1-6 for a heading, else 0 */
} lede_html_block;

/**
 * Where extracted text came from: doc->text[text, text + text_len) was read
 * from page[page, page + page_len).  An exact segment is a plain run: byte
 * i of the text is byte i of the page (white space folded to a space: a
 * page's line break may be a space of the text).  Any other segment is one
 * unit (an entity such as "&amp;", a character converted from
 * windows-1252, the line break a <br> stands for): only its ends map.
 * Segments are in text order, and cover every byte of every block.
 */
typedef struct lede_html_seg {
  uint32_t text;
  uint32_t text_len;
  uint32_t page;
  uint32_t page_len;
  uint8_t exact; /**< 1 for a plain run, 0 for a unit */
} lede_html_seg;

/** One piece of metadata: its key and value are in doc->strings; the value
    was read from page[page_start, page_end) (both 0 when it was made up,
    e.g. the text of several nodes).  Keys: "title" (the <title> element),
    "meta:NAME" for <meta name|property|itemprop=NAME content=...> (NAME
    lower-cased), "ld+json" (the text of a JSON-LD script), "byline" (the
    text of an element whose class, id, rel or itemprop says author or
    byline), "time" (the datetime of the first <time>), "h1" (the first
    h1's text), "lang" (<html lang>). */
typedef struct lede_html_meta {
  uint32_t key;
  uint32_t key_len;
  uint32_t value;
  uint32_t value_len;
  uint32_t page_start;
  uint32_t page_end;
} lede_html_meta;

/** A page read by lede_html_extract(). */
typedef struct lede_html_doc {
  const char *text; /**< the main text: blocks joined by "\n\n", UTF-8 */
  size_t text_len;
  const lede_html_block *blocks;
  size_t nblocks;
  const lede_html_seg *segs;
  size_t nsegs;
  const lede_html_meta *meta;
  size_t nmeta;
  const char *strings;  /**< the keys and values of meta */
  const char *charset;  /**< static: "utf-8" or "windows-1252" (what the
                             bytes were read as) */
  const char *declared; /**< static: the charset the page declared, folded
                             to "utf-8", "windows-1252" or "other"; NULL
                             when it declares none */
  const char *reason;   /**< static; NULL when text was found, else why not
                             ("empty page", "no text in the body") */
  size_t peak_bytes;    /**< the most memory the extraction held at once
                             (parser and scratch), for benchmarks */
} lede_html_doc;

/**
 * Reads the HTML page[0, len) with libgumbo and finds its main text: the
 * block of the page that holds most of its running prose (text and link
 * density, <article>/<main>, class and id hints), without navigation,
 * footers, comments, related links, share and subscribe blocks, cookie
 * banners, captions and credits; and its metadata (see lede_html_meta).
 * Bytes that are not valid UTF-8 in a page that declares windows-1252 or
 * ISO-8859-1, or none, are read as windows-1252; offsets stay offsets into
 * page.  Never fails on content: binary junk, NUL bytes, unclosed tags and
 * deep nesting give a best effort, and an empty text comes with a reason.
 * On LEDE_OK, *out is a new document; the caller frees it with
 * lede_html_free().  Errors: LEDE_ERR_ARG, LEDE_ERR_TOOBIG, LEDE_ERR_NOMEM
 * (then *out is NULL).
 */
int lede_html_extract(const char *page, size_t len, lede_html_doc **out);

/** Frees a document of lede_html_extract() (NULL is allowed). */
void lede_html_free(lede_html_doc *doc);

/** The version of libgumbo the core was built with; static. */
const char *lede_gumbo_version(void);
/* Text repair (csrc/lede_repair.c): encoding and character repair     */
/* ------------------------------------------------------------------ */

/** What one repair did. */
enum lede_fix_kind {
  LEDE_FIX_MOJIBAKE =
      0,              /**< UTF-8 once read through a code page (1-3 layers) */
  LEDE_FIX_LOSSY = 1, /**< bytes a decoder lost, guessed from the context */
  LEDE_FIX_C1 = 2,    /**< a C1 control standing for Windows-1252 punctuation */
  LEDE_FIX_CP1252 =
      3, /**< a byte that is no part of UTF-8, read as Windows-1252 */
  LEDE_FIX_CESU8 = 4,  /**< a surrogate pair written as two 3-byte sequences */
  LEDE_FIX_ENTITY = 5, /**< an HTML character reference */
  LEDE_FIX_SPACE = 6,  /**< a no-break or other odd space, now " " */
  LEDE_FIX_INVISIBLE = 7, /**< a zero-width character or soft hyphen, removed */
  LEDE_FIX_SURROGATE = 8, /**< half a surrogate pair, alone: now U+FFFD */
  LEDE_FIX_LIGATURE = 9,  /**< a Latin ligature (ﬁ), now its letters */
  LEDE_FIX_WIDTH = 10, /**< a fullwidth or halfwidth form, now the usual one */
  LEDE_FIX_CONTROL = 11,   /**< a control or format character, removed */
  LEDE_FIX_ESCAPE = 12,    /**< a terminal escape sequence, removed */
  LEDE_FIX_LINE_BREAK = 13 /**< CR LF, CR, U+2028 or U+2029, now LF */
};

/** The last enum lede_fix_kind. */
#define LEDE_FIX_LAST_KIND LEDE_FIX_LINE_BREAK

/** Bits of the flags of lede_fix_text() (and what lede_fix_scan() finds). */
enum lede_fix_flag {
  LEDE_FIX_ENTITIES = 1 << 0, /**< decode HTML character references */
  LEDE_FIX_SPACES = 1 << 1,   /**< odd spaces to " ", zero-width ones out */
  LEDE_FIX_BYTES = 1 << 2, /**< read bytes that are not UTF-8 as Windows-1252 */
  LEDE_FIX_SEEN_FULL = 1 << 3, /**< the text shows mojibake beyond doubt */
  LEDE_FIX_SEEN_LOSSY =
      1 << 4, /**< the text shows lossy mojibake (a lone "â") */
  LEDE_FIX_NOSCAN =
      1 << 5, /**< trust the SEEN_ and PAGE bits given; do not scan */
  LEDE_FIX_EACH = 1 << 6,       /**< a change per repair: repairs of one kind
                                    close together on a line are not joined */
  LEDE_FIX_LIGATURES = 1 << 12, /**< Latin ligatures to their letters */
  LEDE_FIX_WIDTHS = 1 << 13, /**< fullwidth and halfwidth forms to the usual */
  LEDE_FIX_CONTROLS = 1 << 14,   /**< controls, format characters and terminal
                                      escapes out (tab, LF, FF, CR stay) */
  LEDE_FIX_LINE_BREAKS = 1 << 15 /**< CR LF, CR, U+2028, U+2029 to LF */
};

/** Bits 8-11 of the flags: the code page the text was misread through most
    (1 + its index in csrc/lede_codepages.h), as lede_fix_scan() finds it;
    0 for none.  It wins ties between code pages. */
#define LEDE_FIX_PAGE_SHIFT 8
#define LEDE_FIX_PAGE(index) ((unsigned)((index) + 1) << LEDE_FIX_PAGE_SHIFT)

/** One repair: text[start, end) of the input became out[out_start, out_end). */
typedef struct lede_fix {
  uint32_t start;
  uint32_t end;
  uint32_t out_start;
  uint32_t out_end;
  int kind; /**< enum lede_fix_kind */
} lede_fix;

/** Name of a repair kind ("mojibake", "lossy", ...); static. */
const char *lede_fix_kind_name(int kind);

/**
 * What text[0, len) shows as a whole: LEDE_FIX_SEEN_FULL and/or
 * LEDE_FIX_SEEN_LOSSY, and LEDE_FIX_PAGE(its code page).  A caller that
 * repairs a text piece by piece scans the whole text once and passes the
 * bits with LEDE_FIX_NOSCAN.  Linear; does not allocate.
 */
unsigned lede_fix_scan(const char *text, size_t len);

/**
 * Repairs the encoding of text[0, len) (the rules are at the top of
 * csrc/lede_repair.c).  On LEDE_OK, *fixes is a new array of *nfixes
 * repairs in text order, spans into text and into the output; when there is
 * none, *out is NULL, *out_len is len and the output is the text itself.
 * Otherwise *out is a new buffer of *out_len bytes (not NUL-terminated).
 * The caller frees both with lede_free().  Bytes not covered by a repair
 * are copied as they are, so the spans tile both texts.  With
 * LEDE_FIX_BYTES the output is valid UTF-8 whatever the input.  On error
 * *out and *fixes are NULL and the counts 0.
 */
int lede_fix_text(const char *text, size_t len, unsigned flags, char **out,
                  size_t *out_len, lede_fix **fixes, size_t *nfixes);

/* ================================================================== */
/* Quotes: the token pass of the quote finder                          */
/* ================================================================== */

/** A word given by pointer and byte length (not NUL-terminated). */
typedef struct lede_word {
  const char *text;
  size_t len;
} lede_word;

/** Bits of lede_qtoken.flags. */
enum lede_qtoken_flag {
  LEDE_QT_MARK = 1 << 0,    /**< a quote mark: " ' “ ” ‘ ’ « » „ */
  LEDE_QT_CUE = 1 << 1,     /**< a word whose key is one of the cue words */
  LEDE_QT_CAPITAL = 1 << 2, /**< a word starting with A-Z or a multi-byte
                                 character (it may be capitalized) */
  LEDE_QT_INSIDE = 1 << 3,  /**< inside a pair of marks, the marks included */
  LEDE_QT_USED = 1 << 4     /**< set by the caller on a speech verb that
                                 attributes a direct quote: its sentence
                                 reports no speech (lede_quote_next_report) */
};

/** Bits of lede_qtoken.name: how the name rules of lua/lede/names.lua
    read a word (key: its lede_fold; bare key: without a possessive 's). */
enum lede_qname_flag {
  LEDE_QN_CAP = 1 << 0,        /**< starts with a capital letter */
  LEDE_QN_POSSESSIVE = 1 << 1, /**< its key ends with 's or ’s */
  LEDE_QN_TITLE_WORD = 1 << 2, /**< its bare key is a title word */
  LEDE_QN_TITLE = 1 << 3,      /**< may be part of a title: a title word,
                                    or capitalized and a demonym or a
                                    possessive */
  LEDE_QN_RUN = 1 << 4,        /**< may be part of a name or title run */
  LEDE_QN_LINK = 1 << 5,       /**< a link word (of, de, van, ...) */
  LEDE_QN_LINK_TITLE = 1 << 6, /**< a link word only after a title word */
  LEDE_QN_ARTICLE = 1 << 7,    /**< the, a, an */
  LEDE_QN_NOT_NAME = 1 << 8,   /**< a word that never starts a name */
  LEDE_QN_CURLY = 1 << 9,      /**< its possessive is ’s (4 bytes), not 's */
  LEDE_QN_DEMONYM = 1 << 10,   /**< capitalized and a demonym (a title word
                                    by its ending or its list) */
  LEDE_QN_ORG_END = 1 << 11,   /**< its bare key ends an organisation's
                                    name (Department, Ministry, Office) */
  LEDE_QN_SUFFIX = 1 << 12     /**< a generational suffix: Jr, Sr, II, III */
};

/** A token of lede_tokenize() with the quote finder's classes of it (12
    bytes: its paragraph and sentence are in the scan's other arrays). */
typedef struct lede_qtoken {
  uint32_t start, end; /**< text[start, end) */
  uint8_t kind;        /**< enum lede_token_kind */
  uint8_t flags;       /**< enum lede_qtoken_flag bits */
  uint16_t name;       /**< enum lede_qname_flag bits (words only) */
} lede_qtoken;

/** One name a run of the text holds: tokens first..last, after the title
    tokens title_first..title_last (none when titled is 0). */
typedef struct lede_quote_name {
  uint32_t first, last;
  uint32_t title_first, title_last;
  uint32_t name_end; /**< byte end of the name, a possessive 's left out */
  uint32_t titled;
  uint32_t key; /**< the token of its key: the last, or the one before a
                     suffix ("Reyes" of "Tom Reyes Jr") */
} lede_quote_name;

/** The names of a text by key (the folded last word of a name, without a
    possessive 's, the word before a suffix such as Jr), as lua/lede/names.lua's
   index keeps them: the name with the most words (the first of them, a titled
   one before one with no title), and the first title the key came with. */
typedef struct lede_quote_key {
  uint32_t name;  /**< the name kept: an index into the scan's names */
  uint32_t title; /**< the name whose title it takes, or LEDE_QUOTE_NONE */
} lede_quote_key;

/** The word lists of lede_quote_scan(), by their place in its lists. */
enum lede_quote_list {
  LEDE_QL_CUES,            /**< words that cue speech (flag LEDE_QT_CUE) */
  LEDE_QL_TITLES,          /**< title words */
  LEDE_QL_NOT_NAMES,       /**< capitalized words that are no names */
  LEDE_QL_LINKS,           /**< words that may link the parts of a name */
  LEDE_QL_LINK_TITLES,     /**< links only after a title word */
  LEDE_QL_DEMONYMS,        /**< demonyms that no ending below gives */
  LEDE_QL_DEMONYM_ENDINGS, /**< endings of demonyms (-ian, -ese, ...) */
  LEDE_QL_GIVEN_NAMES,     /**< names with a demonym's ending (Ian, Sean) */
  LEDE_QL_ORG_ENDS,        /**< words that end an organisation's name */
  LEDE_QL_COUNT
};

/** A list of words. */
typedef struct lede_word_list {
  const lede_word *words;
  size_t count;
} lede_word_list;

/** Where a quote mark has no partner (lede_quote_mark.close). */
#define LEDE_QUOTE_NONE UINT32_MAX

/** One top-level pair of quote marks, as token indexes. */
typedef struct lede_quote_mark {
  uint32_t open;  /**< the opening mark */
  uint32_t close; /**< the closing mark, or LEDE_QUOTE_NONE when the quote
                       ran to the end of its paragraph (or of the text) */
  uint32_t last;  /**< the quote's last token (close itself when closed) */
} lede_quote_mark;

/** The tokens of one sentence (indexes, inclusive) and its cues. */
typedef struct lede_quote_sentence {
  uint32_t number;    /**< its number among lede_sentences(), from 1 */
  uint32_t first;     /**< its first token */
  uint32_t last;      /**< its last token */
  uint32_t first_cue; /**< index into cues of its first cue token */
  uint32_t cues;      /**< how many cue tokens it holds */
} lede_quote_sentence;

/** The result of lede_quote_scan(); free with lede_quote_scan_free(). */
typedef struct lede_quote_scan_result {
  lede_qtoken *tokens;
  size_t ntokens;
  lede_quote_mark *marks; /**< in text order */
  size_t nmarks;
  uint32_t *cues; /**< indexes of the LEDE_QT_CUE tokens, in order */
  size_t ncues;
  lede_quote_sentence *sentences; /**< the sentences holding tokens */
  size_t nsentences;
  lede_quote_name *names; /**< in the order names.index_add reads them */
  size_t nnames;
  lede_quote_key *keys; /**< one per key of the names, in the order each
                             key first comes */
  size_t nkeys;
  uint32_t *paras; /**< the first token of each paragraph (a new one
                        starts after a line break) */
  size_t nparas;
} lede_quote_scan_result;

/** The paragraph of token i of a scan, from 1. */
uint32_t lede_quote_para(const lede_quote_scan_result *r, size_t i);

/** The index of the last token of token i's paragraph. */
size_t lede_quote_para_last(const lede_quote_scan_result *r, size_t i);

/** The sentence of token i of a scan (its entry in r->sentences; tokens
    between two sentences belong to the next). */
const lede_quote_sentence *lede_quote_sentence_of(
    const lede_quote_scan_result *r, size_t i);

/**
 * One pass over the tokens of text[0, len) for the quote finder
 * (lua/lede/quotes.lua, whose header gives the pairing rules): numbers each
 * token's paragraph and sentence, pairs the quote marks, flags the words
 * whose key (lede_fold) is one of lists[LEDE_QL_CUES] (speech verbs and the
 * like), classes each word for the name rules, and finds the names of the
 * text's runs of capitalized and title words as lua/lede/names.lua's
 * index_add does (its word lists are the other lists).  A list may be
 * empty.  On LEDE_OK, *out holds new arrays the caller frees with
 * lede_quote_scan_free(); on error they are NULL.  Memory: 12 bytes a
 * token, plus the paragraphs, marks, cues, sentences and names.  Errors:
 * LEDE_ERR_ARG (NULL out or lists, NULL text or words with a length),
 * LEDE_ERR_TOOBIG, LEDE_ERR_NOMEM.
 */
int lede_quote_scan(const char *text, size_t len,
                    const lede_word_list lists[LEDE_QL_COUNT],
                    lede_quote_scan_result *out);

/** Frees the arrays of a scan result and zeroes it (NULL is allowed). */
void lede_quote_scan_free(lede_quote_scan_result *r);

/** The word lists of lede_quote_scan() made ready once, for a finder that
    scans many texts with the same lists (lede_quote_scan_words()). */
typedef struct lede_quote_words lede_quote_words;

/**
 * Makes the word lists of lede_quote_scan() ready: one hash set of their
 * words (copied: the lists may go after the call).  On LEDE_OK *out is
 * new; the caller frees it with lede_quote_words_free().  Errors:
 * LEDE_ERR_ARG (NULL out or lists, NULL words with a count, a NULL word
 * with a length), LEDE_ERR_NOMEM.
 */
int lede_quote_words_new(const lede_word_list lists[LEDE_QL_COUNT],
                         lede_quote_words **out);

/** Frees words (NULL is allowed). */
void lede_quote_words_free(lede_quote_words *words);

/**
 * lede_quote_scan() with its word lists made ready by
 * lede_quote_words_new(): the same result, and no set built for the text.
 * Errors: LEDE_ERR_ARG (NULL out or words, NULL text with a length),
 * LEDE_ERR_TOOBIG, LEDE_ERR_NOMEM.
 */
int lede_quote_scan_words(const char *text, size_t len,
                          const lede_quote_words *words,
                          lede_quote_scan_result *out);

/** A set of name keys to find in a scan (lede_quote_next_mention()). */
typedef struct lede_quote_keys lede_quote_keys;

/**
 * Makes a set of the n keys (folded words, as a scan's names have them;
 * copied: keys may go after the call).  On LEDE_OK *out is new; the caller
 * frees it with lede_quote_keys_free().  Errors: LEDE_ERR_ARG (NULL out,
 * NULL keys with a count, a NULL key with a length), LEDE_ERR_NOMEM.
 */
int lede_quote_keys_new(const lede_word *keys, size_t n, lede_quote_keys **out);

/** Frees keys (NULL is allowed). */
void lede_quote_keys_free(lede_quote_keys *keys);

/**
 * The next mention of one of keys in scan r of text[0, len), from token
 * *i on: a word that starts with a capital, is not inside quote marks and
 * whose key (lede_fold, without a possessive 's) is one of keys.  Returns
 * 1, sets *i to its token and *which to the key's index among the keys
 * given (the first, when a key was given twice); 0 when there is none (*i
 * is then r->ntokens).  Errors: LEDE_ERR_ARG (NULL arguments, *i past the
 * tokens, a text shorter than the scan's tokens), LEDE_ERR_NOMEM (the
 * fold of a long word; nothing is held after the call).
 */
int lede_quote_next_mention(const lede_quote_keys *keys, const char *text,
                            size_t len, const lede_quote_scan_result *r,
                            size_t *i, size_t *which);

/** The word lists of the attribution rules (lede_quote_rules_new()), by
    their place in its lists; lua/lede/quotes.lua gives their words. */
enum lede_quote_rule_list {
  LEDE_QA_SPEECH,      /**< verbs that report speech: said, told, ... */
  LEDE_QA_PARTICIPLES, /**< participles after a comma: saying, ... */
  LEDE_QA_FINITE,      /**< finite verbs after a clause's subject */
  LEDE_QA_BETWEEN,     /**< adverbs between a subject and its verb */
  LEDE_QA_BARE_CLAUSE, /**< verbs that report a clause without "that" */
  LEDE_QA_PREPS,       /**< words that start a phrase after the verb */
  LEDE_QA_TAIL,        /**< words of a tail phrase: "on Sunday" */
  LEDE_QA_ROLES,       /**< words that make a speaker without a name */
  LEDE_QA_TITLES,      /**< title words (as LEDE_QL_TITLES) */
  LEDE_QA_PRONOUNS,    /**< he, she, they */
  LEDE_QA_ORG_ENDS,    /**< last words that make a run an organisation */
  LEDE_QA_COUNT
};

/** The attribution rules' word sets (an owned copy of the lists). */
typedef struct lede_quote_rules lede_quote_rules;

/**
 * Makes the word sets of the attribution rules from lists (copied: the
 * lists may go after the call).  On LEDE_OK *out is new; the caller frees
 * it with lede_quote_rules_free().  Errors: LEDE_ERR_ARG (NULL out or
 * lists, NULL words with a count), LEDE_ERR_NOMEM.
 */
int lede_quote_rules_new(const lede_word_list lists[LEDE_QA_COUNT],
                         lede_quote_rules **out);

/** Frees rules (NULL is allowed). */
void lede_quote_rules_free(lede_quote_rules *rules);

/** What a speaker is (lede_quote_speaker.kind). */
enum lede_speaker_kind {
  LEDE_SPEAKER_NONE,
  LEDE_SPEAKER_NAME,    /**< a name, maybe with its title */
  LEDE_SPEAKER_PRONOUN, /**< he, she, they */
  LEDE_SPEAKER_ROLE     /**< "the Ukrainian leader", "officials" */
};

/** A speaker the rules found.  Spans are byte offsets into the text,
    0-based and end-exclusive. */
typedef struct lede_quote_speaker {
  int kind;                      /**< enum lede_speaker_kind */
  size_t start, end;             /**< the speaker's bytes */
  int titled;                    /**< a title was found */
  size_t title_start, title_end; /**< the title's bytes, when titled */
  uint32_t key;                  /**< NAME: the token whose key, without a
                                      possessive 's, is the name's key;
                                      PRONOUN: the pronoun's token */
} lede_quote_speaker;

/** Reported speech: a speaker and the clause reported, text[start, end). */
typedef struct lede_quote_report {
  lede_quote_speaker speaker;
  size_t start, end;
} lede_quote_report;

/**
 * The reported speech of the sentence holding token i of scan r of
 * text[0, len) (the rules of lua/lede/quotes.lua's header: "X said (that)
 * …", "according to X, …", "…, X said.", "X …, claiming …"), read at the
 * sentence's cue tokens only.  Returns 1 and fills *out when it holds
 * some, 0 when not; LEDE_ERR_ARG for NULL arguments, a text shorter than
 * the scanned one's tokens or i out of range; LEDE_ERR_NOMEM when a word
 * over 256 bytes could not be folded (the only allocation, freed before
 * it returns).
 */
int lede_quote_reported(const lede_quote_rules *rules, const char *text,
                        size_t len, const lede_quote_scan_result *r, size_t i,
                        lede_quote_report *out);

/**
 * The next reported speech of scan r from cue *cue (an index into r->cues)
 * on: the first sentence from that cue's on that holds no cue flagged
 * LEDE_QT_USED and reports speech (lede_quote_reported).  Returns 1, fills
 * *out and sets *cue to the first cue after that sentence; 0 when no
 * sentence is left (*cue is then r->ncues); errors as lede_quote_reported()
 * (LEDE_ERR_ARG also for a *cue past r->ncues).
 */
int lede_quote_next_report(const lede_quote_rules *rules, const char *text,
                           size_t len, const lede_quote_scan_result *r,
                           size_t *cue, lede_quote_report *out);

/** The speaker of a direct quote and the speech verb that names it. */
typedef struct lede_quote_attribution {
  lede_quote_speaker speaker;
  size_t verb; /**< the verb's token */
} lede_quote_attribution;

/**
 * The speaker of the k-th pair of marks of scan r of text[0, len), named
 * with a speech verb after the closing mark ("…,” Dmitriev said", "…,”
 * said Zelenskyy", within the paragraph, a few words and not past the next
 * quote) or before the opening one ("X said: “…"), not before token from
 * (the end of the previous quote) nor the quote's sentence.  Returns 1
 * and fills *out when found, 0 when not, LEDE_ERR_ARG (NULL arguments, a
 * text shorter than the scan's tokens, k out of range) or LEDE_ERR_NOMEM
 * as lede_quote_reported().
 */
int lede_quote_direct(const lede_quote_rules *rules, const char *text,
                      size_t len, const lede_quote_scan_result *r, size_t k,
                      size_t from, lede_quote_attribution *out);

/**
 * The speaker a sentence names with a speech verb anywhere (or "called
 * on", "according to"), for the quoted fragments inside it: the sentence of
 * token i. Returns and fails as lede_quote_direct().
 */
int lede_quote_sentence_speaker(const lede_quote_rules *rules, const char *text,
                                size_t len, const lede_quote_scan_result *r,
                                size_t i, lede_quote_attribution *out);

#ifdef __cplusplus
}
#endif

#endif /* LEDE_H */
