import { describe, expect, it } from "vitest";
import { compareRoles } from "../../../src/corroborate/role-compare.ts";

describe("comparing two roles of one person", () => {
  it.each([
    ["the same role", "chair of the dockers' union", "chair of the dockers' union", "same"],
    ["a less precise telling", "chair of the union", "chairwoman of the dockers' union", "same"],
    ["the same words in another order", "finance minister", "minister of finance", "same"],
    ["seniority is wording", "senior analyst at Nordic Freight", "analyst at Nordic Freight", "same"],
    ["a rank only one gives, the other specific", "deputy director of the Coastal Agency", "director of the Coastal Agency", "conflict"],
    ["two portfolios", "fisheries minister", "finance minister", "conflict"],
    ["a bare title against a ranked one is vague, not wrong", "deputy minister", "minister", "same"],
    ["no title in common", "chair of the union", "dock worker", "unrelated"],
    ["a misread role", "adding that her group would monitor catches", "head of the trust", "unrelated"],
  ])("%s: %s / %s", (_label, a, b, expected) => {
    expect(compareRoles(a, b)).toBe(expected);
    expect(compareRoles(b, a)).toBe(expected);
  });
});

describe("roles worded differently", () => {
  it.each([
    ["an acronym and its words", "DNC Chair", "Democratic National Committee's chair", "same"],
    ["one role of a list", "former two-term Korrin governor", "former Korrin governor and a candidate for the senate", "same"],
    ["specifics that overlap without one inside the other", "chair of the dockers' union", "chair of the port workers' union", "unrelated"],
  ])("%s: %s / %s", (_label, a, b, expected) => {
    expect(compareRoles(a, b)).toBe(expected);
    expect(compareRoles(b, a)).toBe(expected);
  });
});
