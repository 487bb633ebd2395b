/**
 * The contract of the threads, subscriptions and delivery-ledger ports: what any store must do to implement them.
 * sqlite-ports.test.ts runs it against SQLite; a second store (issue #20) runs the same functions against itself.
 */
import { describe, expect, it } from "vitest";
import type { DeliveryLedger } from "../../src/store/ports/delivery-ledger.ts";
import type { SubscriptionStore } from "../../src/store/ports/subscription-store.ts";
import { THREAD_TURNS_READ, type ThreadStore } from "../../src/store/ports/thread-store.ts";

/** Opens an empty store whose clock (for ledger timestamps) reads `now()`; the suite closes what it opens. */
export type OpenPorts<P> = (now: () => string) => { port: P; close(): void };

/** Runs `body` on a freshly opened port and closes it, whatever happens. */
function using<P>(open: OpenPorts<P>, body: (port: P, clock: { at: string }) => void): void {
  const clock = { at: "2026-01-01T07:00:00.000Z" };
  const { port, close } = open(() => clock.at);
  try {
    body(port, clock);
  } finally {
    close();
  }
}

const KEY = { platform: "slack", channel: "C1", threadId: "1700000000.1" } as const;

export function threadStoreContract(name: string, open: OpenPorts<ThreadStore>): void {
  describe(`${name}: ThreadStore`, () => {
    it("has no thread for an unknown key, and gives back a saved root with its turns in order", () =>
      using(open, (store) => {
        expect(store.getThread(KEY)).toBeNull();
        store.putThread({ ...KEY, topic: "demo", factIds: ["q1", "e2"], entities: ["p1"], createdAt: "2026-01-01T00:00:00Z" });
        store.appendTurn(KEY, { author: "user", text: "what else?", entities: [], at: "2026-01-01T00:01:00Z" });
        store.appendTurn(KEY, { author: "bot", text: "…", entities: ["p1"], at: "2026-01-01T00:01:01Z" });
        expect(store.getThread(KEY)).toEqual({
          ...KEY,
          topic: "demo",
          factIds: ["q1", "e2"],
          entities: ["p1"],
          createdAt: "2026-01-01T00:00:00Z",
          turns: [
            { author: "user", text: "what else?", entities: [], at: "2026-01-01T00:01:00Z" },
            { author: "bot", text: "…", entities: ["p1"], at: "2026-01-01T00:01:01Z" },
          ],
        });
      }));

    it("saving a root again replaces its topic, facts and people and keeps its turns and creation time", () =>
      using(open, (store) => {
        store.putThread({ ...KEY, topic: "a", factIds: ["q1"], entities: [], createdAt: "2026-01-01T00:00:00Z" });
        store.appendTurn(KEY, { author: "user", text: "hi", entities: [], at: "t" });
        store.putThread({ ...KEY, topic: "b", factIds: ["e9"], entities: ["p2"], createdAt: "2026-02-02T00:00:00Z" });
        expect(store.getThread(KEY)).toMatchObject({ topic: "b", factIds: ["e9"], entities: ["p2"], createdAt: "2026-01-01T00:00:00Z" });
        expect(store.getThread(KEY)?.turns).toHaveLength(1);
      }));

    it(`reads only a long thread's newest ${THREAD_TURNS_READ} turns, oldest of them first; other threads are apart`, () =>
      using(open, (store) => {
        store.putThread({ ...KEY, topic: null, factIds: [], entities: [], createdAt: "t" });
        for (let i = 1; i <= 30; i++) store.appendTurn(KEY, { author: i % 2 ? "user" : "bot", text: `turn ${i}`, entities: [], at: "t" });
        const texts = store.getThread(KEY)?.turns.map((turn) => turn.text);
        expect(texts).toEqual(Array.from({ length: THREAD_TURNS_READ }, (_, i) => `turn ${30 - THREAD_TURNS_READ + 1 + i}`));
        expect(store.getThread({ ...KEY, threadId: "other" })).toBeNull();
      }));
  });
}

const SUB = {
  platform: "discord",
  channel: "123",
  topic: "demo",
  cron: "30 7 * * *",
  timezone: "UTC",
  createdBy: "u1",
  createdAt: "2026-01-01T00:00:00Z",
} as const;

export function subscriptionStoreContract(name: string, open: OpenPorts<SubscriptionStore>): void {
  describe(`${name}: SubscriptionStore`, () => {
    it("keeps one subscription per channel and topic (a new schedule replaces the old), listed in order", () =>
      using(open, (store) => {
        store.putSubscription(SUB);
        store.putSubscription({ ...SUB, cron: "0 8 * * *", timezone: "Europe/Berlin" });
        store.putSubscription({ ...SUB, platform: "console", channel: "c", topic: "b" });
        store.putSubscription({ ...SUB, topic: "a" });
        expect(store.listSubscriptions()).toEqual([
          { ...SUB, platform: "console", channel: "c", topic: "b" },
          { ...SUB, topic: "a" },
          { ...SUB, cron: "0 8 * * *", timezone: "Europe/Berlin" },
        ]);
      }));

    it("removes a subscription once: true, then false", () =>
      using(open, (store) => {
        store.putSubscription(SUB);
        expect(store.removeSubscription(SUB)).toBe(true);
        expect(store.removeSubscription(SUB)).toBe(false);
        expect(store.listSubscriptions()).toEqual([]);
      }));
  });
}

const SLOT = { digestId: "morning", target: "console", slot: "2026-01-02T07:30:00.000Z" };

export function deliveryLedgerContract(name: string, open: OpenPorts<DeliveryLedger>): void {
  describe(`${name}: DeliveryLedger`, () => {
    it("lets only the first claim of a slot send it, and records how it ended", () =>
      using(open, (ledger, clock) => {
        const first = ledger.claimDelivery({ ...SLOT, late: true });
        expect(first).toEqual({
          claimed: true,
          delivery: { ...SLOT, status: "sending", attempts: 1, messageId: null, error: null, late: true, updatedAt: clock.at },
        });
        expect(ledger.claimDelivery({ ...SLOT, late: false })).toMatchObject({
          claimed: false,
          delivery: { status: "sending", late: true },
        });
        clock.at = "2026-01-01T07:01:00.000Z";
        ledger.finishDelivery(SLOT, { messageId: "m1" });
        expect(ledger.lastDelivery("morning", "console")).toMatchObject({ status: "sent", messageId: "m1", updatedAt: clock.at });
        expect(ledger.lastSentDelivery("morning", "console")?.slot).toBe(SLOT.slot);
      }));

    it("keeps failures apart from sends, and lists a target's history newest slot first", () =>
      using(open, (ledger) => {
        const slots = ["2026-01-01T07:30:00.000Z", "2026-01-02T07:30:00.000Z", "2026-01-03T07:30:00.000Z"];
        for (const slot of slots) ledger.claimDelivery({ ...SLOT, slot, late: false });
        ledger.finishDelivery({ ...SLOT, slot: slots[0] as string }, { messageId: "m0" });
        ledger.finishDelivery({ ...SLOT, slot: slots[1] as string }, { error: "HTTP 500" });
        expect(ledger.lastSentDelivery("morning", "console")?.slot).toBe(slots[0]);
        expect(ledger.lastDelivery("morning", "console")).toMatchObject({ slot: slots[2], status: "sending" });
        expect(ledger.deliveryHistory("morning", "console", 2).map((d) => [d.slot, d.status, d.error])).toEqual([
          [slots[2], "sending", null],
          [slots[1], "failed", "HTTP 500"],
        ]);
        expect(ledger.lastDelivery("morning", "slack:C1")).toBeNull();
        expect(ledger.deliveryHistory("evening", "console", 5)).toEqual([]);
      }));

    it("hands a stale claim to exactly one taker, and a touched claim to none", () =>
      using(open, (ledger, clock) => {
        ledger.claimDelivery({ ...SLOT, late: false });
        clock.at = "2026-01-01T07:10:00.000Z";
        const staleBefore = "2026-01-01T07:05:00.000Z";
        expect(ledger.reclaimDelivery(SLOT, staleBefore)).toBe(true);
        expect(ledger.reclaimDelivery(SLOT, staleBefore)).toBe(false);
        expect(ledger.lastDelivery("morning", "console")).toMatchObject({ attempts: 2, updatedAt: clock.at });
        clock.at = "2026-01-01T07:20:00.000Z";
        ledger.touchDelivery(SLOT);
        expect(ledger.reclaimDelivery(SLOT, "2026-01-01T07:15:00.000Z")).toBe(false);
        ledger.finishDelivery(SLOT, { messageId: "m1" });
        expect(ledger.reclaimDelivery(SLOT, "2026-01-01T08:00:00.000Z")).toBe(false);
      }));
  });
}
