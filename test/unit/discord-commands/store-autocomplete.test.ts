import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../../commands/index.ts";
import { createStoreAutocomplete } from "../../../src/discord-commands/autocomplete.ts";
import { extractArticle } from "../../../src/extract/index.ts";
import type { FactStore } from "../../../src/store/fact-store.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";
import { foldForMatch } from "../../../src/text/normalize.ts";
import { ingestSeedFixtures, TOPICS } from "../../fixtures/facts/seed-store.ts";

let store: FactStore;
beforeAll(async () => {
  store = createSqliteStore({ path: ":memory:" });
  await ingestSeedFixtures(store, extractArticle);
});
afterAll(() => store.close());

const autocomplete = () =>
  createStoreAutocomplete({
    commands: COMMANDS,
    topics: TOPICS,
    speakers: (partial, limit) => store.suggestSpeakers(foldForMatch(partial), limit),
  });

describe("autocomplete from the fact store", () => {
  it("suggests quoted people by any of their names, most quoted first, with their quote counts", async () => {
    const choices = await autocomplete()("who", "speaker", "kal");
    expect(choices[0]?.value).toBe("Ibrahim Kalin");
    expect(choices[0]?.name).toMatch(/^Ibrahim Kalin \(\d+ quotes\)$/);
  });

  it("folds accents and case in what is typed", async () => {
    const choices = await autocomplete()("who", "speaker", "ERDOĞ");
    expect(choices.map((choice) => choice.value)).toContain("Recep Tayyip Erdoğan");
  });

  it("offers the most quoted speakers before anything is typed, at most 25", async () => {
    const choices = await autocomplete()("who", "speaker", "");
    expect(choices.length).toBeGreaterThan(2);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]?.value).toBe("Ibrahim Kalin");
  });

  it("suggests topics for topic options and nothing for a name nobody has", async () => {
    expect((await autocomplete()("topic", "name", "turkey")).map((choice) => choice.value)).toEqual(["turkey-mediation"]);
    expect(await autocomplete()("who", "speaker", "zzzz")).toEqual([]);
  });
});
