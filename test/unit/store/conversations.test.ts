import { describe, expect, it } from "vitest";
import { THREAD_TURNS_READ } from "../../../src/store/ports/thread-store.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";

const key = { platform: "slack", channel: "C1", threadId: "1700000000.1" } as const;

describe("SQLite fact store: threads, subscriptions, deliveries", () => {
  it("remembers what a bot message showed and the replies under it, in order", () => {
    const store = createSqliteStore({ path: ":memory:" });
    expect(store.getThread(key)).toBeNull();
    store.putThread({ ...key, topic: "demo", factIds: ["q1", "e2"], entities: ["person:a.l_v_l_c_"], createdAt: "2024-01-01T00:00:00Z" });
    store.appendTurn(key, { author: "user", text: "what else did she say?", entities: [], at: "2024-01-01T00:01:00Z" });
    store.appendTurn(key, { author: "bot", text: "…", entities: ["person:a.l_v_l_c_"], at: "2024-01-01T00:01:01Z" });
    const thread = store.getThread(key);
    expect(thread?.factIds).toEqual(["q1", "e2"]);
    expect(thread?.turns.map((turn) => turn.author)).toEqual(["user", "bot"]);
    store.close();
  });

  it("reads only a long thread's newest turns, oldest of them first", () => {
    const store = createSqliteStore({ path: ":memory:" });
    store.putThread({ ...key, topic: null, factIds: [], entities: [], createdAt: "2024-01-01T00:00:00Z" });
    for (let i = 1; i <= 40; i++) store.appendTurn(key, { author: i % 2 ? "user" : "bot", text: `turn ${i}`, entities: [], at: "t" });
    const turns = store.getThread(key)?.turns.map((turn) => turn.text);
    expect(turns).toHaveLength(THREAD_TURNS_READ);
    expect(turns?.[0]).toBe(`turn ${40 - THREAD_TURNS_READ + 1}`);
    expect(turns?.at(-1)).toBe("turn 40");
    store.close();
  });

  it("keeps one subscription per channel and topic and removes it on request", () => {
    const store = createSqliteStore({ path: ":memory:" });
    const sub = {
      platform: "discord",
      channel: "123",
      topic: "demo",
      cron: "30 7 * * *",
      timezone: "UTC",
      createdBy: "u1",
      createdAt: "2024-01-01",
    } as const;
    store.putSubscription(sub);
    store.putSubscription({ ...sub, cron: "0 8 * * *" });
    expect(store.listSubscriptions().map((row) => row.cron)).toEqual(["0 8 * * *"]);
    expect(store.removeSubscription(sub)).toBe(true);
    expect(store.listSubscriptions()).toEqual([]);
    store.close();
  });

  it("lets only the first claim of a digest slot send it", () => {
    const store = createSqliteStore({ path: ":memory:" });
    const slot = { digestId: "morning", target: "console", slot: "2024-01-02T07:30:00Z", late: false };
    expect(store.claimDelivery(slot).claimed).toBe(true);
    expect(store.claimDelivery(slot).claimed).toBe(false);
    store.finishDelivery(slot, { messageId: "m1" });
    expect(store.lastDelivery("morning", "console")).toMatchObject({ status: "sent", messageId: "m1" });
    store.close();
  });
});
