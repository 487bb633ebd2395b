/**
 * Plain text from what a user typed in Slack: the bot's own mention removed, other mentions, channels and
 * links reduced to their labels, and Slack's three entities decoded (`&amp;` last, so `&amp;lt;` stays `&lt;`).
 */
export function slackToPlain(text: string, botUserId?: string): string {
  return (
    text
      // why: in a mention the bot's id is addressing, not part of the question.
      .replace(/<@([A-Z0-9]+)(?:\|[^>]*)?>/g, (whole, id: string) => (id === botUserId ? "" : labelOf(whole)))
      .replace(/<([^<>]+)>/g, (whole) => labelOf(whole))
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&")
      .replace(/\s+/g, " ")
      .trim()
  );
}

// why: Slack sends `<https://x|label>`, `<#C123|general>`, `<@U123|ann>`, `<!here>`; keep what a person would read.
function labelOf(control: string): string {
  const inner = control.slice(1, -1);
  const bar = inner.indexOf("|");
  if (bar >= 0) return inner.slice(bar + 1);
  if (inner.startsWith("!")) return "";
  if (inner.startsWith("@") || inner.startsWith("#")) return "";
  return inner;
}
