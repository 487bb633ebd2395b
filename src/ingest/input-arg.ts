import { z } from "zod";

/** One positional of `brief ingest`: "-" (stdin), an http(s) URL, or a file or folder path. */
export type InputArg = { kind: "stdin" } | { kind: "url"; url: string } | { kind: "path"; path: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
const HttpUrlSchema = z.url({ protocol: /^https?$/ });

/**
 * Tells URLs from paths by the scheme: anything written "scheme://…" is a URL, and only http and https are
 * fetched (a file:// or ftp:// argument is refused, not read as a path). Everything else is a path.
 */
export const InputArgSchema = z.string().transform((arg, ctx): InputArg => {
  if (arg === "-") return { kind: "stdin" };
  const scheme = SCHEME.exec(arg)?.[1]?.toLowerCase();
  if (scheme === undefined) return { kind: "path", path: arg };
  if (scheme !== "http" && scheme !== "https") {
    ctx.addIssue({ code: "custom", message: `only http(s) URLs can be ingested, not ${scheme}:// (${arg})` });
    return z.NEVER;
  }
  if (!HttpUrlSchema.safeParse(arg).success) {
    ctx.addIssue({ code: "custom", message: `not a valid URL: ${arg}` });
    return z.NEVER;
  }
  return { kind: "url", url: new URL(arg).href };
});
