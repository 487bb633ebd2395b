import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from "../../../src/store/schema.ts";
import { schemaDifference } from "../../../src/store/schema-check.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";
import { createStoreThreadRegistry } from "../../../src/threads/store-thread-registry.ts";
import { ingestSeedFixtures, TOPICS } from "../../fixtures/facts/seed-store.ts";
import { makeTempDir } from "../../support/temp-dir.ts";

const OLD = { platform: "discord" as const, channel: "D1", threadId: "T-old" };
const SLUG = TOPICS[0]?.slug ?? "";

/** A store as schema version 4 wrote it, with one thread root and its two turns. */
function versionFourStore(): string {
  const path = join(makeTempDir("brief-v4-"), "brief.db");
  const db = new BetterSqlite3(path);
  for (const migration of MIGRATIONS.filter((candidate) => candidate.version <= 4)) db.exec(migration.sql);
  db.pragma("user_version = 4");
  db.prepare(
    "INSERT INTO threads (platform, channel, thread_id, topic, fact_ids, entities, created_at) VALUES (?, ?, ?, NULL, ?, ?, ?)",
  ).run(OLD.platform, OLD.channel, OLD.threadId, '["q1"]', '["person:x"]', "2026-01-01T00:00:00Z");
  const turn = db.prepare(
    "INSERT INTO thread_turns (platform, channel, thread_id, n, author, text, entities, at) VALUES (?, ?, ?, ?, ?, ?, '[]', ?)",
  );
  turn.run(OLD.platform, OLD.channel, OLD.threadId, 1, "user", `topic ${SLUG}`, "2026-01-01T00:00:00Z");
  turn.run(OLD.platform, OLD.channel, OLD.threadId, 2, "bot", "a brief", "2026-01-01T00:00:00Z");
  db.close();
  return path;
}

describe("schema version 5: a thread root keeps its command as data", () => {
  it("is an added column: a version-4 store opens, keeps its threads as they were, and matches the schema", () => {
    expect(MIGRATIONS.find((migration) => migration.version === 5)?.sql).toMatch(/ADD COLUMN root_command/);
    const path = versionFourStore();
    const store = createSqliteStore({ path });
    try {
      const thread = store.getThread(OLD);
      expect(thread).toEqual({
        ...OLD,
        topic: null,
        factIds: ["q1"],
        entities: ["person:x"],
        createdAt: "2026-01-01T00:00:00Z",
        turns: [
          { author: "user", text: `topic ${SLUG}`, entities: [], at: "2026-01-01T00:00:00Z" },
          { author: "bot", text: "a brief", entities: [], at: "2026-01-01T00:00:00Z" },
        ],
      });
    } finally {
      store.close();
    }
    const raw = new BetterSqlite3(path, { readonly: true });
    try {
      expect(raw.pragma("user_version", { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(schemaDifference(raw)).toBeNull();
    } finally {
      raw.close();
    }
  });

  it("stores a root's command, and keeps it when the root is saved again without one", () => {
    const store = createSqliteStore({ path: versionFourStore() });
    try {
      const key = { ...OLD, threadId: "T-new" };
      const rootCommand = { name: "who", args: { speaker: "Ada Lovelace", all: true } };
      const root = { ...key, topic: null, factIds: [], entities: [], createdAt: "2026-02-02T00:00:00Z" };
      store.putThread({ ...root, rootCommand });
      expect(store.getThread(key)?.rootCommand).toEqual(rootCommand);
      // why: a follow-up rewrites the root's facts without knowing its command (src/query/ask's thread memory)
      store.putThread({ ...root, factIds: ["q9"] });
      expect(store.getThread(key)).toMatchObject({ factIds: ["q9"], rootCommand });
    } finally {
      store.close();
    }
  });

  it("an old root marked again (no command as data) is read from its line, as before, and keeps its turns", async () => {
    const store = createSqliteStore({ path: versionFourStore() });
    try {
      await ingestSeedFixtures(store);
      const registry = createStoreThreadRegistry({ store, topics: TOPICS });
      await registry.markBotThread(OLD.platform, OLD.channel, OLD.threadId, { command: `/brief topic ${SLUG}`, summary: "a brief" });
      const thread = store.getThread(OLD);
      expect(thread?.topic).toBe(SLUG);
      expect(thread?.rootCommand).toBeUndefined();
      expect(thread?.createdAt).toBe("2026-01-01T00:00:00Z");
      expect(thread?.turns).toHaveLength(2);
    } finally {
      store.close();
    }
  });
});
