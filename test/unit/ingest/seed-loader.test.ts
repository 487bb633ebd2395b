import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSeedArticles, readArticleFile } from "../../../src/ingest/seeds.ts";
import { ROOT } from "../../support/source-tree.ts";
import { makeTempDir } from "../../support/temp-dir.ts";

function articleFile(frontMatter: string, body = "Body text.\n"): string {
  const dir = makeTempDir("brief-seed-");
  const path = join(dir, "story.md");
  writeFileSync(path, `---\n${frontMatter}\n---\n${body}`);
  return path;
}

const GOOD = 'title: "A title"\nsource: "Wire"\nurl: "https://example.com/a"\npublished: "2021-05-04"';

describe("seed articles", () => {
  it("loads both seeds with their metadata, sorted by date", () => {
    const seeds = loadSeedArticles(join(ROOT, "seeds"));
    expect(seeds.map((seed) => [seed.meta.source, seed.meta.published])).toEqual([
      ["Ahval", "2022-03-27"],
      ["NPR", "2022-11-15"],
    ]);
  });

  it("keeps the article text unchanged below the front matter, junk lines included", () => {
    const seeds = loadSeedArticles(join(ROOT, "seeds"));
    const npr = seeds.find((seed) => seed.meta.source === "NPR");
    expect(npr?.body.startsWith("ISTANBUL —")).toBe(true);
    expect(npr?.body).toContain("300x250 Ad");
  });

  it("reads a well-formed article file", () => {
    const article = readArticleFile(articleFile(GOOD));
    expect(article.meta).toMatchObject({ title: "A title", source: "Wire", published: "2021-05-04" });
    expect(article.body).toBe("Body text.\n");
  });

  it.each([
    [GOOD.replace("2021-05-04", "2021-13-45"), "published", "2021-13-45"],
    [GOOD.replace("2021-05-04", "yesterday"), "published", "yesterday"],
    [GOOD.replace('url: "https://example.com/a"', 'url: "not a url"'), "url", "not a url"],
    [GOOD.replace('title: "A title"\n', ""), "title", "missing"],
    [`${GOOD}\nauthor: "Someone"`, "unknown field(s) author", ""],
  ])("rejects malformed front matter naming the file and the field (%#)", (frontMatter, field, found) => {
    const path = articleFile(frontMatter);
    expect(() => readArticleFile(path)).toThrow(/story\.md/);
    expect(() => readArticleFile(path)).toThrow(field);
    if (found) expect(() => readArticleFile(path)).toThrow(found);
  });

  it("rejects front matter that is not YAML", () => {
    expect(() => readArticleFile(articleFile("title: [unclosed"))).toThrow(/story\.md: the front matter is not valid YAML/);
  });
});
