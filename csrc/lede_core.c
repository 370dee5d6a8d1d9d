/*
 * lede_core.c -- status messages, versions and the one deallocator.
 */
#include <stdlib.h>

#include <utf8proc.h>

#include "lede.h"

const char *lede_strerror(int status) {
  switch (status) {
  case LEDE_OK: return "success";
  case LEDE_ERR_NOMEM: return "out of memory";
  case LEDE_ERR_ARG: return "invalid argument";
  case LEDE_ERR_TOOBIG: return "input too large (more than 4 GiB)";
  default: return "unknown error";
  }
}

const char *lede_version(void) { return LEDE_VERSION; }

const char *lede_utf8proc_version(void) { return utf8proc_version(); }

void lede_free(void *p) { free(p); }
