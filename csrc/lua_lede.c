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
#include <string.h>

#include "compat.h"
#include "lede.h"

int luaopen_lede_core(lua_State *L);

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

/* The text argument: a string and nothing else (numbers are not coerced,
   so that a caller passing the wrong variable hears of it). */
static const char *check_text(lua_State *L, int arg, size_t *len) {
  if (lua_type(L, arg) != LUA_TSTRING) {
    const char *msg = lua_pushfstring(L, "string expected, got %s",
                                      luaL_typename(L, arg));
    luaL_argerror(L, arg, msg);
  }
  return lua_tolstring(L, arg, len);
}

/* Raises for a core status; call only when no C memory is held. */
static int raise_status(lua_State *L, int status) {
  return luaL_error(L, "lede: %s", lede_strerror(status));
}

static void set_int(lua_State *L, const char *field, lua_Number v) {
  lua_pushnumber(L, v);
  lua_setfield(L, -2, field);
}

/* Sets t.text, t.s, t.e for text[start, end). */
static void set_span(lua_State *L, const char *text, uint32_t start,
                     uint32_t end) {
  lua_pushlstring(L, text + start, end - start);
  lua_setfield(L, -2, "text");
  set_int(L, "s", (lua_Number)start + 1);
  set_int(L, "e", (lua_Number)end);
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

/* ------------------------------------------------------------ functions */

/* core.tokens(text) -> { {text=, kind=, s=, e=, key=?}, ... } */
static int l_tokens(lua_State *L) {
  size_t len, n, i;
  const char *text = check_text(L, TEXT_ARG, &len);
  void **slot = box_new(L);
  int status = lede_tokenize(text, len, (lede_token **)slot, &n);
  const lede_token *toks = (const lede_token *)*slot;
  if (status != LEDE_OK) return raise_status(L, status);
  lua_createtable(L, n > 0x7fffffff ? 0 : (int)n, 0);
  for (i = 0; i < n; i++) {
    const lede_token *t = &toks[i];
    lua_createtable(L, 0, 5);
    set_span(L, text, t->start, t->end);
    lua_pushstring(L, lede_token_kind_name(t->kind));
    lua_setfield(L, -2, "kind");
    if (t->kind == LEDE_TOKEN_WORD) {
      push_key(L, text + t->start, t->end - t->start);
      lua_setfield(L, -2, "key");
    }
    lua_rawseti(L, -2, (int)(i + 1));
  }
  box_release(slot);
  return 1;
}

/* core.sentences(text) -> { {text=, s=, e=}, ... } */
static int l_sentences(lua_State *L) {
  size_t len, n, i;
  const char *text = check_text(L, TEXT_ARG, &len);
  void **slot = box_new(L);
  int status = lede_sentences(text, len, (lede_span **)slot, &n);
  const lede_span *spans = (const lede_span *)*slot;
  if (status != LEDE_OK) return raise_status(L, status);
  lua_createtable(L, n > 0x7fffffff ? 0 : (int)n, 0);
  for (i = 0; i < n; i++) {
    lua_createtable(L, 0, 3);
    set_span(L, text, spans[i].start, spans[i].end);
    lua_rawseti(L, -2, (int)(i + 1));
  }
  box_release(slot);
  return 1;
}

/* core.fold(text) -> key (NFC, case-folded) */
static int l_fold(lua_State *L) {
  size_t len;
  const char *text = check_text(L, TEXT_ARG, &len);
  push_key(L, text, len);
  return 1;
}

/* ------------------------------------------------- numbers, casualties */
/* (issue 4) */

static void set_str(lua_State *L, const char *field, const char *v) {
  lua_pushstring(L, v);
  lua_setfield(L, -2, field);
}

/* core.numbers(text) -> { {text=, value=, s=, e=, kind=, approx=,
   qualifier=?, unit=?, min=?, max=?}, ... } */
static int l_numbers(lua_State *L) {
  size_t len, n, i;
  const char *text = check_text(L, TEXT_ARG, &len);
  void **slot = box_new(L);
  int status = lede_numbers(text, len, (lede_number **)slot, &n);
  const lede_number *nums = (const lede_number *)*slot;
  if (status != LEDE_OK) return raise_status(L, status);
  lua_createtable(L, n > 0x7fffffff ? 0 : (int)n, 0);
  for (i = 0; i < n; i++) {
    const lede_number *x = &nums[i];
    lua_createtable(L, 0, 10);
    set_span(L, text, x->start, x->end);
    set_int(L, "value", x->value);
    set_str(L, "kind", lede_number_kind_name(x->kind));
    lua_pushboolean(L, (x->flags & LEDE_NF_APPROX) != 0);
    lua_setfield(L, -2, "approx");
    if (x->qualifier != LEDE_Q_NONE)
      set_str(L, "qualifier", lede_qualifier_name(x->qualifier));
    if (x->unit) set_str(L, "unit", x->unit);
    if (x->flags & LEDE_NF_HAS_MIN) set_int(L, "min", x->min);
    if (x->flags & LEDE_NF_HAS_MAX) set_int(L, "max", x->max);
    lua_rawseti(L, -2, (int)(i + 1));
  }
  box_release(slot);
  return 1;
}

/* core.casualties(text) -> { {kind=, count=, min=?, max=?, qualifier=,
   who=?, place=?, subset=, s=, e=, sentence=}, ... } */
static int l_casualties(lua_State *L) {
  size_t len, n, i;
  const char *text = check_text(L, TEXT_ARG, &len);
  void **slot = box_new(L);
  int status = lede_casualties(text, len, (lede_casualty **)slot, &n);
  const lede_casualty *cs = (const lede_casualty *)*slot;
  if (status != LEDE_OK) return raise_status(L, status);
  lua_createtable(L, n > 0x7fffffff ? 0 : (int)n, 0);
  for (i = 0; i < n; i++) {
    const lede_casualty *x = &cs[i];
    lua_createtable(L, 0, 12);
    set_span(L, text, x->start, x->end);
    set_str(L, "kind", lede_casualty_kind_name(x->kind));
    set_int(L, "count", x->count);
    if (x->flags & LEDE_CF_HAS_MIN) set_int(L, "min", x->min);
    if (x->flags & LEDE_CF_HAS_MAX) set_int(L, "max", x->max);
    set_str(L, "qualifier", x->qualifier == LEDE_Q_NONE
                                ? "exact"
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
    lua_pushlstring(L, text + x->sent_start, x->sent_end - x->sent_start);
    lua_setfield(L, -2, "sentence");
    lua_rawseti(L, -2, (int)(i + 1));
  }
  box_release(slot);
  return 1;
}
/* (end of issue 4) */

static const luaL_Reg lede_core_funcs[] = {
    {"tokens", l_tokens},
    {"sentences", l_sentences},
    {"fold", l_fold},
    {"numbers", l_numbers},       /* issue 4 */
    {"casualties", l_casualties}, /* issue 4 */
    {NULL, NULL}};

int luaopen_lede_core(lua_State *L) {
  luaL_newmetatable(L, BOX_META);
  lua_pushcfunction(L, box_gc);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);

  compat_newlib(L, lede_core_funcs);
#if LUA_VERSION_NUM == 501
  /* ABI guard: lua_objlen exists only in Lua 5.1 and LuaJIT, so a 5.1 build
     loaded into Lua 5.2+ fails at dlopen instead of misbehaving.  (Builds
     for 5.2+ get the same guard from luaL_newlib's version check.) */
  (void)lua_objlen(L, -1);
#endif
  lua_pushstring(L, lede_version());
  lua_setfield(L, -2, "_VERSION");
  lua_pushinteger(L, LUA_VERSION_NUM);
  lua_setfield(L, -2, "_ABI");
  lua_pushstring(L, lede_utf8proc_version());
  lua_setfield(L, -2, "utf8proc_version");
  return 1;
}
