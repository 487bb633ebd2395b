import { z } from "zod";
import type { Topic } from "../../config/file-schema.ts";
import {
  EntityResultSchema,
  type InvalidQuery,
  type NotFound,
  OnDateQueryResultSchema,
  type QueryEngine,
  TopicBriefResultSchema,
} from "../query/types.ts";
import { composeBrief } from "../render/compose/compose-brief.ts";
import { composeEntity } from "../render/compose/compose-entity.ts";
import { composeOn } from "../render/compose/compose-on.ts";
import type { Document } from "../render/document.ts";
import { renderMarkdown } from "../render/markdown.ts";
import { foldForMatch } from "../text/normalize.ts";
import { type ExportAnswer, resolveExport } from "./export-target.ts";

export type ExportFormat = "md" | "json";

/** A whole brief as a file: what `brief export` writes and `/brief export` attaches. */
export type ExportFile = {
  kind: "export";
  answer: Exclude<ExportAnswer, NotFound | InvalidQuery>;
  /** What the brief is about, for a message that carries the file. */
  title: string;
  filename: string;
  mime: string;
  content: string;
};

const ExportAnswerSchema = z.union([TopicBriefResultSchema, OnDateQueryResultSchema, EntityResultSchema]);

/**
 * The topic, date or person `text` names (resolveExport), as one uncapped brief: Markdown with every citation
 * linked, or the answer as JSON. `exportedAt` stamps the JSON form.
 */
export function exportBrief(
  engine: QueryEngine,
  topics: readonly Topic[],
  text: string,
  format: ExportFormat,
  exportedAt: Date,
): ExportFile | NotFound | InvalidQuery {
  const answer = ExportAnswerSchema.parse(resolveExport(engine, topics, text));
  if (answer.kind === "not-found" || answer.kind === "invalid-query") return answer;
  const title = titleOf(answer);
  const base = `brief-${slugify(title) || "export"}`;
  if (format === "json") {
    return {
      kind: "export",
      answer,
      title,
      filename: `${base}.json`,
      mime: "application/json",
      content: `${JSON.stringify({ exportedAt: exportedAt.toISOString(), answer }, null, 2)}\n`,
    };
  }
  return { kind: "export", answer, title, filename: `${base}.md`, mime: "text/markdown", content: renderMarkdown(documentOf(answer)) };
}

function documentOf(answer: ExportFile["answer"]): Document {
  switch (answer.kind) {
    case "topic-brief":
      return composeBrief(answer, { all: true });
    case "on-date":
      return composeOn(answer, { all: true });
    case "entity":
      return composeEntity(answer, { all: true });
  }
}

function titleOf(answer: ExportFile["answer"]): string {
  switch (answer.kind) {
    case "topic-brief":
      return answer.topic.title;
    case "on-date":
      return answer.label;
    case "entity":
      return answer.name;
  }
}

function slugify(text: string): string {
  return foldForMatch(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}
