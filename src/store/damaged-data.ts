import type { z } from "zod";

/**
 * A value read from the database that is not what Briefbot wrote: a row of the wrong shape, stored JSON that
 * does not parse, packed text that does not unpack. The store turns it into its "damaged" StoreError.
 */
export class DamagedDataError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "DamagedDataError";
  }
}

/** Parses a value read from the database; a mismatch (or a throwing transform) is damage, named by `what`. */
export function parseStored<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  let result: ReturnType<S["safeParse"]>;
  try {
    result = schema.safeParse(value) as ReturnType<S["safeParse"]>;
  } catch (error) {
    throw new DamagedDataError(`a ${what} row that does not parse`, { cause: error });
  }
  if (!result.success) {
    const field = result.error.issues[0]?.path.join(".") || "row";
    throw new DamagedDataError(`a ${what} row with an unexpected ${field}`, { cause: result.error });
  }
  return result.data as z.output<S>;
}

/** JSON kept in a column, parsed; text that is not JSON is damage. */
export function parseStoredJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DamagedDataError(`${what} that is not valid JSON`, { cause: error });
  }
}
