/*
 * compat.h -- the Lua 5.1 C API subset the binding is written to, with the
 * newer names shimmed as macros (never as functions: LuaJIT 2.1 already has
 * some of them, and a second definition would clash).
 */
#ifndef LEDE_COMPAT_H
#define LEDE_COMPAT_H

#include "lua.h"
#include "lauxlib.h"

#if LUA_VERSION_NUM == 501
#define lua_rawlen lua_objlen
#ifndef LUAJIT_VERSION_NUM /* LuaJIT 2.1 already has luaL_setfuncs */
#define luaL_setfuncs(L, f, n) luaL_register(L, NULL, f)
#endif
#define compat_newlib(L, f) (lua_newtable(L), luaL_setfuncs(L, f, 0))
#else
#define compat_newlib(L, f) luaL_newlib(L, f)
#endif

/* The module's one exported symbol: the Makefile compiles with
   -fvisibility=hidden, so the core's internal functions and tables stay out
   of core.so's dynamic symbol table. */
#if defined(__GNUC__)
#define LEDE_EXPORT __attribute__((visibility("default")))
#else
#define LEDE_EXPORT
#endif

#endif
