import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { entityId } from "../../../src/domain/entity-key.ts";
import { articleIdFor } from "../../../src/extract/index.ts";
import { extractText } from "./helpers.ts";

describe("entity ids and names", () => {
  it.each([
    ["Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"],
    ["Volodomyr Zelensky", "Volodymyr Zelenskyy"],
    ["Lucia Fernández", "Lucia Fernandez"],
  ])("gives %s and %s one id", (a, b) => {
    expect(entityId("person", a)).toBe(entityId("person", b));
  });

  it("links a surname-only mention to the full name and keeps the spellings as aliases", () => {
    const facts = extractText("President Lucia Fernández spoke. Later Fernandez left.\n\nFernández said the plan would work.");
    const person = facts.entities.find((e) => e.type === "person");
    expect(person).toMatchObject({ name: "Lucia Fernández", roles: [{ text: "President" }] });
    expect(person?.aliases).toEqual(expect.arrayContaining(["Fernandez", "Fernández"]));
    expect(facts.quotes[0]?.speaker.entityId).toBe(person?.id);
  });

  it("gives a shared surname to the person named first", () => {
    const text = 'Hori Tane, 75, leads the group. His son, Mika Rua Tane, joined him.\n\n"We go together," says Tane.';
    expect(extractText(text).quotes[0]?.speaker.name).toBe("Hori Tane");
  });

  it("reads a leading part of a longer name as that person", () => {
    const text = 'His son, Te Aroha Mika Tane, joined him.\n\n"We go together," says Te Aroha.';
    expect(extractText(text).quotes[0]?.speaker.name).toBe("Te Aroha Mika Tane");
  });

  it.each([
    ["Chief Financial Officer Paul Nguyen", "Paul Nguyen", "Chief Financial Officer"],
    ["Deputy Chief Medical Officer Jon Vale", "Jon Vale", "Deputy Chief Medical Officer"],
  ])("splits the title words of %s from the name", (written, name, role) => {
    const facts = extractText(`${written} spoke to staff on Monday.`);
    expect(facts.entities.find((e) => e.type === "person")).toMatchObject({ name, roles: [{ text: role }] });
  });

  it("types organisations, events and places by their head words", () => {
    const text =
      "Delegates met at the Lisbon Climate Forum. The Ministry of Health and the Red Sea were mentioned by Ana Costa and Rui Lopes.";
    const types = Object.fromEntries(extractText(text).entities.map((e) => [e.name, e.type]));
    expect(types).toMatchObject({
      "Lisbon Climate Forum": "event",
      "Ministry of Health": "organization",
      "Red Sea": "place",
      "Ana Costa": "person",
    });
  });
});

describe("article ids", () => {
  const base = { title: "t", text: "body" };
  it("derives the id from the URL, ignoring scheme, www, query and trailing slash", () => {
    expect(articleIdFor({ ...base, url: "https://www.example.com/a/b/?utm=1" })).toBe(
      articleIdFor({ ...base, url: "http://example.com/a/b" }),
    );
  });
  it("derives the id from the text when there is no URL", () => {
    expect(articleIdFor({ ...base, url: "" })).toBe(articleIdFor({ ...base, url: "", text: " body " }));
    expect(articleIdFor({ ...base, url: "" })).not.toBe(articleIdFor({ ...base, url: "", text: "other" }));
  });
});

describe("src/extract stays pure", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
  it("imports no node: module and reads no environment", () => {
    const root = join(import.meta.dirname, "../../../src/extract");
    const offenders = files(root).filter((file) => /from "node:|require\(|process\.env/.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});
