import { z } from "zod";
import { cronProblem } from "./cron-check.ts";
import { isTimeZone } from "./env-schema.ts";
import { everyProblem, parseEvery } from "./every.ts";

const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a lowercase slug like turkey-mediation (letters, digits, dashes)");

/**
 * A topic the bot briefs on. An article or a sentence belongs to it when it mentions enough of its keywords
 * (case- and diacritic-insensitive, whole words; a trailing * matches any ending: "mediat*").
 */
export const TopicSchema = z.strictObject({
  slug: SlugSchema,
  title: z.string().trim().min(1),
  description: z.string().trim().min(1),
  keywords: z.array(z.string().trim().min(2)).min(1, "expected at least one keyword"),
  /** How many distinct keywords an article must mention to be tagged with the topic. */
  minMatches: z.number().int().min(1).default(2),
});
export type Topic = z.output<typeof TopicSchema>;

/**
 * The most topics a config may define. why: each article is matched against every topic at ingest; far more
 * than any newsroom's beats, and it keeps an ingest's cost and memory bounded.
 */
export const MAX_TOPICS = 1000;

/** A target is where a digest goes: `slack:C0123`, `discord:123456789012345678` or `console`. */
export const DigestTargetSchema = z
  .string()
  .regex(/^(slack:[A-Z0-9]+|discord:\d{15,25}|console)$/, "expected slack:CHANNEL_ID, discord:CHANNEL_ID or console");

export const DigestSchema = z
  .strictObject({
    id: SlugSchema,
    cron: z.string().trim(),
    timezone: z.string().refine(isTimeZone, "expected an IANA time zone such as Europe/Berlin"),
    targets: z.array(DigestTargetSchema).min(1, "expected at least one target"),
    topics: z.array(SlugSchema).min(1, "expected at least one topic slug"),
    /** How far back a target's first digest looks. */
    lookbackHours: z.number().positive().default(24),
    /** Post a one-line "nothing new" instead of staying silent. */
    postWhenEmpty: z.boolean().default(false),
    maxItems: z.number().int().min(1).max(50).default(10),
  })
  .superRefine((digest, ctx) => {
    // why: checked on the whole digest so the message can name it; check-config then catches what serve would crash on.
    const problem = cronProblem(digest.cron);
    if (problem) ctx.addIssue({ code: "custom", path: ["cron"], message: `digest "${digest.id}": ${problem}` });
  });
export type Digest = z.output<typeof DigestSchema>;

/**
 * An optional OpenAI-compatible endpoint that rephrases `ask` answers (off when absent). It sees only the
 * retrieved facts; every sentence it writes is checked against them. The key is read from the environment
 * variable named here, never from this file.
 */
export const AskLlmSchema = z.strictObject({
  baseUrl: z.url({ protocol: /^https?$/, error: "expected an http(s) URL such as https://api.openai.com/v1" }),
  model: z.string().trim().min(1),
  apiKeyEnv: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, "expected the name of an environment variable, e.g. OPENAI_API_KEY"),
  timeoutMs: z.number().int().min(100).max(30_000).default(2_000),
});
export type AskLlm = z.output<typeof AskLlmSchema>;

const EverySchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = everyProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform((value) => parseEvery(value) ?? 0);

/** A feed (RSS/Atom) or page Briefbot follows by itself: polled on its interval by `brief serve`. */
export const SourceConfigSchema = z.strictObject({
  id: SlugSchema,
  url: z.url({ protocol: /^https?$/, error: "expected the http(s) URL of a feed or page" }),
  /** Poll interval: 30m, 2h, 1d (default: sourceDefaults.every). */
  every: EverySchema.optional(),
  /** The topics it is expected to feed (articles are still tagged by content). */
  topics: z.array(SlugSchema).default([]),
  /** How many of the items already in the feed the first poll stores (newest first); digests never announce them. */
  backfill: z.number().int().min(0).max(500).optional(),
});

export const SourceDefaultsSchema = z
  .strictObject({
    every: EverySchema.default(30),
    backfill: z.number().int().min(0).max(500).default(20),
    /** The least time between two requests to one host, in seconds. */
    hostGapSeconds: z.number().min(0).max(600).default(2),
    /** Lets chat users follow and unfollow sources for their channel (/brief follow, /brief unfollow). */
    chatManaged: z.boolean().default(false),
  })
  .default({ every: 30, backfill: 20, hostGapSeconds: 2, chatManaged: false });

export const FileConfigSchema = z
  .strictObject({
    ask: z.strictObject({ llm: AskLlmSchema.optional() }).optional(),
    topics: z
      .array(TopicSchema)
      .max(MAX_TOPICS, `expected at most ${MAX_TOPICS.toLocaleString("en-US")} topics; merge related ones (a topic can have many keywords)`)
      .default([]),
    digests: z.array(DigestSchema).default([]),
    digestDefaults: z
      .strictObject({
        /** A slot missed while the bot was down is still delivered (late) within this many hours. */
        graceHours: z.number().min(0).default(6),
        /** After this many failed deliveries in a row, a target is paused. */
        maxFailures: z.number().int().min(1).default(5),
      })
      .default({ graceHours: 6, maxFailures: 5 }),
    sources: z.array(SourceConfigSchema).default([]),
    sourceDefaults: SourceDefaultsSchema,
  })
  .superRefine((config, ctx) => {
    const slugs = new Set<string>();
    config.topics.forEach((topic, index) => {
      if (slugs.has(topic.slug)) {
        ctx.addIssue({ code: "custom", path: ["topics", index, "slug"], message: `duplicate topic slug "${topic.slug}"` });
      }
      slugs.add(topic.slug);
    });
    const sourceIds = new Set<string>();
    config.sources.forEach((source, index) => {
      if (sourceIds.has(source.id))
        ctx.addIssue({ code: "custom", path: ["sources", index, "id"], message: `duplicate source id "${source.id}"` });
      sourceIds.add(source.id);
      source.topics.forEach((slug, topicIndex) => {
        if (!slugs.has(slug))
          ctx.addIssue({
            code: "custom",
            path: ["sources", index, "topics", topicIndex],
            message: `source "${source.id}": unknown topic "${slug}"; expected one of: ${[...slugs].join(", ")}`,
          });
      });
    });
    config.digests.forEach((digest, index) => {
      digest.topics.forEach((slug, topicIndex) => {
        if (!slugs.has(slug)) {
          ctx.addIssue({
            code: "custom",
            path: ["digests", index, "topics", topicIndex],
            message: `unknown topic "${slug}"; expected one of: ${[...slugs].join(", ")}`,
          });
        }
      });
    });
  });
export type FileConfig = z.output<typeof FileConfigSchema>;
