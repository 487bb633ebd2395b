import { z } from "zod";
import { IsoDaySchema } from "../domain/dates.ts";
import { describeSummary, ingestAll } from "../ingest/ingest-run.ts";
import { type InputArg, InputArgSchema } from "../ingest/input-arg.ts";
import type { InputSource } from "../ingest/input-source.ts";
import { MAX_INPUT_BYTES, readStreamCapped, sizeText } from "../ingest/read-capped.ts";
import { type ArticleDefaults, listSources } from "../ingest/read-inputs.ts";
import { DEFAULT_FETCH_LIMITS } from "../ingest/web/fetch-page.ts";
import { guardedFetch } from "../ingest/web/guarded-fetch.ts";
import { storedArticleIdByUrl } from "../ingest/web/stored-article.ts";
import type { WebSourceDeps } from "../ingest/web/web-source.ts";
import { stripControlChars } from "../text/control-chars.ts";
import { parseCliArgs } from "./args.ts";
import { ARTICLE_FLAGS } from "./article-flags.ts";
import type { CliCommand } from "./types.ts";

const usage =
  "brief ingest PATH|URL… [--published YYYY-MM-DD] [--source OUTLET] [--title TITLE] [--url URL] [--limit N] [--timeout SECONDS] [--refetch] [--json]";

const INGEST_FLAGS = { ...ARTICLE_FLAGS, limit: { type: "string" }, timeout: { type: "string" }, refetch: { type: "boolean" } } as const;

const OptionsSchema = z
  .object({
    published: IsoDaySchema.optional(),
    source: z.string().trim().min(1).optional(),
    title: z.string().trim().min(1).optional(),
    url: z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }).optional(),
    json: z.boolean().default(false),
    limit: z.coerce
      .number({ error: "expected a number of feed items" })
      .int("expected a whole number")
      .positive("expected 1 or more")
      .optional(),
    timeout: z.coerce
      .number({ error: "expected seconds, e.g. 15 or 2.5" })
      .positive("expected more than 0 seconds")
      .max(300, "expected 300 seconds or less")
      .optional(),
    refetch: z.boolean().default(false),
    positionals: z.array(InputArgSchema).min(1, "expected at least one file, folder, URL, or - for stdin"),
  })
  .refine((options) => !(options.url && options.positionals.some((input) => input.kind === "url")), {
    path: ["url"],
    message: "gives the URL of a file's or stdin's article; a web page's URL is the one fetched (or its canonical link)",
  });

export const ingestCommand: CliCommand = {
  name: "ingest",
  summary:
    "Extract facts from article files, folders, stdin (-), web pages and RSS/Atom feeds and store them; the same article twice is a no-op",
  usage,
  details: [
    "Markdown files with front matter (title, source, url, published) need no flags; for plain text and stdin,",
    "--published, --source and --title fill in what the file does not say (title defaults to the first line).",
    "An http(s) URL is fetched: a web page is read as one article (title, outlet, date and canonical URL from",
    "its metadata; --published, --source and --title override them), plain text as a file, and an RSS or Atom",
    "feed as its items, each item's page fetched in turn (--title does not apply to feed items). Feed items",
    "whose URL is already stored are not fetched again unless --refetch; --limit N reads only a feed's first N items.",
    `Each request gets ${DEFAULT_FETCH_LIMITS.timeoutMs / 1000} seconds (--timeout SECONDS) and at most ${DEFAULT_FETCH_LIMITS.maxBytes / 1024 / 1024} MB; redirects are followed.`,
    `Files and stdin are read up to ${sizeText(MAX_INPUT_BYTES)} each (longer ones are refused); binary files are refused.`,
    "An article whose URL is already stored but whose text changed replaces the old version.",
    "Exit code 1 when any file, page or feed item failed; the summary lists each failure with its reason.",
  ].join("\n"),
  run: async (args, ctx) => {
    const options = parseCliArgs(args, INGEST_FLAGS, OptionsSchema, usage);
    const stdin = options.positionals.some((input) => input.kind === "stdin") ? await readStreamCapped(ctx.io.stdin) : new Uint8Array();
    const store = ctx.store();
    // why: a damaged store is reported before anything is fetched or written (cost: bench:store, "integrity")
    store.checkIntegrity();
    const defaults: ArticleDefaults = { published: options.published, source: options.source, title: options.title, url: options.url };
    const web: WebSourceDeps = {
      // why: a URL may name an intranet host or the cloud metadata service; only the operator can allow that
      fetch: guardedFetch(ctx.fetch, { allowPrivate: ctx.config.env.BRIEF_ALLOW_PRIVATE_HOSTS }),
      limits: { ...DEFAULT_FETCH_LIMITS, ...(options.timeout ? { timeoutMs: options.timeout * 1000 } : {}) },
      storedArticleId: (url) => storedArticleIdByUrl(store, url),
    };
    // why: the web stack (an HTML parser, Readability) loads only for URL inputs, the extractor only to ingest.
    const webSource = options.positionals.some((input) => input.kind === "url")
      ? (await import("../ingest/web/web-source.ts")).webSource
      : undefined;
    const { createDefaultIngester } = await import("../ingest/default-ingester.ts");
    const overrides = { published: options.published, source: options.source, title: options.title };
    const sourceOf = (input: InputArg): InputSource[] => {
      if (input.kind === "url") {
        if (!webSource) throw new Error("the web stack is loaded whenever a URL is given");
        return [webSource(input.url, web, { overrides, itemLimit: options.limit, refetch: options.refetch })];
      }
      const readStdin = () => {
        if (stdin instanceof Error) throw stdin;
        return stdin;
      };
      return listSources([input.kind === "stdin" ? "-" : input.path], readStdin, defaults);
    };
    const summary = await ingestAll(createDefaultIngester(store, ctx.config.file.topics), options.positionals.flatMap(sourceOf));
    if (options.json) ctx.io.stdout.write(`${JSON.stringify({ ...summary, counts: store.counts() }, null, 2)}\n`);
    else (summary.failures.length > 0 ? ctx.io.stderr : ctx.io.stdout).write(`${stripControlChars(describeSummary(summary))}\n`);
    return summary.failures.length > 0 ? 1 : 0;
  },
};
