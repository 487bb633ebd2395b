import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../../commands/index.ts";
import type { CommandRequest } from "../../../src/dispatch/command.ts";
import { createDispatcher } from "../../../src/dispatch/dispatcher.ts";
import { createLogger } from "../../../src/log/logger.ts";
import { renderText } from "../../../src/render/text.ts";
import { fixtureEngine } from "../render/compose/fixtures.ts";

const TOPICS = [
  { slug: "turkey-mediation", title: "Turkey's mediation", description: "d", keywords: ["turkey", "mediation"], minMatches: 2 },
];
const request: CommandRequest = { platform: "console", channelId: "terminal", userId: "you", threadId: "t1" };

function setup() {
  const query = fixtureEngine();
  const dispatcher = createDispatcher({
    commands: COMMANDS,
    deps: { topics: TOPICS, query },
    log: createLogger({ level: "silent", out: new PassThrough() }),
  });
  const answer = async (text: string) => renderText(await dispatcher.handle(text, request));
  return { query, answer };
}

describe("the /brief commands answer from the query engine", () => {
  it.each([
    ["/brief turkey-mediation", "topicBrief turkey-mediation", "Turkey's mediation between Russia and Ukraine"],
    ["/brief who Kalin", "whoSaid Kalin", "What Ibrahim Kalin said"],
    ['/brief who "burns bridges"', "whoSaid burns bridges", "Who said “burns bridges”"],
    ["/brief on March 2022", "onDate March 2022", "In Mar 2022"],
    ["/brief entity Kalin", "entity Kalin", "Roles"],
    ["/brief topics", "topics", "turkey-mediation: Turkey's mediation between Russia and Ukraine"],
    ["/brief sources", "sources", "2 articles, newest first"],
  ])("%s asks %j and answers with %j", async (text, asked, shown) => {
    const { query, answer } = setup();
    const output = await answer(text);
    expect(query.asked).toEqual([asked]);
    expect(output).toContain(shown);
  });

  it("cuts a long answer with the command that shows everything, and --all shows it", async () => {
    const { answer } = setup();
    expect(await answer("/brief who Kalin")).toContain("…and 7 more: /brief who Kalin --all");
    expect(await answer("/brief who Kalin --all")).not.toContain("more:");
  });

  it("an unknown topic suggests the nearest one as a command", async () => {
    const { answer } = setup();
    expect(await answer("/brief turkey-mediaton")).toContain("Try /brief turkey-mediation.");
  });

  it("a bad date is refused before the engine is asked, with the usage", async () => {
    const { query, answer } = setup();
    const output = await answer("/brief on March 32");
    expect(query.asked).toEqual([]);
    expect(output).toContain("usage: /brief on <date> [--all]");
  });

  it("help lists the real commands with their usage", async () => {
    const { answer } = setup();
    const output = await answer("/brief help");
    for (const usage of [
      "/brief <topic>",
      '/brief who <name|"phrase">',
      "/brief on <date>",
      "/brief entity <name>",
      "/brief topics",
      "/brief sources",
    ]) {
      expect(output).toContain(usage);
    }
    expect(output).not.toContain("not available yet");
  });

  it("every answer reads within 80 columns, URLs aside", async () => {
    const { answer } = setup();
    for (const text of [
      "/brief turkey-mediation",
      "/brief who Kalin",
      "/brief on March 2022",
      "/brief entity Kalin",
      "/brief topics",
      "/brief sources",
      "/brief help",
    ]) {
      const wide = (await answer(text)).split("\n").filter((line) => line.length > 80 && !line.includes("https://"));
      expect(wide, text).toEqual([]);
    }
  });
});
