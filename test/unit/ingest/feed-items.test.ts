import { describe, expect, it } from "vitest";
import { parseFeed } from "../../../src/ingest/web/feed-items.ts";
import { webFixture } from "../../support/fake-web.ts";

const BASE = "https://courier.example";

describe("reading feeds", () => {
  it("reads an RSS 2.0 feed's items in order, with titles decoded and relative links resolved", () => {
    const feed = parseFeed(webFixture("rss.xml", BASE), `${BASE}/feeds/rss.xml`);
    expect(feed?.format).toBe("rss");
    expect(feed?.title).toBe("The Marlow Courier");
    expect(feed?.items).toEqual([
      { link: `${BASE}/news/ferry-fares-frozen`, title: "Ferry fares frozen for the winter", published: "2024-04-16" },
      { link: `${BASE}/stories/mill-stoppage`, title: "Mill workers end stoppage & return to the night shift", published: "2024-04-19" },
      { link: `${BASE}/stories/gone`, title: "A story that was taken down", published: "2024-04-20" },
      { label: 'item 4 ("An item without a link")', reason: "has no http(s) link" },
    ]);
  });

  it("reads an Atom feed, taking each entry's alternate link and its published (else updated) day", () => {
    const feed = parseFeed(webFixture("atom.xml", BASE), `${BASE}/atom.xml`);
    expect(feed?.format).toBe("atom");
    expect(feed?.items).toEqual([
      { link: `${BASE}/2024/05/library-sundays`, title: "Library to open on Sundays & holidays", published: "2024-05-02" },
      { link: `${BASE}/stories/mill-stoppage`, title: "Mill workers end stoppage", published: "2024-04-19" },
    ]);
  });

  it("reads RSS 1.0 (RDF) items and a permalink guid when there is no link", () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>Wire</title></channel>
      <item><title>One</title><link>${BASE}/one</link><dc:date>2022-02-03T10:00:00Z</dc:date></item></rdf:RDF>`;
    expect(parseFeed(rdf, BASE)?.items).toEqual([{ link: `${BASE}/one`, title: "One", published: "2022-02-03" }]);
    const guid = `<rss><channel><item><guid>${BASE}/two</guid></item><item><guid isPermaLink="false">x-1</guid></item></channel></rss>`;
    expect(parseFeed(guid, BASE)?.items).toEqual([{ link: `${BASE}/two` }, { label: "item 2", reason: "has no http(s) link" }]);
  });

  it.each([
    ["an XML document that is not a feed", `<?xml version="1.0"?><urlset><url><loc>${BASE}/a</loc></url></urlset>`],
    ["an RSS root without a channel", "<rss version='2.0'></rss>"],
  ])("says %s is not a feed", (_what, xml) => {
    expect(parseFeed(xml, BASE)).toBeNull();
  });

  it("refuses item links that are not http(s)", () => {
    const feed = parseFeed(`<rss><channel><item><title>Bad</title><link>javascript:alert(1)</link></item></channel></rss>`, BASE);
    expect(feed?.items).toEqual([{ label: 'item 1 ("Bad")', reason: "has no http(s) link" }]);
  });
});
