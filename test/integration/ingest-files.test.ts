import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/main.ts";
import { captureIo } from "../support/cli-io.ts";
import { makeTempDir } from "../support/temp-dir.ts";

const ARTICLE = `---
title: "Ministers meet in Vienna"
source: "Example News"
url: "https://news.example/ministers-meet"
published: "2024-05-10"
---
Foreign ministers met in Vienna on Thursday to discuss a ceasefire, officials said.

"We are closer than ever to an agreement," said Maria Example, the host country's foreign minister.
`;

function workspace() {
  const root = makeTempDir("brief-ingest-");
  const env = { LOG_LEVEL: "silent", DATA_DIR: join(root, "data") };
  const run = async (argv: string[], input = "") => {
    const io = captureIo(input);
    const code = await main(argv, { env, io });
    return { code, out: io.out(), err: io.err() };
  };
  return { root, run };
}

describe("brief ingest with files, folders and stdin", () => {
  it("keeps going past a bad file, lists each failure with its reason, and exits 1", async () => {
    const { root, run } = workspace();
    const dir = join(root, "articles");
    mkdirSync(dir);
    writeFileSync(join(dir, "a-good.md"), ARTICLE);
    writeFileSync(join(dir, "b-bad.md"), "---\ntitle: [unclosed\n---\nbody\n");
    writeFileSync(join(dir, "c-no-date.txt"), "Just some text without any metadata.\n");
    const result = await run(["ingest", dir, join(root, "missing.md")]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("1 new");
    expect(result.err).toMatch(/failed: .*b-bad\.md: .*front matter is not valid YAML/);
    expect(result.err).toMatch(/failed: .*c-no-date\.txt: .*published/);
    expect(result.err).toMatch(/failed: .*missing\.md: cannot be read \(ENOENT\)/);
    expect((await run(["sources", "--json"])).out).toContain("Ministers meet in Vienna");
  });

  it("reads stdin with the metadata given as flags", async () => {
    const { run } = workspace();
    const text = 'Talks resumed in Geneva on Monday.\n\n"Progress is slow," said John Sample, a mediator.\n';
    const result = await run(["ingest", "-", "--published", "2024-06-03", "--source", "Wire", "--title", "Talks resume"], text);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain("1 new");
    expect((await run(["who", "John Sample", "--json"])).out).toContain("Progress is slow");
  });

  it("refuses bad flags as a usage error naming the flag", async () => {
    const { run } = workspace();
    const result = await run(["ingest", "-", "--published", "2024-13-40"]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("--published");
  });

  it("replaces an article whose URL is known but whose text changed", async () => {
    const { root, run } = workspace();
    const path = join(root, "article.md");
    writeFileSync(path, ARTICLE);
    await run(["ingest", path]);
    writeFileSync(path, ARTICLE.replace("closer than ever to an agreement", "still far from a deal"));
    const result = await run(["ingest", path]);
    expect(result.out).toContain("1 replaced");
    const search = await run(["search", "agreement", "--json"]);
    expect(search.out).not.toContain("closer than ever");
    expect((await run(["sources", "--json"])).out).toContain('"total": 1');
  });

  it("re-tags stored articles from the current config without re-extracting", async () => {
    const { run } = workspace();
    await run(["ingest", "seeds"]);
    const result = await run(["retag"]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Re-tagged 2 articles; 2 belong to at least one topic/);
    expect(result.out).toMatch(/turkey-mediation: 2 articles/);
  });

  it("reports a damaged database file and leaves it alone", async () => {
    const { root, run } = workspace();
    mkdirSync(join(root, "data"));
    writeFileSync(join(root, "data", "brief.db"), "not a database at all, just text\n".repeat(20));
    const result = await run(["topics"]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("Nothing was written to it");
  });
});

describe("brief serve on a first start", () => {
  it("fills an empty store from the seeds before the chat starts, and leaves a filled one alone", async () => {
    const { run } = workspace();
    const first = await run(["serve"], "");
    expect(first.code, first.err).toBe(0);
    expect((await run(["sources", "--json"])).out).toContain('"total": 2');
    await run(["serve"], "");
    expect((await run(["sources", "--json"])).out).toContain('"total": 2');
  });
});
