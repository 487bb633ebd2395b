import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/main.ts";
import * as Q from "../../src/query/types.ts";
import { captureIo } from "../support/cli-io.ts";
import { makeTempDir } from "../support/temp-dir.ts";

/** The seeds through the real extractor and the real CLI, into a SQLite file in a temporary DATA_DIR. */
let env: Record<string, string>;
async function brief(argv: string[], input = "") {
  const io = captureIo(input);
  const code = await main(argv, { env, io });
  return { code, out: io.out(), err: io.err() };
}
async function json<T>(argv: string[], schema: { parse: (value: unknown) => T }): Promise<T> {
  const { code, out, err } = await brief([...argv, "--json"]);
  expect(code, err).toBe(0);
  return schema.parse(JSON.parse(out));
}

beforeAll(async () => {
  env = { LOG_LEVEL: "silent", DATA_DIR: makeTempDir("brief-seeds-") };
  const first = await brief(["ingest", "seeds"]);
  expect(first.code, first.err).toBe(0);
  expect(first.out).toContain("2 new");
});

describe("ingesting the seeds and asking about them", () => {
  it("ingesting twice stores nothing new and leaves every count identical", async () => {
    const before = JSON.parse((await brief(["ingest", "seeds", "--json"])).out).counts;
    const again = await brief(["ingest", "seeds"]);
    expect(again.code).toBe(0);
    expect(again.out).toContain("0 new");
    expect(JSON.parse((await brief(["ingest", "seeds", "--json"])).out).counts).toEqual(before);
  });

  it("who Kalin lists his Doha remarks (Ahval) and his NPR interview", async () => {
    const result = Q.WhoSaidPersonSchema.parse(await json(["who", "Kalin"], Q.WhoSaidResultSchema));
    expect(result.person.name).toBe("Ibrahim Kalin");
    const texts = result.quotes.map((quote) => quote.text).join("\n");
    expect(texts).toContain("If everybody burns bridges with Russia");
    expect(result.quotes.map((quote) => quote.citation.source)).toEqual(expect.arrayContaining(["Ahval", "NPR"]));
    const readable = await brief(["who", "Kalin"]);
    expect(readable.out).toContain("Ibrahim Kalin");
  });

  it('who "burns bridges" names Ibrahim Kalin', async () => {
    const result = Q.WhoSaidPhraseSchema.parse(await json(["who", '"burns bridges"'], Q.WhoSaidResultSchema));
    expect(result.matches[0]?.quote.speaker.name).toBe("Ibrahim Kalin");
    expect(result.matches[0]?.quote.text).toContain("burns bridges");
  });

  it('on 2022-03-24 shows the "almost a consensus" remark', async () => {
    const result = Q.OnDateResultSchema.parse(await json(["on", "2022-03-24"], Q.OnDateQueryResultSchema));
    const said = [...result.quotes.map((quote) => quote.text), ...result.events.map((event) => event.summary)].join("\n");
    expect(said).toContain("almost a consensus");
  });

  it('on "November 2022" shows the Saturday remarks, the Monday confirmation and the month-only grain-deal reversal', async () => {
    const result = Q.OnDateResultSchema.parse(await json(["on", "November 2022"], Q.OnDateQueryResultSchema));
    const dates = result.events.map((event) => event.date.date);
    expect(dates).toEqual(expect.arrayContaining(["2022-11-12", "2022-11-14", "2022-11"]));
    const monthOnly = result.events.filter((event) => event.date.precision === "month").map((event) => event.citation.sentence);
    expect(monthOnly.join("\n")).toMatch(/grain deal/);
    expect(result.quotes.some((quote) => quote.saidOn?.date === "2022-11-12")).toBe(true);
  });

  it("topic turkey-mediation has people, quotes, a timeline from 2014 to November 2022 and both sources", async () => {
    const brief = Q.TopicBriefSchema.parse(await json(["topic", "turkey-mediation"], Q.TopicBriefResultSchema));
    expect(brief.people.length).toBeGreaterThan(0);
    expect(brief.quotes.length).toBeGreaterThan(0);
    const dates = brief.timeline.map((event) => event.date.date);
    // the extractor also dates "the 1936 Montreux Convention" (an optional gold item), so 2014 need not be first
    expect(dates).toContain("2014");
    expect(dates.indexOf("2014")).toBeLessThan(dates.indexOf("2022-02-24"));
    expect(dates.some((date) => date.startsWith("2022-11"))).toBe(true);
    expect(dates.every((date) => date <= "2022-11-15")).toBe(true);
    expect(brief.sources.map((source) => source.source).sort()).toEqual(["Ahval", "NPR"]);
  });

  it("answers an unknown topic with the closest slug and exit code 1", async () => {
    const { code, err } = await brief(["topic", "turkey-mediaton"]);
    expect(code).toBe(1);
    expect(err).toContain("did you mean turkey-mediation?");
  });

  it("prints a JSON schema for every query command's --json output", async () => {
    for (const name of ["topic", "topics", "who", "on", "entity", "search", "sources"]) {
      const { code, out } = await brief([name, "--json-schema"]);
      expect(code).toBe(0);
      expect(JSON.parse(out)).toHaveProperty("$schema");
    }
  });

  it("lists topics and sources", async () => {
    expect((await brief(["topics"])).out).toContain("turkey-mediation");
    const sources = await json(["sources"], Q.SourcesListSchema);
    expect(sources.total).toBe(2);
  });
});
