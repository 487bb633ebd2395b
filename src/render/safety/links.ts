/** The longest URL we turn into a link; longer ones (or odd ones) are shown as a plain footnote number. */
export const LINK_URL_MAX = 1_000;

/**
 * An http(s) URL that is safe inside `<url|label>` (Slack) and `[label](url)` (Markdown, Discord), or
 * undefined. Characters that would close or split those constructs are percent-encoded.
 */
export function safeUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  // why: `|` and `>` end a Slack link; `(` `)` and whitespace end a Markdown link target.
  const href = url.href.replace(/[|()<>\s"'`\\[\]]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return href.length <= LINK_URL_MAX ? href : undefined;
}
