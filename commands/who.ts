import { z } from "zod";
import { defineCommand, flagArg, stringArg } from "../src/dispatch/command.ts";
import { composeWhoPerson, composeWhoPhrase } from "../src/render/compose/compose-who.ts";
import { composeInvalid, composeNotFound } from "../src/render/compose/failures.ts";

/** Longer than any name; a phrase past this is a paragraph, not something to look up. */
const WHO_MAX = 300;

/**
 * Everything after `who` is one name or phrase (`who Ada Lovelace` = `who "Ada Lovelace"`). The engine
 * tries it as a name first, then as words someone said, which is also how Discord's single option reads.
 */
const NameOrPhrase = z
  .string()
  .trim()
  .min(1, 'Who? Give a name (/brief who Lovelace) or words in quotes (/brief who "analytical engine").')
  .max(WHO_MAX, `That is too long to look up (at most ${WHO_MAX} characters).`);

export const whoCommand = defineCommand({
  name: "who",
  summary: "What a person said, or who said a phrase",
  examples: ["/brief who Lovelace", '/brief who "analytical engine"', "/brief who Lovelace --all"],
  args: {
    speaker: stringArg(NameOrPhrase, {
      description: "A person's name, or a phrase to find who said it",
      required: true,
      maxLength: 100,
      text: "rest",
      autocomplete: "speakers",
      placeholder: 'name|"phrase"',
    }),
    all: flagArg("--all", "Show everything, not only the first few items"),
  },
  // why: "who is the adviser?" is a question, not a look-up of someone called "is the adviser?".
  yieldsToQuestion: /^(is|was|are|were)$/i,
  run: ({ speaker: text, all }, deps, _request, usage) => {
    const result = deps.query.whoSaid(text);
    switch (result.kind) {
      case "who-said-person":
        return composeWhoPerson(result, { all });
      case "who-said-phrase":
        return composeWhoPhrase(result, { all });
      case "not-found":
        return composeNotFound(
          result,
          (suggestion) => `/brief who ${suggestion}`,
          "/brief topics and /brief sources show what the articles cover.",
        );
      case "invalid-query":
        return composeInvalid(result, usage);
    }
  },
});
