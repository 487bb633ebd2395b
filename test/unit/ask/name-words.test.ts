import { describe, expect, it } from "vitest";
import { isNewName, namesAnyoneNew, withoutFirstWord } from "../../../src/query/ask/name-words.ts";

describe("name words", () => {
  it("counts a capitalised word the question does not give, after an opening quotation mark too", () => {
    expect(isNewName("Lindqvist,", new Set())).toBe(true);
    expect(isNewName("“Lindqvist", new Set())).toBe(true);
    expect(isNewName("Lindqvist", new Set(["lindqvist"]))).toBe(false);
  });

  it("does not count months, weekdays, pronouns, function words or lower-case words", () => {
    for (const word of ["Monday", "March", "He", "The", "When", "Mr.", "harbour"]) expect(isNewName(word, new Set())).toBe(false);
  });

  it("finds a new name anywhere in a text, or after its first word", () => {
    expect(namesAnyoneNew("He won the regatta on Monday.", "Who won the regatta?")).toBe(false);
    expect(namesAnyoneNew("Lindqvist won the regatta.", "Who won the regatta?")).toBe(true);
    expect(namesAnyoneNew(withoutFirstWord("Lindqvist won the regatta."), "Who won the regatta?")).toBe(false);
  });
});
