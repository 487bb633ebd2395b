/**
 * A store failure whose message is safe to show and says what happened to the data (always: nothing
 * was changed). `code` lets callers and tests tell the cases apart without parsing text.
 */
export type StoreErrorCode = "corrupt" | "newer-schema" | "incompatible" | "read-only" | "disk-full" | "cannot-open" | "busy";

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "StoreError";
    this.code = code;
  }
}

/** SQLite and file-system codes that mean "we may not write here". */
const READ_ONLY_CODES = new Set(["SQLITE_READONLY", "SQLITE_READONLY_DIRECTORY", "SQLITE_READONLY_DBMOVED", "EACCES", "EROFS", "EPERM"]);
const FULL_CODES = new Set(["SQLITE_FULL", "ENOSPC", "EDQUOT"]);
const CORRUPT_CODES = new Set(["SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_CORRUPT_VTAB"]);

/**
 * Turns a driver or file-system error into a StoreError with a plain explanation, or returns the error
 * unchanged when it is not one we can explain. `what` names the operation ("storing article X").
 */
export function explainStoreError(error: unknown, path: string, what: string): unknown {
  if (error instanceof StoreError) return error;
  const code = String((error as { code?: unknown }).code ?? "");
  if (FULL_CODES.has(code)) {
    return new StoreError(
      "disk-full",
      `The disk is full (or the database reached its size limit) while ${what}; nothing was changed in ${path}. Free some space and try again.`,
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
  if (CORRUPT_CODES.has(code)) {
    return new StoreError(
      "corrupt",
      `${path} is damaged (${code}) and could not be read while ${what}. It was left untouched: move it aside or restore a backup, then run brief ingest again.`,
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
