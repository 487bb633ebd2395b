// Reported speech credited after the clause: `CLAUSE, X said on Monday.`

import type { Doc } from "../doc.ts";
import { TELLING_VERBS } from "../lexicon/reporting-verbs.ts";
import { subjectBefore } from "../speakers.ts";
import type { Sentence } from "../text/segment.ts";
import { indirectQuote, onlySubordinate, reportedBody } from "./clause-shape.ts";
import type { RawQuote } from "./raw-quote.ts";
import { trimClause } from "./trim-clause.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.

const TOLD_LISTENER = /^\s+(the\s+)?(reporters|journalists|\p{Lu}[\p{L}.&-]*(\s+\p{Lu}[\p{L}.&-]*){0,3})/u;
const DATE_TAIL =
  /^(\s+(on|late|early|last|this|earlier this|later this|earlier|later)?\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|night|week|month|year)(\s+(night|morning|afternoon|evening))?)?/;

/**
 * Where words were said, after the verb of a trailing attribution ("…, the ministry said in a statement on
 * its website."). Only settings of speech: "X hinted at progress." is not an attribution.
 */
const SETTING =
  /^(\s*,)?\s+(in|during|at)\s+(a|an|his|her|their|its|the)\s+(\w+\s+){0,3}(statement|interview|speech|briefing|conference|post|letter|email|address|call|meeting|hearing|report|podcast|broadcast|tour|visit|rally|event|appearance|session|debate|forum|show|program|programme|ceremony|dinner|gathering)\b[^,.;]{0,50}|^(\s*,)?\s+on\s+(Twitter|X|Telegram|Facebook|Instagram|social media|television|TV|radio|(its|their|his|her) website)\b[^,.;]{0,30}/;
const APPOSITION = /^\s*(who|which|whose|the|a|an|\d+|also|speaking|asking|citing)\b/i;

/** `CLAUSE, SUBJECT VERB[ date].` (also `CLAUSE, the source, who …, told Reuters.`) → the clause. */
export function trailingAttribution(doc: Doc, sentence: Sentence, before: string, afterVerb: string, verb: string): RawQuote | null {
  let head = before.replace(/\s+$/, "");
  for (let guard = 0; guard < 2 && head.endsWith(","); guard++) {
    const inner = head.slice(0, -1);
    const comma = inner.lastIndexOf(",");
    if (comma < 0 || !APPOSITION.test(inner.slice(comma + 1))) break;
    head = inner.slice(0, comma);
  }
  const comma = head.lastIndexOf(",");
  if (comma < 0) return null;
  const subjectWords = head
    .slice(comma + 1)
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (subjectWords.length === 0 || subjectWords.length > 7) return null;
  let rest = afterVerb;
  if (TELLING_VERBS.has(verb)) rest = rest.replace(TOLD_LISTENER, "");
  rest = rest.replace(DATE_TAIL, "");
  // why: "…, the ministry said in a statement on its website." still ends with the attribution.
  rest = rest.replace(SETTING, "");
  if (!/^\s*([.;!?]|,|$)/.test(rest)) return null;
  const clauseText = sentence.text.slice(0, comma);
  // why: "Whatever progress he has made, officials said, could easily be undone": an attribution inside the
  // clause splits it; the longer piece carries the statement (the shorter is usually its subject).
  const medial = MEDIAL_REST.exec(rest);
  const after = medial?.[1] ? trimClause(medial[1]) : "";
  const beforePiece = reportedBody(clauseText);
  const body = after.split(/\s+/).length >= 3 && after.length > beforePiece.length ? after : beforePiece;
  if (body === beforePiece && (onlySubordinate(clauseText) || clauseText.split(/\s+/).length < 4)) return null;
  const speaker = subjectBefore(doc, sentence.start + comma + 1, sentence.start + comma + 1 + head.slice(comma + 1).length);
  if (!speaker) return null;
  doc.speakerBySentence.set(sentence.index, speaker);
  return indirectQuote(sentence, body, speaker, sentence.text.slice(comma));
}

const MEDIAL_REST =
  /^\s*,\s*(?!(?:and|but|or|who|which|according|adding|saying|with|without|as|in|on|at|for|by|from|after|before|despite|although|though|because|while|when|since|if|unless|to|even|especially|including)\b)([\p{L}\p{N}“"'‘].*)$/su;
