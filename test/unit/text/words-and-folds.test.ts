import { describe, expect, it } from "vitest";
import { foldForMatch, foldName, foldNamePart, foldToKey } from "../../../src/text/normalize.ts";
import { plainStem, stem, words } from "../../../src/text/words.ts";

describe("words: the one tokenizer", () => {
  it("folds case and diacritics and splits at anything not a letter or digit", () => {
    expect(words("Café-Owners’ “strike”, day 3!")).toEqual(["cafe", "owners", "strike", "day", "3"]);
  });

  it("keeps a possessive's stray 's' unless asked to drop possessives", () => {
    expect(words("The council’s vote")).toEqual(["the", "council", "s", "vote"]);
    expect(words("The council’s vote", { dropPossessives: true })).toEqual(["the", "council", "vote"]);
  });
});

describe("stem and plainStem", () => {
  it("stem makes verb forms meet, four-letter verbs included, and leaves short words whole", () => {
    expect(new Set(["invoke", "invoked", "invokes", "invoking"].map(stem)).size).toBe(1);
    expect(stem("hoped")).toBe(stem("hope"));
    expect(stem("parties")).toBe(stem("party"));
    expect(stem("has")).toBe("has");
  });

  it("plainStem strips only -ing, -ed, -es, -s, at any length (what brief similarity was tuned with)", () => {
    expect(new Set(["burn", "burns", "burned", "burning"].map(plainStem)).size).toBe(1);
    expect(plainStem("invoke")).toBe("invoke");
    expect(plainStem("has")).toBe("ha");
  });
});

describe("the fold family", () => {
  it("foldForMatch removes diacritics, case and typographic variants, and is idempotent", () => {
    const folded = foldForMatch("  Çelik’s  “Ünal” – Yıldırım ");
    expect(folded).toBe(`celik's "unal" - yildirim`);
    expect(foldForMatch(folded)).toBe(folded);
  });

  it("foldName drops a leading 'the', so an outlet written both ways is one name", () => {
    expect(foldName("The Daily Example")).toBe(foldName("daily example"));
    expect(foldName("Theodor Beispiel")).toBe("theodor beispiel");
  });

  it("foldToKey keeps plain letters and digits only", () => {
    expect(foldToKey("Café Nord 2")).toBe("cafenord2");
  });

  it("foldNamePart makes transliteration variants meet", () => {
    expect(foldNamePart("Mohammed")).toBe(foldNamePart("Muhammad"));
    expect(foldNamePart("Petrovv")).toBe(foldNamePart("Petrov"));
    expect(foldNamePart("Şahin")).toBe(foldNamePart("Sahin"));
  });
});
