import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { restrictedKind } from "../../../src/ingest/web/address-kind.ts";
import { fetchPage, type HttpFetch } from "../../../src/ingest/web/fetch-page.ts";
import { assertFetchable, guardedFetch } from "../../../src/ingest/web/guarded-fetch.ts";
import { type FakeWeb, startFakeWeb } from "../../support/fake-web.ts";

let web: FakeWeb;
const redirect = (location: string) => ({ status: 302, body: "", headers: { location } });

beforeAll(async () => {
  web = await startFakeWeb(() => ({
    "/page": { type: "text/plain", body: "hello" },
    "/to-page": redirect("/page"),
    "/to-metadata": redirect("http://169.254.169.254/latest/meta-data/"),
    "/to-loopback-name": redirect("http://intranet.test/secret"),
    "/to-file": redirect("file:///etc/passwd"),
    "/loop": redirect("/loop"),
  }));
});
afterAll(() => web.close());

// why: "news.test" stands for a public host; the network edge sends it to the local server, as DNS and routing would.
const resolve = async (host: string) => (host === "news.test" ? ["93.184.216.34"] : host === "intranet.test" ? ["10.1.2.3"] : []);
const toLocal: HttpFetch = (url, init) => fetch(url.replace("http://news.test", web.base), init);

describe("guarded fetch: only public http(s) hosts, redirects checked hop by hop", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["::1", "loopback"],
    ["10.0.0.8", "private"],
    ["172.20.1.1", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "link-local or metadata"],
    ["fe80::1", "link-local or metadata"],
    ["fd00:ec2::254", "private"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["0.0.0.0", "unspecified"],
    ["93.184.216.34", null],
    ["2606:2800:220:1:248:1893:25c8:1946", null],
  ])("%s is %s", (address, kind) => {
    expect(restrictedKind(address)).toBe(kind);
  });

  it("refuses other schemes and private hosts unless allowed, naming the fix", async () => {
    await expect(assertFetchable("file:///etc/passwd", true)).rejects.toThrow("only http(s)");
    await expect(assertFetchable(`${web.base}/page`, false)).rejects.toThrow(/loopback.*BRIEF_ALLOW_PRIVATE_HOSTS=true/);
    await expect(assertFetchable("http://intranet.test/", false, resolve)).rejects.toThrow(
      "intranet.test resolves to 10.1.2.3, a private address",
    );
    await expect(assertFetchable(`${web.base}/page`, true)).resolves.toBeUndefined();
  });

  it("follows a redirect between public addresses and ends where it ended", async () => {
    const page = await fetchPage("http://news.test/to-page", guardedFetch(toLocal, { allowPrivate: false, resolve }));
    expect(Buffer.from(page.body).toString()).toBe("hello");
    expect(page.url).toBe(`${web.base}/page`);
  });

  it("refuses a redirect into a metadata, private or non-http address without requesting it", async () => {
    const guarded = guardedFetch(toLocal, { allowPrivate: false, resolve });
    await expect(fetchPage("http://news.test/to-metadata", guarded)).rejects.toThrow("169.254.169.254 is a link-local or metadata address");
    await expect(fetchPage("http://news.test/to-loopback-name", guarded)).rejects.toThrow("resolves to 10.1.2.3");
    await expect(fetchPage("http://news.test/to-file", guarded)).rejects.toThrow("only http(s)");
  });

  it("stops a redirect loop", async () => {
    const guarded = guardedFetch(toLocal, { allowPrivate: false, resolve, maxRedirects: 3 });
    await expect(fetchPage("http://news.test/loop", guarded)).rejects.toThrow("too many redirects");
  });
});
