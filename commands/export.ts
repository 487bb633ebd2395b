import { z } from "zod";
import { defineCommand, flagArg, stringArg } from "../src/dispatch/command.ts";
import { exportBrief } from "../src/export/export-brief.ts";
import { composeInvalid, composeNotFound } from "../src/render/compose/failures.ts";
import { errorDocument } from "../src/render/document.ts";

const TARGET_MAX = 200;
/**
 * Files larger than this are not attached: Discord refuses bot uploads over 10 MiB, and a chat is no place for
 * a bigger brief anyway. The command line (`brief export`) has no such limit.
 */
export const EXPORT_ATTACHMENT_MAX_BYTES = 8 * 1024 * 1024;

const Target = z
  .string()
  .trim()
  .min(1, "What should I export? A topic, a date or a name: /brief export <topic>.")
  .max(TARGET_MAX, `That is too long (at most ${TARGET_MAX} characters).`);

export const exportCommand = defineCommand({
  name: "export",
  summary: "The whole brief on a topic, date or person as a file (Markdown, or JSON with --json)",
  examples: ["/brief export <topic>", "/brief export 2022-03-24", "/brief export <name> --json"],
  args: {
    // why: the Discord option has always been called `topic`, though a date or a name works too.
    topic: stringArg(Target, {
      description: "A topic (or a date, or a person's name) to export as a file",
      required: true,
      maxLength: 100,
      text: "rest",
      autocomplete: "topics",
      placeholder: "topic|date|name",
    }),
    json: flagArg("--json", "The brief as JSON data instead of Markdown"),
  },
  run: ({ topic: target, json }, deps, _request, usage) => {
    const exported = exportBrief(deps.query, deps.topics, target, json ? "json" : "md", new Date());
    if (exported.kind === "not-found")
      return composeNotFound(exported, (suggestion) => `/brief export ${suggestion}`, "/brief topics lists the topics.");
    if (exported.kind === "invalid-query") return composeInvalid(exported, usage);
    const bytes = Buffer.byteLength(exported.content);
    if (bytes > EXPORT_ATTACHMENT_MAX_BYTES) {
      return errorDocument(
        `The export of ${exported.title} is ${(bytes / 1048576).toFixed(1)} MB, more than a chat file may be.`,
        `Run brief export ${target} --out FILE on the bot's machine instead.`,
      );
    }
    const text = `Export of ${exported.title}: every fact and citation, in ${exported.filename} (${Math.max(1, Math.round(bytes / 1024))} KB).`;
    return {
      summary: text,
      blocks: [{ type: "paragraph", text }],
      attachment: { filename: exported.filename, mime: exported.mime, content: exported.content },
    };
  },
});
