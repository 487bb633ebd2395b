import { describe, expect, it } from "vitest";
import { type Feed, parseFeed } from "../../../src/ingest/web/feed-items.ts";
import { webFixture } from "../../support/fake-web.ts";

const BASE = "https://courier.example";

/** What ingest reads of each item; identity (guid, fingerprint) is checked on its own below. */
const shown = (items: Feed["items"] | undefined) =>
  items?.map((item) => ("link" in item ? { link: item.link, title: item.title, published: item.published } : item));

describe("reading feeds", () => {
  it("reads an RSS 2.0 feed's items in order, with titles decoded and relative links resolved", () => {
    const feed = parseFeed(webFixture("rss.xml", BASE), `${BASE}/feeds/rss.xml`);
    expect(feed?.format).toBe("rss");
    expect(feed?.title).toBe("The Marlow Courier");
    expect(shown(feed?.items)).toEqual([
      { link: `${BASE}/news/ferry-fares-frozen`, title: "Ferry fares frozen for the winter", published: "2024-04-16" },
      { link: `${BASE}/stories/mill-stoppage`, title: "Mill workers end stoppage & return to the night shift", published: "2024-04-19" },
      { link: `${BASE}/stories/gone`, title: "A story that was taken down", published: "2024-04-20" },
      { label: 'item 4 ("An item without a link")', reason: "has no http(s) link" },
    ]);
  });

  it("reads an Atom feed, taking each entry's alternate link and its published (else updated) day", () => {
    const feed = parseFeed(webFixture("atom.xml", BASE), `${BASE}/atom.xml`);
    expect(feed?.format).toBe("atom");
    expect(shown(feed?.items)).toEqual([
      { link: `${BASE}/2024/05/library-sundays`, title: "Library to open on Sundays & holidays", published: "2024-05-02" },
      { link: `${BASE}/stories/mill-stoppage`, title: "Mill workers end stoppage", published: "2024-04-19" },
    ]);
  });

  it("reads RSS 1.0 (RDF) items and a permalink guid when there is no link", () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>Wire</title></channel>
      <item><title>One</title><link>${BASE}/one</link><dc:date>2022-02-03T10:00:00Z</dc:date></item></rdf:RDF>`;
    expect(shown(parseFeed(rdf, BASE)?.items)).toEqual([{ link: `${BASE}/one`, title: "One", published: "2022-02-03" }]);
    const guid = `<rss><channel><item><guid>${BASE}/two</guid></item><item><guid isPermaLink="false">x-1</guid></item></channel></rss>`;
    expect(shown(parseFeed(guid, BASE)?.items)).toEqual([{ link: `${BASE}/two` }, { label: "item 2", reason: "has no http(s) link" }]);
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

  it("gives each item its GUID (RSS guid, Atom id) and a fingerprint that changes only when the item does", () => {
    const rss = (description: string, guid: string) =>
      `<rss><channel><item><title>T</title><link>${BASE}/a</link><guid isPermaLink="false">${guid}</guid><description>${description}</description></item></channel></rss>`;
    const first = parseFeed(rss("Fares frozen.", "id-1"), BASE)?.items[0];
    const again = parseFeed(rss("Fares  frozen. ", "id-1"), BASE)?.items[0];
    const changed = parseFeed(rss("Fares raised.", "id-1"), BASE)?.items[0];
    expect(first).toMatchObject({ guid: "id-1", link: `${BASE}/a` });
    expect(first && "fingerprint" in first && first.fingerprint).toBe(again && "fingerprint" in again && again.fingerprint);
    expect(first && "fingerprint" in first && first.fingerprint).not.toBe(changed && "fingerprint" in changed && changed.fingerprint);
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>tag:x,2024:1</id><link href="${BASE}/b"/></entry></feed>`;
    expect(parseFeed(atom, BASE)?.items[0]).toMatchObject({ guid: "tag:x,2024:1" });
  });

  it("keeps apart items whose titles and short summaries are the same but whose links differ", () => {
    const rss = `<rss><channel><item><title>Morning briefing</title><link>${BASE}/m/1</link><description>Read more</description></item><item><title>Morning briefing</title><link>${BASE}/m/2</link><description>Read more</description></item></channel></rss>`;
    const [one, two] = parseFeed(rss, BASE)?.items ?? [];
    expect(one && "fingerprint" in one && one.fingerprint).not.toBe(two && "fingerprint" in two && two.fingerprint);
  });
});
