import type { Block, Document } from "../document.ts";

/** What help needs to know of a command (commands/ passes its registry entries). */
export type CommandAbout = { name: string; usage: string; summary: string; examples: readonly string[] };

/** `/brief help`: every command with what it answers, and the topics to try. */
export function composeHelp(commands: readonly CommandAbout[], topics: readonly string[]): Document {
  const blocks: Block[] = [
    { type: "heading", text: "Briefbot: briefings from the news, every fact cited" },
    { type: "bullets", items: commands.map((command) => ({ text: `${command.usage}: ${command.summary}` })) },
  ];
  if (topics.length > 0) blocks.push({ type: "context", text: `Topics: ${topics.join(", ")}` });
  blocks.push({ type: "hint", text: "Ask a follow-up by replying in the thread under any answer. /brief help <command> shows examples." });
  return { summary: "Briefbot help", blocks, ephemeral: true };
}

/** `/brief help <command>`: its usage, what it answers, and examples. */
export function composeCommandHelp(command: CommandAbout): Document {
  const blocks: Block[] = [
    { type: "heading", text: command.usage },
    { type: "paragraph", text: command.summary },
  ];
  if (command.examples.length > 0) blocks.push({ type: "bullets", items: command.examples.map((example) => ({ text: example })) });
  return { summary: `Help for /brief ${command.name}`, blocks, ephemeral: true };
}
