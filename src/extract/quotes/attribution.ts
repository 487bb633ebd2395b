import type { Doc, SpeakerRef } from "../doc.ts";
import { REPORTING_VERBS, SPEECH_VERBS, TELLING_VERBS } from "../lexicon/reporting-verbs.ts";
import { clauseInitialSubject } from "../speakers/clause-subject.ts";
import { subjectAfter, subjectBefore } from "../speakers.ts";
import { nounNotVerb } from "./noun-like-verbs.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.
const NEW_SENTENCE = /^[.!?]\s+\p{Lu}/u;
/** What may follow the verb of a credit after a quote: the end, a subject, a listener or a short time or setting. */
const CREDIT_ENDS =
  /^(?:\s*(?:[.!?,;:]|$)|(?:\s+[^\s.!?,;:]+){1,3}\s*(?:[.!?,;:]|$)|\s+(?:on|in|at|during|to|after|before|while|when|last|this|of)\b)/u;

const INTRODUCES_NEXT = /^[^.!?"“”]{0,40}:\s*["“‘']/u;

export type Attribution = { speaker: SpeakerRef; start: number; end: number };
type Verb = { word: string; index: number };

const WORD = /[\p{L}’'-]+/gu;
const ACCORDING = /^\s*,?\s*(?:[^"“”]{0,80}?,\s*)?according to\s+([^,.;"“”]+)/i;
const LEADING_ACCORDING = /^\s*(?:(?:But|And|Yet|So),?\s+)?[Aa]ccording to\s+([^,;"“”]+),\s*$/;
const BY_AGENT = /^\s*by\s+((?:the|a|an)\s+[^,.;"“”]+|\p{Lu}[^,.;"“”]+)/u;

/**
 * The attribution right after a closing quotation mark: `, X said`, `said X`, `X tells the BBC`,
 * `the spokesperson said`, `, according to X`, or a passive `by X`. `start..end` is the text after the
 * quote up to the next quotation mark or the end of the sentence.
 */
export function attributionAfter(doc: Doc, start: number, end: number, quoteEndsSentence = false): Attribution | null {
  const text = doc.text.slice(start, end);
  // why: after a quote that ends with its own full stop, only a short "Smith said." can attribute it;
  // "\"We are nearly there.\" Prices rose, the company said" starts a new sentence.
  const maxWords = quoteEndsSentence ? 4 : 9;
  const lead = /^[\s,.!?…—–-]*/.exec(text)?.[0].length ?? 0;
  if (/^\s*[.!?]/.test(text) && /^\s*[.!?]\s*$/.test(text.slice(0, lead))) {
    // A quote that ends its own sentence has no attribution after it.
    if (lead >= text.length || NEW_SENTENCE.test(text.trimStart())) return null;
  }
  WORD.lastIndex = 0;
  let count = 0;
  for (const match of text.matchAll(WORD)) {
    if (count++ > maxWords) break;
    const at = start + match.index;
    const word = match[0];
    const between = text.slice(lead, match.index);
    if (/[.;!?]/.test(withoutAbbreviations(between)) || (quoteEndsSentence && /,/.test(between))) break;
    if (!REPORTING_VERBS.has(word)) continue;
    if (/ing$/.test(word) && count > 1) continue;
    // why: after a quote that ends its own sentence, "The star then recalled a night in Leeds." is a new
    // statement with its own object, not the credit of the quote before it ("Smith said." / "she added on Monday.").
    if (quoteEndsSentence && !CREDIT_ENDS.test(text.slice(match.index + word.length))) break;
    // why: "\"…\" The candidate reiterated: \"…\"": a sentence whose verb ends in a colon introduces the next
    // quotation, not the one before it.
    if (quoteEndsSentence && INTRODUCES_NEXT.test(doc.text.slice(at + word.length, at + word.length + 60))) break;
    const before = doc.text.slice(start + lead, at);
    // why: a verb without a readable subject ("are all thought to") is not the attribution; keep looking.
    const speaker = before.trim() === "" ? subjectAfter(doc, at + match[0].length, end) : subjectBefore(doc, start + lead, at);
    if (speaker) return { speaker, start: start + lead, end };
  }
  if (quoteEndsSentence) return null;
  const long = nameThenLongApposition(doc, start + lead, end);
  if (long) return { speaker: long, start: start + lead, end };
  const according = ACCORDING.exec(text);
  if (according?.[1]) {
    const from = start + (according.index ?? 0) + according[0].length - according[1].length;
    const speaker = subjectAfter(doc, from, start + (according.index ?? 0) + according[0].length);
    if (speaker) return { speaker, start: start + lead, end };
  }
  const agent = BY_AGENT.exec(text.slice(lead));
  if (agent?.[1]) {
    const from = start + lead + agent[0].length - agent[1].length;
    const speaker = subjectAfter(doc, from, from + agent[1].length);
    if (speaker) return { speaker, start: start + lead, end };
  }
  return null;
}

/**
 * The attribution before an opening quotation mark: the last reporting verb in the text since the
 * sentence start (`X said, "…"`, `X tells the BBC the U.S. believes "…"`, `X said that there is "…"`), its
 * subject read from the words before it.
 */
export function attributionBefore(doc: Doc, start: number, end: number): Attribution | null {
  const text = doc.text.slice(start, end);
  // why: in "X tells the BBC the U.S. believes \"…\"" the quote is what X said, so speech verbs are tried
  // first (in order), then the other reporting verbs from nearest the quote back; a verb in a relative
  // clause ("The official, who said …, added:") is skipped when its subject cannot be read.
  // "According to Paul Sperry of Counter Jihad, \"…\"": the source before the quote.
  const according = LEADING_ACCORDING.exec(text);
  if (according?.[1]) {
    const from = start + according[0].length - according[1].length;
    const speaker = subjectAfter(doc, from, from + according[1].length);
    if (speaker) return { speaker, start, end };
  }
  const speech: Verb[] = [];
  const other: Verb[] = [];
  WORD.lastIndex = 0;
  for (const match of text.matchAll(WORD)) {
    // why: verbs are matched case-sensitively so "State Council" or "Post" never read as a verb; only a
    // sentence-initial "Said Comey, \"…\"" is read in capitals.
    const word = match.index === 0 && /^Said$|^Says$/.test(match[0]) ? match[0].toLowerCase() : match[0];
    if (!REPORTING_VERBS.has(word)) continue;
    // why: ", telling reporters that …" hangs off the clause's subject; other -ing forms are not attributions.
    if (/ing$/.test(word) && !(SPEECH_VERBS.has(word) && /,\s*$/.test(text.slice(0, match.index)))) continue;
    const beforeVerb = text.slice(0, match.index);
    // "Mike Pence, who called their son \"an American hero\"": the noun phrase before ", who" speaks.
    const relative = /,\s*who\s+(?:also\s+|later\s+|once\s+|has\s+|had\s+)?$/.exec(beforeVerb);
    if (relative && !/ing$/.test(word)) {
      const speaker = subjectBefore(doc, start, start + relative.index);
      if (speaker?.name) return { speaker, start, end };
      continue;
    }
    if (/\b(who|which|that)\s+$/i.test(beforeVerb)) continue;
    // why: "the mayor's state director, Ada Fenn, …": a verb form that is also a noun, inside a noun phrase.
    if (nounNotVerb(word, beforeVerb, text.slice(match.index + word.length))) continue;
    (SPEECH_VERBS.has(word) ? speech : other).push({ word, index: match.index });
  }
  for (const verb of [...speech, ...other.reverse()]) {
    const verbAt = start + verb.index;
    const subjectText = doc.text.slice(start, verbAt);
    let speaker: SpeakerRef | null;
    if (subjectText.trim() === "") {
      // why: "told the minister" is a message to the minister, not from him.
      if (TELLING_VERBS.has(verb.word)) continue;
      speaker = subjectAfter(doc, verbAt + verb.word.length, end);
    } else {
      speaker = /ing$/.test(verb.word) ? clauseInitialSubject(doc, start, verbAt) : subjectBefore(doc, start, verbAt);
    }
    if (speaker) return { speaker, start, end };
  }
  return null;
}

/** Initials, title abbreviations and bracketed notes ("Harry M. Reid (D-Nev.)", "Sen.", "U.S."): not sentence ends. */
function withoutAbbreviations(text: string): string {
  // why: a full stop right before a comma ends an abbreviation ("Ada Fenn, D-Calif., said"), never a sentence.
  return text.replace(BRACKETED, " ").replace(ABBREVIATION, " ").replace(STOP_BEFORE_COMMA, " ");
}

const STOP_BEFORE_COMMA = /\.(?=,)/g;

const BRACKETED = /\([^()]{0,40}\)/g;
const ABBREVIATION = /\b(?:(?:\p{Lu}\.)+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Jr|Sr|St|Prof|Capt|Sgt|Adm|Maj|Rev|Sens|Reps)\.)/gu;

/**
 * `"…," Nate Silver, the polling guru who founded a forecasting site, tweeted on Wednesday.`: a person's name
 * right after the quote, then an apposition too long for the usual search, then the verb.
 */
function nameThenLongApposition(doc: Doc, start: number, end: number): SpeakerRef | null {
  const text = doc.text.slice(start, end);
  const appos = NAME_COMMA.exec(text);
  if (!appos) return null;
  WORD.lastIndex = 0;
  for (const match of text.slice(appos[0].length).matchAll(WORD)) {
    if (!REPORTING_VERBS.has(match[0]) || /ing$/.test(match[0])) continue;
    // why: only when the apposition before the verb is one phrase (a comma may close it), not a new clause.
    const between = text.slice(appos[0].length, appos[0].length + match.index);
    if (/[;:!?"“”]/.test(between) || (between.match(/,/g)?.length ?? 0) > 1) return null;
    const speaker = subjectBefore(doc, start, start + appos[0].indexOf(","));
    return speaker?.name ? speaker : null;
  }
  return null;
}

// why: the apposition may open with a bare role ("Ada Fenn, legal director for the harbour union, said").
const NAME_COMMA = /^(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]+,\s+(?=(?:the|a|an|who)\s|\p{Ll}+\s)/u;
