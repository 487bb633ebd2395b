import { describe, expect, it } from "vitest";
import { cleanRoleText } from "../../../src/extract/names/role-text.ts";
import { extractText } from "./helpers.ts";

// Invented sentences: names and roles that must never reach users as facts (issue 14's "junk").
describe("an organisation's name is never split into a person", () => {
  it.each([
    [
      "a title word inside a name with for … and",
      "Sinan Oral directs the Centre for Economics and Foreign Policy Studies in Ankara.",
      "Policy Studies",
    ],
    ["a body named with of … and", "Mara Lind chairs the Institute of Trade and Foreign Affairs Research in Oslo.", "Affairs Research"],
    ["a body named with on", "Ines Moro, a fellow at the Council on Foreign Ties, said the talks had stalled.", "Ties"],
    ["a body named with on … and", "Pia Holm works for the Centre on Housing and Transit Priorities in Bergen.", "Transit Priorities"],
    ["a connector followed by the", "Rolf Amsel joined the League for the Protection of Coastal Towns last year.", "Coastal Towns"],
    ["a committee named with on", "The Senate Committee on Foreign Trade met on Monday, said Lea Vos.", "Trade"],
  ])("%s", (_name, text, notAPerson) => {
    const people = extractText(text)
      .entities.filter((e) => e.type === "person")
      .map((e) => e.name);
    expect(people).not.toContain(notAPerson);
  });

  it("reads a party before a full name as a role, not a name part", () => {
    const entity = extractText("Republican Dana Trumble said the plan had failed badly.").entities.find((e) => e.type === "person");
    expect([entity?.name, entity?.roles.map((r) => r.text)]).toEqual(["Dana Trumble", ["Republican"]]);
  });

  it("still reads a portfolio title before a name as a title", () => {
    const people = extractText("Foreign Minister Tarek Haddad and Health Secretary Ruiz spoke on Monday.")
      .entities.filter((e) => e.type === "person")
      .map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(["Tarek Haddad", "Ruiz"]));
  });

  it("still reads a person after a title led by an organisation's name", () => {
    const entity = extractText("Senate Majority Leader Carl Brennan spoke on Monday.").entities.find((e) => e.name === "Carl Brennan");
    expect(entity?.type).toBe("person");
  });
});

describe("roles hold no attribution tail and no date", () => {
  it.each([
    ["according to the Daily Ledger on March 19", undefined],
    ["former teacher who won office in November 2022", "former teacher"],
    ["research firm founded in 1999 by an accountant", "research firm"],
    ["state party operative unaligned in 2016", "state party operative"],
    ["adviser to the mayor who drafted a plan in 2008", "adviser to the mayor"],
    ["director of the Harbour Institute", "director of the Harbour Institute"],
    ["2016 Republican nominee", undefined],
  ])("%s → %s", (raw, expected) => {
    expect(cleanRoleText(raw)).toBe(expected);
  });

  it("keeps an attribution tail out of a speaker's and an entity's role", () => {
    const text =
      "Ibrahim Kaya, according to the Daily Ledger on March 19, said the talks would resume. Ana Ruiz, a former teacher who won office in November 2022, said the budget was late.";
    const facts = extractText(text);
    const roles = [...facts.quotes.map((q) => q.speaker.role ?? ""), ...facts.entities.flatMap((e) => e.roles.map((r) => r.text))];
    expect(roles.filter((role) => /according to|2022|March/.test(role))).toEqual([]);
  });
});
