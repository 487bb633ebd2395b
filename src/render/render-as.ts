import { renderDiscord } from "./discord/render-discord.ts";
import type { Document } from "./document.ts";
import { renderMarkdown } from "./markdown.ts";
import { renderSlack } from "./slack/render-slack.ts";
import { renderText, type TextStyle } from "./text.ts";

export const RENDER_FORMATS = ["text", "md", "slack-json", "discord-json"] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** One answer as a string in any renderer's output: for `brief serve --once --format …` and exports. */
export function renderAs(format: RenderFormat, doc: Document, style: TextStyle): string {
  switch (format) {
    case "text":
      return renderText(doc, style);
    case "md":
      return renderMarkdown(doc).trimEnd();
    case "slack-json":
      return JSON.stringify(renderSlack(doc), null, 2);
    case "discord-json":
      return JSON.stringify(renderDiscord(doc), null, 2);
  }
}
