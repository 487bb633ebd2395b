import type { Database } from "better-sqlite3";
import { z } from "zod";
import { RootCommandSchema } from "./conversation-types.ts";
import { parseStored } from "./damaged-data.ts";
import { THREAD_TURNS_READ, type ThreadStore } from "./ports/thread-store.ts";

const StringListSchema = z.array(z.string());
// why: a throwing JSON.parse inside the transform is caught by parseStored and reported as damage
const json = z.string().transform((value) => StringListSchema.parse(JSON.parse(value)));
const rootCommand = z
  .string()
  .nullable()
  .optional()
  .transform((value) => (value ? RootCommandSchema.parse(JSON.parse(value)) : null));

/** A `threads` row read back, checked. */
const ThreadRowSchema = z.object({
  platform: z.string(),
  channel: z.string(),
  thread_id: z.string(),
  topic: z.string().nullable(),
  fact_ids: json,
  entities: json,
  created_at: z.string(),
  root_command: rootCommand,
});
/** A `thread_turns` row read back: already the domain's ThreadTurn once its entity list is parsed. */
const TurnRowSchema = z.object({ author: z.enum(["user", "bot"]), text: z.string(), entities: json, at: z.string() });

/** The threads port on SQLite: `threads` holds each root's context, `thread_turns` the replies under it. */
export function createSqliteThreads(db: Database): ThreadStore {
  const thread = db.prepare("SELECT * FROM threads WHERE platform = ? AND channel = ? AND thread_id = ?");
  // the newest turns by the primary key (platform, channel, thread_id, n), walked backwards and stopped at the limit
  const turns = db.prepare(
    `SELECT author, text, entities, at FROM (SELECT n, author, text, entities, at FROM thread_turns
     WHERE platform = ? AND channel = ? AND thread_id = ? ORDER BY n DESC LIMIT ?) ORDER BY n`,
  );
  const put = db.prepare(
    `INSERT INTO threads (platform, channel, thread_id, topic, fact_ids, entities, created_at, root_command) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET topic = excluded.topic, fact_ids = excluded.fact_ids, entities = excluded.entities,
       root_command = COALESCE(excluded.root_command, threads.root_command)`,
  );
  const append = db.prepare(
    `INSERT INTO thread_turns (platform, channel, thread_id, n, author, text, entities, at)
     SELECT @platform, @channel, @thread, COALESCE(max(n), 0) + 1, @author, @text, @entities, @at FROM thread_turns
     WHERE platform = @platform AND channel = @channel AND thread_id = @thread`,
  );
  return {
    getThread(key) {
      const row = thread.get(key.platform, key.channel, key.threadId);
      if (!row) return null;
      const t = parseStored(ThreadRowSchema, row, "thread");
      const read = turns
        .all(key.platform, key.channel, key.threadId, THREAD_TURNS_READ)
        .map((turn) => parseStored(TurnRowSchema, turn, "thread turn"));
      return {
        ...key,
        topic: t.topic,
        ...(t.root_command ? { rootCommand: t.root_command } : {}),
        factIds: t.fact_ids,
        entities: t.entities,
        createdAt: t.created_at,
        turns: read,
      };
    },
    putThread(record) {
      put.run(
        record.platform,
        record.channel,
        record.threadId,
        record.topic,
        JSON.stringify(record.factIds),
        JSON.stringify(record.entities),
        record.createdAt,
        record.rootCommand ? JSON.stringify(record.rootCommand) : null,
      );
    },
    appendTurn(key, turn) {
      const { platform, channel, threadId: thread } = key;
      append.run({ platform, channel, thread, author: turn.author, text: turn.text, entities: JSON.stringify(turn.entities), at: turn.at });
    },
  };
}
