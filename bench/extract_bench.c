/*
 * extract_bench.c -- throughput of lede_numbers() and lede_casualties() on
 * about 10 MB of generated news text (sentences made up from templates
 * here, with varied numbers and places).  Prints MB/s for each and for
 * both together.  Build and run: sh bench/extract_bench.sh
 */
#define _POSIX_C_SOURCE 199309L /* clock_gettime */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lede.h"

#define TEMPLATES 12

/* Writes sentence template t, filled with the place pl and the numbers a,
   b and c, at out; returns its length.  Each format is a literal so that
   the compiler checks it against its arguments. */
static size_t sentence(char *out, unsigned t, const char *pl, unsigned a,
                       unsigned b, unsigned c) {
  int n;
  switch (t) {
  case 0:
    n = sprintf(out,
                "A missile strike on %s killed at least %u people and "
                "injured %u others on Sunday, the regional governor said. ",
                pl, a, b);
    break;
  case 1:
    n = sprintf(out,
                "The death toll from the attack in the %s region rose to %u, "
                "with %u people wounded. ",
                pl, a, b);
    break;
  case 2:
    n = sprintf(out,
                "Officials said %u soldiers and %u civilians were killed "
                "near %s. ",
                a, c, pl);
    break;
  case 3:
    n = sprintf(out,
                "The company reported revenue of $%u.%u billion, up %u%% "
                "from a year earlier. ",
                c, a, b % 40);
    break;
  case 4:
    n = sprintf(out,
                "Nearly %u residents were evacuated from %s after the river "
                "burst its banks. ",
                b * 10, pl);
    break;
  case 5:
    n = sprintf(out,
                "Police said a %u-year-old man was shot and killed outside a "
                "bar in %s at 11:%u p.m. ",
                a, pl, a % 50 + 10);
    break;
  case 6:
    n = sprintf(out,
                "No one was hurt when the roof of the %s market collapsed on "
                "March %u, 2024. ",
                pl, c + 10);
    break;
  case 7:
    n = sprintf(out,
                "Dozens of homes were damaged and %u families were displaced "
                "in %s. ",
                b, pl);
    break;
  case 8:
    n = sprintf(out,
                "The council approved a budget of %u million euros for the "
                "next %u years. ",
                b, c);
    break;
  case 9:
    n = sprintf(out,
                "Between %u and %u people are still missing after the ferry "
                "sank off %s. ",
                c, c + a, pl);
    break;
  case 10:
    n = sprintf(out,
                "Talks will resume in %s in the second week of June, the "
                "ministry said. ",
                pl);
    break;
  default:
    n = sprintf(out,
                "Twenty-%u firefighters worked through the night, and %u "
                "were treated for smoke. ",
                c, c);
    break;
  }
  return (size_t)n;
}

static const char *const places[] = {"Korvel", "Lissa", "Dorvik", "Varna",
                                     "Orlova", "Lesny", "Brisk",  "Tamor",
                                     "Sedna",  "Ulm"};

static double now(void) {
  struct timespec ts;
  /* CPU time: the machine is shared */
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  size_t target = (argc > 1 ? (size_t)atol(argv[1]) : 10) * 1000 * 1000;
  size_t cap = target + 1024, len = 0, n1 = 0, n2 = 0;
  char *text = (char *)malloc(cap);
  unsigned seed = 12345;
  int rounds = 5, r;
  double tn = 1e9, tc = 1e9;
  if (!text) return 1;
  while (len + 300 < target) {
    unsigned t, a, b, c;
    const char *pl;
    seed = seed * 1103515245u + 12345u;
    t = (seed >> 16) % TEMPLATES;
    a = (seed >> 8) % 90 + 2;
    b = (seed >> 4) % 300 + 1;
    c = (seed >> 12) % 9 + 1;
    pl = places[(seed >> 20) % 10];
    len += sentence(text + len, t, pl, a, b, c);
    if (t % 4 == 3) text[len++] = '\n';
  }
  if (getenv("DUMP")) {
    FILE *f = fopen(getenv("DUMP"), "wb");
    fwrite(text, 1, len, f);
    fclose(f);
  }
  for (r = 0; r < rounds; r++) {
    lede_number *nums = NULL;
    lede_casualty *cs = NULL;
    double t0 = now(), t1, t2;
    if (lede_numbers(text, len, &nums, &n1) != LEDE_OK) return 1;
    t1 = now();
    if (lede_casualties(text, len, &cs, &n2) != LEDE_OK) return 1;
    t2 = now();
    lede_free(nums);
    lede_free(cs);
    if (t1 - t0 < tn) tn = t1 - t0;
    if (t2 - t1 < tc) tc = t2 - t1;
  }
  printf(
      "extract bench: %.1f MB of generated news, best of %d runs (CPU time)\n",
      (double)len / 1e6, rounds);
  printf("  numbers:    %8zu found  %7.1f MB/s\n", n1, (double)len / 1e6 / tn);
  printf("  casualties: %8zu found  %7.1f MB/s\n", n2, (double)len / 1e6 / tc);
  printf("  both:                       %7.1f MB/s\n",
         (double)len / 1e6 / (tn + tc));
  free(text);
  return 0;
}
