import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corroborate } from "../../../src/corroborate/corroborate.ts";
import { type Corroboration, CorroborationInputSchema, CorroborationSchema } from "../../../src/corroborate/types.ts";
import { extractArticle } from "../../../src/extract/index.ts";
import { readArticleFile } from "../../../src/ingest/seeds.ts";
import { foldForMatch } from "../../../src/text/normalize.ts";
import { GOLD_STORIES, type GoldStory, storyArticle } from "./fixture-stories.ts";

// The fixture stories (test/fixtures/stories, README there) through the real extractor: merges, source counts
// with wire copies collapsed, and exactly the conflicts stories.gold.json names, no other.

const ARTICLES_DIR = join(import.meta.dirname, "../../fixtures/articles");

const has = (text: string, fragment: string) => foldForMatch(text).includes(foldForMatch(fragment));

function run(story: GoldStory): { result: Corroboration; idOf: (file: string) => string } {
  const inputs = story.articles.map(storyArticle);
  const ids = new Map(story.articles.map((file, index) => [file, inputs[index]?.facts.article.id ?? ""]));
  return { result: corroborate(inputs), idOf: (file) => ids.get(file) ?? "" };
}

describe.each(GOLD_STORIES.map((story) => [story.name, story] as const))("fixture story %s", (_name, story) => {
  const { result, idOf } = run(story);

  it("reads input and gives output that pass their schemas", () => {
    for (const file of story.articles) expect(() => CorroborationInputSchema.parse(storyArticle(file))).not.toThrow();
    expect(() => CorroborationSchema.parse(result)).not.toThrow();
  });

  it("counts wire copies as one source and independent outlets apart", () => {
    const copies = new Set(story.wireCopies.flat());
    for (const [a, b] of story.wireCopies) expect(result.sourceOf[idOf(a)]).toBe(result.sourceOf[idOf(b)]);
    const independent = story.articles.filter((file) => !copies.has(file) || story.wireCopies.some(([lead]) => lead === file));
    expect(new Set(independent.map((file) => result.sourceOf[idOf(file)])).size).toBe(independent.length);
  });

  it.each(story.merges.map((merge) => [`${merge.kind}: ${merge.text}`, merge] as const))("merges %s", (_label, merge) => {
    // why: the extractor may date one sentence twice (a wire dateline's day beside the event's); the gold names the event's date
    const group = result.groups.find(
      (g) => g.kind === merge.kind && (!merge.date || g.date === merge.date) && g.citations.some((c) => has(c.text, merge.text)),
    );
    expect(group, `no ${merge.kind} group citing "${merge.text}"`).toBeDefined();
    expect({ articles: group?.articles, sources: group?.sources }).toEqual({ articles: merge.articles, sources: merge.sources });
    if (merge.about) expect(group?.about).toContain(merge.about);
    if (merge.date) expect(group?.date).toBe(merge.date);
  });

  it("keeps apart the facts that only share a day or a place", () => {
    for (const apart of story.apart) {
      const group = result.groups.find((g) => g.kind === apart.kind && g.citations.some((c) => has(c.text, apart.text)));
      expect(group, `no ${apart.kind} group citing "${apart.text}"`).toBeDefined();
      expect(group?.articles, apart.text).toBe(1);
    }
  });

  it("flags exactly the conflicts of the gold, each with both versions cited", () => {
    const found = result.conflicts.map((conflict) => ({ kind: conflict.kind, values: conflict.versions.map((v) => v.value).sort() }));
    const wanted = story.conflicts.map((conflict) => ({ kind: conflict.kind, values: [...conflict.values].sort() }));
    expect(found).toEqual(expect.arrayContaining(wanted));
    expect(found).toHaveLength(wanted.length);
    for (const conflict of result.conflicts) expect(conflict.versions[0].article.id).not.toBe(conflict.versions[1].article.id);
  });
});

describe("all fixture stories together, with the fixture articles of other styles", () => {
  const files = GOLD_STORIES.flatMap((story) => story.articles);
  // why: ten more invented articles on other subjects, each an outlet of its own: more chances for a false conflict
  const others = readdirSync(ARTICLES_DIR)
    .filter((name) => name.endsWith(".md"))
    .map((name) => {
      const file = readArticleFile(join(ARTICLES_DIR, name));
      return { facts: extractArticle({ ...file.meta, text: file.body }), text: file.body };
    });
  const result = corroborate([...files.map(storyArticle), ...others]);
  const storyOf = new Map(GOLD_STORIES.flatMap((story) => story.articles.map((file) => [storyArticle(file).facts.article.id, story.name])));

  it("merges nothing across stories", () => {
    const mixed = result.groups.filter((group) => new Set(group.citations.map((c) => storyOf.get(c.article.id) ?? c.article.id)).size > 1);
    expect(mixed.map((group) => group.text)).toEqual([]);
  });

  it("flags no conflict beyond the stories' own", () => {
    expect(result.conflicts).toHaveLength(GOLD_STORIES.reduce((sum, story) => sum + story.conflicts.length, 0));
    for (const conflict of result.conflicts)
      expect(storyOf.get(conflict.versions[0].article.id)).toBe(storyOf.get(conflict.versions[1].article.id));
  });
});
