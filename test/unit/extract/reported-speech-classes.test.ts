import { describe, expect, it } from "vitest";
import { quotesOf } from "./helpers.ts";

// Invented sentences, one table per class of reported speech the extractor used to miss or misattribute.

describe("an unnamed subject with a relative clause speaks, not the object inside the clause", () => {
  it.each([
    [
      "Two unions that have backed the mayor say the council should vote again.",
      "(unions that have backed the mayor)",
      "the council should vote again",
    ],
    [
      "Officials who were stranded by the storm said the harbor must reopen.",
      "(Officials who were stranded by the storm)",
      "the harbor must reopen",
    ],
  ])("%s", (text, speaker, said) => {
    expect(quotesOf(text)).toEqual([["indirect", speaker, said]]);
  });
});

describe("two sources set against each other both report", () => {
  it.each([
    [
      "One agency says there are 900 ferries in the fleet, while another says there are about 700.",
      [
        ["indirect", "(agency)", "there are 900 ferries in the fleet"],
        ["indirect", "(another)", "there are about 700"],
      ],
    ],
    [
      "While one agency says there are 900 ferries in the fleet, another says there are about 700.",
      [
        ["indirect", "(agency)", "there are 900 ferries in the fleet"],
        ["indirect", "(another)", "there are about 700"],
      ],
    ],
    [
      "While Ada Fenn says the bridge is safe, the mayor says it must close.",
      [
        ["indirect", "Ada Fenn", "the bridge is safe"],
        ["indirect", "(mayor)", "it must close"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });

  it.each([
    "While the mayor says the bridge is safe, it must close.",
    "While Fenn said the plan was sound, the board voted it down.",
    "No one said the bridge was safe.",
  ])("a 'while' clause with no second source reports nothing: %s", (text) => {
    expect(quotesOf(text)).toEqual([]);
  });
});

describe("a long gerund subject opens a reported clause without 'that'", () => {
  it.each([
    [
      "Wendy Fell, the harbor chief, said having the new ferry at the head of the fleet puts even older captains at risk.",
      [["indirect", "Wendy Fell", "having the new ferry at the head of the fleet puts even older captains at risk"]],
    ],
    [
      "Fell said being mayor of the old port town is the hardest job she has had.",
      [["indirect", "Fell", "being mayor of the old port town is the hardest job she has had"]],
    ],
    ["Fell said nothing about the ferries on Monday.", []],
    ["Fell said during a visit to the docks that the ferries were late.", [["indirect", "Fell", "the ferries were late"]]],
  ])("%s", (text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe("a second main clause with its own subject is the writer's, not the speaker's", () => {
  it.each([
    [
      "Farmers have argued that water rights should be part of a wider reform, but city leaders have pushed for a vote now.",
      "water rights should be part of a wider reform",
    ],
    [
      "Fenn has said she ran because the council let her down, and she decided she would rather lead than complain.",
      "she ran because the council let her down",
    ],
    [
      "Okafor wrote that the critics of the bridge are decent people and have a point, but ultimately Okafor thinks they are wrong.",
      "the critics of the bridge are decent people and have a point",
    ],
  ])("%s", (text, said) => {
    expect(quotesOf(text).map((q) => q[2])).toEqual([said]);
  });
});

describe("a request told or asked of someone reports its infinitive", () => {
  it.each([
    [
      "Fenn sent a text message to her supporters, asking them not to stage protests inside the hall.",
      [["indirect", "Fenn", "them not to stage protests inside the hall"]],
    ],
    [
      "Since March, officials have told residents not to drink the water from their taps.",
      [["indirect", "(officials)", "residents not to drink the water from their taps"]],
    ],
    ["Fenn was told by aides to wait for the vote.", []],
    ["Fenn told reporters she wanted to resign.", [["indirect", "Fenn", "she wanted to resign"]]],
  ])("%s", (text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe("what is acknowledged reports as a noun phrase only with content after its head", () => {
  it.each([
    [
      "Last week, the Harbor Department announced new measures that make it harder to dock.",
      [["indirect", "Harbor Department", "new measures that make it harder to dock"]],
    ],
    [
      "In a call last week, Harbor Secretary Ada Fenn acknowledged the agency's limits in ending the strike.",
      [["indirect", "Ada Fenn", "the agency's limits in ending the strike"]],
    ],
    ["Fenn acknowledged the error.", []],
    ["Fenn announced her candidacy.", []],
  ])("%s", (text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe("a relative clause of saying ends where the main predicate resumes", () => {
  it.each([
    [
      "Fell, who says the city and its partners should build a new bridge, spoke on Monday.",
      "the city and its partners should build a new bridge",
    ],
    ["Fenn, who said the fees were too high, is running for mayor.", "the fees were too high"],
    [
      "The council heard from Ada Fenn, who also said the fees were too high, costly and unfair.",
      "the fees were too high, costly and unfair",
    ],
  ])("%s", (text, said) => {
    expect(quotesOf(text).map((q) => q[2])).toEqual([said]);
  });
});

describe("a quotation in the object of a verb that characterises words is the named subject's", () => {
  it.each([
    [
      "The Harbor Council released a statement on Monday, offering “a deep and sincere apology” to the sailors.",
      [["partial", "Harbor Council", "a deep and sincere apology"]],
    ],
    [
      "Ada Fenn dismissed the criticism of the plan as “harbor office talking points.”",
      [["partial", "Ada Fenn", "harbor office talking points."]],
    ],
    [
      "Ada Fenn accused the mayor of running a council “of fear, of spite, of division.”",
      [["partial", "Ada Fenn", "of fear, of spite, of division."]],
    ],
    ["Ada Fenn rode the ferry, and she dismissed the plan as “harbor office talking points.”", []],
    ["Ada Fenn dismissed the “plan” at once.", []],
  ])("%s", (text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe("an aside in brackets reports with its pronoun subject", () => {
  it.each([
    [
      "Ada Fenn spoke to the crowd on Monday. (She says the storm would have kept her away.)",
      [["indirect", "Ada Fenn", "the storm would have kept her away"]],
    ],
    ["Ada Fenn said the fee was fair (for now).", [["indirect", "Ada Fenn", "the fee was fair (for now)"]]],
  ])("%s", (text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});
