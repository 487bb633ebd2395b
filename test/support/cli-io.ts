import { PassThrough, Readable } from "node:stream";
import type { CliIo } from "../../src/cli/types.ts";

/** In-memory streams for running `main()` as a user would, and reading what it printed. */
export function captureIo(input = ""): CliIo & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (chunk) => {
    out += String(chunk);
  });
  stderr.on("data", (chunk) => {
    err += String(chunk);
  });
  return { stdin: Readable.from([input]), stdout, stderr, stdoutIsTty: false, out: () => out, err: () => err };
}
