/**
 * The redirects a guarded fetch followed to reach a response, kept beside the response (not on it) so the
 * Response stays a plain fetch Response and callers that do not care never see them.
 * why: a followed feed that moved for good (301/308) should be polled at its new address; only the code
 * that followed the hops knows their statuses, and fetch's own `redirected`/`url` do not tell 301 from 302.
 */
export type RedirectHop = { status: number; from: string; to: string };

const trails = new WeakMap<Response, readonly RedirectHop[]>();

export function recordRedirects(response: Response, hops: readonly RedirectHop[]): void {
  if (hops.length > 0) trails.set(response, hops);
}

export function redirectsOf(response: Response): readonly RedirectHop[] {
  return trails.get(response) ?? [];
}

const PERMANENT = new Set([301, 308]);

/**
 * Where a resource now lives for good: the URL reached by the redirects that were permanent, counted from the
 * first hop and stopping at the first temporary one (a 301 then a 302 moved the resource to the 301's target
 * only). Null when the first hop was temporary or there was none.
 */
export function permanentLocation(hops: readonly RedirectHop[]): string | null {
  let location: string | null = null;
  for (const hop of hops) {
    if (!PERMANENT.has(hop.status)) break;
    location = hop.to;
  }
  return location;
}
