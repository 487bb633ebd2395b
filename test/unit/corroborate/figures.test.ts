import { describe, expect, it } from "vitest";
import { figuresAgree, figuresIn, sameCountedThing } from "../../../src/corroborate/figures.ts";

const pick = (sentence: string) => figuresIn(sentence).map(({ phrase, low, high, status, noun }) => ({ phrase, low, high, status, noun }));

describe("figures in a sentence", () => {
  it.each([
    [
      "killing seven people and injuring 22 others",
      [
        { phrase: "seven", low: 7, high: 7, status: "dead", noun: "" },
        { phrase: "22", low: 22, high: 22, status: "injured", noun: "" },
      ],
    ],
    [
      "Two firefighters were injured while fighting the blaze",
      [{ phrase: "Two", low: 2, high: 2, status: "injured", noun: "firefighter" }],
    ],
    [
      "At least 1,200 people were evacuated",
      [{ phrase: "At least 1,200", low: 1200, high: Number.POSITIVE_INFINITY, status: "evacuated", noun: "" }],
    ],
    [
      "the council pledged $2.5 million for repairs",
      [{ phrase: "$2.5 million", low: 2_500_000, high: 2_500_000, status: "money:$", noun: "" }],
    ],
    ["a loss of 20 million euros a day", [{ phrase: "20 million", low: 20_000_000, high: 20_000_000, status: "money:eur", noun: "" }]],
    ["about 200 workers would be moved", [{ phrase: "about 200", low: 180, high: 220, status: "", noun: "worker" }]],
  ])("reads %s", (sentence, expected) => {
    expect(pick(sentence)).toEqual(expected);
  });

  it("reads a number word with its scale as one figure", () => {
    expect(pick("two hundred people were evacuated").map((f) => [f.low, f.status])).toEqual([[200, "evacuated"]]);
    expect(pick("a dozen homes were destroyed").map((f) => [f.low, f.noun])).toEqual([[12, "home"]]);
  });

  it.each([
    "twenty-two people were injured",
    "7-9 people were injured",
    "The bridge reopened on 14 March 2023 after eight months of repairs",
    "Engineers replaced all 48 suspension cables",
    "The strike, the first since 2016, cost a 14% rise",
    "one of the victims was a teacher",
  ])("finds no counted figure in %s", (sentence) => {
    expect(figuresIn(sentence)).toEqual([]);
  });
});

describe("comparing figures", () => {
  const [seven] = figuresIn("killing seven people");
  const [nine] = figuresIn("killing nine people");
  const [atLeastSeven] = figuresIn("at least seven people were killed");
  const [twoFirefighters] = figuresIn("two firefighters were injured");
  const [fourPeople] = figuresIn("four people were injured");
  const [fourInjured] = figuresIn("four were injured");

  it("disagrees on different exact counts and agrees when a bound allows both", () => {
    if (!seven || !nine || !atLeastSeven) throw new Error("figures not read");
    expect(figuresAgree(seven, nine)).toBe(false);
    expect(figuresAgree(atLeastSeven, nine)).toBe(true);
    expect(figuresAgree(atLeastSeven, seven)).toBe(true);
  });

  it("counts the same thing only with the same status and no clashing noun", () => {
    if (!twoFirefighters || !fourPeople || !fourInjured || !seven) throw new Error("figures not read");
    expect(sameCountedThing(twoFirefighters, fourInjured)).toBe(true);
    expect(sameCountedThing(twoFirefighters, fourPeople)).toBe(true);
    expect(sameCountedThing(twoFirefighters, seven)).toBe(false);
  });
});
