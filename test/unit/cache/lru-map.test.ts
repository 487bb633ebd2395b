import { describe, expect, it } from "vitest";
import { createLruMap } from "../../../src/cache/lru-map.ts";
import { createVersionCache } from "../../../src/cache/version-cache.ts";

describe("createLruMap", () => {
  it("never holds more than its size", () => {
    for (const size of [1, 2, 3, 10]) {
      const map = createLruMap<number, number>(size);
      for (let key = 0; key < 100; key += 1) {
        map.set(key, key);
        expect(map.size).toBeLessThanOrEqual(size);
        expect(map.get(key)).toBe(key); // the newest entry is always kept
      }
    }
  });

  it("keeps an entry in use while many others come and go", () => {
    const map = createLruMap<string, number>(10);
    map.set("hot", 1);
    for (let key = 0; key < 200; key += 1) {
      map.set(`cold ${key}`, key);
      expect(map.get("hot")).toBe(1);
    }
  });

  it("forgets an entry left unused for `size` insertions, and keeps one used within the last size/2 - 1", () => {
    const map = createLruMap<string, number>(10);
    map.set("unused", 0);
    map.set("recent", 0);
    for (let key = 0; key < 10; key += 1) {
      map.set(`k${key}`, key);
      if (key === 5) expect(map.get("recent")).toBe(0);
    }
    expect(map.get("unused")).toBeUndefined();
    expect(map.get("recent")).toBe(0);
  });

  it("setting a known key again replaces its value", () => {
    const map = createLruMap<string, number>(4);
    map.set("a", 1);
    map.set("b", 2);
    map.set("a", 10);
    expect(map.get("a")).toBe(10);
    expect(map.size).toBeLessThanOrEqual(4);
  });

  it("remember computes once per key while the key is kept, a null result included; clear forgets all", () => {
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
    const cache = createVersionCache<string>({ version: () => "same", size: 4 });
    const computed: string[] = [];
    const read = (key: string) =>
      cache(key, () => {
        computed.push(key);
        return key;
      });
    for (const key of ["a", "b", "c", "d", "e", "f"]) read(key);
    read("f");
    read("a");
    expect(computed).toEqual(["a", "b", "c", "d", "e", "f", "a"]);
  });
});
