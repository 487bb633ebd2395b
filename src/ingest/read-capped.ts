import { closeSync, openSync, readSync } from "node:fs";
import type { Readable } from "node:stream";
import { UserError } from "../domain/errors.ts";
import { MAX_TEXT_CHARS } from "../extract/text/clean-text.ts";

/**
 * The most bytes read from one local file or from stdin. why: the extractor reads only the first
 * MAX_TEXT_CHARS characters, and a character is at most 4 bytes in UTF-8, so nothing past this is ever
 * used; reading stops here, which keeps memory flat on a 100 MB file, /dev/zero or an endless pipe.
 */
export const MAX_INPUT_BYTES = MAX_TEXT_CHARS * 4;

const CHUNK = 64 * 1024;

/** "1.6 MB", "800 KB": sizes as people read them (decimal units). */
export function sizeText(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.round(bytes / 1000)} KB`;
}

export function tooLargeMessage(maxBytes: number): string {
  return `too large: more than ${sizeText(maxBytes)} (an article is read up to ${MAX_TEXT_CHARS.toLocaleString("en-US")} characters; split or shorten it)`;
}

/** Reads at most `maxBytes` of a file, chunk by chunk; more than that is refused (UserError), never buffered whole. */
export function readFileCapped(path: string, maxBytes: number = MAX_INPUT_BYTES): Buffer {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    throw new UserError(`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    // why: one byte past the cap tells "exactly the cap" from "more than the cap".
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, CHUNK));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(buffer.length, maxBytes + 1 - total);
      const read = readSync(fd, buffer, 0, want, null);
      if (read === 0) break;
      chunks.push(Buffer.from(buffer.subarray(0, read)));
      total += read;
      if (total > maxBytes) throw new UserError(tooLargeMessage(maxBytes));
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a stream (stdin) up to `maxBytes`; past that it stops reading, releases the stream and returns the
 * refusal instead of the bytes, so an endless pipe ends. Never throws: the caller decides where the error goes.
 */
export async function readStreamCapped(stream: Readable, maxBytes: number = MAX_INPUT_BYTES): Promise<Buffer | UserError> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      total += bytes.length;
      if (total > maxBytes) {
        // why: leaving the loop early destroys the stream, so a writer on the other end of the pipe stops.
        return new UserError(tooLargeMessage(maxBytes));
      }
      chunks.push(bytes);
    }
  } catch (error) {
    return new UserError(`cannot be read (${(error as Error).message})`);
  }
  return Buffer.concat(chunks, total);
}
