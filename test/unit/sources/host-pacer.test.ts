import { describe, expect, it } from "vitest";
import type { HttpFetch } from "../../../src/ingest/web/fetch-page.ts";
import { canonicalUrl } from "../../../src/sources/canonical-url.ts";
import { pacedFetch } from "../../../src/sources/host-pacer.ts";
import { nextAfterFailure, nextAfterSuccess, parseEvery } from "../../../src/sources/poll-timing.ts";

describe("per-host pacing", () => {
  it("sends one request at a time to a host, a gap apart, while other hosts go ahead", async () => {
    let now = 0;
    const log: string[] = [];
    const pending: (() => void)[] = [];
    // why: the network edge: each request is answered when the test says so
    const fake: HttpFetch = (url) => {
      log.push(`${url}@${now}`);
      return new Promise((resolve) => pending.push(() => resolve(new Response("ok"))));
    };
    const sleep = async (ms: number) => {
      now += ms;
    };
    const paced = pacedFetch(fake, { clock: { now: () => now, sleep }, minGapMs: 2000 });
    const a1 = paced("http://a.test/1", {});
    const a2 = paced("http://a.test/2", {});
    const b1 = paced("http://b.test/1", {});
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(["http://a.test/1@0", "http://b.test/1@0"]);
    now = 500;
    pending.shift()?.();
    await a1;
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(["http://a.test/1@0", "http://b.test/1@0", "http://a.test/2@2500"]);
    for (const answer of pending.splice(0)) answer();
    await Promise.all([a2, b1]);
  });

  it("lets a failed request free the host for the next one", async () => {
    let calls = 0;
    const fake: HttpFetch = async () => {
      calls += 1;
      if (calls === 1) throw new Error("refused");
      return new Response("ok");
    };
    const paced = pacedFetch(fake, { clock: { now: () => 0, sleep: async () => {} }, minGapMs: 0 });
    await expect(paced("http://a.test/1", {})).rejects.toThrow("refused");
    await expect(paced("http://a.test/2", {})).resolves.toBeInstanceOf(Response);
  });
});

describe("poll timing and item identity", () => {
  it("jitters within a tenth of the interval (at most 5 minutes) and doubles the wait per failure up to a day", () => {
    expect(nextAfterSuccess(0, 30, () => 0)).toBe(30 * 60_000);
    expect(nextAfterSuccess(0, 30, () => 0.999)).toBeLessThan(33 * 60_000);
    expect(nextAfterSuccess(0, 600, () => 0.999)).toBeLessThan(605 * 60_000);
    expect([1, 2, 3].map((failures) => nextAfterFailure(0, 30, failures, () => 0) / 60_000)).toEqual([60, 120, 240]);
    expect(nextAfterFailure(0, 30, 50, () => 0)).toBe(24 * 3_600_000);
  });

  it.each([
    ["30m", 30],
    ["2h", 120],
    ["1d", 1440],
    ["45", 45],
    ["soon", null],
  ])("reads the interval %s", (text, minutes) => {
    expect(parseEvery(text)).toBe(minutes);
  });

  it("treats links that differ only by tracking parameters, fragment, www. or a trailing slash as one", () => {
    const one = canonicalUrl("https://www.news.example/a/story/?utm_source=x&id=4#top");
    expect(one).toBe("https://news.example/a/story?id=4");
    expect(canonicalUrl("https://news.example/a/story?id=4&fbclid=abc")).toBe(one);
    expect(canonicalUrl("https://news.example/a/other")).not.toBe(one);
  });
});
