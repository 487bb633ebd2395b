import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { type ArticleFrontMatter, ArticleFrontMatterSchema } from "../domain/article.ts";
import { UserError } from "../domain/errors.ts";

export type ParsedArticleFile = { frontMatter: Partial<ArticleFrontMatter>; body: string };

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
