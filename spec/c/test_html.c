/* C-level tests of HTML extraction (lede_html_extract), through lede.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "lede.h"

/* A static string of the result equals want (NULL is a failure). */
#define STR_EQ(got, want, msg)                      \
  do {                                              \
    const char *g_ = (got);                         \
    OK(g_ != NULL && strcmp(g_, (want)) == 0, msg); \
  } while (0)

static lede_html_doc *extract(const char *page, size_t len) {
  lede_html_doc *d = NULL;
  INT_EQ(lede_html_extract(page, len, &d), LEDE_OK, "lede_html_extract status");
  return d;
}

/* Is want somewhere in the text? */
static int has(const lede_html_doc *d, const char *want) {
  size_t n = strlen(want), i;
  for (i = 0; i + n <= d->text_len; i++)
    if (memcmp(d->text + i, want, n) == 0) return 1;
  return 0;
}

/* The value of metadata key, or NULL. */
static const lede_html_meta *meta(const lede_html_doc *d, const char *key) {
  size_t i;
  for (i = 0; i < d->nmeta; i++)
    if (strcmp(d->strings + d->meta[i].key, key) == 0) return &d->meta[i];
  return NULL;
}

/* The page offset that text offset t maps to (start of its unit). */
static long page_of(const lede_html_doc *d, uint32_t t) {
  size_t k;
  for (k = 0; k < d->nsegs; k++) {
    const lede_html_seg *g = &d->segs[k];
    if (t >= g->text && t < g->text + g->text_len)
      return g->exact ? (long)(g->page + (t - g->text)) : (long)g->page;
  }
  return -1;
}

static const char story[] =
    "<!doctype html><html><head><meta charset=utf-8>"
    "<title>Bridge reopens after repairs | Valley Post</title>"
    "<meta property=\"og:site_name\" content=\"Valley Post\">"
    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
    "\"headline\":\"Bridge reopens\"}</script>"
    "<script>document.write(\"<p>not text</p>\")</script></head><body>"
    "<nav class=\"menu\"><ul><li><a href=\"/\">Home</a></li>"
    "<li><a href=\"/local\">Local</a></li></ul></nav>"
    "<div id=\"cookie-consent\">We use cookies to improve the site.</div>"
    "<article><h1>Bridge reopens after repairs</h1>"
    "<p>The Hollis Street bridge reopened on Friday after eight months of "
    "repairs, city engineers said, and traffic returned to its usual pace.</p>"
    "<p>Crews replaced 40 steel beams &amp; the deck, at a cost of "
    "$3.2 million, according to the city&#8217;s public works office.</p>"
    "<div class=\"share\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a></div>"
    "<p>Residents had waited since March, when an inspection found cracks "
    "in two of the supports, and the council voted to close it.</p>"
    "</article><div class=\"comments\"><p>First! Great news, finally the "
    "bridge is open again for everybody, thanks to the crews.</p></div>"
    "<footer><p>Copyright 2026 Valley Post, all rights reserved.</p></footer>"
    "</body></html>";

static void test_main_text(void) {
  lede_html_doc *d = extract(story, sizeof story - 1);
  if (!d) return;
  OK(has(d, "The Hollis Street bridge reopened on Friday"), "first paragraph");
  OK(has(d, "40 steel beams & the deck"), "entity decoded in the text");
  OK(has(d, "city\xE2\x80\x99s public works"), "numeric reference decoded");
  OK(has(d, "Residents had waited since March"),
     "paragraph after the share box");
  OK(!has(d, "Home"), "navigation dropped");
  OK(!has(d, "cookies"), "cookie banner dropped");
  OK(!has(d, "Tweet"), "share links dropped");
  OK(!has(d, "First!"), "comments dropped");
  OK(!has(d, "Copyright"), "footer dropped");
  OK(!has(d, "not text"), "script content is not text");
  OK(d->reason == NULL, "no reason when text was found");
  STR_EQ(d->charset, "utf-8", "charset");
  OK(meta(d, "meta:og:site_name") != NULL, "OpenGraph site name");
  OK(meta(d, "ld+json") != NULL, "JSON-LD kept for the metadata");
  {
    const lede_html_meta *t = meta(d, "title");
    OK(t != NULL, "title element");
    if (t)
      SPAN_EQ(story, t->page_start, t->page_end,
              "Bridge reopens after repairs | Valley Post",
              "title span in the page");
  }
  lede_html_free(d);
}

static void test_spans(void) {
  lede_html_doc *d = extract(story, sizeof story - 1);
  size_t k;
  const char *amp;
  if (!d) return;
  for (k = 0; k < d->nsegs; k++) { /* exact segments are the page's bytes */
    const lede_html_seg *g = &d->segs[k];
    if (g->exact &&
        memcmp(d->text + g->text, story + g->page, g->text_len) != 0) {
      OK(0, "an exact segment differs from the page");
      break;
    }
  }
  amp = strstr(d->text, " & ");
  OK(amp != NULL, "decoded ampersand");
  if (amp) {
    long p = page_of(d, (uint32_t)(amp + 1 - d->text));
    OK(p >= 0 && strncmp(story + p, "&amp;", 5) == 0,
       "an entity maps to its reference");
  }
  {
    const char *w = strstr(d->text, "Residents");
    long p = w ? page_of(d, (uint32_t)(w - d->text)) : -1;
    OK(p >= 0 && strncmp(story + p, "Residents had", 13) == 0,
       "a word maps to its bytes");
  }
  for (k = 1; k < d->nblocks; k++)
    INT_EQ(d->blocks[k].start, d->blocks[k - 1].end + 2,
           "blocks joined by a blank line");
  lede_html_free(d);
}

static void test_windows_1252(void) {
  /* "café" and curly quotes in windows-1252, declared as ISO-8859-1 */
  static const char page[] =
      "<html><head><meta charset=\"iso-8859-1\"></head><body><p>The caf\xE9 on "
      "the square said \x93we are open\x94 to every guest who came, all week "
      "long, the owner said on Sunday.</p></body></html>";
  lede_html_doc *d = extract(page, sizeof page - 1);
  if (!d) return;
  STR_EQ(d->charset, "windows-1252", "read as windows-1252");
  STR_EQ(d->declared, "windows-1252", "declared charset folded");
  OK(has(d, "caf\xC3\xA9"), "e acute converted to UTF-8");
  OK(has(d, "\xE2\x80\x9Cwe are open\xE2\x80\x9D"),
     "0x93/0x94 are curly quotes");
  {
    const char *e = strstr(d->text, "\xC3\xA9");
    const char *w = strstr(d->text, "square");
    long pe = e ? page_of(d, (uint32_t)(e - d->text)) : -1;
    long pw = w ? page_of(d, (uint32_t)(w - d->text)) : -1;
    OK(pe >= 0 && (unsigned char)page[pe] == 0xE9,
       "converted byte maps to the page byte");
    OK(pw >= 0 && strncmp(page + pw, "square", 6) == 0,
       "offsets after it stay exact");
  }
  lede_html_free(d);
}

static void test_utf8_wins(void) {
  /* declares gb2312 but is valid UTF-8: read as UTF-8 */
  static const char page[] =
      "<meta charset=gb2312><p>Na\xC3\xAFve readers of the page still see the "
      "right letters in it, because the bytes are valid UTF-8.</p>";
  lede_html_doc *d = extract(page, sizeof page - 1);
  if (!d) return;
  STR_EQ(d->charset, "utf-8", "valid UTF-8 is read as UTF-8");
  OK(has(d, "Na\xC3\xAFve"), "letters kept");
  lede_html_free(d);
}

static void test_hostile(void) {
  lede_html_doc *d;
  static const char nobody[] =
      "<html><head><title>Only a title</title></head></html>";
  static const char junk[] = "\x00\xFF\xFE<\x01\x02>>></</<<!--\x00--";
  static const char scriptp[] =
      "<p>Before the script, a sentence that is long enough to keep.</p>"
      "<script>var s = \"</p><p>inside\";</script><p>After the script, "
      "another sentence that is long enough.</p>";
  size_t depth = 10000, i, n;
  char *deep;
  d = extract(nobody, sizeof nobody - 1);
  if (d) {
    INT_EQ(d->text_len, 0, "no body, no text");
    OK(d->reason != NULL, "a reason for the empty text");
    OK(meta(d, "title") != NULL, "metadata still read");
    lede_html_free(d);
  }
  d = extract(junk, sizeof junk - 1);
  OK(d != NULL, "binary junk and NUL bytes: a result");
  if (d) {
    OK(d->text_len > 0 || d->reason != NULL, "text or a reason");
    lede_html_free(d);
  }
  d = extract(scriptp, sizeof scriptp - 1);
  if (d) {
    OK(!has(d, "inside"), "</p> in a script string is not markup");
    OK(has(d, "After the script"), "text after the script");
    lede_html_free(d);
  }
  d = extract("", 0);
  if (d) {
    STR_EQ(d->reason, "empty page", "empty page reason");
    lede_html_free(d);
  }
  n = depth * 5 + 200;
  deep = (char *)malloc(n);
  if (deep) {
    size_t at = 0;
    for (i = 0; i < depth; i++) {
      memcpy(deep + at, "<div>", 5);
      at += 5;
    }
    memcpy(deep + at,
           "<p>Deep inside ten thousand divs, one sentence waits.</p>", 57);
    at += 57;
    d = extract(deep, at);
    if (d) {
      OK(has(d, "Deep inside ten thousand divs"), "10,000 nested divs");
      lede_html_free(d);
    }
    free(deep);
  }
  INT_EQ(lede_html_extract(NULL, 3, &d), LEDE_ERR_ARG,
         "NULL page with a length");
  INT_EQ(lede_html_extract("x", 1, NULL), LEDE_ERR_ARG, "NULL out");
}

/* Indentation runs that the reader leaves out before parsing still fold
   to one space, and the words after them keep their own page bytes. */
static void test_indented(void) {
  static const char page[] =
      "<html>\n  <body>\n    <article>\n      <p>\n        The river rose"
      "                    two metres\n\n\n\n\t\t\t\t overnight.\n      </p>"
      "\n                  <p>Crews\t\t\t\t\t\t\t\tworked &amp;\n\n"
      "            waited until dawn came over the hills.</p>\n    </article>"
      "\n  </body>\n</html>\n";
  lede_html_doc *d = extract(page, sizeof page - 1);
  size_t k;
  const char *w;
  if (!d) return;
  OK(strstr(d->text, "The river rose two metres overnight.") != NULL,
     "a long run of white space folds to one space");
  OK(strstr(d->text, "Crews worked & waited until dawn") != NULL,
     "runs inside a paragraph fold too");
  for (k = 0; k < d->nsegs; k++) { /* byte for byte, but folded spaces */
    const lede_html_seg *g = &d->segs[k];
    uint32_t i;
    for (i = 0; g->exact && i < g->text_len; i++) {
      char t = d->text[g->text + i], p = page[g->page + i];
      if (t != p && !(t == ' ' && strchr(" \t\n", p))) break;
    }
    if (g->exact && i < g->text_len) {
      OK(0, "an exact segment differs from the page");
      break;
    }
  }
  w = strstr(d->text, "overnight");
  OK(w && page_of(d, (uint32_t)(w - d->text)) ==
              (long)(strstr(page, "overnight") - page),
     "a word after a folded run maps to its bytes");
  w = strstr(d->text, "waited");
  OK(w && page_of(d, (uint32_t)(w - d->text)) ==
              (long)(strstr(page, "waited") - page),
     "so does a word after a run inside a paragraph");
  lede_html_free(d);
}

/* A page of n paragraphs after a script whose body is `script`; the
   paragraphs carry an attribute nothing reads.  Returns a malloc'd
   string (the caller frees it), or NULL. */
static char *page_after_script(const char *script, size_t n, size_t *len) {
  static const char para[] =
      "<p data-track=\"reader-engagement-paragraph-impression\">The council "
      "met again on Tuesday, and the vote was put off for a week.</p>";
  size_t sn = strlen(script), at, i;
  char *page = (char *)malloc(sn + 40 + n * (sizeof para - 1));
  if (!page) return NULL;
  memcpy(page, "<script>", 8);
  memcpy(page + 8, script, sn);
  memcpy(page + 8 + sn, "</script><article>", 18);
  at = 26 + sn;
  for (i = 0; i < n; i++) {
    memcpy(page + at, para, sizeof para - 1);
    at += sizeof para - 1;
  }
  *len = at;
  return page;
}

/* A script ends where the tokenizer's script states end it: "<!--" in it
   does not hide its "</script>", except after a "<script" inside the
   comment. */
static void test_script_states(void) {
  static const char nested[] =
      "<script><!-- document.write('<script>var x = 1;</script>'); "
      "--></script><p>After the nested script, a sentence that is long "
      "enough to keep.</p>";
  static const char shut[] =
      "<script><!--></script><p>After the empty comment, a sentence that is "
      "long enough to keep.</p>";
  lede_html_doc *d = extract(nested, sizeof nested - 1);
  size_t la, lb;
  char *a, *b;
  if (d) {
    OK(has(d, "After the nested script"), "text after a nested script");
    OK(!has(d, "-->") && !has(d, "var x"), "nothing of the script shows");
    lede_html_free(d);
  }
  d = extract(shut, sizeof shut - 1);
  if (d) {
    OK(has(d, "After the empty comment") && !has(d, "<p>"),
       "\"<!-->\" opens and closes the escape at once");
    lede_html_free(d);
  }
  /* the page after a script with "<!--" in it is read as lightly as the
     page after any other script */
  a = page_after_script("if (a <!-- b) { go(); }", 300, &la);
  b = page_after_script("if (a <!~~ b) { go(); }", 300, &lb);
  if (a && b) {
    lede_html_doc *da = extract(a, la), *db = extract(b, lb);
    if (da && db) {
      INT_EQ(da->text_len, db->text_len, "same text either way");
      OK(da->peak_bytes <= db->peak_bytes + db->peak_bytes / 50,
         "an escape in a script leaves the rest of the page filtered");
    }
    lede_html_free(da);
    lede_html_free(db);
  }
  free(a);
  free(b);
}

/* n copies of `unit` inside <body>; the caller frees the string. */
static char *repeat_page(const char *unit, size_t n, size_t *len) {
  size_t un = strlen(unit), at = 6, i;
  char *page = (char *)malloc(6 + n * un + 7);
  if (!page) return NULL;
  memcpy(page, "<body>", 6);
  for (i = 0; i < n; i++, at += un) memcpy(page + at, unit, un);
  memcpy(page + at, "</body>", 7);
  *len = at + 7;
  return page;
}

/* Do 200 copies of unit ua give the text of 200 copies of ub, holding at
   most a tenth more memory (the jumps the page copy records)? */
static void same_cost(const char *ua, const char *ub, const char *msg) {
  size_t la, lb;
  char *a = repeat_page(ua, 200, &la), *b = repeat_page(ub, 200, &lb);
  lede_html_doc *da = a ? extract(a, la) : NULL;
  lede_html_doc *db = b ? extract(b, lb) : NULL;
  if (da && db) {
    OK(da->text_len == db->text_len &&
           memcmp(da->text, db->text, da->text_len) == 0,
       "same text either way");
    OK(da->peak_bytes <= db->peak_bytes + db->peak_bytes / 10, msg);
  }
  lede_html_free(da);
  lede_html_free(db);
  free(a);
  free(b);
}

/* Comments and white space no reader sees are left out before parsing,
   and what a reader sees stays as it was. */
static void test_left_out(void) {
  static const char kept[] =
      "<html>\n<head>\n  <title>t</title>\n  <meta name=a content=b>\n"
      "</head>\n<body>\n<div>\n  <p>One <b>bold</b> <i>word</i> &amp<!-- "
      "-->; more <!-- a note --> text, long enough to be kept here.</p>\n"
      "<p>Stray end tags: x</li> y, and <span>z</span> </section> w</p>\n"
      "<p>Short comments: a<!-->b c<!--->d e<!-- x --!>f g.</p>\n"
      "</div>\n</body>\n</html>\n";
  lede_html_doc *d = extract(kept, sizeof kept - 1);
  if (d) {
    OK(has(d, "One bold word &; more text, long enough"),
       "spaces between inline tags kept; a reference is not joined");
    OK(has(d, "x y, and z w"), "a space beside a stray end tag kept");
    OK(has(d, "ab cd ef g."), "comments end where the tokenizer ends them");
    lede_html_free(d);
  }
  same_cost(
      "\n  <div>\n    <p>A paragraph of the story, long enough to "
      "count.</p>\n    <ul>\n      <li>one</li>\n      <li>two</li>\n"
      "    </ul>\n  </div>\n",
      "<div><p>A paragraph of the story, long enough to count.</p><ul>"
      "<li>one</li><li>two</li></ul></div>",
      "white space between blocks costs little");
  same_cost(
      "<!-- story --><p>A paragraph of the story, long enough to "
      "count.<!-- ad slot --></p><!-- end -->",
      "<p>A paragraph of the story, long enough to count.</p>",
      "comments cost little");
}

/* Element-dense markup costs gumbo a node or two per word; the runs the
   walk reads nothing from (a long run of links, a highlighted listing)
   reach it as a few nodes, and the page holds at most 8 times its size. */
static void test_dense_markup(void) {
  static const char opening[] =
      "<article><p>The library board met on Monday and agreed, after a long "
      "debate, to open the reading room on Sundays from next month.</p>"
      "<p>Staff will rotate, the director said, and volunteers from the "
      "friends of the library will help at the desk, at least for now.</p>"
      "<p>Readers had asked for Sunday hours for years, and a petition with "
      "more than 800 names reached the board in the spring, she added.</p>"
      "<p>The first Sunday opening is planned for the fourth of next month, "
      "from noon until five, with a talk by a local author in the hall.</p>"
      "<pre><code>";
  size_t at = sizeof opening - 1;
  unsigned i;
  char *page = (char *)malloc(200000);
  lede_html_doc *d;
  if (!page) return;
  memcpy(page, opening, at);
  for (i = 0; i < 600; i++)
    at += (size_t)sprintf(page + at,
                          "<span class=\"kw\">open</span><span class=\"p\">("
                          "</span><span class=\"s\">room%04u</span>"
                          "<span>)</span>\n",
                          i);
  at += (size_t)sprintf(page + at, "</code></pre></article><div>Kudos: ");
  for (i = 0; i < 2000; i++)
    at += (size_t)sprintf(
        page + at, "<a href=\"/users/reader%04u\">reader%04u</a>, ", i, i);
  at += (size_t)sprintf(page + at, "</div>");
  d = extract(page, at);
  if (d) {
    OK(has(d, "open(room0001) open(room0002)"), "the listing's text as it was");
    OK(has(d, "reader0001, reader0002, reader0003"), "the links' text too");
    OK(d->peak_bytes <= 8 * at, "at most 8 times the page");
    lede_html_free(d);
  }
  free(page);
}

/* A list of the article's points stays, though its items give it no
   score and its tag counts against it. */
static void test_article_list(void) {
  static const char page[] =
      "<html><body><div class=\"nav\"><a href=\"/\">Home</a></div><article>"
      "<p>The county opened its new trail along the river on Saturday, and "
      "hundreds of walkers, runners and cyclists came out to try it.</p>"
      "<p>Rangers, who spent two years building the path, said it runs for "
      "twelve kilometres, from the old mill to the harbour.</p>"
      "<ul><li><p>Bring water and a hat for the walk</p></li>"
      "<li><p>Wear shoes that can get muddy</p></li></ul>"
      "<p>The trail is open from dawn to dusk, every day of the year, and "
      "dogs are welcome on a lead, the county said.</p></article>"
      "</body></html>";
  lede_html_doc *d = extract(page, sizeof page - 1);
  if (!d) return;
  OK(has(d, "Bring water and a hat") && has(d, "Wear shoes"),
     "the list inside the article is kept");
  OK(has(d, "dogs are welcome"), "and the text after it");
  lede_html_free(d);
}

/* The story's first paragraphs, in a box beside a list of links, join the
   rest of the story. */
static void test_split_story(void) {
  static const char page[] =
      "<html><body><article><div class=\"box\"><div class=\"lead\">"
      "<p>Snow closed the mountain pass on Tuesday night, stranding dozens of "
      "trucks, and the road stayed shut on Wednesday, the police said, as "
      "more snow fell on the upper slopes and the wind, which had blown all "
      "night, piled it into drifts higher than a car.</p>"
      "<p>Drivers waited in their cabs, some for ten hours, while ploughs, "
      "which had come from two valleys away, worked through the drifts, and "
      "volunteers from the nearest village, a few kilometres down the road, "
      "brought them soup, tea and blankets.</p>"
      "</div><ul><li><a href=\"/a\">Weather warnings for the week "
      "ahead</a></li>"
      "<li><a href=\"/b\">How to drive in snow, a short guide</a></li>"
      "<li><a href=\"/c\">Road closures across the region today</a></li>"
      "<li><a href=\"/d\">Photos: the first snow of the winter</a></li>"
      "<li><a href=\"/e\">Ski lifts to open early this year</a></li>"
      "<li><a href=\"/f\">The council's winter budget, explained</a></li>"
      "<li><a href=\"/g\">Which roads are gritted first, and why</a></li>"
      "<li><a href=\"/h\">Readers' pictures of the storm</a></li>"
      "<li><a href=\"/i\">Trains cancelled on the valley line</a></li>"
      "<li><a href=\"/j\">Schools closed: the full list</a></li>"
      "</ul></div><div class=\"wrap\"><div class=\"main\">"
      "<p>By Thursday morning one lane was open again, and the first trucks, "
      "their loads of fruit and timber late by two days, crossed slowly.</p>"
      "<p>The pass, at 2,100 metres, is the only road between the two "
      "valleys in winter, and closures of a day or two are common.</p>"
      "<p>Forecasters expect more snow at the weekend, though less than this "
      "week, and the police asked drivers to carry chains and blankets.</p>"
      "<p>The regional council said it would review how quickly the ploughs, "
      "some of them old, were sent, after complaints from the drivers.</p>"
      "</div></div></article></body></html>";
  lede_html_doc *d = extract(page, sizeof page - 1);
  if (!d) return;
  OK(has(d, "Snow closed the mountain pass") && has(d, "Drivers waited"),
     "the first paragraphs are kept");
  OK(has(d, "By Thursday morning"), "and the rest of the story");
  OK(!has(d, "Weather warnings"), "the links beside them are not");
  lede_html_free(d);
}

int main(void) {
  test_main_text();
  test_spans();
  test_indented();
  test_windows_1252();
  test_utf8_wins();
  test_hostile();
  test_script_states();
  test_left_out();
  test_dense_markup();
  test_article_list();
  test_split_story();
  return DONE("test_html");
}
