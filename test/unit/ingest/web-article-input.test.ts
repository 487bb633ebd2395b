import { describe, expect, it } from "vitest";
import type { WebArticle } from "../../../src/ingest/web/html-article.ts";
import { webArticleInput } from "../../../src/ingest/web/web-article-input.ts";

const TEXT = "The regional assembly approved the new tram line on Wednesday after a long debate about its cost and route.";
const page: WebArticle = {
  url: "https://www.tram-gazette.example/a",
  text: TEXT,
  title: "Tram line approved",
  source: "Tram Gazette",
  published: "2024-02-07",
};
const bare: WebArticle = { url: "https://www.tram-gazette.example/a", text: TEXT };

describe("a web page's article metadata, from flags, page, fallbacks and host", () => {
  it.each([
    ["the page when no flag is given", page, {}, {}, { title: "Tram line approved", source: "Tram Gazette", published: "2024-02-07" }],
    [
      "the flags over the page",
      page,
      {},
      { title: "T", source: "S", published: "2024-02-08" },
      { title: "T", source: "S", published: "2024-02-08" },
    ],
    [
      "the page over the feed item",
      page,
      { title: "Item", published: "2024-01-01", source: "Feed" },
      {},
      { title: "Tram line approved", published: "2024-02-07" },
    ],
    [
      "the feed item when the page is silent",
      bare,
      { title: "Item", published: "2024-01-01", source: "Feed" },
      {},
      { title: "Item", source: "Feed", published: "2024-01-01" },
    ],
    [
      "the host name as the last resort for the outlet",
      bare,
      { title: "Item", published: "2024-01-01" },
      {},
      { source: "tram-gazette.example" },
    ],
  ])("takes %s", (_what, article, fallbacks, overrides, expected) => {
    expect(webArticleInput(article, fallbacks, overrides)).toMatchObject({ ...expected, url: article.url, text: TEXT });
  });

  it.each([
    [{ ...page, text: "Too short." }, "no article text found on the page"],
    [bare, "no title or publication date found on the page (pass --title TITLE and --published YYYY-MM-DD)"],
    [{ ...bare, title: "Tram" }, "no publication date found on the page (pass --published YYYY-MM-DD)"],
  ])("says what is missing and which flag gives it", (article, message) => {
    expect(() => webArticleInput(article, {}, {})).toThrow(message);
  });
});
