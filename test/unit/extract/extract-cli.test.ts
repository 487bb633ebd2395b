import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ArticleFactsSchema } from "../../../src/domain/facts.ts";
import { main } from "../../../src/main.ts";
import { captureIo } from "../../support/cli-io.ts";
import { makeTempDir } from "../../support/temp-dir.ts";

const dir = makeTempDir("brief-extract-");
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const BODY = '"We will rebuild the bridge," Mayor Ana Ruiz said on Monday.\n\nThe council approved the plan in 2019.';
const ARTICLE = file(
  "article.md",
  `---\ntitle: "Bridge to reopen"\nsource: "Valley Post"\nurl: "https://example.com/bridge"\npublished: "2024-05-08"\n---\n${BODY}\n`,
);

async function run(...argv: string[]) {
  const io = captureIo();
  const code = await main(["extract", ...argv], { env: { LOG_LEVEL: "silent", DATA_DIR: dir }, io });
  return { code, out: io.out(), err: io.err() };
}

describe("brief extract", () => {
  it("prints quotes with speakers, events and entities for a Markdown article", async () => {
    const { code, out } = await run(ARTICLE);
    expect(code).toBe(0);
    expect(out).toContain("Ana Ruiz");
    expect(out).toContain("We will rebuild the bridge,");
    expect(out).toContain("2024-05-06");
    expect(out).toContain("2019");
  });

  it("prints exactly the ArticleFacts shape with --json", async () => {
    const { code, out } = await run(ARTICLE, "--json");
    expect(code).toBe(0);
    const facts = ArticleFactsSchema.parse(JSON.parse(out));
    expect(facts.article).toMatchObject({ title: "Bridge to reopen", source: "Valley Post", published: "2024-05-08" });
    expect(facts.quotes[0]?.saidOn).toMatchObject({ date: "2024-05-06", basis: "weekday" });
  });

  it("lets flags override the front matter", async () => {
    const { out } = await run(ARTICLE, "--json", "--published", "2024-05-15", "--source", "Other Paper");
    const facts = ArticleFactsSchema.parse(JSON.parse(out));
    expect(facts.article).toMatchObject({ source: "Other Paper", published: "2024-05-15" });
    expect(facts.quotes[0]?.saidOn?.date).toBe("2024-05-13");
  });

  it("reads plain text when the metadata comes from flags", async () => {
    const plain = file("plain.txt", BODY);
    const { code, out } = await run(plain, "--title", "Bridge", "--source", "Valley Post", "--published", "2024-05-08", "--json");
    expect(code).toBe(0);
    expect(ArticleFactsSchema.parse(JSON.parse(out)).quotes).toHaveLength(1);
  });

  it.each([
    ["published", ["--title", "T", "--source", "S"]],
    ["source", ["--title", "T", "--published", "2024-05-08"]],
    ["title", ["--source", "S", "--published", "2024-05-08"]],
  ])("refuses plain text without %s, naming the flag", async (field, flags) => {
    const { code, err } = await run(file("bare.txt", BODY), ...flags);
    expect(code).toBe(2);
    expect(err).toContain(`--${field}`);
  });

  it("refuses a bad --published date, naming the flag and the value", async () => {
    const { code, err } = await run(ARTICLE, "--published", "2024-02-30");
    expect(code).toBe(2);
    expect(err).toContain("--published");
    expect(err).toContain('"2024-02-30"');
  });

  it("refuses a bad date in the front matter, naming the field and the value", async () => {
    const bad = file("bad-date.md", `---\ntitle: T\nsource: S\npublished: "2024-13-01"\n---\n${BODY}`);
    const { code, err } = await run(bad);
    expect(code).toBe(1);
    expect(err).toContain("published");
    expect(err).toContain('"2024-13-01"');
  });

  it("reports an unreadable file clearly", async () => {
    const { code, err } = await run(join(dir, "missing.md"));
    expect(code).toBe(1);
    expect(err).toContain("missing.md: cannot be read");
  });

  it("reads an empty or binary file and reports warnings instead of crashing", async () => {
    const flags = ["--title", "T", "--source", "S", "--published", "2024-05-08", "--json"];
    const empty = await run(file("empty.txt", ""), ...flags);
    expect(empty.code).toBe(0);
    expect(JSON.parse(empty.out).warnings).toContain("the article has no text");
    const binary = await run(file("blob.bin", Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 131) % 256))), ...flags);
    expect(binary.code).toBe(0);
    expect(JSON.parse(binary.out).warnings.join(" ")).toContain("binary");
  });
});
