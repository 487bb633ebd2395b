import { z } from "zod";
import { createQueryEngine } from "../query/create-query-engine.ts";
import type { QueryEngine } from "../query/types.ts";
import { stripControlChars } from "../text/control-chars.ts";
import { formatProblem } from "./format-results.ts";
import type { CliCommand, CliContext } from "./types.ts";
import { splitVerbArgs, type VerbWords } from "./verb-args.ts";

type Answer = { kind: string };

export type QuerySpec<S extends z.ZodType<Answer>, I> = {
  name: string;
  summary: string;
  usage: string;
  /** The words after the command line's own options: the same chat command's arguments (chatVerb), or free text. */
  words: VerbWords<I>;
  /** The zod schema of the --json output: every answer is checked against it before printing. */
  schema: S;
  ask: (engine: QueryEngine, input: I) => z.output<S>;
  /** The readable form of a successful answer (not-found and invalid answers share one format). */
  format: (answer: z.output<S>) => string;
  /** With `--thread ID`, an answered query becomes that thread's parent (brief topic): this marks it. */
  threadRoot?: (ctx: CliContext, threadId: string, input: I) => void;
};

/**
 * Builds a query subcommand: readable text by default, `--json` for the answer as data (checked against
 * its schema), `--json-schema` for that schema. Exit codes: 0 answered, 1 nothing found, 2 unusable query.
 */
export function queryCommand<S extends z.ZodType<Answer>, I>(spec: QuerySpec<S, I>): CliCommand {
  return {
    name: spec.name,
    readsFacts: true,
    summary: spec.summary,
    usage: `${spec.usage} [--json | --json-schema]${spec.threadRoot ? " [--thread ID]" : ""}`,
    details: [
      "--json prints the answer as JSON, validated against the schema that --json-schema prints (source: src/query/types.ts).",
      ...(spec.words.flags.includes("--all") ? ["--all is taken as in chat; the command line never shortens an answer."] : []),
      "Exit codes: 0 answered, 1 nothing found, 2 unusable query.",
    ].join("\n"),
    run: async (args, ctx) => {
      const { options, words } = splitVerbArgs(
        args,
        { json: "boolean", "json-schema": "boolean", ...(spec.threadRoot ? { thread: "string" as const } : {}) },
        spec.words.flags,
        z.object({
          json: z.boolean().default(false),
          "json-schema": z.boolean().default(false),
          thread: z.string().trim().min(1, "expected a thread id").max(200).optional(),
        }),
        spec.usage,
      );
      if (options["json-schema"]) {
        ctx.io.stdout.write(`${JSON.stringify(z.toJSONSchema(spec.schema, { io: "output", unrepresentable: "any" }), null, 2)}\n`);
        return 0;
      }
      const input = spec.words.read(words, spec.usage);
      const engine = createQueryEngine(ctx.store(), ctx.config.file.topics);
      const answer = spec.schema.parse(spec.ask(engine, input));
      const problem = answer.kind === "not-found" || answer.kind === "invalid-query";
      if (options.json) ctx.io.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
      else if (problem) ctx.io.stderr.write(`${stripControlChars(formatProblem(answer as never))}\n`);
      // why: stored text from before control characters were stripped at ingest must not reach the terminal either.
      else ctx.io.stdout.write(`${stripControlChars(spec.format(answer))}\n`);
      if (problem) return answer.kind === "invalid-query" ? 2 : 1;
      if (options.thread) spec.threadRoot?.(ctx, options.thread, input);
      return 0;
    },
  };
}
