import { whoCommand as chatWho } from "../../commands/who.ts";
import { type WhoSaidPerson, type WhoSaidPhrase, WhoSaidResultSchema } from "../query/types.ts";
import { formatWhoSaid } from "./format-results.ts";
import { queryCommand } from "./query-command.ts";
import { chatVerb } from "./verb-args.ts";

export const whoCommand = queryCommand({
  name: "who",
  summary: "What a person said (brief who SURNAME), or who said a phrase (brief who '\"a few words\"')",
  usage: 'brief who NAME|"PHRASE"',
  words: chatVerb(chatWho),
  schema: WhoSaidResultSchema,
  ask: (engine, { speaker }) => engine.whoSaid(speaker),
  format: (answer) => formatWhoSaid(answer as WhoSaidPerson | WhoSaidPhrase),
});
