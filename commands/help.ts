import { z } from "zod";
import { UsageError } from "../src/domain/errors.ts";
import type { Block, Document } from "../src/render/document.ts";
import { closestMatches } from "../src/text/similarity.ts";
import { type AnyCommand, type CommandDeps, defineCommand } from "./lib/types.ts";

const HelpArgs = z.tuple([z.string().optional()]).or(z.tuple([]));

export const helpCommand = defineCommand({
  name: "help",
  summary: "What Briefbot can do, with examples",
  usage: "/brief help [command]",
  examples: ["/brief help", "/brief help who"],
  parse: (words) => {
    const parsed = HelpArgs.safeParse(words.slice(0, 1));
    if (!parsed.success || words.length > 1) throw new UsageError("usage: /brief help [command]");
    return { command: parsed.data[0] };
  },
  run: ({ command }, deps) => (command ? commandHelp(command, deps) : overview(deps)),
});

function overview(deps: CommandDeps): Document {
  const blocks: Block[] = [
    { type: "heading", text: "Briefbot: briefings from the news, every fact cited" },
    {
      type: "bullets",
      items: deps.commands.map((command) => ({ text: `${command.usage}: ${command.summary}` })),
    },
  ];
  if (deps.topics.length > 0) {
    blocks.push({ type: "context", text: `Topics: ${deps.topics.map((topic) => topic.slug).join(", ")}` });
  }
  blocks.push({ type: "hint", text: "Ask a follow-up by replying in the thread under any answer. /brief help <command> shows examples." });
  return { summary: "Briefbot help", blocks, ephemeral: true };
}

function commandHelp(name: string, deps: CommandDeps): Document {
  const command = deps.commands.find((candidate) => candidate.name === name.toLowerCase());
  if (!command) {
    const guesses = closestMatches(
      name,
      deps.commands.map((candidate) => candidate.name),
    );
    const hint = guesses.length > 0 ? `Did you mean ${guesses.map((guess) => `/brief help ${guess}`).join(" or ")}?` : "";
    throw new UsageError(`There is no command "${name}". ${hint}`.trim());
  }
  return {
    summary: `Help for /brief ${command.name}`,
    ephemeral: true,
    blocks: [
      { type: "heading", text: command.usage },
      { type: "paragraph", text: command.summary },
      ...(command.examples.length > 0 ? [{ type: "bullets" as const, items: command.examples.map((example) => ({ text: example })) }] : []),
    ],
  };
}

export type { AnyCommand };
