import { describe, expect, it } from "vitest";
import { differentPeople, samePerson } from "../../../src/corroborate/same-person.ts";

const tomas = { entityId: "person:t.gr_v_", name: "Tomas Greeve" };

describe("same person across articles", () => {
  it("is the same person with the same id", () => {
    expect(samePerson(tomas, { ...tomas })).toBe(true);
  });

  it("is the same person when one mention gives the surname only", () => {
    expect(samePerson(tomas, { entityId: "person:gr_v_", name: "Greeve" })).toBe(true);
  });

  it("is the same person when a title in front of the name gave the wrong initial", () => {
    expect(samePerson(tomas, { entityId: "person:h.gr_v_", name: "Harbour Master Tomas Greeve" })).toBe(true);
  });

  it("is not the same person with another first name", () => {
    expect(samePerson(tomas, { entityId: "person:a.gr_v_", name: "Alva Greeve" })).toBe(false);
    expect(differentPeople(tomas, { entityId: "person:a.gr_v_", name: "Alva Greeve" })).toBe(false);
  });

  it("is surely a different person only with another surname", () => {
    expect(differentPeople(tomas, { entityId: "person:t.h_lm", name: "Tomas Holm" })).toBe(true);
    expect(differentPeople(tomas, { name: null })).toBe(false);
  });
});
