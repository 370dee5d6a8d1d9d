/* corpus.c -- see corpus.h. */
#define _POSIX_C_SOURCE 200809L
#include "corpus.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_FILES 64

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *buf;
  long n;
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  buf = (n >= 0) ? (char *)malloc((size_t)n + 1) : NULL;
  if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  *len = (size_t)n;
  return buf;
}

int corpus_load(corpus *c, const char *dir, size_t size) {
  char *names[MAX_FILES], *files[MAX_FILES];
  size_t lens[MAX_FILES], nfiles = 0, i, cap, per_round = 0;
  struct dirent *e;
  DIR *d = opendir(dir);
  memset(c, 0, sizeof *c);
  if (!d) {
    fprintf(stderr, "bench: cannot open %s\n", dir);
    return -1;
  }
  while ((e = readdir(d)) != NULL && nfiles < MAX_FILES) {
    size_t n = strlen(e->d_name);
    if (n > 4 && strcmp(e->d_name + n - 4, ".txt") == 0)
      names[nfiles++] = strdup(e->d_name);
  }
  closedir(d);
  qsort(names, nfiles, sizeof names[0], by_name);
  for (i = 0; i < nfiles; i++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    files[i] = read_file(path, &lens[i]);
    free(names[i]);
    if (!files[i]) {
      fprintf(stderr, "bench: cannot read %s\n", path);
      return -1;
    }
    per_round += lens[i] + 2;
  }
  if (nfiles == 0) return -1;
  cap = (size / per_round + 1) * nfiles;
  c->text = (char *)malloc(size + per_round + 1);
  c->starts = (size_t *)malloc(cap * sizeof(size_t));
  c->lens = (size_t *)malloc(cap * sizeof(size_t));
  if (!c->text || !c->starts || !c->lens) return -1;
  while (c->len < size) {
    for (i = 0; i < nfiles && c->count < cap; i++) {
      c->starts[c->count] = c->len;
      c->lens[c->count++] = lens[i];
      memcpy(c->text + c->len, files[i], lens[i]);
      c->len += lens[i];
      memcpy(c->text + c->len, "\n\n", 2);
      c->len += 2;
    }
  }
  for (i = 0; i < nfiles; i++) free(files[i]);
  return 0;
}

void corpus_free(corpus *c) {
  free(c->text);
  free(c->starts);
  free(c->lens);
}

double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

double peak_mb(void) {
  FILE *f = fopen("/proc/self/status", "r");
  char line[256];
  double kb = 0;
  if (!f) return 0;
  while (fgets(line, sizeof line, f))
    if (strncmp(line, "VmHWM:", 6) == 0) kb = atof(line + 6);
  fclose(f);
  return kb / 1024.0;
}
