import { stemOf } from "./words.ts";

/**
 * Verbs of speech acts: in "who <verb> …?" answered by a quote, the quote is the act itself, so the verb need
 * not be in it. Any other verb ("who leaked …", "who won …") names a deed the fact must state.
 */
const SPEECH_ACTS = new Set(
  "say tell call predict warn report question point describe compare vow suggest reject quip offer mock joke float declare concede claim caution ask argue admit accuse promise pledge deny insist urge criticise criticize praise complain acknowledge blame demand propose recommend threaten apologise apologize defend dismiss slam attack hail welcome condemn note add explain stress emphasise emphasize agree disagree announce confirm tweet write reply respond answer counter boast lament ridicule deride label dub brand call_for point_out speak remark comment insist describe characterise characterize liken dismiss scoff chide scold lambast mock taunt plead beg invite challenge"
    .split(" ")
    .map(stemOf),
);

export function isSpeechAct(verb: string, base: string): boolean {
  return SPEECH_ACTS.has(stemOf(base)) || SPEECH_ACTS.has(stemOf(verb));
}
