import { UserError } from "../../domain/errors.ts";
import { permanentLocation, redirectsOf } from "./redirect-trail.ts";

/** The network as ingest sees it: the global fetch in production (wired in main.ts), anything alike in tests. */
export type HttpFetch = (url: string, init: RequestInit) => Promise<Response>;

export type FetchLimits = { timeoutMs: number; maxBytes: number };

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024 };

/**
 * A fetched response body and what the server said about it; `url` is where redirects ended. `etag` and
 * `lastModified` are the validators for a later conditional GET; `notModified` is a 304 (no body).
 */
export type FetchedPage = {
  url: string;
  contentType: string;
  body: Uint8Array;
  etag?: string | null;
  lastModified?: string | null;
  notModified?: boolean;
  /** Set when the URL asked for moved for good (301/308 from the first hop, through a guarded fetch): the new URL. */
  movedTo?: string;
};

/** The validators of an earlier response: sent back, a server whose resource did not change answers 304 with no body. */
export type Conditional = { etag?: string | null; lastModified?: string | null };

// why: a User-Agent that names the bot lets site owners see who reads them; some servers refuse a blank one.
const USER_AGENT = "Briefbot/0.1 (news fact store; brief ingest)";
const ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

/**
 * GETs one http(s) URL, following redirects, within a time limit (for the whole exchange, body included)
 * and a size limit (refused up front from Content-Length, or cut off while streaming). Every expected
 * failure is a UserError whose message is the reason shown in the ingest summary.
 */
export async function fetchPage(
  url: string,
  fetchImpl: HttpFetch,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
  conditional: Conditional = {},
): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const headers: Record<string, string> = { "user-agent": USER_AGENT, accept: ACCEPT };
  if (conditional.etag) headers["if-none-match"] = conditional.etag;
  if (conditional.lastModified) headers["if-modified-since"] = conditional.lastModified;
  try {
    const response = await fetchImpl(url, { headers, redirect: "follow", signal });
    const moved = permanentLocation(redirectsOf(response));
    const validators = {
      etag: response.headers.get("etag"),
      lastModified: response.headers.get("last-modified"),
      ...(moved && moved !== url ? { movedTo: moved } : {}),
    };
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      return { url: response.url || url, contentType: "", body: new Uint8Array(), notModified: true, ...validators };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new UserError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
    }
    const declared = Number(response.headers.get("content-length") ?? Number.NaN);
    if (declared > limits.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge(`${formatBytes(declared)}`, limits.maxBytes);
    }
    const body = await readCapped(response, limits.maxBytes);
    return { url: response.url || url, contentType: response.headers.get("content-type") ?? "", body, ...validators };
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(networkReason(error, limits.timeoutMs), { cause: error });
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(`more than ${formatBytes(maxBytes)}`, maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(size: string, maxBytes: number): UserError {
  return new UserError(`too large: ${size}, the limit is ${formatBytes(maxBytes)}`);
}

function networkReason(error: unknown, timeoutMs: number): string {
  const name = (error as Error | undefined)?.name;
  if (name === "TimeoutError" || name === "AbortError") return `timed out after ${formatSeconds(timeoutMs)}`;
  // why: undici reports every network failure as "fetch failed" and puts the useful code (ECONNREFUSED, ENOTFOUND…) in `cause`.
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const detail = cause?.code ?? cause?.message ?? (error as Error | undefined)?.message ?? String(error);
  return `could not be fetched (${detail})`;
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}
