/*
 * lua_lede.c -- the Lua binding: builds the module `lede.core`.
 *
 * The only file that includes Lua headers.  Every function follows one
 * order: check the arguments (raising on misuse), run the core into memory
 * the garbage collector owns (a "box" userdata whose __gc frees it), build
 * the Lua result, free.  So a Lua error -- even out of memory while the
 * result tables are built -- never leaks what the core allocated.
 *
 * Spans: the core's 0-based, end-exclusive offsets become 1-based inclusive
 * s/e, so text:sub(s, e) is the span.
 */
#include <math.h>
#include <string.h>

#include "compat.h"
#include "lede.h"

LEDE_EXPORT int luaopen_lede_core(lua_State *L);

#define TEXT_ARG 1
#define BOX_META "lede.box"
#define KEY_STACK_BUF 256

/* ------------------------------------------------------------ helpers */

typedef struct box {
  void *p;
} box;

static int box_gc(lua_State *L) {
  box *b = (box *)luaL_checkudata(L, 1, BOX_META);
  lede_free(b->p);
  b->p = NULL;
  return 0;
}

/* Pushes a box whose pointer the core fills in; the box frees it when it is
   collected, or earlier through box_release. */
static void **box_new(lua_State *L) {
  box *b = (box *)lua_newuserdata(L, sizeof *b);
  b->p = NULL;
  luaL_getmetatable(L, BOX_META);
  lua_setmetatable(L, -2);
  return &b->p;
}

static void box_release(void **slot) {
  lede_free(*slot);
  *slot = NULL;
}

/* Raises "bad argument #arg to 'fname' (msg)".  The function's name is
   given, not looked up, so the message is the same in every Lua version
   (5.4 would otherwise say 'lede.sentences', 5.1 'sentences'). */
static int arg_error(lua_State *L, int arg, const char *fname,
                     const char *msg) {
  return luaL_error(L, "bad argument #%d to '%s' (%s)", arg, fname, msg);
}

/* The text argument: a string and nothing else (numbers are not coerced,
   so that a caller passing the wrong variable hears of it). */
static const char *check_text(lua_State *L, int arg, const char *fname,
                              size_t *len) {
  if (lua_type(L, arg) != LUA_TSTRING) {
    const char *msg =
        lua_pushfstring(L, "string expected, got %s", luaL_typename(L, arg));
    arg_error(L, arg, fname, msg);
  }
  return lua_tolstring(L, arg, len);
}

/* Raises for a core status; call only when no C memory is held. */
static int raise_status(lua_State *L, int status) {
  return luaL_error(L, "lede: %s", lede_strerror(status));
}

/* Field names are pushed once per call into stack slots, and records are
   filled with lua_rawset from those slots: no string lookup per field,
   which is most of the cost of building many small tables. */
typedef struct fields {
  int text, s, e, kind, key;
} fields;

static void push_fields(lua_State *L, fields *f) {
  lua_pushliteral(L, "text");
  f->text = lua_gettop(L);
  lua_pushliteral(L, "s");
  f->s = lua_gettop(L);
  lua_pushliteral(L, "e");
  f->e = lua_gettop(L);
  lua_pushliteral(L, "kind");
  f->kind = lua_gettop(L);
  lua_pushliteral(L, "key");
  f->key = lua_gettop(L);
}

/* t[key] = v, for the table just below the top, v an integer. */
static void set_int(lua_State *L, int key_slot, lua_Integer v) {
  lua_pushvalue(L, key_slot);
  lua_pushinteger(L, v);
  lua_rawset(L, -3);
}

/* Sets t.text, t.s, t.e for text[start, end) in the table on top. */
static void set_span(lua_State *L, const fields *f, const char *text,
                     uint32_t start, uint32_t end) {
  lua_pushvalue(L, f->text);
  lua_pushlstring(L, text + start, end - start);
  lua_rawset(L, -3);
  set_int(L, f->s, (lua_Integer)start + 1);
  set_int(L, f->e, (lua_Integer)end);
}

/* Pushes the folded key of text[0, len).  Short keys are folded on the C
   stack; longer ones into a scratch userdata the collector owns. */
static void push_key(lua_State *L, const char *text, size_t len) {
  char small[KEY_STACK_BUF];
  size_t need = lede_fold(text, len, small, sizeof small);
  if (need <= sizeof small) {
    lua_pushlstring(L, small, need);
  } else {
    char *big = (char *)lua_newuserdata(L, need);
    lede_fold(text, len, big, need);
    lua_pushlstring(L, big, need);
    lua_remove(L, -2);
  }
}

/* Is text[0, len) its own key: ASCII without capitals? (Most words are.) */
static int is_own_key(const char *text, size_t len) {
  size_t i;
  for (i = 0; i < len; i++) {
    unsigned char c = (unsigned char)text[i];
    if (c >= 0x80 || (c >= 'A' && c <= 'Z')) return 0;
  }
  return 1;
}

/* ------------------------------------------------------------ functions */

/* Sets the fields of the token record on top of the stack for token t of
   text; kinds is the first of the stack slots holding the kind names.
   reused: the record held another token, so a key it had goes when this
   token is not a word. */
static void fill_token(lua_State *L, const fields *f, int kinds,
                       const char *text, const lede_token *t, int reused) {
  set_span(L, f, text, t->start, t->end);
  lua_pushvalue(L, f->kind);
  lua_pushvalue(
      L, kinds + (t->kind <= LEDE_TOKEN_OTHER ? t->kind : LEDE_TOKEN_OTHER));
  lua_rawset(L, -3);
  if (t->kind != LEDE_TOKEN_WORD && !reused) return;
  lua_pushvalue(L, f->key);
  if (t->kind != LEDE_TOKEN_WORD) {
    lua_pushnil(L);
  } else if (is_own_key(text + t->start, t->end - t->start)) {
    lua_pushvalue(L, f->text); /* the key is the text: reuse its string */
    lua_rawget(L, -3);
  } else {
    push_key(L, text + t->start, t->end - t->start);
  }
  lua_rawset(L, -3);
}

/* Pushes the field names and then the kind names; returns the first kind
   name's slot. */
static int push_token_names(lua_State *L, fields *f) {
  int kinds, i;
  push_fields(L, f);
  kinds = lua_gettop(L) + 1; /* the kind names, one slot each */
  for (i = 0; i <= LEDE_TOKEN_OTHER; i++)
    lua_pushstring(L, lede_token_kind_name(i));
  return kinds;
}

/* Pushes the list of token records { {text=, kind=, s=, e=, key=?}, ... }
   for toks[0, n) of text. */
static void push_token_list(lua_State *L, const char *text,
                            const lede_token *toks, size_t n) {
  fields f;
  int kinds = push_token_names(L, &f);
  size_t i;
  lua_createtable(L, n > 0x7fffffff ? 0 : (int)n, 0);
  for (i = 0; i < n; i++) {
    lua_createtable(L, 0, 5);
    fill_token(L, &f, kinds, text, &toks[i], 0);
    lua_rawseti(L, -2, (int)(i + 1));
  }
}

/* core.tokens(text) -> { {text=, kind=, s=, e=, key=?}, ... } */
static int l_tokens(lua_State *L) {
  size_t len, n;
  const char *text = check_text(L, TEXT_ARG, "tokens", &len);
  void **slot = box_new(L);
  int status = lede_tokenize(text, len, (lede_token **)slot, &n);
  if (status != LEDE_OK) return raise_status(L, status);
  push_token_list(L, text, (const lede_token *)*slot, n);
  box_release(slot);
  return 1;
}

/* Checks the pos and max arguments of tokens_into (fname) for a text of
   len bytes; sets *cur to pos and returns max. */
static size_t check_from(lua_State *L, const char *fname, size_t len,
                         lede_token_cursor *cur) {
  lua_Number pos = luaL_checknumber(L, 2), max = luaL_checknumber(L, 3);
  if (!(pos >= 1 && pos <= (lua_Number)len + 1) ||
      pos != (lua_Number)(size_t)pos)
    return (size_t)arg_error(L, 2, fname, "position outside the text");
  if (!(max >= 1 && max <= 1048576.0) || max != (lua_Number)(size_t)max)
    return (size_t)arg_error(L, 3, fname,
                             "count must be a whole number from 1 to 2^20");
  if (len > LEDE_MAX_INPUT) return (size_t)raise_status(L, LEDE_ERR_TOOBIG);
  lede_token_cursor_init(cur);
  cur->pos = (size_t)pos - 1;
  return (size_t)max;
}

/* Tokens read per step by tokens_into. */
#define INTO_CHUNK 256

/* core.tokens_into(text, pos, max, list) -> n, next: the records of
   core.tokens for at most max tokens looked for from byte pos (1-based;
   pass the `next` of the call before), and where to go on (nil at the
   end).  The tokens are those of core.tokens, since where a token starts
   and ends depends only on the text from the end of the token before.
   The n records go to list[1..n], reusing the tables found there (their
   text, s, e, kind and key are overwritten); other slots are left alone.
   A reader that keeps a few thousand records in play and hands them back
   (lua/lede/quotes.lua) makes no table per token: on big text most of its
   garbage was those tables, and the collector lets the heap grow to about
   twice what is live before it runs. */
static int l_tokens_into(lua_State *L) {
  size_t len, total = 0, n, i;
  const char *text = check_text(L, TEXT_ARG, "tokens_into", &len);
  lede_token_cursor cur;
  size_t want = check_from(L, "tokens_into", len, &cur);
  lede_token buf[INTO_CHUNK]; /* on the C stack: nothing to free or box */
  fields f;
  int kinds;
  if (lua_type(L, 4) != LUA_TTABLE)
    return arg_error(L, 4, "tokens_into", "table expected");
  lua_settop(L, 4);
  kinds = push_token_names(L, &f);
  do {
    size_t cap = want - total < INTO_CHUNK ? want - total : INTO_CHUNK;
    int status = lede_tokenize_next(text, len, &cur, buf, cap, &n);
    if (status != LEDE_OK) return raise_status(L, status);
    for (i = 0; i < n; i++) {
      int reused = 1;
      lua_rawgeti(L, 4, (int)(total + i + 1));
      if (lua_type(L, -1) != LUA_TTABLE) {
        lua_pop(L, 1);
        lua_createtable(L, 0, 5);
        lua_pushvalue(L, -1);
        lua_rawseti(L, 4, (int)(total + i + 1));
        reused = 0;
      }
      fill_token(L, &f, kinds, text, &buf[i], reused);
      lua_pop(L, 1);
    }
    total += n;
  } while (n == INTO_CHUNK && total < want);
  lua_pushinteger(L, (lua_Integer)total);
  if (total == want && cur.pos < len)
    lua_pushinteger(L, (lua_Integer)cur.pos + 1);
  else
    lua_pushnil(L);
  return 2;
}

/* core.sentences(text [, language]) -> { {text=, s=, e=}, ... } */
static int l_sentences(lua_State *L) {
  size_t len, n, i;
  const char *text = check_text(L, TEXT_ARG, "sentences", &len);
  const char *language = NULL;
  void **slot;
  int status;
  const lede_span *spans;
  fields f;
  if (!lua_isnoneornil(L, TEXT_ARG + 1)) {
    size_t code_len;
    language = lua_type(L, TEXT_ARG + 1) == LUA_TSTRING
                   ? lua_tolstring(L, TEXT_ARG + 1, &code_len)
                   : NULL;
    if (!language || strlen(language) != code_len)
      return arg_error(L, TEXT_ARG + 1, "sentences",
                       "a language code of lexicon/languages.tsv expected");
  }
  slot = box_new(L);
  status = lede_sentences_lang(text, len, language, (lede_span **)slot, &n);
  spans = (const lede_span *)*slot;
  if (status == LEDE_ERR_ARG && language)
    return arg_error(L, TEXT_ARG + 1, "sentences",
                     "a language code of lexicon/languages.tsv expected");
  if (status != LEDE_OK) return raise_status(L, status);
  push_fields(L, &f);
  lua_createtable(L, n > 0x7fffffff ? 0 : (int)n, 0);
  for (i = 0; i < n; i++) {
    lua_createtable(L, 0, 3);
    set_span(L, &f, text, spans[i].start, spans[i].end);
    lua_rawseti(L, -2, (int)(i + 1));
  }
  box_release(slot);
  return 1;
}

/* ------------------------------------------------ token and sentence streams
 */
/* core.each_token(text) and core.each_sentence(text): iterators that give
   the spans of core.tokens / core.sentences one at a time, holding a batch
   of them, never the whole list.  The closure keeps the text alive in an
   upvalue.  An optional second argument (for the specs) sets the batch:
   tokens per refill, or bytes per step of the sentence stream. */

#define TOKEN_BATCH 1024
#define STREAM_META "lede.sentence_stream"

typedef struct token_iter {
  lede_token_cursor cur;
  size_t count, at, cap;
  lede_token buf[1]; /* cap of them: the userdata is allocated that large */
} token_iter;

typedef struct sentence_iter {
  lede_sentence_stream *st;
  const lede_span *spans;
  size_t count, at;
} sentence_iter;

/* The optional batch argument: a whole number from 1 to 65536 (tokens
   are held in the iterator, 12 bytes each; sentence chunks are bytes). */
#define BATCH_MAX 65536

static size_t check_batch(lua_State *L, int arg, const char *fname,
                          size_t dflt) {
  lua_Number v;
  if (lua_isnoneornil(L, arg)) return dflt;
  v = lua_tonumber(L, arg);
  if (lua_type(L, arg) != LUA_TNUMBER || !(v >= 1 && v <= BATCH_MAX) ||
      v != (lua_Number)(size_t)v)
    arg_error(L, arg, fname,
              "batch size must be a whole number from 1 to 65536");
  return (size_t)v;
}

static int token_next(lua_State *L) {
  size_t len;
  const char *text = lua_tolstring(L, lua_upvalueindex(1), &len);
  token_iter *it = (token_iter *)lua_touserdata(L, lua_upvalueindex(2));
  const lede_token *t;
  if (it->at >= it->count) {
    int status =
        lede_tokenize_next(text, len, &it->cur, it->buf, it->cap, &it->count);
    it->at = 0;
    if (status != LEDE_OK) return raise_status(L, status);
    if (it->count == 0) return 0;
  }
  t = &it->buf[it->at++];
  lua_pushinteger(L, (lua_Integer)t->start + 1);
  lua_pushinteger(L, (lua_Integer)t->end);
  lua_pushstring(L, lede_token_kind_name(t->kind));
  return 3;
}

/* core.each_token(text) -> iterator of s, e, kind */
static int l_each_token(lua_State *L) {
  size_t len, cap;
  token_iter *it;
  check_text(L, TEXT_ARG, "each_token", &len);
  cap = check_batch(L, 2, "each_token", TOKEN_BATCH);
  if (len > LEDE_MAX_INPUT) return raise_status(L, LEDE_ERR_TOOBIG);
  lua_settop(L, 1);
  it = (token_iter *)lua_newuserdata(
      L, sizeof *it + (cap - 1) * sizeof(lede_token));
  lede_token_cursor_init(&it->cur);
  it->count = it->at = 0;
  it->cap = cap;
  lua_pushcclosure(L, token_next, 2);
  return 1;
}

static int stream_gc(lua_State *L) {
  sentence_iter *it = (sentence_iter *)luaL_checkudata(L, 1, STREAM_META);
  lede_sentence_stream_free(it->st);
  it->st = NULL;
  return 0;
}

static int sentence_next(lua_State *L) {
  size_t len;
  const char *text = lua_tolstring(L, lua_upvalueindex(1), &len);
  sentence_iter *it = (sentence_iter *)lua_touserdata(L, lua_upvalueindex(2));
  if (it->at >= it->count) {
    int status;
    if (!it->st) return 0; /* done, or failed before */
    status =
        lede_sentence_stream_next(it->st, text, len, &it->spans, &it->count);
    it->at = 0;
    if (status != LEDE_OK || it->count == 0) {
      it->count = 0;
      lede_sentence_stream_free(it->st); /* nothing more to give */
      it->st = NULL;
      if (status != LEDE_OK) return raise_status(L, status);
      return 0;
    }
  }
  lua_pushinteger(L, (lua_Integer)it->spans[it->at].start + 1);
  lua_pushinteger(L, (lua_Integer)it->spans[it->at].end);
  it->at++;
  return 2;
}

/* core.each_sentence(text) -> iterator of s, e */
static int l_each_sentence(lua_State *L) {
  size_t len, chunk;
  sentence_iter *it;
  check_text(L, TEXT_ARG, "each_sentence", &len);
  chunk = check_batch(L, 2, "each_sentence", 0);
  if (len > LEDE_MAX_INPUT) return raise_status(L, LEDE_ERR_TOOBIG);
  lua_settop(L, 1);
  it = (sentence_iter *)lua_newuserdata(L, sizeof *it);
  it->st = NULL;
  it->spans = NULL;
  it->count = it->at = 0;
  luaL_getmetatable(L, STREAM_META);
  lua_setmetatable(L, -2);
  it->st = lede_sentence_stream_new(chunk);
  if (!it->st) return raise_status(L, LEDE_ERR_NOMEM);
  lua_pushcclosure(L, sentence_next, 2);
  return 1;
}

/* core.fold(text) -> key (NFC, case-folded) */
static int l_fold(lua_State *L) {
  size_t len;
  const char *text = check_text(L, TEXT_ARG, "fold", &len);
  push_key(L, text, len);
  return 1;
}

/* core.utf8_decode(s, i) -> code point (nil for an invalid byte), length:
   the character at byte i (1-based) read by the core's one decoder. */
static int l_utf8_decode(lua_State *L) {
  size_t len;
  const char *text = luaL_checklstring(L, 1, &len);
  lua_Integer i = luaL_checkinteger(L, 2);
  int32_t cp;
  size_t n;
  luaL_argcheck(L, i >= 1 && (size_t)i <= len, 2, "position out of range");
  n = lede_utf8_decode(text, len, (size_t)i - 1, &cp);
  if (cp < 0)
    lua_pushnil(L);
  else
    lua_pushinteger(L, (lua_Integer)cp);
  lua_pushinteger(L, (lua_Integer)n);
  return 2;
}

/* core.utf8_valid(s [, i]) -> true, or false and the position of the first
   byte that starts no valid sequence, reading from byte i (1-based, default
   1; #s + 1 reads nothing), so that a caller can go on past a bad byte. */
static int l_utf8_valid(lua_State *L) {
  size_t len, i;
  const char *text = luaL_checklstring(L, 1, &len);
  lua_Integer from = luaL_optinteger(L, 2, 1);
  luaL_argcheck(L, from >= 1 && (size_t)from <= len + 1, 2,
                "position out of range");
  i = (size_t)from - 1;
  while (i < len) {
    int32_t cp;
    size_t n = lede_utf8_decode(text, len, i, &cp);
    if (cp < 0) {
      lua_pushboolean(L, 0);
      lua_pushinteger(L, (lua_Integer)i + 1);
      return 2;
    }
    i += n;
  }
  lua_pushboolean(L, 1);
  return 1;
}

/* ------------------------------------------------- numbers, casualties */

/* Sets t[field] = v, as an integer when v is whole (so counts print as
   8, not 8.0, on Lua 5.3+). */
static void set_num(lua_State *L, const char *field, double v) {
  if (v == (double)(long long)v && v > -9e15 && v < 9e15)
    lua_pushinteger(L, (lua_Integer)v);
  else
    lua_pushnumber(L, (lua_Number)v);
  lua_setfield(L, -2, field);
}

static void set_str(lua_State *L, const char *field, const char *v) {
  lua_pushstring(L, v);
  lua_setfield(L, -2, field);
}

/* core.numbers(text) -> { {text=, value=, s=, e=, kind=, approx=,
   qualifier=?, unit=?, min=?, max=?}, ... } */
static int l_numbers(lua_State *L) {
  size_t len, n, i;
  const char *text = check_text(L, TEXT_ARG, "numbers", &len);
  void **slot = box_new(L);
  int status = lede_numbers(text, len, (lede_number **)slot, &n);
  const lede_number *nums = (const lede_number *)*slot;
  fields f;
  if (status != LEDE_OK) return raise_status(L, status);
  push_fields(L, &f);
  lua_createtable(L, n > 0x7fffffff ? 0 : (int)n, 0);
  for (i = 0; i < n; i++) {
    const lede_number *x = &nums[i];
    /* sized to the fields this record has: a number is about one table,
       and ten slots (sixteen nodes) where six are used doubled it */
    int nfields = 6 + (x->qualifier != LEDE_Q_NONE) + (x->unit != NULL) +
                  ((x->flags & LEDE_NF_HAS_MIN) != 0) +
                  ((x->flags & LEDE_NF_HAS_MAX) != 0);
    lua_createtable(L, 0, nfields);
    set_span(L, &f, text, x->start, x->end);
    set_num(L, "value", x->value);
    set_str(L, "kind", lede_number_kind_name(x->kind));
    lua_pushboolean(L, (x->flags & LEDE_NF_APPROX) != 0);
    lua_setfield(L, -2, "approx");
    if (x->qualifier != LEDE_Q_NONE)
      set_str(L, "qualifier", lede_qualifier_name(x->qualifier));
    if (x->unit) set_str(L, "unit", x->unit);
    if (x->flags & LEDE_NF_HAS_MIN) set_num(L, "min", x->min);
    if (x->flags & LEDE_NF_HAS_MAX) set_num(L, "max", x->max);
    lua_rawseti(L, -2, (int)(i + 1));
  }
  box_release(slot);
  return 1;
}

/* core.casualties(text) -> { {kind=, count=, min=?, max=?, qualifier=,
   who=?, place=?, subset=, revised=?, shot=?, s=, e=, sentence=,
   sentence_s=, sentence_e=}, ... } */
static int l_casualties(lua_State *L) {
  size_t len, n, i;
  const char *text = check_text(L, TEXT_ARG, "casualties", &len);
  void **slot = box_new(L);
  int status = lede_casualties(text, len, (lede_casualty **)slot, &n);
  const lede_casualty *cs = (const lede_casualty *)*slot;
  fields f;
  int sent_slot;
  if (status != LEDE_OK) return raise_status(L, status);
  push_fields(L, &f);
  lua_pushnil(L); /* the current sentence's string */
  sent_slot = lua_gettop(L);
  lua_createtable(L, n > 0x7fffffff ? 0 : (int)n, 0);
  for (i = 0; i < n; i++) {
    const lede_casualty *x = &cs[i];
    lua_createtable(L, 0, 16);
    set_span(L, &f, text, x->start, x->end);
    set_str(L, "kind", lede_casualty_kind_name(x->kind));
    set_num(L, "count", x->count);
    if (x->flags & LEDE_CF_HAS_MIN) set_num(L, "min", x->min);
    if (x->flags & LEDE_CF_HAS_MAX) set_num(L, "max", x->max);
    set_str(L, "qualifier",
            x->qualifier == LEDE_Q_NONE ? "exact"
                                        : lede_qualifier_name(x->qualifier));
    if (x->who) {
      set_str(L, "who", x->who);
    } else if (x->who_span.end > x->who_span.start) {
      lua_pushlstring(L, text + x->who_span.start,
                      x->who_span.end - x->who_span.start);
      lua_setfield(L, -2, "who");
    }
    if (x->place.end > x->place.start) {
      lua_pushlstring(L, text + x->place.start, x->place.end - x->place.start);
      lua_setfield(L, -2, "place");
    }
    lua_pushboolean(L, (x->flags & LEDE_CF_SUBSET) != 0);
    lua_setfield(L, -2, "subset");
    if (x->flags & LEDE_CF_REVISED) {
      lua_pushboolean(L, 1);
      lua_setfield(L, -2, "revised");
    }
    if (x->flags & LEDE_CF_SHOT) {
      lua_pushboolean(L, 1);
      lua_setfield(L, -2, "shot");
    }
    if (x->flags & LEDE_CF_HEDGED) {
      lua_pushboolean(L, 1);
      lua_setfield(L, -2, "hedged");
    }
    set_num(L, "sentence_s", (double)x->sent_start + 1);
    set_num(L, "sentence_e", (double)x->sent_end);
    /* one string per sentence, shared by its claims (a sentence of a
       megabyte with thousands of claims must not be copied each time) */
    if (i == 0 || x->sent_start != cs[i - 1].sent_start ||
        x->sent_end != cs[i - 1].sent_end) {
      lua_pushlstring(L, text + x->sent_start, x->sent_end - x->sent_start);
      lua_replace(L, sent_slot);
    }
    lua_pushvalue(L, sent_slot);
    lua_setfield(L, -2, "sentence");
    lua_rawseti(L, -2, (int)(i + 1));
  }
  box_release(slot);
  return 1;
}

/* ------------------------------------------------------------ summarize */
/* Summaries.  The option values are checked in one place,
   lede_summary_options_problem() in lede_rank.c; this layer only reads the
   Lua table into the C struct (a value of the wrong type becomes one the C
   check refuses) and says which Lua field was at fault.  lua/lede/summarize.lua
   checks the table's shape (unknown keys, two budgets). */

#define SUMM_META "lede.summarizer"
#define DOCS_ARG 1
#define OPTS_ARG 2

typedef struct summ_box {
  lede_summarizer *s;
} summ_box;

static int summ_gc(lua_State *L) {
  summ_box *b = (summ_box *)luaL_checkudata(L, 1, SUMM_META);
  lede_summarizer_free(b->s);
  b->s = NULL;
  return 0;
}

/* One word cache per Lua state (registry[WORDS_KEY]), so that the words of
   one summary are not stemmed again in the next; a state runs one C call
   at a time, and a summarizer uses the cache only inside its adds. */
#define WORDS_META "lede.word_cache"
/* not WORDS_META, which holds the metatable that __gc checks */
#define WORDS_KEY "lede.word_cache.of_state"

static int words_gc(lua_State *L) {
  lede_word_cache **c = (lede_word_cache **)luaL_checkudata(L, 1, WORDS_META);
  lede_word_cache_free(*c);
  *c = NULL;
  return 0;
}

/* The state's word cache, or NULL (out of memory: summaries without). */
static lede_word_cache *state_words(lua_State *L) {
  lede_word_cache **c;
  lua_getfield(L, LUA_REGISTRYINDEX, WORDS_KEY);
  c = (lede_word_cache **)lua_touserdata(L, -1);
  lua_pop(L, 1);
  if (c) return *c;
  c = (lede_word_cache **)lua_newuserdata(L, sizeof *c);
  *c = NULL;
  if (luaL_newmetatable(L, WORDS_META)) {
    lua_pushcfunction(L, words_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_setmetatable(L, -2);
  *c = lede_word_cache_new();
  lua_setfield(L, LUA_REGISTRYINDEX, WORDS_KEY);
  return *c;
}

/* opts[field] as a number (NaN when it is not one), or keeps *v when
   absent. */
static void opt_number(lua_State *L, int opts, const char *field, double *v) {
  lua_getfield(L, opts, field);
  if (!lua_isnil(L, -1))
    *v = lua_type(L, -1) == LUA_TNUMBER ? (double)lua_tonumber(L, -1) : nan("");
  lua_pop(L, 1);
}

/* opts[field] as a weight: a negative one is the C API's "default", which a
   Lua caller does not write, so it becomes NaN for the check to refuse. */
static void opt_weight(lua_State *L, int opts, const char *field, double *v) {
  double w = *v;
  lua_getfield(L, opts, field);
  if (!lua_isnil(L, -1)) {
    w = lua_type(L, -1) == LUA_TNUMBER ? (double)lua_tonumber(L, -1) : nan("");
    if (w < 0) w = nan("");
    *v = w;
  }
  lua_pop(L, 1);
}

/* The budgets, by their option names, in the order they are looked for. */
static const char *const budget_names[] = {"sentences", "words", "bytes",
                                           "ratio", NULL};
static const int budget_kinds[] = {LEDE_BUDGET_SENTENCES, LEDE_BUDGET_WORDS,
                                   LEDE_BUDGET_BYTES, LEDE_BUDGET_RATIO};

/* Reads the options table at index `opts` into *o; the focus string stays
   on the stack (its bytes are read by lede_summarizer_new).  Returns NULL,
   or the name of the option whose value is bad, with what it expects in
   *expected. */
static const char *read_options(lua_State *L, int opts, lede_summary_options *o,
                                const char **expected) {
  const char *bad, *budget = NULL;
  double sep;
  int i;
  lede_summary_options_init(o);
  *expected = NULL;
  if (lua_isnoneornil(L, opts)) return NULL;
  luaL_checktype(L, opts, LUA_TTABLE);
  lua_getfield(L, opts, "method");
  if (!lua_isnil(L, -1)) {
    const char *m = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "";
    o->method = strcmp(m, "rank") == 0   ? LEDE_METHOD_RANK
                : strcmp(m, "lead") == 0 ? LEDE_METHOD_LEAD
                                         : -1;
  }
  lua_pop(L, 1);
  for (i = 0; budget_names[i] && !budget; i++) {
    lua_getfield(L, opts, budget_names[i]);
    if (!lua_isnil(L, -1)) {
      budget = budget_names[i];
      o->budget = budget_kinds[i];
    }
    lua_pop(L, 1);
  }
  if (budget) opt_number(L, opts, budget, &o->amount);
  opt_weight(L, opts, "lead", &o->lead);
  opt_weight(L, opts, "centrality", &o->centrality);
  opt_weight(L, opts, "headline", &o->headline);
  opt_weight(L, opts, "coverage", &o->coverage);
  opt_weight(L, opts, "redundancy", &o->redundancy);
  opt_weight(L, opts, "focus_weight", &o->focus_weight);
  lua_getfield(L, opts, "language");
  if (!lua_isnil(L, -1)) {
    /* a code that is not a string, too long or holding a NUL is left empty,
       which the check refuses as "language" */
    size_t n = 0;
    const char *code =
        lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &n) : NULL;
    memset(o->language, 0, sizeof o->language);
    if (code && n < sizeof o->language && strlen(code) == n)
      memcpy(o->language, code, n);
  }
  lua_pop(L, 1);
  sep = (double)o->separator;
  opt_number(L, opts, "separator", &sep);
  o->separator = sep >= 0 && sep <= 1e9 ? (size_t)sep : (size_t)-1;
  lua_getfield(L, opts,
               "focus"); /* left on the stack: o->focus points into it */
  if (lua_type(L, -1) == LUA_TSTRING) {
    o->focus = lua_tolstring(L, -1, &o->focus_len);
  } else if (!lua_isnil(L, -1)) {
    o->focus = NULL;
    o->focus_len = 1; /* refused by the check: a string expected */
  }
  bad = lede_summary_options_problem(o, expected);
  if (bad && strcmp(bad, "amount") == 0) bad = budget;
  return bad;
}

/* core.summary_options_problem(opts) -> nil, or the bad option's name and
   what it expects. */
static int l_summary_options_problem(lua_State *L) {
  lede_summary_options o;
  const char *expected, *bad;
  lua_settop(L, 1);
  bad = read_options(L, 1, &o, &expected);
  if (!bad) return 0;
  lua_pushstring(L, bad);
  lua_pushstring(L, expected);
  return 2;
}

/* Reads docs[i].parts = { {s=, e=}, ... } (1-based inclusive) into a
   scratch array the collector owns, left on the stack; returns its length
   in *n, or NULL when the document has no parts. */
static lede_span *read_parts(lua_State *L, int doc, int i, size_t *n) {
  size_t k, count;
  lede_span *parts;
  lua_getfield(L, doc, "parts");
  if (lua_isnil(L, -1)) {
    lua_pop(L, 1);
    return NULL;
  }
  if (lua_type(L, -1) != LUA_TTABLE)
    luaL_error(L, "summarize: document %d has bad parts", i);
  count = lua_rawlen(L, -1);
  parts = (lede_span *)lua_newuserdata(L, (count ? count : 1) * sizeof *parts);
  for (k = 0; k < count; k++) {
    lua_Number ps, pe;
    lua_rawgeti(L, -2, (int)k + 1);
    if (lua_type(L, -1) != LUA_TTABLE)
      luaL_error(L, "summarize: document %d has bad parts", i);
    lua_getfield(L, -1, "s");
    lua_getfield(L, -2, "e");
    ps = lua_tonumber(L, -2);
    pe = lua_tonumber(L, -1);
    if (!(ps >= 1 && pe >= ps - 1 && pe < 4294967295.0) ||
        ps != (lua_Number)(uint32_t)ps || pe != (lua_Number)(uint32_t)pe)
      luaL_error(L, "summarize: document %d has a bad part", i);
    parts[k].start = (uint32_t)ps - 1;
    parts[k].end = (uint32_t)pe;
    lua_pop(L, 3);
  }
  lua_remove(L, -2); /* the parts table; the scratch stays */
  *n = count;
  return parts;
}

/* Adds docs[i] = { text = string, s = first byte, e = last byte,
   parts = { {s=, e=}, ... }?, title = string? } to the summarizer: the body
   is text:sub(s, e), or the parts of text when they are given. */
static void add_doc(lua_State *L, lede_summarizer *sum, int i, int texts) {
  size_t len, tlen = 0, nparts = 0;
  const char *text, *title = NULL;
  lede_span *parts;
  lua_Number s, e;
  int status, top = lua_gettop(L), doc;
  lua_rawgeti(L, DOCS_ARG, i);
  doc = lua_gettop(L);
  if (lua_type(L, doc) != LUA_TTABLE)
    luaL_error(L, "summarize: document %d must be a table", i);
  lua_getfield(L, doc, "text");
  if (lua_type(L, -1) != LUA_TSTRING)
    luaL_error(L, "summarize: document %d has no text string", i);
  text = lua_tolstring(L, -1, &len);
  /* The string the picks' offsets belong to is
     kept here, not fetched again from docs[i] (a field read through a
     metamethod could give another, shorter string) */
  lua_pushvalue(L, -1);
  lua_rawseti(L, texts, i);
  lua_getfield(L, doc, "title");
  if (lua_type(L, -1) == LUA_TSTRING) title = lua_tolstring(L, -1, &tlen);
  parts = read_parts(L, doc, i, &nparts);
  if (parts) {
    status =
        lede_summarizer_add_parts(sum, text, len, parts, nparts, title, tlen);
  } else {
    lua_getfield(L, doc, "s");
    lua_getfield(L, doc, "e");
    s = lua_isnil(L, -2) ? 1 : lua_tonumber(L, -2);
    e = lua_isnil(L, -1) ? (lua_Number)len : lua_tonumber(L, -1);
    if (!(s >= 1 && e <= (lua_Number)len && e >= s - 1) ||
        s != (lua_Number)(size_t)s || e != (lua_Number)(size_t)e)
      luaL_error(L, "summarize: document %d has a bad body range", i);
    status = lede_summarizer_add(sum, text + (size_t)s - 1,
                                 (size_t)e - (size_t)s + 1, (size_t)s - 1,
                                 title, tlen);
  }
  lua_settop(L, top);
  if (status == LEDE_ERR_ARG)
    luaL_error(L, "summarize: document %d has parts out of order or range", i);
  if (status != LEDE_OK) raise_status(L, status);
}

/* core.summarize(docs, opts) -> { {doc=, index=, s=, e=, text=, score=,
   words=}, ... } in document order. */
static int l_summarize(lua_State *L) {
  lede_summary_options o;
  summ_box *sb;
  void **slot;
  size_t n, i;
  int ndocs, d, status, texts;
  const lede_pick *picks;
  fields f;
  const char *bad, *expected;
  luaL_checktype(L, DOCS_ARG, LUA_TTABLE);
  lua_settop(L, OPTS_ARG);
  bad = read_options(L, OPTS_ARG, &o, &expected);
  if (bad)
    return luaL_error(L, "bad option '%s' to 'summarize' (%s expected)", bad,
                      expected);
  ndocs = (int)lua_rawlen(L, DOCS_ARG);
  lua_createtable(L, ndocs, 0); /* each document's text, as added */
  texts = lua_gettop(L);
  sb = (summ_box *)lua_newuserdata(L, sizeof *sb);
  sb->s = NULL;
  luaL_getmetatable(L, SUMM_META);
  lua_setmetatable(L, -2);
  sb->s = lede_summarizer_new(&o, &status);
  if (!sb->s) return raise_status(L, status);
  lede_summarizer_use_cache(sb->s, state_words(L));
  for (d = 1; d <= ndocs; d++) add_doc(L, sb->s, d, texts);
  slot = box_new(L);
  status = lede_summarize(sb->s, (lede_pick **)slot, &n);
  if (status != LEDE_OK) return raise_status(L, status);
  picks = (const lede_pick *)*slot;
  push_fields(L, &f);
  lua_createtable(L, n > 0x7fffffff ? 0 : (int)n, 0);
  for (i = 0; i < n; i++) {
    const lede_pick *p = &picks[i];
    const char *text;
    lua_createtable(L, 0, 7);
    lua_rawgeti(L, texts, (int)p->doc + 1);
    text = lua_tostring(L, -1);
    lua_pop(L, 1);
    set_span(L, &f, text, p->start, p->end); /* `texts` keeps them alive */
    lua_pushinteger(L, (lua_Integer)p->doc + 1);
    lua_setfield(L, -2, "doc");
    lua_pushinteger(L, (lua_Integer)p->index + 1);
    lua_setfield(L, -2, "index");
    lua_pushinteger(L, (lua_Integer)p->words);
    lua_setfield(L, -2, "words");
    lua_pushnumber(L, (lua_Number)p->score);
    lua_setfield(L, -2, "score");
    lua_rawseti(L, -2, (int)(i + 1));
  }
  box_release(slot);
  lede_summarizer_free(sb->s);
  sb->s = NULL;
  return 1;
}
/* ------------------------------------------------------------ end summarize */

/* ------------------------------------------------------------ html */

#define HTML_META "lede.html"

static int html_gc(lua_State *L) {
  lede_html_doc **d = (lede_html_doc **)luaL_checkudata(L, 1, HTML_META);
  lede_html_free(*d);
  *d = NULL;
  return 0;
}

static void set_lstr(lua_State *L, const char *key, const char *v, size_t n) {
  lua_pushlstring(L, v, n);
  lua_setfield(L, -2, key);
}

/* core.html(page) -> { text=, blocks={ {s=, e=, kind=, level=?}, ... },
   segs={ t1, tlen1, p1, plen1, exact1, t2, ... } (1-based starts: text
   t..t+tlen-1 came from page p..p+plen-1; exact 1 for a plain run, 0 for a
   unit), meta={ {key=, value=, s=?, e=?}, ... },
   charset=, declared=?, reason=?, peak= } */
static int l_html(lua_State *L) {
  static const char *const kinds[] = {"paragraph", "heading", "item", "quote",
                                      "pre"};
  size_t len, i;
  const char *page = check_text(L, TEXT_ARG, "html", &len);
  lede_html_doc **slot = (lede_html_doc **)lua_newuserdata(L, sizeof *slot);
  const lede_html_doc *d;
  int rc;
  *slot = NULL;
  luaL_getmetatable(L, HTML_META);
  lua_setmetatable(L, -2);
  rc = lede_html_extract(page, len, slot);
  if (rc != LEDE_OK) return raise_status(L, rc);
  d = *slot;
  lua_createtable(L, 0, 8);
  set_lstr(L, "text", d->text, d->text_len);
  lua_pushstring(L, d->charset);
  lua_setfield(L, -2, "charset");
  if (d->declared) {
    lua_pushstring(L, d->declared);
    lua_setfield(L, -2, "declared");
  }
  if (d->reason) {
    lua_pushstring(L, d->reason);
    lua_setfield(L, -2, "reason");
  }
  lua_pushnumber(L, (lua_Number)d->peak_bytes);
  lua_setfield(L, -2, "peak");
  lua_createtable(L, d->nblocks > 0x7fffffff ? 0 : (int)d->nblocks, 0);
  for (i = 0; i < d->nblocks; i++) {
    const lede_html_block *b = &d->blocks[i];
    lua_createtable(L, 0, 4);
    lua_pushinteger(L, (lua_Integer)b->start + 1);
    lua_setfield(L, -2, "s");
    lua_pushinteger(L, (lua_Integer)b->end);
    lua_setfield(L, -2, "e");
    lua_pushstring(L, kinds[b->kind <= LEDE_HB_PRE ? b->kind : 0]);
    lua_setfield(L, -2, "kind");
    if (b->level) {
      lua_pushinteger(L, b->level);
      lua_setfield(L, -2, "level");
    }
    lua_rawseti(L, -2, (int)(i + 1));
  }
  lua_setfield(L, -2, "blocks");
  lua_createtable(L, d->nsegs > 0x0fffffff ? 0 : (int)(5 * d->nsegs), 0);
  for (i = 0; i < d->nsegs; i++) {
    const lede_html_seg *g = &d->segs[i];
    lua_pushinteger(L, (lua_Integer)g->text + 1);
    lua_rawseti(L, -2, (int)(5 * i + 1));
    lua_pushinteger(L, (lua_Integer)g->text_len);
    lua_rawseti(L, -2, (int)(5 * i + 2));
    lua_pushinteger(L, (lua_Integer)g->page + 1);
    lua_rawseti(L, -2, (int)(5 * i + 3));
    lua_pushinteger(L, (lua_Integer)g->page_len);
    lua_rawseti(L, -2, (int)(5 * i + 4));
    lua_pushinteger(L, g->exact);
    lua_rawseti(L, -2, (int)(5 * i + 5));
  }
  lua_setfield(L, -2, "segs");
  lua_createtable(L, d->nmeta > 0x7fffffff ? 0 : (int)d->nmeta, 0);
  for (i = 0; i < d->nmeta; i++) {
    const lede_html_meta *m = &d->meta[i];
    lua_createtable(L, 0, 4);
    set_lstr(L, "key", d->strings + m->key, m->key_len);
    set_lstr(L, "value", d->strings + m->value, m->value_len);
    if (m->page_end > m->page_start) {
      lua_pushinteger(L, (lua_Integer)m->page_start + 1);
      lua_setfield(L, -2, "s");
      lua_pushinteger(L, (lua_Integer)m->page_end);
      lua_setfield(L, -2, "e");
    }
    lua_rawseti(L, -2, (int)(i + 1));
  }
  lua_setfield(L, -2, "meta");
  lede_html_free(*slot);
  *slot = NULL;
  return 1;
}
/* ------------------------------------------------------------ end html */
/* ------------------------------------------------------------ fix_text */

/* The upvalues of core.fix_text: the keys of a change, then the kind
   names.  A change table is built with rawset on these interned strings,
   not lua_setfield (which looks each key up again): a text of mojibake
   has a change every few words. */
enum {
  FIXKEY_S = 1,
  FIXKEY_E,
  FIXKEY_FROM,
  FIXKEY_TO,
  FIXKEY_KIND,
  FIXKEY_NKEYS = FIXKEY_KIND
};

/* Pushes upvalue key: the field a value pushed next is set to (rawset). */
#define PUSH_KEY(L, key) lua_pushvalue(L, lua_upvalueindex(key))

/* core.fix_text(text [, flags]) -> fixed, { {s=, e=, from=, to=, kind=}, ... }
   flags: the bits of core.FIX (lede.h's enum lede_fix_flag).  With nothing
   to repair, fixed is text itself. */
static int l_fix_text(lua_State *L) {
  size_t len, out_len, n, i;
  const char *text = check_text(L, TEXT_ARG, "fix_text", &len);
  unsigned flags = (unsigned)luaL_optinteger(L, TEXT_ARG + 1, 0);
  void **out_slot = box_new(L);
  void **fix_slot = box_new(L);
  int status = lede_fix_text(text, len, flags, (char **)out_slot, &out_len,
                             (lede_fix **)fix_slot, &n);
  const char *out = (const char *)*out_slot;
  const lede_fix *fx = (const lede_fix *)*fix_slot;
  if (status != LEDE_OK) return raise_status(L, status);
  if (out)
    lua_pushlstring(L, out, out_len);
  else
    lua_pushvalue(L, TEXT_ARG);
  lua_createtable(L, n > 0x7fffffff ? 0 : (int)n, 0);
  for (i = 0; i < n; i++) {
    int kind = fx[i].kind >= 0 && fx[i].kind <= LEDE_FIX_LAST_KIND
                   ? fx[i].kind
                   : LEDE_FIX_LAST_KIND + 1;
    lua_createtable(L, 0, 5);
    PUSH_KEY(L, FIXKEY_S);
    lua_pushinteger(L, (lua_Integer)fx[i].start + 1);
    lua_rawset(L, -3);
    PUSH_KEY(L, FIXKEY_E);
    lua_pushinteger(L, (lua_Integer)fx[i].end);
    lua_rawset(L, -3);
    PUSH_KEY(L, FIXKEY_FROM);
    lua_pushlstring(L, text + fx[i].start, fx[i].end - fx[i].start);
    lua_rawset(L, -3);
    PUSH_KEY(L, FIXKEY_TO);
    lua_pushlstring(L, out + fx[i].out_start, fx[i].out_end - fx[i].out_start);
    lua_rawset(L, -3);
    PUSH_KEY(L, FIXKEY_KIND);
    lua_pushvalue(L, lua_upvalueindex(FIXKEY_NKEYS + 1 + kind));
    lua_rawset(L, -3);
    lua_rawseti(L, -2, (int)(i + 1));
  }
  box_release(out_slot);
  box_release(fix_slot);
  return 2;
}

/* core.fix_text, with its upvalues, into the table on top. */
static void push_fix_text(lua_State *L) {
  static const char *const keys[] = {"s", "e", "from", "to", "kind"};
  int k;
  for (k = 0; k < FIXKEY_NKEYS; k++) lua_pushstring(L, keys[k]);
  for (k = 0; k <= LEDE_FIX_LAST_KIND + 1; k++) /* the last: "unknown" */
    lua_pushstring(L, lede_fix_kind_name(k));
  lua_pushcclosure(L, l_fix_text, FIXKEY_NKEYS + LEDE_FIX_LAST_KIND + 2);
  lua_setfield(L, -2, "fix_text");
}

/* core.fix_scan(text) -> the SEEN_ bits of core.FIX the whole text shows */
static int l_fix_scan(lua_State *L) {
  size_t len;
  const char *text = check_text(L, TEXT_ARG, "fix_scan", &len);
  lua_pushinteger(L, (lua_Integer)lede_fix_scan(text, len));
  return 1;
}

/* core.FIX: the flag bits, by name */
static void push_fix_flags(lua_State *L) {
  lua_createtable(L, 0, 11);
  lua_pushinteger(L, LEDE_FIX_ENTITIES);
  lua_setfield(L, -2, "entities");
  lua_pushinteger(L, LEDE_FIX_SPACES);
  lua_setfield(L, -2, "spaces");
  lua_pushinteger(L, LEDE_FIX_BYTES);
  lua_setfield(L, -2, "bytes");
  lua_pushinteger(L, LEDE_FIX_SEEN_FULL);
  lua_setfield(L, -2, "seen_full");
  lua_pushinteger(L, LEDE_FIX_SEEN_LOSSY);
  lua_setfield(L, -2, "seen_lossy");
  lua_pushinteger(L, LEDE_FIX_NOSCAN);
  lua_setfield(L, -2, "noscan");
  lua_pushinteger(L, LEDE_FIX_EACH);
  lua_setfield(L, -2, "each");
  lua_pushinteger(L, LEDE_FIX_LIGATURES);
  lua_setfield(L, -2, "ligatures");
  lua_pushinteger(L, LEDE_FIX_WIDTHS);
  lua_setfield(L, -2, "widths");
  lua_pushinteger(L, LEDE_FIX_CONTROLS);
  lua_setfield(L, -2, "controls");
  lua_pushinteger(L, LEDE_FIX_LINE_BREAKS);
  lua_setfield(L, -2, "line_breaks");
  lua_setfield(L, -2, "FIX");
}
/* ------------------------------------------------------------ end fix_text */

/* ------------------------------------------------------------ quote scan */
/* core.quote_scan(text, words) -> scan, ntokens, nmarks, ncues: the token
   pass of lua/lede/quotes.lua (lede_quote_scan).  The scan is a userdata
   that holds the core's arrays (its __gc frees them); its methods read
   them one item at a time and run the attribution rules over them
   (scan:next_reported, scan:direct), so that the finder makes no table per
   token.  Indexes are 1-based; every method that builds a
   string takes the scanned text again (checked by its length), since the
   scan keeps no reference to it. */

#define QSCAN_META "lede.quote_scan"
#define QSCAN_ARG 1
#define QSCAN_WORDS_MAX 4096

/* A mention of a key (scan:mentions): its byte (1-based), its key (an
   index into the keys), whether an earlier mention of its sentence names
   another key, and the key its sentence names first. */
typedef struct qmention {
  size_t at, key, first;
  int ambiguous;
} qmention;

/* The stream of mentions scan:last_mention reads, in text order. */
typedef struct qmentions {
  lede_quote_keys *keys; /* NULL: scan:mentions was not called */
  size_t next;           /* the token to read from */
  int primed, have_ahead, have_last, done;
  qmention ahead, last;
  int in_sentence;   /* a mention was read: sentence is its sentence */
  uint32_t sentence; /* of the last mention read */
  size_t first_key;  /* of that sentence */
  int many;          /* it names more than one key */
} qmentions;

typedef struct qscan {
  lede_quote_scan_result r;
  size_t len; /* of the scanned text */
  qmentions m;
} qscan;

static void qscan_free(qscan *q) {
  lede_quote_scan_free(&q->r);
  lede_quote_keys_free(q->m.keys);
  memset(&q->m, 0, sizeof q->m);
}

static int qscan_gc(lua_State *L) {
  qscan_free((qscan *)luaL_checkudata(L, 1, QSCAN_META));
  return 0;
}

/* scan:close(): frees the core's arrays now, not when the collector gets
   to the scan (it does not see their size); the scan is empty after. */
static int qscan_close(lua_State *L) {
  qscan_free((qscan *)luaL_checkudata(L, 1, QSCAN_META));
  return 0;
}

static qscan *check_qscan(lua_State *L) {
  return (qscan *)luaL_checkudata(L, QSCAN_ARG, QSCAN_META);
}

/* The 1-based index argument arg, 1..n; raises otherwise. */
static size_t check_index(lua_State *L, int arg, size_t n, const char *f) {
  lua_Number v = luaL_checknumber(L, arg);
  if (!(v >= 1 && v <= (lua_Number)n) || v != (lua_Number)(size_t)v)
    return (size_t)arg_error(L, arg, f, "index out of range");
  return (size_t)v - 1;
}

/* Reads argument arg, a table of count arrays of strings, into lists: the
   words point into the Lua strings, which stay alive as long as the
   argument does; their array is a userdata the collector owns, pushed on
   the stack, so a check that raises leaves nothing to free. */
static void read_word_lists(lua_State *L, int arg, const char *fname,
                            lede_word_list *lists, int count) {
  size_t total = 0, at = 0, n, i;
  lede_word *words;
  int k;
  if (lua_type(L, arg) != LUA_TTABLE)
    arg_error(L, arg, fname, "table of word lists expected");
  for (k = 0; k < count; k++) {
    lua_rawgeti(L, arg, k + 1);
    if (lua_type(L, -1) != LUA_TTABLE)
      arg_error(L, arg, fname, "table of word lists expected");
    n = lua_rawlen(L, -1);
    if (n > QSCAN_WORDS_MAX)
      arg_error(L, arg, fname, "a list of more than 4096 words");
    total += n;
    lua_pop(L, 1);
  }
  words = (lede_word *)lua_newuserdata(L, (total ? total : 1) * sizeof *words);
  for (k = 0; k < count; k++) {
    lua_rawgeti(L, arg, k + 1);
    n = lua_rawlen(L, -1);
    lists[k].words = words + at;
    lists[k].count = n;
    for (i = 0; i < n; i++) {
      lua_rawgeti(L, -1, (int)i + 1);
      if (lua_type(L, -1) != LUA_TSTRING)
        arg_error(L, arg, fname, "words must be strings");
      words[at].text = lua_tolstring(L, -1, &words[at].len);
      at++;
      lua_pop(L, 1);
    }
    lua_pop(L, 1);
  }
}

/* core.quote_words(lists) -> words: the word lists of core.quote_scan
   made ready once (lede_quote_words_new), for a finder that scans many
   texts with the same lists: otherwise each call reads its ~700 words and
   builds their sets again.  The words are a copy: the lists may change or
   go after the call. */
#define QWORDS_META "lede.quote_words"

static int qwords_gc(lua_State *L) {
  lede_quote_words **slot =
      (lede_quote_words **)luaL_checkudata(L, 1, QWORDS_META);
  lede_quote_words_free(*slot);
  *slot = NULL;
  return 0;
}

static int l_quote_words(lua_State *L) {
  lede_word_list lists[LEDE_QL_COUNT];
  lede_quote_words **slot;
  int status;
  /* the strings stay alive in their lists (argument 1) during the call */
  read_word_lists(L, 1, "quote_words", lists, LEDE_QL_COUNT);
  slot = (lede_quote_words **)lua_newuserdata(L, sizeof *slot);
  *slot = NULL;
  luaL_getmetatable(L, QWORDS_META);
  lua_setmetatable(L, -2);
  status = lede_quote_words_new(lists, slot);
  if (status != LEDE_OK) return raise_status(L, status);
  return 1;
}

/* core.quote_scan(text, lists): lists holds the LEDE_QL_COUNT word lists
   of lede_quote_scan, in the order of enum lede_quote_list, each an array
   of strings, or is what core.quote_words made of them. */
static int l_quote_scan(lua_State *L) {
  size_t len;
  const char *text = check_text(L, TEXT_ARG, "quote_scan", &len);
  lede_word_list lists[LEDE_QL_COUNT];
  const lede_quote_words *words = NULL;
  qscan *q;
  int status;
  if (lua_type(L, 2) == LUA_TUSERDATA) {
    words = *(lede_quote_words *const *)luaL_checkudata(L, 2, QWORDS_META);
    if (!words) return arg_error(L, 2, "quote_scan", "words already freed");
  } else { /* the strings stay alive in their lists (argument 2) */
    read_word_lists(L, 2, "quote_scan", lists, LEDE_QL_COUNT);
  }
  q = (qscan *)lua_newuserdata(L, sizeof *q);
  memset(q, 0, sizeof *q);
  q->len = len;
  luaL_getmetatable(L, QSCAN_META);
  lua_setmetatable(L, -2);
  status = words ? lede_quote_scan_words(text, len, words, &q->r)
                 : lede_quote_scan(text, len, lists, &q->r);
  if (status != LEDE_OK) return raise_status(L, status);
  lua_pushinteger(L, (lua_Integer)q->r.ntokens);
  lua_pushinteger(L, (lua_Integer)q->r.nmarks);
  lua_pushinteger(L, (lua_Integer)q->r.ncues);
  lua_pushinteger(L, (lua_Integer)q->r.nnames);
  lua_pushinteger(L, (lua_Integer)q->r.nkeys);
  return 6;
}

/* Pushes the key of word w[0, len) as push_key does; plain ASCII is
   lower-cased here (its NFC case fold), without utf8proc. */
static void push_word_key(lua_State *L, const char *w, size_t len) {
  char small[KEY_STACK_BUF];
  size_t i;
  if (len > sizeof small) {
    push_key(L, w, len);
    return;
  }
  for (i = 0; i < len; i++) {
    unsigned char c = (unsigned char)w[i];
    if (c >= 0x80) {
      push_key(L, w, len);
      return;
    }
    small[i] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  }
  lua_pushlstring(L, small, len);
}

/* The length of key[0, klen) without a possessive ’s or 's at its end
   (names.bare_key). */
static size_t without_possessive(const char *key, size_t klen) {
  if (klen >= 4 && memcmp(key + klen - 4, "\xE2\x80\x99s", 4) == 0)
    return klen - 4;
  if (klen >= 2 && memcmp(key + klen - 2, "'s", 2) == 0) return klen - 2;
  return klen;
}

/* scan:mentions(text, keys): the keys (an array of strings, each a name's
   key) whose mentions scan:last_mention reads, from the start of the
   text. */
static int l_qscan_mentions(lua_State *L) {
  qscan *q = check_qscan(L);
  size_t len, n, i;
  lede_word *keys;
  int status;
  (void)check_text(L, 2, "mentions", &len);
  if (len != q->len)
    return arg_error(L, 2, "mentions", "not the text that was scanned");
  luaL_checktype(L, 3, LUA_TTABLE);
  n = lua_rawlen(L, 3);
  /* the key strings stay alive in their table during the call; the array
     is the collector's, so that a bad key raises with nothing to free */
  keys = (lede_word *)lua_newuserdata(L, (n ? n : 1) * sizeof *keys);
  for (i = 0; i < n; i++) {
    lua_rawgeti(L, 3, (int)i + 1);
    if (lua_type(L, -1) != LUA_TSTRING)
      return arg_error(L, 3, "mentions", "keys must be strings");
    keys[i].text = lua_tolstring(L, -1, &keys[i].len);
    lua_pop(L, 1);
  }
  lede_quote_keys_free(q->m.keys);
  memset(&q->m, 0, sizeof q->m);
  status = lede_quote_keys_new(keys, n, &q->m.keys);
  if (status != LEDE_OK) return raise_status(L, status);
  return 0;
}

/* Reads the next mention of the stream into m->ahead (m->have_ahead is 0
   at the end); returns 0 or a core error. */
static int next_qmention(qscan *q, const char *text) {
  qmentions *m = &q->m;
  size_t which;
  uint32_t sid;
  int found;
  m->have_ahead = 0;
  if (m->done) return 0;
  found =
      lede_quote_next_mention(m->keys, text, q->len, &q->r, &m->next, &which);
  if (found != 1) {
    m->done = 1;
    return found < 0 ? found : 0;
  }
  sid = lede_quote_sentence_of(&q->r, m->next)->number;
  if (!m->in_sentence || sid != m->sentence) { /* a new sentence */
    m->in_sentence = 1;
    m->sentence = sid;
    m->first_key = which;
    m->many = 0;
    m->ahead.ambiguous = 0;
  } else {
    m->ahead.ambiguous = m->many || m->first_key != which;
    if (m->first_key != which) m->many = 1;
  }
  m->ahead.at = (size_t)q->r.tokens[m->next].start + 1;
  m->ahead.key = which;
  m->ahead.first = m->first_key;
  m->have_ahead = 1;
  m->next++;
  return 0;
}

/* scan:last_mention(text, at) -> key, ambiguous, first: the last mention
   of the keys of scan:mentions before byte at (1-based), as the index of
   its key, whether an earlier mention of its sentence names another key,
   and the index of the key its sentence names first; nothing when none
   came before.  Calls read the text forward: a call with an earlier at
   than the last gives the last's answer. */
static int l_qscan_last_mention(lua_State *L) {
  qscan *q = check_qscan(L);
  size_t len;
  const char *text = check_text(L, 2, "last_mention", &len);
  lua_Number at = luaL_checknumber(L, 3);
  qmentions *m = &q->m;
  int status = 0;
  if (len != q->len)
    return arg_error(L, 2, "last_mention", "not the text that was scanned");
  if (!m->keys)
    return arg_error(L, 1, "last_mention", "no keys (scan:mentions)");
  if (!m->primed) {
    m->primed = 1;
    status = next_qmention(q, text);
  }
  while (status == 0 && m->have_ahead && (lua_Number)m->ahead.at < at) {
    m->last = m->ahead;
    m->have_last = 1;
    status = next_qmention(q, text);
  }
  if (status < 0) return raise_status(L, status);
  if (!m->have_last) return 0;
  lua_pushinteger(L, (lua_Integer)m->last.key + 1);
  lua_pushboolean(L, m->last.ambiguous);
  lua_pushinteger(L, (lua_Integer)m->last.first + 1);
  return 3;
}

/* Pushes the key of word token t without a possessive 's (names.bare_key). */
static void push_bare_key(lua_State *L, const char *text,
                          const lede_qtoken *t) {
  const char *w = text + t->start, *key;
  size_t wlen = t->end - t->start, klen, bare;
  push_word_key(L, w, wlen);
  key = lua_tolstring(L, -1, &klen);
  bare = without_possessive(key, klen);
  if (bare == klen) return;
  lua_pushlstring(L, key, bare);
  lua_remove(L, -2);
}

/* scan:name(text, k) -> key, words, name_s, name_e, title_s, title_e: the
   k-th name of the text's runs (lede_quote_name), its key that of its
   last word without a possessive; no title spans when it has none. */
static int l_qscan_name(lua_State *L) {
  qscan *q = check_qscan(L);
  size_t len;
  const char *text = check_text(L, 2, "name", &len);
  const lede_quote_name *nm;
  if (len != q->len)
    return arg_error(L, 2, "name", "not the text that was scanned");
  nm = &q->r.names[check_index(L, 3, q->r.nnames, "name")];
  push_bare_key(L, text, &q->r.tokens[nm->key]);
  lua_pushinteger(L, (lua_Integer)(nm->last - nm->first + 1));
  lua_pushinteger(L, (lua_Integer)q->r.tokens[nm->first].start + 1);
  lua_pushinteger(L, (lua_Integer)nm->name_end);
  if (!nm->titled) return 4;
  lua_pushinteger(L, (lua_Integer)q->r.tokens[nm->title_first].start + 1);
  lua_pushinteger(L, (lua_Integer)q->r.tokens[nm->title_last].end);
  return 6;
}

/* scan:add_names(text, by_key, keys): every key of the text's names
   (lede_quote_key) put in the names index's tables: by_key[key] = { name =,
   title =?, words = }, the name kept for the key as scan:name gives a name
   and the title the key came with, and key appended to keys.  One call a
   text, not a call and two copies made in Lua a name. */
static int l_qscan_add_names(lua_State *L) {
  qscan *q = check_qscan(L);
  size_t len, k, n;
  const char *text = check_text(L, 2, "add_names", &len);
  if (len != q->len)
    return arg_error(L, 2, "add_names", "not the text that was scanned");
  luaL_checktype(L, 3, LUA_TTABLE);
  luaL_checktype(L, 4, LUA_TTABLE);
  n = (size_t)lua_rawlen(L, 4);
  for (k = 0; k < q->r.nkeys; k++) {
    const lede_quote_key *key = &q->r.keys[k];
    const lede_quote_name *nm = &q->r.names[key->name];
    size_t s = q->r.tokens[nm->first].start, e = nm->name_end;
    push_bare_key(L, text, &q->r.tokens[nm->key]);
    lua_pushvalue(L, -1);
    lua_rawseti(L, 4, (int)++n);
    lua_createtable(L, 0, 3);
    lua_pushlstring(L, text + s, e > s ? e - s : 0);
    lua_setfield(L, -2, "name");
    if (key->title != LEDE_QUOTE_NONE) {
      const lede_quote_name *tn = &q->r.names[key->title];
      size_t ts = q->r.tokens[tn->title_first].start;
      size_t te = q->r.tokens[tn->title_last].end;
      lua_pushlstring(L, text + ts, te > ts ? te - ts : 0);
      lua_setfield(L, -2, "title");
    }
    lua_pushinteger(L, (lua_Integer)(nm->last - nm->first + 1));
    lua_setfield(L, -2, "words");
    lua_settable(L, 3);
  }
  return 0;
}

/* scan:info(i) -> para, sentence, inside: token i's paragraph, sentence
   and whether it is inside a pair of quote marks (no record made) */
static int l_qscan_info(lua_State *L) {
  qscan *q = check_qscan(L);
  size_t i = check_index(L, 2, q->r.ntokens, "info");
  const lede_qtoken *t = &q->r.tokens[i];
  lua_pushinteger(L, (lua_Integer)lede_quote_para(&q->r, i));
  lua_pushinteger(L, (lua_Integer)lede_quote_sentence_of(&q->r, i)->number);
  lua_pushboolean(L, (t->flags & LEDE_QT_INSIDE) != 0);
  return 3;
}

/* scan:mark(k) -> open, close (nil when the quote ran on), last */
static int l_qscan_mark(lua_State *L) {
  qscan *q = check_qscan(L);
  const lede_quote_mark *m =
      &q->r.marks[check_index(L, 2, q->r.nmarks, "mark")];
  lua_pushinteger(L, (lua_Integer)m->open + 1);
  if (m->close == LEDE_QUOTE_NONE)
    lua_pushnil(L);
  else
    lua_pushinteger(L, (lua_Integer)m->close + 1);
  lua_pushinteger(L, (lua_Integer)m->last + 1);
  return 3;
}

/* scan:cue(c) -> the index of the c-th cue token */
static int l_qscan_cue(lua_State *L) {
  qscan *q = check_qscan(L);
  size_t c = check_index(L, 2, q->r.ncues, "cue");
  lua_pushinteger(L, (lua_Integer)q->r.cues[c] + 1);
  return 1;
}

/* scan:sentence_of(i) -> first, last, first_cue, cues: the token range of
   token i's sentence and the range of its cue tokens (indexes into the
   cues; cues is 0 when it has none). */
static int l_qscan_sentence_of(lua_State *L) {
  qscan *q = check_qscan(L);
  const lede_quote_sentence *st = lede_quote_sentence_of(
      &q->r, check_index(L, 2, q->r.ntokens, "sentence_of"));
  lua_pushinteger(L, (lua_Integer)st->first + 1);
  lua_pushinteger(L, (lua_Integer)st->last + 1);
  lua_pushinteger(L, (lua_Integer)st->first_cue + 1);
  lua_pushinteger(L, (lua_Integer)st->cues);
  return 4;
}

/* scan:words(a, b) -> how many of tokens a..b are words or numbers */
static int l_qscan_words(lua_State *L) {
  qscan *q = check_qscan(L);
  size_t a = check_index(L, 2, q->r.ntokens, "words");
  size_t b = check_index(L, 3, q->r.ntokens, "words"), i, n = 0;
  for (i = a; i <= b; i++) {
    int kind = q->r.tokens[i].kind;
    if (kind == LEDE_TOKEN_WORD || kind == LEDE_TOKEN_NUMBER) n++;
  }
  lua_pushinteger(L, (lua_Integer)n);
  return 1;
}

/* core.quote_rules(lists) -> rules: the word sets of the attribution rules
   (lede_quote_rules_new), lists holding the LEDE_QA_COUNT word lists in
   the order of enum lede_quote_rule_list.  The rules own a copy of the
   words, so that they outlive the lists. */
#define QRULES_META "lede.quote_rules"

static int qrules_gc(lua_State *L) {
  lede_quote_rules **slot =
      (lede_quote_rules **)luaL_checkudata(L, 1, QRULES_META);
  lede_quote_rules_free(*slot);
  *slot = NULL;
  return 0;
}

static int l_quote_rules(lua_State *L) {
  lede_word_list lists[LEDE_QA_COUNT];
  lede_quote_rules **slot;
  int status;
  luaL_checktype(L, 1, LUA_TTABLE);
  /* the strings stay alive in their lists (argument 1) during the call;
     the rules copy them */
  read_word_lists(L, 1, "quote_rules", lists, LEDE_QA_COUNT);
  slot = (lede_quote_rules **)lua_newuserdata(L, sizeof *slot);
  *slot = NULL;
  luaL_getmetatable(L, QRULES_META);
  lua_setmetatable(L, -2);
  status = lede_quote_rules_new(lists, slot);
  if (status == LEDE_ERR_ARG)
    return arg_error(L, 1, "quote_rules", "a word longer than 255 bytes");
  if (status != LEDE_OK) return raise_status(L, status);
  return 1;
}

static const char *const speaker_kinds[] = {"none", "name", "pronoun", "role"};

/* Pushes speaker sp of scan q of text as kind, speaker_s, speaker_e, key
   [, title_s, title_e]: kind "name" (key: the name's, without a
   possessive), "pronoun" (key: the pronoun's) or "role" (key nil), the
   title spans only when it has one.  Returns how many it pushed. */
static int push_speaker(lua_State *L, const char *text, const qscan *q,
                        const lede_quote_speaker *sp) {
  const lede_qtoken *t = &q->r.tokens[sp->key];
  luaL_checkstack(L, 6, "speaker");
  lua_pushstring(L, speaker_kinds[sp->kind]);
  lua_pushinteger(L, (lua_Integer)sp->start + 1);
  lua_pushinteger(L, (lua_Integer)sp->end);
  if (sp->kind == LEDE_SPEAKER_NAME)
    push_bare_key(L, text, t);
  else if (sp->kind == LEDE_SPEAKER_PRONOUN)
    push_word_key(L, text + t->start, t->end - t->start);
  else
    lua_pushnil(L);
  if (!sp->titled) return 4;
  lua_pushinteger(L, (lua_Integer)sp->title_start + 1);
  lua_pushinteger(L, (lua_Integer)sp->title_end);
  return 6;
}

/* The rules argument of the attribution methods (argument 3). */
static const lede_quote_rules *check_rules(lua_State *L, const char *f) {
  lede_quote_rules **slot =
      (lede_quote_rules **)luaL_checkudata(L, 3, QRULES_META);
  if (!*slot) arg_error(L, 3, f, "rules already freed");
  return *slot;
}

/* The text argument of the attribution methods (argument 2), which must
   be the scanned one. */
static const char *check_scanned(lua_State *L, const qscan *q, const char *f,
                                 size_t *len) {
  const char *text = check_text(L, 2, f, len);
  if (*len != q->len) arg_error(L, 2, f, "not the text that was scanned");
  return text;
}

/* scan:next_reported(text, rules, c) -> next, s, e, <speaker>: the next
   reported speech from the c-th cue's sentence on (lede_quote_next_report),
   next the cue to go on from; nothing when no sentence is left. */
static int l_qscan_next_reported(lua_State *L) {
  qscan *q = check_qscan(L);
  size_t len, cue;
  const char *text = check_scanned(L, q, "next_reported", &len);
  const lede_quote_rules *rules = check_rules(L, "next_reported");
  lede_quote_report rep;
  int found;
  cue = check_index(L, 4, q->r.ncues + 1, "next_reported");
  found = lede_quote_next_report(rules, text, len, &q->r, &cue, &rep);
  if (found < 0) return raise_status(L, found);
  if (found == 0) return 0;
  lua_pushinteger(L, (lua_Integer)cue + 1);
  lua_pushinteger(L, (lua_Integer)rep.start + 1);
  lua_pushinteger(L, (lua_Integer)rep.end);
  return 3 + push_speaker(L, text, q, &rep.speaker);
}

/* scan:use(i): flags token i as a speech verb that attributes a direct
   quote (LEDE_QT_USED), so that its sentence reports no speech. */
static int l_qscan_use(lua_State *L) {
  qscan *q = check_qscan(L);
  size_t i = check_index(L, 2, q->r.ntokens, "use");
  q->r.tokens[i].flags |= LEDE_QT_USED;
  return 0;
}

/* scan:direct(text, rules, k, prev) -> verb, <speaker>: the speaker of
   the k-th pair of marks (lede_quote_direct), named after token prev (the
   previous quote's last token; 0 for none); nothing when none is found. */
static int l_qscan_direct(lua_State *L) {
  qscan *q = check_qscan(L);
  size_t len;
  const char *text = check_scanned(L, q, "direct", &len);
  const lede_quote_rules *rules = check_rules(L, "direct");
  size_t k = check_index(L, 4, q->r.nmarks, "direct");
  lua_Number prev = luaL_checknumber(L, 5);
  lede_quote_attribution at;
  int found;
  if (!(prev >= 0 && prev <= (lua_Number)q->r.ntokens) || prev != floor(prev))
    return arg_error(L, 5, "direct", "index out of range");
  /* the first token after the previous quote, 0-based */
  found = lede_quote_direct(rules, text, len, &q->r, k, (size_t)prev, &at);
  if (found < 0) return raise_status(L, found);
  if (found == 0) return 0;
  lua_pushinteger(L, (lua_Integer)at.verb + 1);
  return 1 + push_speaker(L, text, q, &at.speaker);
}

/* scan:sentence_speaker(text, rules, i) -> verb, <speaker>: the speaker
   token i's sentence names (lede_quote_sentence_speaker); nothing when
   none. */
static int l_qscan_sentence_speaker(lua_State *L) {
  qscan *q = check_qscan(L);
  size_t len;
  const char *text = check_scanned(L, q, "sentence_speaker", &len);
  const lede_quote_rules *rules = check_rules(L, "sentence_speaker");
  size_t i = check_index(L, 4, q->r.ntokens, "sentence_speaker");
  lede_quote_attribution at;
  int found = lede_quote_sentence_speaker(rules, text, len, &q->r, i, &at);
  if (found < 0) return raise_status(L, found);
  if (found == 0) return 0;
  lua_pushinteger(L, (lua_Integer)at.verb + 1);
  return 1 + push_speaker(L, text, q, &at.speaker);
}

/* scan:span(a, b) -> s, e: the bytes of tokens a..b (1-based, inclusive) */
static int l_qscan_span(lua_State *L) {
  qscan *q = check_qscan(L);
  size_t a = check_index(L, 2, q->r.ntokens, "span");
  size_t b = check_index(L, 3, q->r.ntokens, "span");
  lua_pushinteger(L, (lua_Integer)q->r.tokens[a].start + 1);
  lua_pushinteger(L, (lua_Integer)q->r.tokens[b].end);
  return 2;
}

/* core.fix_spans(text, flags) -> fixed, map: lede_fix_text's output and,
   when it changed anything, a userdata whose map:back(s, e) turns a span
   of the output into the span of text it came from (a span that starts or
   ends inside a repair takes all of it).  For lede.fix.for_spans: the
   repairs are kept as the core's array, 20 bytes each, not as tables. */
#define SPANMAP_META "lede.span_map"

typedef struct span_map {
  lede_fix *fixes;
  size_t n;
} span_map;

static int span_map_gc(lua_State *L) {
  span_map *m = (span_map *)luaL_checkudata(L, 1, SPANMAP_META);
  lede_free(m->fixes);
  m->fixes = NULL;
  m->n = 0;
  return 0;
}

static int l_fix_spans(lua_State *L) {
  size_t len, out_len;
  const char *text = check_text(L, TEXT_ARG, "fix_spans", &len);
  unsigned flags = (unsigned)luaL_optinteger(L, TEXT_ARG + 1, 0);
  void **out_slot = box_new(L);
  span_map *m = (span_map *)lua_newuserdata(L, sizeof *m);
  int status;
  m->fixes = NULL;
  m->n = 0;
  luaL_getmetatable(L, SPANMAP_META);
  lua_setmetatable(L, -2);
  status = lede_fix_text(text, len, flags, (char **)out_slot, &out_len,
                         &m->fixes, &m->n);
  if (status != LEDE_OK) return raise_status(L, status);
  if (*out_slot)
    lua_pushlstring(L, (const char *)*out_slot, out_len);
  else
    lua_pushvalue(L, TEXT_ARG);
  box_release(out_slot);
  if (m->n == 0) return 1;
  lua_pushvalue(L, -2); /* the map */
  return 2;
}

/* The position in the original text of position p (1-based) of the
   output; is_end: p ends a span. */
static lua_Integer map_back(const span_map *m, lua_Integer p, int is_end) {
  size_t lo = 0, hi = m->n; /* how many repairs start at or before p */
  const lede_fix *f;
  while (lo < hi) {
    size_t mid = lo + (hi - lo + 1) / 2;
    if ((lua_Integer)m->fixes[mid - 1].out_start + 1 <= p)
      lo = mid;
    else
      hi = mid - 1;
  }
  if (lo == 0) return p;
  f = &m->fixes[lo - 1];
  if (p <= (lua_Integer)f->out_end)
    return is_end ? (lua_Integer)f->end : (lua_Integer)f->start + 1;
  return p + (lua_Integer)f->end - (lua_Integer)f->out_end;
}

/* map:back(s, e) -> s, e */
static int l_span_map_back(lua_State *L) {
  span_map *m = (span_map *)luaL_checkudata(L, 1, SPANMAP_META);
  lua_Integer s = (lua_Integer)luaL_checknumber(L, 2);
  lua_Integer e = (lua_Integer)luaL_checknumber(L, 3);
  lua_pushinteger(L, map_back(m, s, 0));
  lua_pushinteger(L, map_back(m, e, 1));
  return 2;
}

static void push_span_map_meta(lua_State *L) {
  luaL_newmetatable(L, SPANMAP_META);
  lua_pushcfunction(L, span_map_gc);
  lua_setfield(L, -2, "__gc");
  lua_createtable(L, 0, 1);
  lua_pushcfunction(L, l_span_map_back);
  lua_setfield(L, -2, "back");
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);
}

static const luaL_Reg qscan_methods[] = {
    {"mentions", l_qscan_mentions},
    {"last_mention", l_qscan_last_mention},
    {"name", l_qscan_name},
    {"add_names", l_qscan_add_names},
    {"info", l_qscan_info},
    {"close", qscan_close},
    {"mark", l_qscan_mark},
    {"cue", l_qscan_cue},
    {"sentence_of", l_qscan_sentence_of},
    {"words", l_qscan_words},
    {"next_reported", l_qscan_next_reported},
    {"use", l_qscan_use},
    {"direct", l_qscan_direct},
    {"sentence_speaker", l_qscan_sentence_speaker},
    {"span", l_qscan_span},
    {NULL, NULL}};

static void push_qscan_meta(lua_State *L) {
  luaL_newmetatable(L, QSCAN_META);
  lua_pushcfunction(L, qscan_gc);
  lua_setfield(L, -2, "__gc");
  compat_newlib(L, qscan_methods);
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);
}
/* ------------------------------------------------------------ end quote scan
 */

static const luaL_Reg lede_core_funcs[] = {
    {"tokens", l_tokens},
    {"sentences", l_sentences},
    {"fold", l_fold},
    {"utf8_decode", l_utf8_decode},
    {"utf8_valid", l_utf8_valid},
    {"each_token", l_each_token},
    {"tokens_into", l_tokens_into},
    {"each_sentence", l_each_sentence},
    {"numbers", l_numbers},
    {"casualties", l_casualties},
    {"summarize", l_summarize},
    {"html", l_html},
    {"summary_options_problem", l_summary_options_problem},
    {"fix_scan", l_fix_scan},
    {"quote_scan", l_quote_scan},
    {"quote_rules", l_quote_rules},
    {"quote_words", l_quote_words},
    {"fix_spans", l_fix_spans},
    {NULL, NULL}};

int luaopen_lede_core(lua_State *L) {
#if LUA_VERSION_NUM >= 502
  /* Before anything else: a module built for another Lua version stops
     here with "version mismatch" instead of misbehaving. */
  luaL_checkversion(L);
#endif
  luaL_newmetatable(L, BOX_META);
  lua_pushcfunction(L, box_gc);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);
  luaL_newmetatable(L, STREAM_META);
  lua_pushcfunction(L, stream_gc);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);
  luaL_newmetatable(L, SUMM_META);
  lua_pushcfunction(L, summ_gc);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);

  luaL_newmetatable(L, HTML_META);
  lua_pushcfunction(L, html_gc);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);

  push_qscan_meta(L);
  luaL_newmetatable(L, QRULES_META);
  lua_pushcfunction(L, qrules_gc);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);
  luaL_newmetatable(L, QWORDS_META);
  lua_pushcfunction(L, qwords_gc);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);
  push_span_map_meta(L);

  compat_newlib(L, lede_core_funcs);
#if LUA_VERSION_NUM == 501
  /* ABI guard: lua_objlen exists only in Lua 5.1 and LuaJIT, so a 5.1 build
     loaded into Lua 5.2+ fails at dlopen instead of misbehaving.  (Builds
     for 5.2+ have luaL_checkversion above.) */
  (void)lua_objlen(L, -1);
#endif
  lua_pushstring(L, lede_version());
  lua_setfield(L, -2, "_VERSION");
  lua_pushinteger(L, LUA_VERSION_NUM);
  lua_setfield(L, -2, "_ABI");
  lua_pushstring(L, lede_utf8proc_version());
  lua_setfield(L, -2, "utf8proc_version");
  lua_pushstring(L, lede_gumbo_version());
  lua_setfield(L, -2, "gumbo_version");
  push_fix_flags(L);
  push_fix_text(L);
  return 1;
}
