import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/main.ts";
import { captureIo } from "../support/cli-io.ts";
import { makeTempDir } from "../support/temp-dir.ts";

const dataDir = makeTempDir("brief-export-");

async function brief(argv: string[]) {
  const io = captureIo();
  const code = await main(argv, { env: { LOG_LEVEL: "silent", DATA_DIR: dataDir }, io });
  return { code, out: io.out(), err: io.err() };
}

describe("brief export (over the seed articles)", () => {
  it("writes a whole topic brief as Markdown and JSON: nothing capped, each citation linked", async () => {
    const md = await brief(["export", "turkey-mediation"]);
    expect(md.code, md.err).toBe(0);
    expect(md.out).toMatch(/^## /);
    const quotes = md.out.split("\n").filter((line) => line.startsWith("> “")).length;
    expect(md.out).not.toContain("--all");
    expect(md.out).toMatch(/\[\\\[1\\\]\]\(https:\/\//);

    const json = await brief(["export", "turkey-mediation", "--format", "json"]);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.out) as {
      exportedAt: string;
      answer: { kind: string; quotes: { kind: string }[]; timeline: unknown[]; sources: unknown[] };
    };
    expect(parsed.answer.kind).toBe("topic-brief");
    expect(quotes).toBe(parsed.answer.quotes.filter((quote) => quote.kind !== "indirect").length);
    // every timeline entry and source, where the chat brief shows the first 12 and 25
    const timeline = md.out.split("\n").filter((line) => /^- \*\*/.test(line)).length;
    expect(timeline).toBeGreaterThanOrEqual(parsed.answer.timeline.length);
    expect(md.out).toContain(`\\[${parsed.answer.sources.length}\\]`);
  });

  it("exports a date and a person, picked by what the text names", async () => {
    const day = await brief(["export", "2022-03-24", "--format", "json"]);
    expect(day.code, day.err).toBe(0);
    expect((JSON.parse(day.out) as { answer: { kind: string } }).answer.kind).toBe("on-date");
    const person = await brief(["export", "Kalin"]);
    expect(person.code, person.err).toBe(0);
    expect(person.out).toContain("Ibrahim Kalin");
  });

  it("writes --out FILE, refuses to replace it without --force, and says when nothing matches", async () => {
    const file = join(dataDir, "brief.md");
    const first = await brief(["export", "turkey-mediation", "--out", file]);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain(`Wrote topic-brief export to ${file}.`);
    expect(readFileSync(file, "utf8")).toMatch(/^## /);
    writeFileSync(file, "mine");
    const refused = await brief(["export", "turkey-mediation", "--out", file]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("already exists");
    expect(readFileSync(file, "utf8")).toBe("mine");
    expect((await brief(["export", "turkey-mediation", "--out", file, "--force"])).code).toBe(0);

    const none = await brief(["export", "Zebulon Quartermain"]);
    expect(none.code).toBe(1);
    expect(none.err).not.toBe("");
    const badFormat = await brief(["export", "turkey-mediation", "--format", "pdf"]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.err).toContain('--format: expected "md" or "json"');
  });
});
