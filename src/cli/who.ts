import { type WhoSaidPerson, type WhoSaidPhrase, WhoSaidResultSchema } from "../query/types.ts";
import { formatWhoSaid } from "./format-results.ts";
import { queryCommand } from "./query-command.ts";

export const whoCommand = queryCommand({
  name: "who",
  summary: "What a person said (brief who SURNAME), or who said a phrase (brief who '\"a few words\"')",
  usage: 'brief who NAME|"PHRASE"',
  takesText: true,
  schema: WhoSaidResultSchema,
  ask: (engine, text) => engine.whoSaid(text),
  format: (answer) => formatWhoSaid(answer as WhoSaidPerson | WhoSaidPhrase),
});
