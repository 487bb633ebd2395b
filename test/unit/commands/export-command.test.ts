import { describe, expect, it } from "vitest";
import { EXPORT_ATTACHMENT_MAX_BYTES, exportCommand } from "../../../commands/export.ts";
import type { AnyCommand, CommandDeps, CommandRequest } from "../../../src/dispatch/command.ts";
import { textInput } from "../../../src/dispatch/parse-text.ts";
import { FIXTURES, fixtureEngine } from "../render/compose/fixtures.ts";

/** A command answering the words typed after its name, as the dispatcher runs it. */
const runText = (command: AnyCommand, words: string[], deps: CommandDeps, request: CommandRequest) =>
  command.execute(textInput(command, words), deps, request);

const request = { platform: "console" as const, channelId: "terminal", userId: "you" };
const topic = { slug: FIXTURES.brief.topic.slug, title: "T", description: "d", keywords: ["k"], minMatches: 1 };

function deps(query = fixtureEngine()): CommandDeps {
  return { topics: [topic], query, commands: [] };
}

describe("/brief export", () => {
  it("answers with one line and the whole brief attached: Markdown, or JSON with --json", async () => {
    const md = await runText(exportCommand, [FIXTURES.brief.topic.slug], deps(), request);
    expect(md.summary).toMatch(/^Export of .*: every fact and citation, in brief-[\w-]+\.md \(\d+ KB\)\.$/);
    expect(md.attachment?.mime).toBe("text/markdown");
    expect(md.attachment?.content).toMatch(/^## /);
    expect(md.ephemeral).toBeUndefined();

    const json = await runText(exportCommand, [FIXTURES.brief.topic.slug, "--json"], deps(), request);
    expect(json.attachment?.filename).toMatch(/\.json$/);
    expect((JSON.parse(json.attachment?.content ?? "") as { answer: { kind: string } }).answer.kind).toBe("topic-brief");
  });

  it("exports a date by what the text names, and says when nothing matches (people: test/integration/export-chat)", async () => {
    expect((await runText(exportCommand, ["March", "2022"], deps(), request)).attachment?.content).toMatch(/^## /);
    const none = await runText(exportCommand, ["Nobody"], deps(), request);
    expect(none.attachment).toBeUndefined();
    expect(none.outcome).toBe("refused");
  });

  it("refuses to attach a file larger than a chat allows, pointing to the command line", async () => {
    const query = fixtureEngine();
    const huge = { ...FIXTURES.brief, summary: [{ ...FIXTURES.brief.summary[0], text: "x ".repeat(EXPORT_ATTACHMENT_MAX_BYTES) }] };
    query.topicBrief = () => huge as typeof FIXTURES.brief;
    const doc = await runText(exportCommand, [FIXTURES.brief.topic.slug], deps(query), request);
    expect(doc.attachment).toBeUndefined();
    expect(doc.summary).toMatch(/MB, more than a chat file may be/);
  });

  it("needs something to export", async () => {
    await expect(runText(exportCommand, [], deps(), request)).rejects.toThrow(/What should I export/);
  });
});
