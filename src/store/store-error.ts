import { UserError } from "../domain/errors.ts";
import { DamagedDataError } from "./damaged-data.ts";

/**
 * A store failure whose message is safe to show and says what happened to the data (always: nothing
 * was changed). `code` lets callers and tests tell the cases apart without parsing text. It is a UserError
 * (exit code 1), so the CLI and the dispatcher show its message as it is, never a stack trace.
 */
export type StoreErrorCode = "corrupt" | "newer-schema" | "incompatible" | "read-only" | "disk-full" | "io-error" | "cannot-open" | "busy";

export class StoreError extends UserError {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause, exitCode: 1 });
    this.name = "StoreError";
    this.code = code;
  }
}

/** A failure that every later write would meet too (full disk, read-only, I/O error): a batch stops at it. */
export function cannotWrite(error: unknown): error is StoreError {
  return error instanceof StoreError && (error.code === "disk-full" || error.code === "read-only" || error.code === "io-error");
}

/** SQLite and file-system codes that mean "we may not write here". */
const READ_ONLY_CODES = new Set(["SQLITE_READONLY", "SQLITE_READONLY_DIRECTORY", "SQLITE_READONLY_DBMOVED", "EACCES", "EROFS", "EPERM"]);
const FULL_CODES = new Set(["SQLITE_FULL", "ENOSPC", "EDQUOT"]);

/**
 * The one message for a damaged store, wherever the damage shows (opening, a read, a write, the integrity
 * check). It names the file, says nothing was written, and how to recover without losing anything.
 */
export function damagedStoreError(path: string, detail: string, what: string, cause?: unknown): StoreError {
  return new StoreError(
    "corrupt",
    [
      `The fact store ${path} is damaged (${detail}; found while ${what}). Nothing was written to it.`,
      `To recover without losing anything: stop Briefbot and copy ${path} with its -wal and -shm files somewhere safe;`,
      "then restore your latest backup of the data directory, or run `brief recover`: it copies every article, subscription,",
      "digest record and thread it can still read into a new store (DATA_DIR/recovered) and never changes this file.",
    ].join("\n"),
    { cause },
  );
}

/** True for the errors that mean the file's bytes are not what SQLite or Briefbot wrote. */
export function isDamage(error: unknown): boolean {
  if (error instanceof DamagedDataError) return true;
  const code = String((error as { code?: unknown } | null)?.code ?? "");
  return code.startsWith("SQLITE_CORRUPT") || code === "SQLITE_NOTADB" || code === "SQLITE_IOERR_SHORT_READ";
}

/** The damage in a few words for the message: what did not fit, or SQLite's code. */
function damageDetail(error: unknown): string {
  if (error instanceof DamagedDataError) return error.message;
  return String((error as { code?: unknown } | null)?.code ?? "unreadable");
}

/**
 * Turns a driver or file-system error into a StoreError with a plain explanation, or returns the error
 * unchanged when it is not one we can explain. `what` names the operation ("storing article X").
 */
export function explainStoreError(error: unknown, path: string, what: string): unknown {
  if (error instanceof StoreError) return error;
  const code = String((error as { code?: unknown } | null)?.code ?? "");
  if (FULL_CODES.has(code)) {
    return new StoreError(
      "disk-full",
      `The disk is full (or the database reached its size limit) while ${what}; nothing was changed in ${path}. Free some space and try again: everything stored before is kept.`,
      { cause: error },
    );
  }
  if (READ_ONLY_CODES.has(code) || code.startsWith("SQLITE_READONLY")) {
    return new StoreError(
      "read-only",
      `Cannot write to ${path} while ${what}: the data directory or file is read-only (${code}). Nothing was changed; point DATA_DIR at a writable directory.`,
      { cause: error },
    );
  }
  if (isDamage(error)) return damagedStoreError(path, damageDetail(error), what, error);
  if (code.startsWith("SQLITE_IOERR")) {
    // why: a write that stops short (a full disk, a file-size limit) or a failing disk; SQLite rolled the transaction back.
    return new StoreError(
      "io-error",
      `Reading or writing ${path} failed (${code}) while ${what}: the disk is full, over a size limit, or failing. Nothing was changed; free some space or check the disk and try again: everything stored before is kept.`,
      { cause: error },
    );
  }
  if (code === "SQLITE_BUSY" || code.startsWith("SQLITE_BUSY")) {
    return new StoreError("busy", `${path} is locked by another process while ${what}; try again in a moment.`, { cause: error });
  }
  if (code.startsWith("SQLITE_CANTOPEN") || code === "ENOTDIR" || code === "ENOENT" || code === "EEXIST") {
    return new StoreError(
      "cannot-open",
      `Cannot open the database ${path} (${code}) while ${what}. Check that DATA_DIR names a directory you can write to.`,
      { cause: error },
    );
  }
  return error;
}
