import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { type ArticleFrontMatter, ArticleFrontMatterSchema } from "../domain/article.ts";
import { UserError } from "../domain/errors.ts";

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * Splits a Markdown article into its YAML front matter and body. A file without front matter is all body.
 * `name` is used in error messages so the person can find the file.
 */
export function splitFrontMatter(text: string, name: string): { raw: Record<string, unknown>; body: string } {
  const match = FENCE.exec(text);
  if (!match) return { raw: {}, body: text };
  let raw: unknown;
  try {
    raw = parseYaml(match[1] ?? "");
  } catch (error) {
    throw new UserError(`${name}: the front matter is not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  if (raw !== null && raw !== undefined && (typeof raw !== "object" || Array.isArray(raw))) {
    throw new UserError(`${name}: the front matter must be a set of "key: value" lines`);
  }
  return { raw: (raw ?? {}) as Record<string, unknown>, body: text.slice(match[0].length) };
}

/** Validates complete front matter; the error names the file, the field, what was found and what was expected. */
export function validateFrontMatter(raw: Record<string, unknown>, name: string): ArticleFrontMatter {
  const result = ArticleFrontMatterSchema.safeParse(raw);
  if (result.success) return result.data;
  throw new UserError(`${name}: invalid front matter\n${describeIssues(result.error, raw)}`);
}

export function describeIssues(error: z.ZodError, raw: Record<string, unknown>): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.join(".") || "(front matter)";
      const found = issue.path.length > 0 ? raw[String(issue.path[0])] : undefined;
      const foundText = found === undefined ? "missing" : `found ${JSON.stringify(found)}`;
      const message =
        issue.code === "unrecognized_keys"
          ? `unknown field(s) ${issue.keys.join(", ")}; expected title, source, url, published, published_note`
          : issue.message;
      return `  ${field}: ${message}${issue.code === "unrecognized_keys" ? "" : ` (${foundText})`}`;
    })
    .join("\n");
}

/** The article fields front matter may give, as `brief ingest` and `brief extract` both read them. */
export const ARTICLE_FIELDS = ["title", "source", "url", "published"] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];

const HTTP_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i;

/** True for "" (no URL) or an http(s) URL; `javascript:`, `file:` and the like are not article addresses. */
export function isArticleUrl(url: string): boolean {
  if (url === "") return true;
  if (!HTTP_URL.test(url)) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * The one check of front matter values, shared by ingest and extract: each field is text (a YAML number is
 * read as text, a YAML date as YYYY-MM-DD); a list, a map or true/false is refused naming the field, and so
 * is a url that is not http(s). Fields not given are left out. Unknown fields are ignored here.
 */
export function frontMatterFields(raw: Record<string, unknown>, name: string): Partial<Record<ArticleField, string>> {
  const fields: Partial<Record<ArticleField, string>> = {};
  for (const field of ARTICLE_FIELDS) {
    const value = raw[field];
    if (value === undefined || value === null) continue;
    if (typeof value === "string") fields[field] = value;
    else if (typeof value === "number" && Number.isFinite(value)) fields[field] = String(value);
    else if (value instanceof Date && !Number.isNaN(value.getTime())) fields[field] = value.toISOString().slice(0, 10);
    else throw new UserError(`${name}: front matter field ${field}: expected text, found ${describeValue(value)}`);
  }
  const url = fields.url?.trim();
  if (url !== undefined && !isArticleUrl(url)) {
    throw new UserError(`${name}: front matter field url: expected an http(s) URL, found ${JSON.stringify(url.slice(0, 200))}`);
  }
  return fields;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return "a list (write the value on one line, in quotes if it has a colon)";
  if (typeof value === "object") return 'a map (write the value on one line, in quotes if it has a colon: title: "A: B")';
  return JSON.stringify(value) ?? String(value);
}
