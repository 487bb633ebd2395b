import { describe, expect, it } from "vitest";
import { fitText, wrap } from "../../../src/render/fit.ts";
import { escapeSlack } from "../../../src/render/slack/escape.ts";

describe("fitText", () => {
  it("leaves text that fits alone", () => {
    expect(fitText("short", 10)).toBe("short");
  });

  it("cuts at a word boundary and adds an ellipsis", () => {
    expect(fitText("one two three four five six", 16)).toBe("one two three…");
  });

  it("measures the escaped form, so entities never push past the limit", () => {
    const cut = fitText("&".repeat(100), 50, (s) => escapeSlack(s).length);
    expect(escapeSlack(cut).length).toBeLessThanOrEqual(50);
    expect(cut.endsWith("…")).toBe(true);
  });

  it("never splits a surrogate pair", () => {
    const cut = fitText("😀".repeat(10), 5);
    expect(cut).toBe("😀😀…");
  });
});

describe("wrap", () => {
  it.each([
    ["a b c d", 3, ["a b", "c d"]],
    ["abcdefgh", 3, ["abc", "def", "gh"]],
    ["see https://example.com/a/very/long/path", 10, ["see", "https://example.com/a/very/long/path"]],
    ["one\ntwo", 80, ["one", "two"]],
  ] as const)("%j at %i columns", (text, width, expected) => {
    expect(wrap(text, width)).toEqual(expected);
  });
});
