import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { ArticleFacts } from "../../src/domain/facts.ts";
import { extractArticle } from "../../src/extract/index.ts";
import { readArticleFile } from "../../src/ingest/seeds.ts";
import { type GoldArticle, GoldFileSchema } from "./gold-score.ts";

/** An article file of a dev folder, with its gold entry when one names it. */
export type Article = { file: string; path: string; gold?: GoldArticle };

/** The sha1 of a file name, in hex: the stable order and split of a dev folder's articles. */
export function nameHash(file: string): string {
  return createHash("sha1").update(basename(file)).digest("hex");
}

/** Stable split by file name: sha1's first hex digit even → tune, odd → heldout. */
export function splitOf(file: string): "tune" | "heldout" {
  const digit = Number.parseInt(nameHash(file)[0] ?? "0", 16);
  return digit % 2 === 0 ? "tune" : "heldout";
}

/** The value after --split: "tune" or "heldout"; anything else goes to `fail`, which prints the calling script's usage. */
export function parseSplit(value: string | undefined, fail: (message: string) => never): "tune" | "heldout" {
  if (value !== "tune" && value !== "heldout") fail(`--split takes "tune" or "heldout", not ${JSON.stringify(value ?? "")}`);
  return value;
}

/** The article file a gold entry names: as written, or the .md of a .txt name (the seeds). */
function resolve(folder: string, file: string): string | null {
  for (const candidate of [file, file.replace(/\.txt$/, ".md")]) if (existsSync(join(folder, candidate))) return join(folder, candidate);
  return null;
}

/** Every article of a folder: those its gold files (and `goldFile`) name first, then the others. */
export function articlesOf(folder: string, goldFile: string | undefined): Article[] {
  const golds = readdirSync(folder)
    .filter((f) => f.endsWith(".gold.json"))
    .sort()
    .map((f) => join(folder, f));
  if (goldFile) golds.push(goldFile);
  const out: Article[] = [];
  const seen = new Set<string>();
  for (const path of golds) {
    const json = JSON.parse(readFileSync(path, "utf8"));
    // why: a gold of another kind (test/fixtures/stories/stories.gold.json: corroboration gold) holds no articles
    if (!Array.isArray(json.articles)) continue;
    for (const gold of GoldFileSchema.parse(json).articles) {
      const file = resolve(folder, gold.file);
      if (!file) continue;
      seen.add(file);
      out.push({ file: gold.file, path: file, gold });
    }
  }
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (!/\.(txt|md)$/.test(name) || /^readme\.md$/i.test(name) || seen.has(path)) continue;
    out.push({ file: name, path });
  }
  return out;
}

/** The facts of one article (.md: front matter; .txt: headline, blank line, body), gold metadata first. */
export function extract(article: Article): { facts: ArticleFacts; text: string } {
  if (article.path.endsWith(".md")) {
    const file = readArticleFile(article.path);
    const meta = {
      ...file.meta,
      published: article.gold?.published ?? file.meta.published,
      source: article.gold?.source ?? file.meta.source,
    };
    return { facts: extractArticle({ ...meta, text: file.body }), text: file.body };
  }
  const raw = readFileSync(article.path, "utf8");
  const split = raw.indexOf("\n\n");
  const title = split > 0 ? raw.slice(0, split).trim() : (article.gold?.title ?? "");
  const text = split > 0 ? raw.slice(split + 2) : raw;
  const facts = extractArticle({
    title: article.gold?.title ?? title,
    source: article.gold?.source ?? "unknown",
    url: "",
    published: article.gold?.published ?? "2000-01-01",
    text,
  });
  return { facts, text };
}
