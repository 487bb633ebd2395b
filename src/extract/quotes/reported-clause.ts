// Where the reported clause starts after a verb of saying: past "that", a listener ("told reporters"), a setting or a colon.

import { CAREFUL_BARE_CLAUSE_VERBS, TELLING_VERBS } from "../lexicon/reporting-verbs.ts";
import { looksLikeClause } from "./clause-shape.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.

// why: the listener can carry a place ("told The Star-Ledger of Newark") and a time ("… last week").
const TO_OBJECT =
  /^\s+(?:the\s+)?(?:reporters|journalists|the press|\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.&'’-]*){0,4}|an? [\p{Ll} ]{1,30}|his [\p{Ll} ]{1,20}|her [\p{Ll} ]{1,20})(?:\s+(?:of|in|at|from)\s+\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.&'’-]*){0,3})?/u;
const DATE_OR_SETTING_BEFORE_THAT =
  /^(\s*,)?\s+(on\s+|late\s+|early\s+|last\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\p{Lu}\p{Ll}+ \d{1,2})(?![\p{L}\p{N}’'])(\s+(night|morning|afternoon|evening))?(\s*,)?|^(\s*,)?\s+(?:(?:last|this|earlier this|later that|that|the next|the following)\s+(?:week|weekend|month|year|night|morning|afternoon|evening)|yesterday|today|tonight|recently|earlier|later)(\s*,)?|^\s+(by telephone|in a statement|in an interview|in a speech|on Twitter|on television|in a post)(\s*,)?/u;

/** An adverb between the verb and its clause: "said repeatedly that", "told reporters privately that". */
const ADVERB_BEFORE_CLAUSE =
  /^\s+(?:also|again|repeatedly|privately|publicly|flatly|bluntly|openly|firmly|previously|later|often|even|only)\b(\s*,)?/;

/** Words that make a run of words a clause: auxiliaries, regular past and present forms, common irregular pasts. */
const FINITE =
  "is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do|\\p{Ll}+ed|\\p{Ll}+s|rose|fell|made|took|gave|won|lost|saw|met|left|came|went|got|sent|spent|built|held|kept|paid|sold|found|began|grew|knew|threw|wrote|ran|led|brought|bought|fought|thought|meant|became|broke|chose|drove|ate|flew|forgot|hid|hit|hurt|let|put|quit|read|rode|rang|set|shut|sang|sat|slept|spoke|stood|stole|struck|swore|taught|tore|understood|woke|wore";

// why: what a speaker acknowledges is reported even as a noun phrase ("acknowledged the agency's limits in
// ending the strike"): it is a position granted. A bare object ("acknowledged the error") stays out, and so do
// announced objects ("announced a plan that would …"): an announcement names a thing, not a statement.
const ACKNOWLEDGED_OBJECT = /^acknowledg(?:e|es|ed|ing)$/;
const POSTMODIFIED_OBJECT = /^(?:[^\s,.;:]+\s+){1,5}(?:that|which|on|in|to|for|of|against|from|with)\s+[^\s,.;:]+\s+[^\s,.;:]+/;

// why: a gerund subject can be long ("said having the ferry at the head of the fleet puts captains at risk").
const GERUND_SUBJECT =
  /^(?!(?:including|according|regarding|concerning|following|during|nothing|something|anything|everything)\b)\p{Ll}{3,}ing\s+(?:[\p{L}\p{N}’'.$%-]+\s+){1,12}?(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|\p{Ll}+s)\b/u;

// why: numbers belong to clauses too ("Forecasters say up to 40mm could fall").
const CLAUSE_WITH_VERB = new RegExp(`^[\\p{L}\\p{N}’'.$£€%-]+(\\s+[\\p{L}\\p{N}’'.,$£€%-]+){0,6}\\s+(${FINITE})\\b`, "u");

/** Verbs that report a clause without "that" in news copy ("He says the talks failed"). */
const BARE_CLAUSE_VERBS = new Set([
  "say",
  "says",
  "said",
  "tell",
  "tells",
  "told",
  "add",
  "adds",
  "added",
  "note",
  "notes",
  "noted",
  "believe",
  "believes",
  "believed",
  "think",
  "thinks",
  "thought",
  "argue",
  "argues",
  "argued",
  "insist",
  "insists",
  "insisted",
  "warn",
  "warns",
  "warned",
]);
const NOT_CLAUSE_START =
  /^(to|in|about|of|for|on|at|with|by|from|as|so|so far|during|after|before|since|until|without|under|over|among|amid|despite|through|into|nothing|anything|something|more|little|much|yes|no|goodbye|hello|otherwise|it all|this week|sorry|thanks)\b|^[,.;:!?"“”]/i;

export function reportedClause(afterVerb: string, verb: string): { offset: number } | null {
  if (!TELLING_VERBS.has(verb)) return clauseFrom(afterVerb, verb, 0);
  // why: the listener can be long ("told the BBC's Today programme on Wednesday that"); a "that" within
  // a few words marks where the reported clause starts.
  // why: "has told friends since the spring, at fundraisers and in private huddles, that …": the listener and the
  // settings can be set off by commas before the "that".
  const that = /^((?:\s+[^\s,.;:"“”]+){1,8}?)\s+that\s+/u.exec(afterVerb) ?? LISTENER_WITH_SETTINGS.exec(afterVerb);
  if (that) return { offset: that[0].length };
  const object = TO_OBJECT.exec(afterVerb);
  const found = object ? clauseFrom(afterVerb, verb, object[0].length) : null;
  if (found) return found;
  // why: "told his audience they would …", "told the crowd the plant would close": a listener of one to three
  // lowercase words, then a plain clause (a pronoun or a noun phrase with a finite verb) without "that".
  // why: "told her campaign staff she would …": a clause that opens like one (a pronoun, a determiner, a name)
  // beats a shorter listener whose clause would start with the listener's last word.
  const listener = LOWERCASE_LISTENER.exec(afterVerb);
  let fallback: number | null = null;
  for (let words = 1; listener && words <= 3; words++) {
    const at = wordEnd(afterVerb, listener[0].length, words);
    if (at < 0) break;
    const next = afterVerb.slice(at).trimStart();
    if (!looksLikeClause(next) || NOT_CLAUSE_START.test(next)) continue;
    if (CLAUSE_OPENER.test(next)) return { offset: afterVerb.length - next.length };
    fallback ??= afterVerb.length - next.length;
  }
  return fallback === null ? null : { offset: fallback };
}

const TITLED_PHRASE =
  /^\s+(?:on|in|to|during)\b(?:\s+[^\s,.;:"“”]+){0,3}?\s+(?:''|["“])\p{Lu}[^"“”',.;:]{0,40}(?:''|["”])(?:\s+[^\s,.;:"“”]+){0,3}?,?\s+that\s+/u;
const CLAUSE_OPENER = /^(?:\p{Lu}|(?:he|she|they|it|we|i|you|there|the|a|an|his|her|their|its|this|these|those|no|some|many|most|all)\b)/u;
const COLON_INTRODUCTION = /^(?:\s+(?:on|in|at|during|to)\b[^:;,"“”]{0,60})?\s*:\s+(?=[^"“'‘\s])/;
const LISTENER_WITH_SETTINGS = /^(?:\s+[^\s,.;:"“”]+){1,6}?,(?:\s+[^\s,.;:"“”]+){1,10}?,\s+that\s+/u;
const LOWERCASE_LISTENER = /^\s+(?:his|her|their|its|our|the|an?)\b/u;

/** Offset after the `count`th lowercase word from `from`, or -1 when a word is not lowercase. */
function wordEnd(text: string, from: number, count: number): number {
  const pattern = /\s+[\p{Ll}-]+(?=[\s,]|$)/uy;
  let at = from;
  for (let i = 0; i < count; i++) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) return -1;
    at += match[0].length;
  }
  return at;
}

function clauseFrom(afterVerb: string, verb: string, start: number): { offset: number } | null {
  let offset = start;
  let rest = afterVerb.slice(start);
  for (let guard = 0; guard < 2; guard++) {
    const date = DATE_OR_SETTING_BEFORE_THAT.exec(rest) ?? ADVERB_BEFORE_CLAUSE.exec(rest);
    if (!date) break;
    offset += date[0].length;
    rest = afterVerb.slice(offset);
  }
  // "wrote on Telegram that", "said in a televised address that": a short phrase before "that".
  // why: the phrase may hold a programme's title in quotation marks ("said on the network's \"Meet the Voters\"
  // on Sunday that"); the title is a name, so its marks may stand there too.
  const phrase =
    /^\s+(?:on|in|at|to|during|via|through|by|from|after|before|late|early|last|this|with|over|inside|outside)\b(?:\s+[^\s,.;:"“”]+){0,5}?,?\s+that\s+/.exec(
      rest,
    ) ?? TITLED_PHRASE.exec(rest);
  if (phrase) return { offset: offset + phrase[0].length };
  // why: "said in a statement: the port will close": a colon introduces the words when no quotation follows.
  const colon = COLON_INTRODUCTION.exec(rest);
  if (colon && looksLikeClause(rest.slice(colon[0].length))) return { offset: offset + colon[0].length };
  const that = /^\s+that\s+/.exec(rest);
  if (that) return { offset: offset + that[0].length };
  const lead = /^\s+/.exec(rest);
  if (!lead || NOT_CLAUSE_START.test(rest.slice(lead[0].length))) return null;
  const next = rest.slice(lead[0].length);
  if (CAREFUL_BARE_CLAUSE_VERBS.has(verb) && !BARE_CLAUSE_VERBS.has(verb))
    return looksLikeClause(next) || (ACKNOWLEDGED_OBJECT.test(verb) && POSTMODIFIED_OBJECT.test(next))
      ? { offset: offset + lead[0].length }
      : null;
  if (!BARE_CLAUSE_VERBS.has(verb)) return null;
  // why: without "that", demand a clause: some subject word followed later by a finite-looking verb.
  if (!CLAUSE_WITH_VERB.test(next) && !looksLikeClause(next) && !GERUND_SUBJECT.test(next)) return null;
  return { offset: offset + lead[0].length };
}
