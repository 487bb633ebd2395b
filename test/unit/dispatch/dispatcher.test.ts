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
const request: CommandRequest = { platform: "slack", channelId: "C1", userId: "U1" };
const quiet = () => createLogger({ level: "silent", out: new PassThrough() });

describe("the dispatcher routes the text form", () => {
  it.each([
    ["/brief turkey-mediation", "topicBrief turkey-mediation"],
    ["/brief Turkey-Mediation --all", "topicBrief turkey-mediation"],
    ["turkey-mediation", "topicBrief turkey-mediation"],
    ["/brief unknown-topic", "topicBrief unknown-topic"],
    ["/BRIEF who Kalin", "whoSaid Kalin"],
    ["who Kalin", "whoSaid Kalin"],
    ["/brief on 24 March 2022", "onDate 24 March 2022"],
  ])("%j asks %j", async (text, asked) => {
    const query = fixtureEngine();
    await createDispatcher({ commands: COMMANDS, deps: { topics: TOPICS, query }, log: quiet() }).handle(text, request);
    expect(query.asked).toEqual([asked]);
  });

  it.each(["/brief who is the adviser?", "who was speaking in March?"])("%j is a question for ask, not a name lookup", async (text) => {
    const query = fixtureEngine();
    const doc = await createDispatcher({ commands: COMMANDS, deps: { topics: TOPICS, query }, log: quiet() }).handle(text, request);
    expect(query.asked).toEqual([]);
    expect(renderText(doc)).toContain("Questions are not available here yet.");
  });

  it.each([
    ["/brief topicz", "Did you mean /brief topics?"],
    ["/brief hepl", "Did you mean /brief help?"],
  ])("%j is a mistyped command: %j", async (text, expected) => {
    const query = fixtureEngine();
    const doc = await createDispatcher({ commands: COMMANDS, deps: { topics: TOPICS, query }, log: quiet() }).handle(text, request);
    expect(renderText(doc)).toContain(expected);
    expect(query.asked).toEqual([]);
  });

  it("shows a usage error with the usage as a hint, privately", async () => {
    const doc = await createDispatcher({ commands: COMMANDS, deps: { topics: TOPICS, query: fixtureEngine() }, log: quiet() }).handle(
      "/brief who Kalin --verbose",
      request,
    );
    expect(doc.ephemeral).toBe(true);
    expect(doc.blocks).toEqual([
      { type: "paragraph", text: "Unknown option --verbose." },
      { type: "hint", text: 'usage: /brief who <name|"phrase"> [--all]' },
    ]);
  });

  it("without a query engine, fact questions get a plain 'not available' instead of a crash", async () => {
    const doc = await createDispatcher({ commands: COMMANDS, deps: { topics: TOPICS }, log: quiet() }).handle("/brief who Kalin", request);
    expect(renderText(doc)).toContain("The fact store is not open here");
  });

  it("an unexpected failure is logged and answered with an apology, never a stack trace", async () => {
    const out = new PassThrough();
    let logged = "";
    out.on("data", (chunk) => {
      logged += String(chunk);
    });
    const query = {
      ...fixtureEngine(),
      topics: () => {
        throw new Error("disk on fire");
      },
    };
    const doc = await createDispatcher({
      commands: COMMANDS,
      deps: { topics: TOPICS, query },
      log: createLogger({ level: "error", out }),
    }).handle("/brief topics", request);
    expect(renderText(doc)).toContain("Sorry, something went wrong");
    expect(renderText(doc)).not.toContain("disk on fire");
    expect(logged).toContain("command failed");
  });
});
