import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { UserError } from "../../domain/errors.ts";
import { restrictedKind } from "./address-kind.ts";
import type { HttpFetch } from "./fetch-page.ts";
import { type RedirectHop, recordRedirects } from "./redirect-trail.ts";

/** A host name's addresses (every one of them, as the system resolver gives them). */
export type Resolve = (host: string) => Promise<string[]>;

export const systemResolve: Resolve = async (host) => (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

export type GuardOptions = {
  /** BRIEF_ALLOW_PRIVATE_HOSTS: tests on 127.0.0.1 and intranet feeds. The scheme is checked even then. */
  allowPrivate: boolean;
  resolve?: Resolve;
  maxRedirects?: number;
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ALLOW_HINT = "set BRIEF_ALLOW_PRIVATE_HOSTS=true to allow private hosts";

/**
 * Wraps a fetch so it reaches only public http(s) hosts: every address a host resolves to must be public
 * (not loopback, private, link-local or a cloud metadata address), and redirects are followed here, one hop
 * at a time, each checked the same way, so a public URL cannot bounce a request into the intranet.
 * why: Briefbot fetches URLs that chat users and feeds name; without this they could make it read internal
 * services. Limit: the address is resolved again by the fetch itself, so a host whose DNS answer changes in
 * between (DNS rebinding) is not caught.
 */
export function guardedFetch(fetchImpl: HttpFetch, options: GuardOptions): HttpFetch {
  const resolve = options.resolve ?? systemResolve;
  const maxRedirects = options.maxRedirects ?? 5;
  return async (url, init) => {
    let current = url;
    const hops: RedirectHop[] = [];
    for (let hop = 0; ; hop += 1) {
      await assertFetchable(current, options.allowPrivate, resolve);
      const response = await fetchImpl(current, { ...init, redirect: "manual" });
      const location = REDIRECTS.has(response.status) ? response.headers.get("location") : null;
      if (!location) {
        // why: each hop's target passed assertFetchable above before it was requested, so a recorded hop is a checked one
        recordRedirects(response, hops);
        return response;
      }
      await response.body?.cancel().catch(() => undefined);
      if (hop >= maxRedirects) throw new UserError(`too many redirects (more than ${maxRedirects})`);
      const next = new URL(location, current).href;
      hops.push({ status: response.status, from: current, to: next });
      current = next;
    }
  };
}

/** Throws a UserError naming the problem when `url` is not http(s) or its host is not public (unless allowed). */
export async function assertFetchable(url: string, allowPrivate: boolean, resolve: Resolve = systemResolve): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserError(`is not a valid URL: ${url}`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw new UserError(`refused: only http(s) URLs are fetched, not ${parsed.protocol.replace(/:$/, "")}:`);
  if (allowPrivate) return;
  const host = parsed.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await resolve(host);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UserError(`could not be fetched (${code ?? "host not found"})`, { cause: error });
  }
  for (const address of addresses) {
    const kind = restrictedKind(address);
    if (!kind) continue;
    const what = isIP(host) ? `${host} is a ${kind} address` : `${parsed.hostname} resolves to ${address}, a ${kind} address`;
    throw new UserError(`refused: ${what}; ${ALLOW_HINT}`);
  }
}
