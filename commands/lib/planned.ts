import { errorDocument } from "../../src/render/document.ts";
import { type AnyCommand, defineCommand } from "./types.ts";

/** A command whose capability is not built yet: listed in help, answers "not available yet". */
export function plannedCommand(name: string, summary: string, usage: string, examples: readonly string[] = []): AnyCommand {
  return defineCommand({
    name,
    summary,
    usage,
    examples,
    parse: () => undefined,
    run: () => errorDocument(`\`/brief ${name}\` is not available yet.`, "Type /brief help to see what works today."),
  });
}
