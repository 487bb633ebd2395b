import { readdirSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { z } from "zod";
import { type ArticleInput, ArticleInputSchema } from "../domain/article.ts";
import { UserError } from "../domain/errors.ts";
import { binaryReason, decodeUtf8 } from "./binary-check.ts";
import { describeIssues, frontMatterFields, isArticleUrl, splitFrontMatter } from "./front-matter.ts";
import type { InputSource } from "./input-source.ts";
import { readFileCapped } from "./read-capped.ts";

/** Values for articles whose front matter lacks them (plain text files, stdin). */
export type ArticleDefaults = { published?: string; source?: string; title?: string; url?: string };

const ARTICLE_EXTENSIONS = new Set([".md", ".markdown", ".txt"]);

/**
 * Expands PATH… into sources: files as given, folders recursively (.md, .markdown, .txt, sorted), "-" as stdin.
 * Each file becomes an article with its front matter first and `defaults` filling in what it lacks. Files are
 * read up to MAX_INPUT_BYTES (larger ones are refused) and binary ones are refused, each with its reason.
 */
export function listSources(paths: readonly string[], readStdin: () => Uint8Array, defaults: ArticleDefaults = {}): InputSource[] {
  const source = (name: string, read: () => Uint8Array): InputSource => ({
    name,
    load: () => ({ kind: "article", article: toArticleInput(name, textOf(read()), defaults) }),
  });
  return paths.flatMap((path): InputSource[] => {
    if (path === "-") return [source("(stdin)", readStdin)];
    let isDirectory = false;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
      return [source(path, () => fail(`cannot be read (${code})`))];
    }
    if (!isDirectory) return [source(path, () => readText(path))];
    return filesUnder(path).map((file) => source(file, () => readText(file)));
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name.startsWith(".") ? [] : filesUnder(path);
      const article = ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase()) && entry.name.toLowerCase() !== "readme.md";
      return article ? [path] : [];
    });
}

function readText(path: string): Uint8Array {
  return readFileCapped(path);
}

function textOf(bytes: Uint8Array): string {
  const text = decodeUtf8(bytes);
  const binary = binaryReason(bytes, text);
  if (binary) fail(binary);
  return text;
}

function fail(message: string): never {
  throw new UserError(message);
}

const missing = (what: string) => ({ error: `expected ${what}` });
const MetaSchema = z.object({
  title: z.string(missing("a title (front matter title: or --title)")).trim().min(1, "expected a non-empty title"),
  source: z.string(missing("the outlet (front matter source: or --source)")).trim().min(1, "expected the outlet's name"),
  url: z.string().trim().default("").refine(isArticleUrl, "expected an http(s) URL"),
  published: z
    .string(missing("the publication day (front matter published: or --published YYYY-MM-DD)"))
    .pipe(ArticleInputSchema.shape.published),
});

/**
 * Turns a file's text into an ArticleInput: front matter first, then the defaults; a missing title falls
 * back to the first line of the body. The error names the file and the missing field.
 */
export function toArticleInput(name: string, text: string, defaults: ArticleDefaults): ArticleInput {
  const { raw, body } = splitFrontMatter(text, basename(name));
  if (body.trim() === "") throw new UserError(`${name}: the article has no text`);
  const firstLine = body.trim().split("\n")[0]?.trim().slice(0, 200);
  const merged = { title: firstLine, ...defined(defaults), ...defined(frontMatterFields(raw, basename(name))) };
  const result = MetaSchema.safeParse(merged);
  if (!result.success) throw new UserError(describeIssues(result.error, merged).trim().replace(/\n\s*/g, "; "));
  return { ...result.data, text: body };
}

function defined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== ""));
}
