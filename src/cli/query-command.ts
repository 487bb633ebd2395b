import { z } from "zod";
import { createQueryEngine } from "../query/create-query-engine.ts";
import type { QueryEngine } from "../query/types.ts";
import { stripControlChars } from "../text/control-chars.ts";
import { parseCliArgs } from "./args.ts";
import { formatProblem } from "./format-results.ts";
import type { CliCommand } from "./types.ts";

type Answer = { kind: string };

export type QuerySpec<S extends z.ZodType<Answer>> = {
  name: string;
  summary: string;
  usage: string;
  /** Whether the command takes text (a name, date, slug); its words are joined with spaces. */
  takesText: boolean;
  /** The zod schema of the --json output: every answer is checked against it before printing. */
  schema: S;
  ask: (engine: QueryEngine, text: string) => z.output<S>;
  /** The readable form of a successful answer (not-found and invalid answers share one format). */
  format: (answer: z.output<S>) => string;
};

/**
 * Builds a query subcommand: readable text by default, `--json` for the answer as data (checked against
 * its schema), `--json-schema` for that schema. Exit codes: 0 answered, 1 nothing found, 2 unusable query.
 */
export function queryCommand<S extends z.ZodType<Answer>>(spec: QuerySpec<S>): CliCommand {
  return {
    name: spec.name,
    readsFacts: true,
    summary: spec.summary,
    usage: `${spec.usage} [--json | --json-schema]`,
    details:
      "--json prints the answer as JSON, validated against the schema that --json-schema prints (source: src/query/types.ts).\nExit codes: 0 answered, 1 nothing found, 2 unusable query.",
    run: async (args, ctx) => {
      const options = parseCliArgs(
        args,
        { json: { type: "boolean" }, "json-schema": { type: "boolean" } },
        z.object({
          json: z.boolean().default(false),
          "json-schema": z.boolean().default(false),
          positionals: spec.takesText ? z.array(z.string()) : z.array(z.string()).max(0, `brief ${spec.name} takes no arguments`),
        }),
        spec.usage,
      );
      if (options["json-schema"]) {
        ctx.io.stdout.write(`${JSON.stringify(z.toJSONSchema(spec.schema, { io: "output", unrepresentable: "any" }), null, 2)}\n`);
        return 0;
      }
      const engine = createQueryEngine(ctx.store(), ctx.config.file.topics);
      const answer = spec.schema.parse(spec.ask(engine, options.positionals.join(" ")));
      const problem = answer.kind === "not-found" || answer.kind === "invalid-query";
      if (options.json) ctx.io.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
      else if (problem) ctx.io.stderr.write(`${stripControlChars(formatProblem(answer as never))}\n`);
      // why: stored text from before control characters were stripped at ingest must not reach the terminal either.
      else ctx.io.stdout.write(`${stripControlChars(spec.format(answer))}\n`);
      return answer.kind === "invalid-query" ? 2 : answer.kind === "not-found" ? 1 : 0;
    },
  };
}
