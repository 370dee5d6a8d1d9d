/*
 * lede_fill.c -- the exact fill of a length budget for one document: which
 * sentences (and quote units) to take so that their summed value is the
 * highest the budget allows, a 0/1 knapsack by dynamic programming.
 *
 * Why.  Under a words or bytes budget a sentence's score is what each of
 * its words is worth, so the greedy takes the best-scored sentences first
 * and stops when the next one does not fit; the last places then go to
 * whatever is short enough, or stay empty.  A reader's summary of a fixed
 * length (BBC's references fill their budget exactly) is better matched by
 * the set of sentences whose words are worth most in total: the knapsack's
 * answer.  The readability rules stay: a quote unit is one item, and a
 * sentence that points back is an item only when one of the `near`
 * sentences before it is taken too (the table's second index).
 *
 * Cost: (sentences + 1) x (near + 1) x (budget + 1) cells, bounded by
 * LEDE_FILL_MAX_CELLS (the caller keeps its greedy above that), so the
 * time and memory of one call are bounded whatever the input.
 */
#include <stdlib.h>

#include "lede_summ.h"

/* The value table V[p][d][u]: the best value from sentence p on, when d
   sentences before p were left since the last one taken (near: none of
   the near ones was taken) and u of the budget is used. */
static size_t cell(size_t p, size_t d, size_t u, size_t nd, size_t nu) {
  return (p * nd + d) * nu + u;
}

int lede_fill_best(const lede_fill_item *items, size_t n, uint64_t budget,
                   unsigned near, unsigned char *take) {
  size_t nd = (size_t)near + 1, nu, p, d, u, cells;
  double *V;
  if (n == 0) return LEDE_OK;
  if (budget >= LEDE_FILL_MAX_CELLS) return LEDE_FILL_TOO_BIG;
  nu = (size_t)budget + 1;
  if ((n + 1) > LEDE_FILL_MAX_CELLS / nd / nu) return LEDE_FILL_TOO_BIG;
  cells = (n + 1) * nd * nu;
  V = (double *)malloc(cells * sizeof *V);
  if (!V) return LEDE_ERR_NOMEM;
  /* past the last sentence nothing is left to take; every other cell is
     written before it is read */
  for (u = cell(n, 0, 0, nd, nu); u < cells; u++) V[u] = 0;
  for (p = n; p-- > 0;) {
    const lede_fill_item *it = &items[p];
    int fits = it->len > 0 && p + it->len <= n && it->cost <= budget;
    /* with the item taken, budget u goes on at u + cost after it */
    const double *taken = fits ? V + cell(p + it->len, 0, it->cost, nd, nu) : 0;
    size_t top = fits ? nu - it->cost : 0; /* u below this can take it */
    for (d = 0; d < nd; d++) {
      size_t skip_d = d + 1 < nd ? d + 1 : near;
      const double *skip = V + cell(p + 1, skip_d, 0, nd, nu);
      double *row = V + cell(p, d, 0, nd, nu);
      size_t can = it->back && d >= near ? 0 : top;
      for (u = 0; u < can; u++) {
        double v = it->value + taken[u];
        row[u] = v > skip[u] ? v : skip[u];
      }
      for (; u < nu; u++) row[u] = skip[u];
    }
  }
  /* walk the choices from the start: nothing taken yet, no budget used */
  for (p = 0; p < n; p++) take[p] = 0;
  for (p = 0, d = near, u = 0; p < n;) {
    const lede_fill_item *it = &items[p];
    size_t skip_d = d + 1 < nd ? d + 1 : near;
    if (it->len > 0 && p + it->len <= n && it->cost <= budget - u &&
        (!it->back || d < near) &&
        it->value + V[cell(p + it->len, 0, u + it->cost, nd, nu)] >
            V[cell(p + 1, skip_d, u, nd, nu)]) {
      take[p] = 1;
      u += it->cost;
      p += it->len;
      d = 0;
    } else {
      p++;
      d = skip_d;
    }
  }
  free(V);
  return LEDE_OK;
}
