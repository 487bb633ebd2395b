/**
 * The whole store: every port of ports/ in one object, plus its lifecycle. SQLite implements it
 * (sqlite-store.ts). Only the composition root (src/main.ts, src/app/services.ts) and CLI commands that do many
 * things take all of it; every other module takes the narrowest port it uses (test/architecture/store-ports.test.ts).
 */
import type { DeliveryLedger } from "./ports/delivery-ledger.ts";
import type { FactReader } from "./ports/fact-reader.ts";
import type { FactWriter } from "./ports/fact-writer.ts";
import type { FollowedSources } from "./ports/followed-sources.ts";
import type { SubscriptionStore } from "./ports/subscription-store.ts";
import type { ThreadStore } from "./ports/thread-store.ts";

/** What only the owner of an open store needs: where it is, the integrity check, closing it. */
export type StoreHandle = {
  readonly path: string;
  /**
   * Runs the bounded integrity check (integrity.ts) once per open store; throws the "damaged" StoreError when the
   * file fails it, and from then on every write is refused. Writes run it themselves before the first one;
   * `serve` and `ingest` call it at start so damage is reported before any work.
   */
  checkIntegrity(): void;
  close(): void;
};

export type FactStore = StoreHandle & FactWriter & FactReader & ThreadStore & SubscriptionStore & DeliveryLedger & FollowedSources;
