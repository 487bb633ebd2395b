import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { ArticleFrontMatter } from "../domain/article.ts";
import { UserError } from "../domain/errors.ts";
import { splitFrontMatter, validateFrontMatter } from "./front-matter.ts";

export type ArticleFile = { path: string; meta: ArticleFrontMatter; body: string };

/** Reads one Markdown article with complete front matter (title, source, url, published). */
export function readArticleFile(path: string): ArticleFile {
  const name = basename(path);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UserError(`${name}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const { raw, body } = splitFrontMatter(text, name);
  return { path, meta: validateFrontMatter(raw, name), body };
}

/** The seed articles, sorted by publication date. Any malformed file fails the whole load, naming the file. */
export function loadSeedArticles(dir: string): ArticleFile[] {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith(".md") && file.toLowerCase() !== "readme.md")
    .sort();
  return files.map((file) => readArticleFile(join(dir, file))).sort((a, b) => a.meta.published.localeCompare(b.meta.published));
}
