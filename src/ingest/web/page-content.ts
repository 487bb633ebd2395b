import { UserError } from "../../domain/errors.ts";
import type { FetchedPage } from "./fetch-page.ts";

/** What a fetched page holds: a web page, an XML document (maybe a feed), or plain text (an article as a file). */
export type PageContent = { kind: "html" | "xml" | "text"; text: string };

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
const XML_TYPES = new Set(["application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"]);
const TEXT_TYPES = new Set(["text/plain", "text/markdown", "text/x-markdown"]);
// why: servers often label feeds text/html or text/plain, and files application/octet-stream; the start of the text decides then.
const SNIFFED_TYPES = new Set(["", "application/octet-stream", "binary/octet-stream"]);

/**
 * Decodes the body in the charset the server (or the document itself) names and says what it is. The kind
 * comes from the content, where it shows (an XML declaration, `<rss`, `<feed`, `<html`), else from the
 * Content-Type; anything else (images, PDFs, archives) is refused with its type as the reason.
 */
export function pageContent(page: FetchedPage): PageContent {
  const mediaType = (page.contentType.split(";")[0] ?? "").trim().toLowerCase();
  const known = HTML_TYPES.has(mediaType) || XML_TYPES.has(mediaType) || TEXT_TYPES.has(mediaType) || mediaType.endsWith("+xml");
  if (!known && !SNIFFED_TYPES.has(mediaType)) throw notReadable(mediaType);
  const text = decode(page.body, page.contentType);
  const head = text
    .slice(0, 512)
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  if (/^<\?xml|^<rss[\s>]|^<feed[\s>]|^<rdf:rdf[\s>]/.test(head) && !/^<\?xml[^>]*>\s*<!doctype html|<html[\s>]/.test(head))
    return { kind: "xml", text };
  if (HTML_TYPES.has(mediaType) || /^<!doctype html|^<html[\s>]/.test(head)) return { kind: "html", text };
  if (XML_TYPES.has(mediaType) || mediaType.endsWith("+xml")) return { kind: "xml", text };
  if (TEXT_TYPES.has(mediaType) && !looksBinary(text)) return { kind: "text", text };
  throw notReadable(mediaType || "no Content-Type");
}

function notReadable(mediaType: string): UserError {
  return new UserError(`not HTML, a feed or text (${mediaType || "no Content-Type"})`);
}

/** The charset from the Content-Type, else from `<meta charset>` or the XML declaration, else UTF-8. */
function decode(body: Uint8Array, contentType: string): string {
  const prefix = Buffer.from(body.subarray(0, 2048)).toString("latin1");
  const label =
    /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(prefix)?.[1] ??
    /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(prefix)?.[1] ??
    "utf-8";
  try {
    return new TextDecoder(label).decode(body);
  } catch {
    // why: an unknown charset label is the server's mistake; UTF-8 reads most such pages well enough.
    return new TextDecoder("utf-8").decode(body);
  }
}

/** A NUL byte, or more than 1% replacement characters: what a binary file served as text looks like. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let replaced = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    if (code === 0xfffd) replaced += 1;
  }
  return replaced > sample.length / 100;
}
