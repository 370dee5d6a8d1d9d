/* libFuzzer target: lede_html_extract on any bytes.  Checks what the API
   promises: blocks in order, joined by blank lines, never empty; segments
   in order inside the text and the page, exact ones byte for byte (white
   space folded); metadata spans inside the page; a reason when the text is
   empty; and the text is valid UTF-8 (gumbo replaces bad bytes). */
#include "fuzz.h"

static int space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static void check_segs(const lede_html_doc *d, const char *page, size_t size) {
  size_t k, b = 0;
  uint32_t last = 0;
  for (k = 0; k < d->nsegs; k++) {
    const lede_html_seg *g = &d->segs[k];
    CHECK(g->text >= last && g->text_len > 0);
    CHECK(g->text + g->text_len <= d->text_len);
    CHECK(g->page_len > 0 && g->page + g->page_len <= size);
    while (b < d->nblocks && d->blocks[b].end <= g->text) b++;
    CHECK(b < d->nblocks && g->text >= d->blocks[b].start &&
          g->text + g->text_len <= d->blocks[b].end);
    if (g->exact) {
      uint32_t i;
      CHECK(g->text_len == g->page_len);
      for (i = 0; i < g->text_len; i++) {
        char t = d->text[g->text + i], p = page[g->page + i];
        CHECK(t == p || (t == ' ' && space(p)));
      }
    }
    last = g->text + g->text_len;
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *page = fuzz_copy(data, size);
  lede_html_doc *d = NULL;
  size_t k;
  if (!page) return 0;
  CHECK(lede_html_extract(page, size, &d) == LEDE_OK && d);
  CHECK(fuzz_valid_utf8(d->text, d->text_len));
  CHECK((d->text_len == 0) == (d->nblocks == 0));
  CHECK(d->text_len > 0 || d->reason != NULL);
  for (k = 0; k < d->nblocks; k++) {
    CHECK(d->blocks[k].start < d->blocks[k].end &&
          d->blocks[k].end <= d->text_len);
    if (k > 0) {
      CHECK(d->blocks[k].start == d->blocks[k - 1].end + 2);
      CHECK(d->text[d->blocks[k].start - 1] == '\n' &&
            d->text[d->blocks[k].start - 2] == '\n');
    }
  }
  check_segs(d, page, size);
  for (k = 0; k < d->nmeta; k++) {
    const lede_html_meta *m = &d->meta[k];
    CHECK(m->page_start <= m->page_end && m->page_end <= size);
    CHECK(d->strings[m->key + m->key_len] == '\0');
    CHECK(d->strings[m->value + m->value_len] == '\0');
  }
  lede_html_free(d);
  free(page);
  return 0;
}
