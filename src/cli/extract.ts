import { basename } from "node:path";
import { z } from "zod";
import type { ArticleInput } from "../domain/article.ts";
import { IsoDaySchema } from "../domain/dates.ts";
import { UsageError, UserError } from "../domain/errors.ts";
import type { ArticleFacts } from "../domain/facts.ts";
import { decodeUtf8 } from "../ingest/binary-check.ts";
import { type ArticleField, frontMatterFields, isArticleUrl, splitFrontMatter } from "../ingest/front-matter.ts";
import { readFileCapped } from "../ingest/read-capped.ts";
import { stripControlChars } from "../text/control-chars.ts";
import { parseCliArgs } from "./args.ts";
import { ARTICLE_FLAGS } from "./article-flags.ts";
import type { CliCommand } from "./types.ts";

const usage = "brief extract FILE [--published YYYY-MM-DD] [--source NAME] [--title TEXT] [--url URL] [--json]";

const FIELDS = ["title", "source", "published"] as const;

export const extractCommand: CliCommand = {
  name: "extract",
  summary: "Read one article and print its quotes, speakers, dated events and entities",
  usage,
  details:
    "FILE is Markdown with front matter (title, source, url, published) or plain text; the flags fill in or override the front matter. --json prints the ArticleFacts shape.",
  run: async (args, { io }) => {
    const options = parseCliArgs(
      args,
      ARTICLE_FLAGS,
      z.object({
        published: z.string().optional(),
        source: z.string().trim().min(1, "expected the outlet's name").optional(),
        title: z.string().trim().min(1, "expected the headline").optional(),
        url: z.string().optional(),
        json: z.boolean().optional(),
        positionals: z.array(z.string()).length(1, "expected exactly one FILE"),
      }),
      usage,
    );
    const path = options.positionals[0] ?? "";
    const input = readInput(path, options);
    // why: the extractor (and its date parser, hundreds of modules) loads only when an article is read.
    const { extractArticle } = await import("../extract/index.ts");
    const facts = extractArticle(input);
    io.stdout.write(options.json ? `${JSON.stringify(facts, null, 2)}\n` : stripControlChars(formatFacts(facts)));
    return 0;
  },
};

type Flags = { published?: string; source?: string; title?: string; url?: string };

/**
 * Reads FILE (at most MAX_INPUT_BYTES; any bytes: undecodable ones become U+FFFD and a warning) and merges
 * front matter with flags. Front matter is checked as `brief ingest` checks it (frontMatterFields).
 */
function readInput(path: string, flags: Flags): ArticleInput {
  const name = basename(path);
  let bytes: Buffer;
  try {
    bytes = readFileCapped(path);
  } catch (error) {
    throw new UserError(`${name}: ${(error as Error).message}`);
  }
  const { raw, body } = splitFrontMatter(decodeUtf8(bytes), name);
  const fields = frontMatterFields(raw, name);
  const value = (key: ArticleField): string | undefined => flags[key] ?? fields[key];
  for (const field of FIELDS) {
    if (value(field) === undefined || value(field)?.trim() === "") {
      throw new UsageError(`${name}: no ${field} in the front matter; pass --${field}\nusage: ${usage}`);
    }
  }
  const published = value("published") ?? "";
  if (!IsoDaySchema.safeParse(published).success) {
    const where = flags.published !== undefined ? "--published" : `${name}: front matter field published`;
    const message = `${where}: expected a real date as YYYY-MM-DD, found ${JSON.stringify(published)}`;
    throw flags.published !== undefined ? new UsageError(`${message}\nusage: ${usage}`) : new UserError(message);
  }
  const url = value("url")?.trim() ?? "";
  if (!isArticleUrl(url)) {
    const where = flags.url !== undefined ? "--url" : `${name}: front matter field url`;
    throw new UserError(`${where}: expected an http(s) URL, found ${JSON.stringify(url.slice(0, 200))}`, {
      exitCode: flags.url !== undefined ? 2 : 1,
    });
  }
  return { title: value("title") ?? "", source: value("source") ?? "", url, published, text: body };
}

/** The readable report: quotes with speakers, events, entities, warnings. */
export function formatFacts(facts: ArticleFacts): string {
  const { article } = facts;
  const lines = [`${article.title}`, `${article.source}, published ${article.published}  (id ${article.id})`, ""];
  lines.push(`Quotes (${facts.quotes.length})`);
  for (const quote of facts.quotes) {
    const who = quote.speaker.name ?? `unnamed: ${quote.speaker.description ?? "?"}`;
    const role = quote.speaker.role ? `, ${quote.speaker.role}` : "";
    const via = quote.via ? `  via ${quote.via}` : "";
    const said = quote.saidOn ? `  on ${quote.saidOn.date} (${quote.saidOn.basis})` : "";
    const text = quote.kind === "indirect" ? quote.text : `“${quote.text}”`;
    lines.push(`  [${quote.kind}] ${who}${role}${via}${said}`, `      ${text}`);
  }
  lines.push("", `Events (${facts.events.length})`);
  for (const event of facts.events)
    lines.push(
      `  ${(event.edtf ?? event.date).padEnd(10)} ${(event.edtf ? "range" : event.precision).padEnd(5)} ${event.basis.padEnd(9)} ${event.summary}`,
    );
  lines.push("", `Entities (${facts.entities.length})`);
  for (const entity of facts.entities) {
    const aliases = entity.aliases.length > 0 ? `  also: ${entity.aliases.join(", ")}` : "";
    const roles = entity.roles.length > 0 ? `  roles: ${entity.roles.map((role) => role.text).join("; ")}` : "";
    lines.push(`  ${entity.type.padEnd(12)} ${entity.name}${aliases}${roles}`);
  }
  if (facts.warnings.length > 0) lines.push("", "Warnings", ...facts.warnings.map((warning) => `  - ${warning}`));
  return `${lines.join("\n")}\n`;
}
