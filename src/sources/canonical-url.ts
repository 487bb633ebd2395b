/** Query parameters that only say where a click came from: the same article with or without them is one item. */
const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid)$/i;

/**
 * A feed item's link as its identity: host lowercased (URL does that), "www." dropped, fragment and tracking
 * parameters dropped, no trailing slash. why: feeds re-publish the same item with a new campaign tag or anchor.
 */
export function canonicalUrl(link: string): string {
  try {
    const url = new URL(link);
    url.hash = "";
    url.hostname = url.hostname.replace(/^www\./, "");
    for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
    url.searchParams.sort();
    return url.href.replace(/\/+(\?|$)/, "$1");
  } catch {
    return link;
  }
}
