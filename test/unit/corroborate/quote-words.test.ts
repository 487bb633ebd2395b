import { describe, expect, it } from "vitest";
import { quoteRelation, quoteWords } from "../../../src/corroborate/quote-words.ts";

describe("quote words", () => {
  it("folds case, curly marks, trailing punctuation and spacing", () => {
    expect(quoteWords("  We’re  READY,\n to go. ")).toBe(quoteWords("we're ready to go"));
  });

  it.each([
    ["the same words, punctuated differently", "We will rebuild the pier,", "we will rebuild the pier.", "same"],
    ["a longer stretch containing the other", "We will rebuild the pier. It will take a year.", "We will rebuild the pier", "contains"],
    ["the other way round", "We will rebuild the pier", "We will rebuild the pier. It will take a year.", "within"],
    ["a contained quote shorter than the minimum", "It is unacceptable and we will appeal", "unacceptable", null],
    ["a word inside a word is not a match", "they will separate the teams today", "rate the teams", null],
    ["different words", "We will rebuild the pier", "We will close the pier", null],
  ])("%s", (_label, a, b, expected) => {
    expect(quoteRelation(a, b, 3)).toBe(expected);
  });
});
