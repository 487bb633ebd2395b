import { describe, expect, it } from "vitest";
import { htmlToArticle } from "../../../src/ingest/web/html-article.ts";
import { webFixture } from "../../support/fake-web.ts";

const PAGE = "https://courier.example/news/ferry-fares-frozen?utm_source=feed";
const BODY = "<p>The council met on Monday and agreed a plan for the river path after months of debate among residents.</p>";

describe("reading a web page as an article", () => {
  const article = htmlToArticle(webFixture("courier-article.html", ""), PAGE);

  it("takes title, outlet, day and canonical URL from the page's metadata", () => {
    expect(article).toMatchObject({
      title: "Ferry fares frozen for the winter, harbour board says",
      source: "The Marlow Courier",
      published: "2024-04-16",
      url: "https://courier.example/news/ferry-fares-frozen",
    });
  });

  it("keeps the article's paragraphs, separated by blank lines, with entities decoded", () => {
    const paragraphs = article.text.split("\n\n");
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^The Pellham Harbour Board voted .* commuters & traders\.$/);
    expect(paragraphs[1]).toBe(
      "“We will not raise fares again this year,” said Tamsin Okafor, the harbour commissioner. “Families on the islands have carried enough.”",
    );
    expect(paragraphs[2]).toContain("traders' association");
    expect(paragraphs[2]).toContain("stranded.\nHe asked");
  });

  it.each([
    ["navigation", "Sport"],
    ["ad slots", "Advertisement"],
    ["the byline and dateline", "Lena Marsh"],
    ["the dateline", "16 April 2024"],
    ["share bars", "Share on social media"],
    ["figure captions", "Photo: Courier staff"],
    ["related links", "Harbour dredging delayed"],
    ["newsletter boxes", "morning newsletter"],
    ["sidebars", "Storm closes coastal road"],
    ["the footer", "All rights reserved"],
    ["scripts", "analytics"],
    ["styles", "font-family"],
  ])("drops %s", (_what, text) => {
    expect(article.text).not.toContain(text);
  });

  it("reads JSON-LD when there are no Open Graph tags, and finds the prose in a page without <article>", () => {
    const ledger = htmlToArticle(webFixture("ledger-jsonld.html", ""), "http://127.0.0.1:8000/l");
    expect(ledger).toMatchObject({
      title: "Library to open on Sundays from June",
      source: "Eastbrook Ledger",
      published: "2024-05-02",
      url: "https://ledger.example/2024/05/library-sundays",
    });
    expect(ledger.text.split("\n\n")).toHaveLength(3);
    expect(ledger.text).not.toMatch(/Front page|Council tax explained/);
  });

  it.each([
    [
      "<time datetime>",
      `<html><body><article><time datetime="2023-11-30T09:00:00Z">Thursday</time>${BODY}</article></body></html>`,
      { published: "2023-11-30" },
    ],
    [
      "<title> without the site's name",
      `<html><head><title>River path agreed | Town Crier</title><meta property="og:site_name" content="Town Crier"></head><body>${BODY}</body></html>`,
      { title: "River path agreed", source: "Town Crier" },
    ],
    [
      "the first <h1> when there is no <title>",
      `<html><body><h1>River path agreed</h1>${BODY}</body></html>`,
      { title: "River path agreed" },
    ],
    [
      "a JSON-LD publisher given as a list",
      `<html><head><script type="application/ld+json">[{"@type":"ReportageNewsArticle","headline":"Path","datePublished":"2023-01-05","publisher":[{"name":"Town Crier"}]}]</script></head><body>${BODY}</body></html>`,
      { title: "Path", source: "Town Crier", published: "2023-01-05" },
    ],
    [
      "the page URL when the canonical link is not http(s)",
      `<html><head><link rel="canonical" href="javascript:void(0)"></head><body>${BODY}</body></html>`,
      { url: "https://town.example/a" },
    ],
  ])("reads %s", (_what, html, expected) => {
    expect(htmlToArticle(html, "https://town.example/a")).toMatchObject(expected);
  });

  it("ignores broken JSON-LD and leaves unknown fields unset", () => {
    const article = htmlToArticle(
      `<html><head><script type="application/ld+json">{"headline": </script></head><body>${BODY}</body></html>`,
      "https://town.example/a",
    );
    expect(article.title).toBeUndefined();
    expect(article.published).toBeUndefined();
    expect(article.text).toContain("river path");
  });

  it("finds no text on a page that is all furniture", () => {
    const article = htmlToArticle(
      `<html><body><nav><a href="/">Home</a></nav><footer>© Town Crier</footer></body></html>`,
      "https://town.example/",
    );
    expect(article.text).toBe("");
  });
});
