import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchPage } from "../../../src/ingest/web/fetch-page.ts";
import { pageContent } from "../../../src/ingest/web/page-content.ts";
import { type FakeWeb, neverAnswers, startFakeWeb, streams } from "../../support/fake-web.ts";

// why: only the never-answering route meets the short timeout; every other exchange gets a minute, so a busy
// machine can never turn a size or status failure into a timeout.
const limits = { timeoutMs: 60_000, maxBytes: 100_000 };
const shortTimeout = { timeoutMs: 300, maxBytes: 100_000 };
let web: FakeWeb;

beforeAll(async () => {
  web = await startFakeWeb(() => ({
    "/page": { body: "<!doctype html><p>Hello</p>" },
    "/moved": { status: 301, body: "", headers: { location: "/page" } },
    "/slow": neverAnswers,
    "/huge-declared": { body: Buffer.alloc(200_000, "a") },
    "/huge-streamed": streams(400_000),
    "/broken": { status: 503, body: "down" },
  }));
});
afterAll(() => web.close());

const get = (path: string) => fetchPage(`${web.base}${path}`, (url, init) => fetch(url, init), path === "/slow" ? shortTimeout : limits);

describe("fetching a page", () => {
  it("sends a User-Agent naming Briefbot and follows redirects to the final URL", async () => {
    const page = await get("/moved");
    expect(page.url).toBe(`${web.base}/page`);
    expect(new TextDecoder().decode(page.body)).toContain("Hello");
    expect(web.requests.find((request) => request.path === "/moved")?.headers["user-agent"]).toMatch(/^Briefbot\//);
  });

  it.each([
    ["/missing", /^HTTP 404 Not Found$/],
    ["/broken", /^HTTP 503 Service Unavailable$/],
    ["/slow", /^timed out after 0\.3 s$/],
    ["/huge-declared", /^too large: 195\.3 KB, the limit is 97\.7 KB$/],
    ["/huge-streamed", /^too large: more than 97\.7 KB, the limit is 97\.7 KB$/],
  ])("fails %s with a reason a person can act on", async (path, reason) => {
    await expect(get(path)).rejects.toThrow(reason);
  });

  it("names the network error when nothing listens", async () => {
    const gone = await startFakeWeb(() => ({}));
    await gone.close();
    await expect(fetchPage(`${gone.base}/`, (url, init) => fetch(url, init), limits)).rejects.toThrow(
      /could not be fetched \(ECONNREFUSED\)/,
    );
  });
});

describe("what a fetched page holds", () => {
  const page = (contentType: string, text: string | Uint8Array) => ({
    url: "http://127.0.0.1/x",
    contentType,
    body: typeof text === "string" ? new TextEncoder().encode(text) : text,
  });

  it.each([
    ["text/html; charset=utf-8", "<!doctype html><p>x</p>", "html"],
    ["application/rss+xml", "<?xml version='1.0'?><rss></rss>", "xml"],
    ["text/html", "<?xml version='1.0'?>\n<rss version='2.0'></rss>", "xml"],
    ["text/plain", "<feed xmlns='http://www.w3.org/2005/Atom'></feed>", "xml"],
    ["application/xhtml+xml", "<?xml version='1.0'?><!DOCTYPE html><html></html>", "html"],
    ["text/plain; charset=utf-8", "Just words.", "text"],
    ["", "<html><body>x</body></html>", "html"],
  ])("reads %s as %s from its content", (contentType, text, kind) => {
    expect(pageContent(page(contentType, text)).kind).toBe(kind);
  });

  it("refuses images, PDFs and unknown binaries, naming the type", () => {
    expect(() => pageContent(page("image/png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])))).toThrow(
      "not HTML, a feed or text (image/png)",
    );
    expect(() => pageContent(page("application/octet-stream", new Uint8Array([0, 1, 2, 3])))).toThrow(/application\/octet-stream/);
    expect(() => pageContent(page("text/plain", new Uint8Array([0x41, 0, 0x42])))).toThrow(/text\/plain/);
  });

  it("decodes the charset the server or the page names", () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode("<html><body>caf"), 0xe9, ...new TextEncoder().encode("</body></html>")]);
    expect(pageContent(page("text/html; charset=iso-8859-1", latin1)).text).toContain("café");
    const declared = new Uint8Array([...new TextEncoder().encode('<html><head><meta charset="windows-1252"></head><body>caf'), 0xe9]);
    expect(pageContent(page("text/html", declared)).text).toContain("café");
  });
});
