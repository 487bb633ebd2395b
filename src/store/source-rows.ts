/** Rows of `followed_sources` and `seen_items` read back, checked, as the port's camelCase FollowedSource and SeenItem. */
import { z } from "zod";
import { type FollowedSource, type SeenItem, SourceOriginSchema } from "./ports/followed-sources.ts";

const slugList = z.string().transform((value, ctx) => {
  try {
    return z.array(z.string()).parse(JSON.parse(value));
  } catch {
    ctx.addIssue({ code: "custom", message: "topics is not a JSON list of slugs" });
    return z.NEVER;
  }
});

/** A row of followed_sources, read back into a FollowedSource. */
export const FollowedSourceRowSchema = z
  .object({
    id: z.string().min(1),
    url: z.string().min(1),
    topics: slugList,
    interval_minutes: z.number().int().positive(),
    backfill: z.number().int().min(0),
    origin: SourceOriginSchema,
    scope: z.string().nullable(),
    followed_at: z.string(),
    etag: z.string().nullable(),
    last_modified: z.string().nullable(),
    last_success: z.string().nullable(),
    last_failure: z.string().nullable(),
    failures: z.number().int().min(0),
    next_try: z.string(),
    last_error: z.string().nullable(),
  })
  .transform(
    (row): FollowedSource => ({
      id: row.id,
      url: row.url,
      topics: row.topics,
      intervalMinutes: row.interval_minutes,
      backfill: row.backfill,
      origin: row.origin,
      scope: row.scope,
      followedAt: row.followed_at,
      etag: row.etag,
      lastModified: row.last_modified,
      lastSuccess: row.last_success,
      lastFailure: row.last_failure,
      failures: row.failures,
      nextTry: row.next_try,
      lastError: row.last_error,
    }),
  );

/** A row of seen_items, read back into a SeenItem. */
export const SeenItemRowSchema = z
  .object({
    source_id: z.string(),
    guid: z.string(),
    url: z.string(),
    item_hash: z.string(),
    article_id: z.string().nullable(),
    first_seen: z.string(),
    announce: z.union([z.literal(0), z.literal(1)]),
    attempts: z.number().int().min(0),
    error: z.string().nullable(),
  })
  .transform(
    (row): SeenItem => ({
      sourceId: row.source_id,
      guid: row.guid,
      url: row.url,
      itemHash: row.item_hash,
      articleId: row.article_id,
      firstSeen: row.first_seen,
      announce: row.announce === 1,
      attempts: row.attempts,
      error: row.error,
    }),
  );
