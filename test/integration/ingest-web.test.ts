import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/main.ts";
import { captureIo } from "../support/cli-io.ts";
import { type FakeWeb, neverAnswers, startFakeWeb, streams, webFixture } from "../support/fake-web.ts";
import { makeTempDir } from "../support/temp-dir.ts";

let web: FakeWeb;

beforeAll(async () => {
  web = await startFakeWeb((base) => ({
    "/news/ferry-fares-frozen": { body: webFixture("courier-article.html", base) },
    "/2024/05/library-sundays": { body: webFixture("ledger-jsonld.html", base) },
    "/stories/mill-stoppage": { body: webFixture("plain-item.html", base) },
    "/feeds/rss.xml": { type: "application/rss+xml", body: webFixture("rss.xml", base) },
    // why: served as text/xml under a name that says nothing: the content, not the URL, makes it a feed
    "/latest": { type: "text/xml; charset=utf-8", body: webFixture("atom.xml", base) },
    "/notes/briefing.txt": {
      type: "text/plain; charset=utf-8",
      body: 'Harbour pilots agreed a new rota on Monday.\n\n"It is fairer," said Ona Lindqvist, the pilots\' spokeswoman.\n',
    },
    "/slow": neverAnswers,
    "/logo.png": { type: "image/png", body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) },
    "/huge": streams(6 * 1024 * 1024),
    "/undated": { body: webFixture("plain-item.html", base) },
    "/empty-page": { body: "<html><body><nav><a href='/'>Home</a></nav></body></html>" },
    "/sitemap.xml": { type: "application/xml", body: `<?xml version="1.0"?><urlset><url><loc>${base}/a</loc></url></urlset>` },
  }));
});
afterAll(() => web.close());

function workspace() {
  const root = makeTempDir("brief-ingest-web-");
  const env = { LOG_LEVEL: "silent", DATA_DIR: join(root, "data"), BRIEF_ALLOW_PRIVATE_HOSTS: "true" };
  return async (argv: string[]) => {
    const io = captureIo("");
    const code = await main(argv, { env, io });
    return { code, out: io.out(), err: io.err() };
  };
}

const fetchesOf = (path: string) => web.requests.filter((request) => request.path === path).length;

describe("brief ingest with URLs", () => {
  it("fetches an article page, stores it under its canonical URL, and the same page again is unchanged", async () => {
    const run = workspace();
    const first = await run(["ingest", `${web.base}/news/ferry-fares-frozen?utm_source=newsletter`]);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain("1 new, 0 replaced, 0 unchanged");
    const sources = JSON.parse((await run(["sources", "--json"])).out);
    expect(JSON.stringify(sources)).toContain("Ferry fares frozen for the winter, harbour board says");
    expect(JSON.stringify(sources)).toContain(`${web.base}/news/ferry-fares-frozen"`);
    expect(JSON.stringify(sources)).toContain("The Marlow Courier");
    expect((await run(["who", "Tamsin Okafor", "--json"])).out).toContain("We will not raise fares again this year");
    expect((await run(["ingest", `${web.base}/news/ferry-fares-frozen`])).out).toContain("0 new, 0 replaced, 1 unchanged");
  });

  it("lets --published, --source and --title override what the page says", async () => {
    const run = workspace();
    const result = await run([
      "ingest",
      `${web.base}/2024/05/library-sundays`,
      "--published",
      "2024-05-03",
      "--source",
      "Ledger Weekly",
      "--title",
      "Sunday opening",
    ]);
    expect(result.code, result.err).toBe(0);
    const sources = (await run(["sources", "--json"])).out;
    expect(sources).toContain("Sunday opening");
    expect(sources).toContain("Ledger Weekly");
    expect(sources).toContain("2024-05-03");
  });

  it("ingests a plain-text response as an article file, with the host as the outlet", async () => {
    const run = workspace();
    const result = await run(["ingest", `${web.base}/notes/briefing.txt`, "--published", "2024-06-10"]);
    expect(result.code, result.err).toBe(0);
    const sources = (await run(["sources", "--json"])).out;
    expect(sources).toContain("Harbour pilots agreed a new rota on Monday.");
    expect(sources).toContain('"127.0.0.1"');
  });

  it("ingests each item of an RSS feed, reports the broken ones, and says 0 new on a second run without refetching", async () => {
    const run = workspace();
    const first = await run(["ingest", `${web.base}/feeds/rss.xml`]);
    expect(first.code).toBe(1);
    expect(first.err).toContain("2 new, 0 replaced, 0 unchanged, 2 failed");
    expect(first.err).toContain(`failed: ${web.base}/stories/gone: HTTP 404 Not Found`);
    expect(first.err).toContain(`failed: ${web.base}/feeds/rss.xml item 4 ("An item without a link"): has no http(s) link`);
    // the mill page has no metadata: the item's title and day and the feed's name fill in
    const sources = (await run(["sources", "--json"])).out;
    expect(sources).toContain("Mill workers end stoppage & return to the night shift");
    expect(sources).toContain("2024-04-19");
    const before = fetchesOf("/stories/mill-stoppage");
    const second = await run(["ingest", `${web.base}/feeds/rss.xml`]);
    expect(second.err).toContain("0 new, 0 replaced, 2 unchanged, 2 failed");
    expect(fetchesOf("/stories/mill-stoppage")).toBe(before);
  });

  it("detects an Atom feed from its content, caps it with --limit, and re-fetches with --refetch", async () => {
    const run = workspace();
    const first = await run(["ingest", `${web.base}/latest`, "--limit", "1"]);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain("1 new, 0 replaced, 0 unchanged");
    expect((await run(["sources", "--json"])).out).toContain("Library to open on Sundays from June");
    const all = await run(["ingest", `${web.base}/latest`]);
    expect(all.out).toContain("1 new, 0 replaced, 1 unchanged");
    const before = fetchesOf("/stories/mill-stoppage");
    const again = await run(["ingest", `${web.base}/latest`, "--refetch", "--json"]);
    expect(JSON.parse(again.out)).toMatchObject({ new: 0, unchanged: 2, failures: [] });
    expect(fetchesOf("/stories/mill-stoppage")).toBe(before + 1);
  });

  it("reports each failing URL with its reason, goes on with the rest, and exits 1", async () => {
    const run = workspace();
    const result = await run([
      "ingest",
      `${web.base}/logo.png`,
      `${web.base}/huge`,
      `${web.base}/empty-page`,
      `${web.base}/sitemap.xml`,
      `${web.base}/undated`,
      `${web.base}/news/ferry-fares-frozen`,
    ]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("1 new, 0 replaced, 0 unchanged, 5 failed");
    expect(result.err).toContain(`failed: ${web.base}/logo.png: not HTML, a feed or text (image/png)`);
    expect(result.err).toContain(`failed: ${web.base}/huge: too large: more than 5 MB, the limit is 5 MB`);
    expect(result.err).toContain(`failed: ${web.base}/empty-page: no article text found on the page`);
    expect(result.err).toContain(`failed: ${web.base}/sitemap.xml: is XML but not an RSS or Atom feed`);
    expect(result.err).toContain(
      `failed: ${web.base}/undated: no title or publication date found on the page (pass --title TITLE and --published YYYY-MM-DD)`,
    );
  });

  it("refuses a loopback URL unless BRIEF_ALLOW_PRIVATE_HOSTS=true, and requests nothing", async () => {
    const root = makeTempDir("brief-ingest-guard-");
    const io = captureIo("");
    const before = fetchesOf("/notes/briefing.txt");
    const code = await main(["ingest", `${web.base}/notes/briefing.txt`], {
      env: { LOG_LEVEL: "silent", DATA_DIR: join(root, "data") },
      io,
    });
    expect(code).toBe(1);
    expect(io.err()).toContain("127.0.0.1 is a loopback address; set BRIEF_ALLOW_PRIVATE_HOSTS=true");
    expect(fetchesOf("/notes/briefing.txt")).toBe(before);
  });

  it("gives up on a server that never answers after --timeout, and says so", async () => {
    // why: the route never answers, so the timeout is the only possible outcome however busy the machine is.
    const result = await workspace()(["ingest", `${web.base}/slow`, "--timeout", "0.2"]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("0 new, 0 replaced, 0 unchanged, 1 failed");
    expect(result.err).toContain(`failed: ${web.base}/slow: timed out after 0.2 s`);
  });

  it("applies --source to a feed's items but leaves each item its own title", async () => {
    const run = workspace();
    const result = await run(["ingest", `${web.base}/latest`, "--source", "Ledger Digest", "--title", "One title for all"]);
    expect(result.code, result.err).toBe(0);
    const sources = (await run(["sources", "--json"])).out;
    expect(sources).not.toContain("One title for all");
    expect(sources).toContain("Mill workers end stoppage");
    expect(sources.match(/Ledger Digest/g)).toHaveLength(2);
  });

  it.each([
    [["ingest", "ftp://courier.example/a.txt"], "only http(s) URLs can be ingested, not ftp://"],
    [["ingest", "https://courier.example/a", "--url", "https://courier.example/b"], "--url:"],
    [["ingest", "https://courier.example/a", "--limit", "0"], "--limit: expected 1 or more"],
    [["ingest", "https://courier.example/a", "--timeout", "soon"], "--timeout: expected seconds"],
  ])("refuses %j as a usage error", async (argv, message) => {
    const result = await workspace()(argv);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
  });
});
