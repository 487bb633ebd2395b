import { describe, expect, it } from "vitest";
import { createLruMap } from "../../../src/cache/lru-map.ts";
import { createVersionCache } from "../../../src/cache/version-cache.ts";

describe("createLruMap", () => {
  it("holds at most its size, forgetting the least recently used entry first", () => {
    const map = createLruMap<string, number>(2);
    map.set("a", 1);
    map.set("b", 2);
    expect(map.get("a")).toBe(1); // a is now the most recently used
    map.set("c", 3);
    expect(map.size).toBe(2);
    expect(map.get("b")).toBeUndefined();
    expect(map.get("a")).toBe(1);
    expect(map.get("c")).toBe(3);
  });

  it("setting a known key again refreshes it rather than growing", () => {
    const map = createLruMap<string, number>(2);
    map.set("a", 1);
    map.set("b", 2);
    map.set("a", 10);
    map.set("c", 3);
    expect(map.size).toBe(2);
    expect(map.get("a")).toBe(10);
    expect(map.get("b")).toBeUndefined();
  });

  it("remember computes once per key while the key is kept, including an undefined or null result", () => {
    const map = createLruMap<string, number | null>(3);
    let calls = 0;
    const compute = () => {
      calls += 1;
      return null;
    };
    expect(map.remember("x", compute)).toBeNull();
    expect(map.remember("x", compute)).toBeNull();
    expect(calls).toBe(1);
    map.clear();
    expect(map.size).toBe(0);
    map.remember("x", compute);
    expect(calls).toBe(2);
  });

  it("refuses a size that is not a whole number of at least 1, saying so", () => {
    expect(() => createLruMap(0)).toThrow(/at least 1/);
    expect(() => createLruMap(1.5)).toThrow(/whole size/);
  });
});

describe("createVersionCache", () => {
  it("keeps results while the version stays and empties when it changes", () => {
    let version = "1";
    const cache = createVersionCache<string>({ version: () => version, size: 10 });
    let calls = 0;
    const read = (key: string) =>
      cache(key, () => {
        calls += 1;
        return `${key}@${version}`;
      });
    expect(read("k")).toBe("k@1");
    expect(read("k")).toBe("k@1");
    expect(calls).toBe(1);
    version = "2";
    expect(read("k")).toBe("k@2");
    expect(calls).toBe(2);
  });

  it("is bounded like the map under it", () => {
    const cache = createVersionCache<number>({ version: () => "same", size: 2 });
    let calls = 0;
    const read = (key: string) =>
      cache(key, () => {
        calls += 1;
        return calls;
      });
    read("a");
    read("b");
    read("c"); // evicts a
    expect(calls).toBe(3);
    read("c");
    read("b");
    expect(calls).toBe(3);
    read("a");
    expect(calls).toBe(4);
  });
});
