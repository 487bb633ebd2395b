import { createSqliteStore } from "../../src/store/sqlite-store.ts";
import { deliveryLedgerContract, subscriptionStoreContract, threadStoreContract } from "./conversation-ports.ts";
import { sourceLedgerContract } from "./source-ledger-port.ts";

/** The port contracts against SQLite (in memory): the suites a second store (issue #20) runs against itself too. */
const open = (now: () => string) => {
  const store = createSqliteStore({ path: ":memory:", now });
  return { port: store, close: () => store.close() };
};

threadStoreContract("SQLite", open);
subscriptionStoreContract("SQLite", open);
deliveryLedgerContract("SQLite", open);
sourceLedgerContract("SQLite", () => {
  const store = createSqliteStore({ path: ":memory:" });
  return { port: store.sources, close: () => store.close() };
});
