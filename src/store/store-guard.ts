import type { Database } from "better-sqlite3";
import { integrityProblem } from "./integrity.ts";
import { damagedStoreError, explainStoreError, StoreError } from "./store-error.ts";

/**
 * Keeps a damaged store from being written to and turns every failure into the store's plain messages.
 * The first write (or an explicit `verify()`, as `serve` and `ingest` do at start) runs the integrity check
 * once per open store; a failed check, or damage met by any read, marks the store damaged for good, and every
 * later write is refused with that first message.
 */
export function createStoreGuard(db: Database, path: string) {
  let damaged: StoreError | null = null;
  let verified = false;
  let writes = 0;
  const explain = (error: unknown, what: string): unknown => {
    const explained = explainStoreError(error, path, what);
    if (explained instanceof StoreError && explained.code === "corrupt") damaged ??= explained;
    return explained;
  };
  const verify = (): void => {
    if (damaged) throw damaged;
    if (verified) return;
    let problem: string | null;
    try {
      problem = integrityProblem(db);
    } catch (error) {
      throw explain(error, "checking its integrity");
    }
    if (problem !== null) {
      damaged = damagedStoreError(path, problem, "checking its integrity");
      throw damaged;
    }
    verified = true;
  };
  /** Runs a write: refused on a damaged store, preceded by the integrity check the first time. */
  const write = <T>(what: string, run: () => T): T => {
    verify();
    try {
      return run();
    } catch (error) {
      throw explain(error, what);
    } finally {
      writes += 1;
    }
  };
  /** Wraps every function of a set of reads so damage and disk errors become StoreErrors. */
  const reads = <R extends Record<string, unknown>>(set: R): R => {
    const wrapped: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(set)) {
      wrapped[name] =
        typeof value === "function"
          ? (...args: unknown[]) => {
              try {
                return value(...args);
              } catch (error) {
                throw explain(error, "reading it");
              }
            }
          : value;
    }
    return wrapped as R;
  };
  /**
   * Puts one port behind the guard: the methods named in `writes` (with what each does, for its error message)
   * run as writes, every other one as a read. why: one place per port says which of its methods write.
   */
  const port = <P extends object>(methods: P, writes: { readonly [K in keyof P]?: string }): P => {
    const named = writes as Readonly<Record<string, string | undefined>>;
    const readSet: Record<string, unknown> = {};
    const writeSet: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(methods)) {
      const what = named[name];
      if (what === undefined || typeof value !== "function") readSet[name] = value;
      else writeSet[name] = (...args: unknown[]) => write(what, () => value(...args));
    }
    return { ...reads(readSet), ...writeSet } as P;
  };
  return {
    get damaged(): boolean {
      return damaged !== null;
    },
    verify,
    write,
    /** How many writes this connection has run (or tried): with SQLite's data_version, whether anything changed. */
    get writes(): number {
      return writes;
    },
    reads,
    port,
  };
}
