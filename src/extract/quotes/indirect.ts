import type { Doc } from "../doc.ts";
import { CAREFUL_BARE_CLAUSE_VERBS, REPORTING_VERBS, SPEECH_VERBS, TELLING_VERBS } from "../lexicon/reporting-verbs.ts";
import { isRoleNoun } from "../speakers/role-nouns.ts";
import { subjectBefore } from "../speakers.ts";
import type { Sentence } from "../text/segment.ts";
import { CLAUSE_END, indirectQuote, looksLikeClause, onlySubordinate, reportedBody, SUBORDINATE_START } from "./clause-shape.ts";
import { invertedAttribution } from "./inverted.ts";
import { reportedObject } from "./object-report.ts";
import { beforeParticiple } from "./participle.ts";
import type { RawQuote } from "./raw-quote.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.
// why: the listener can carry a place ("told The Star-Ledger of Newark") and a time ("… last week").
const TO_OBJECT =
  /^\s+(?:the\s+)?(?:reporters|journalists|the press|\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.&'’-]*){0,4}|an? [\p{Ll} ]{1,30}|his [\p{Ll} ]{1,20}|her [\p{Ll} ]{1,20})(?:\s+(?:of|in|at|from)\s+\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.&'’-]*){0,3})?/u;
const TOLD_LISTENER = /^\s+(the\s+)?(reporters|journalists|\p{Lu}[\p{L}.&-]*(\s+\p{Lu}[\p{L}.&-]*){0,3})/u;
const DATE_OR_SETTING_BEFORE_THAT =
  /^(\s*,)?\s+(on\s+|late\s+|early\s+|last\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\p{Lu}\p{Ll}+ \d{1,2})(?![\p{L}\p{N}’'])(\s+(night|morning|afternoon|evening))?(\s*,)?|^(\s*,)?\s+(?:(?:last|this|earlier this|later that|that|the next|the following)\s+(?:week|weekend|month|year|night|morning|afternoon|evening)|yesterday|today|tonight|recently|earlier|later)(\s*,)?|^\s+(by telephone|in a statement|in an interview|in a speech|on Twitter|on television|in a post)(\s*,)?/u;
/** An adverb between the verb and its clause: "said repeatedly that", "told reporters privately that". */
const ADVERB_BEFORE_CLAUSE =
  /^\s+(?:also|again|repeatedly|privately|publicly|flatly|bluntly|openly|firmly|previously|later|often|even|only)\b(\s*,)?/;
// why: ", he said on Monday" closes the clause; ", he also hosted the team" is the speaker's own second clause.
const TRAILING_CREDIT =
  /,\s*(?:according to\s|(?:he|she|they|officials?|the [\p{Ll} ]+)\s+(?:also\s+)?(?:said|says|say|added|adds|told|tells|noted|notes|wrote|writes|argued|argues|insisted|insists|explained|explains)\b)[^,]*$/u;

const TRAILING_RELATIVE = /,\s+(which|who)\s[^,]*$/;
const CLEFT = /^\s*it(?:['’]s|\s+(?:is|was|were)\b)/i;

const TRAILING_APPOSITION = /,\s+((?:the|a|an)\s+\p{Ll}[^,;]*)$/u;

const WORD = /[\p{L}’'-]+/gu;
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
const DATE_TAIL =
  /^(\s+(on|late|early|last|this|earlier this|later this|earlier|later)?\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|night|week|month|year)(\s+(night|morning|afternoon|evening))?)?/;

/**
 * Reported speech without quotation marks in one sentence: `X said (that) CLAUSE`, `X told Reuters on
 * Wednesday that CLAUSE`, and `CLAUSE, X said.` / `CLAUSE, he notes.` The reported clause is the quote text.
 */
export function indirectIn(doc: Doc, sentence: Sentence, quoted: readonly [number, number][] = []): RawQuote[] {
  const earlier = temporalReport(doc, sentence, quoted);
  if (!earlier) return reportsFrom(doc, sentence, quoted, 0);
  return [earlier.quote, ...reportsFrom(doc, sentence, quoted, earlier.mainAt)];
}

const TEMPORAL_LEAD = /^\s*(?:After|When|Before|Once)\s+/;
const TEMPORAL_VERB =
  /\s(argued|argues|said|says|suggested|suggests|claimed|claims|insisted|insists|warned|warns|noted|notes|predicted|declared|announced|told\s+[^,;]{1,40}?)\s+that\s+/u;
const MAIN_SUBJECT = /^\s*(?:\p{Lu}|(?:he|she|they|it|we|i|the|a|an|his|her|their|its)\s)/u;

/**
 * "After Fenn argued that the fees should stay, Tollens said …", "When Fenn suggested that …, …": a temporal
 * clause of saying opening the sentence reports too; its clause ends at the comma where the main clause's subject
 * and verb begin. why: only with "that" and a time word: "If Fenn said …" or "Though Fenn maintains …" frame a
 * supposition or a concession, not something said.
 */
export function temporalReport(
  doc: Doc,
  sentence: Sentence,
  quoted: readonly [number, number][],
): { quote: RawQuote; mainAt: number } | null {
  const text = sentence.text;
  const lead = TEMPORAL_LEAD.exec(text);
  if (!lead) return null;
  const verb = TEMPORAL_VERB.exec(text.slice(lead[0].length));
  if (!verb?.[1] || verb.index > 60) return null;
  const verbAt = lead[0].length + verb.index + 1;
  const clauseStart = lead[0].length + verb.index + verb[0].length;
  for (let comma = text.indexOf(",", clauseStart); comma >= 0; comma = text.indexOf(",", comma + 1)) {
    const rest = text.slice(comma + 1);
    if (!MAIN_SUBJECT.test(rest) || !looksLikeClause(rest)) continue;
    if (quoted.some(([open]) => open >= sentence.start + verbAt && open < sentence.start + comma)) return null;
    const body = trimClause(text.slice(clauseStart, comma));
    if (body.split(/\s+/).length < 3) return null;
    const speaker = subjectBefore(doc, sentence.start + lead[0].length, sentence.start + verbAt);
    if (!speaker) return null;
    return { quote: indirectQuote(sentence, body, speaker, text.slice(0, clauseStart)), mainAt: comma + 1 };
  }
  return null;
}

function reportsFrom(doc: Doc, sentence: Sentence, quoted: readonly [number, number][], from: number): RawQuote[] {
  const text = sentence.text;
  let silent: RawQuote | null = null;
  WORD.lastIndex = 0;
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    if (match.index < from || !REPORTING_VERBS.has(word) || word === "written") continue;
    const verbAt = match.index;
    // why: "pointed out that …": the phrasal verb reports; the bare "points" (a noun, a score) does not.
    if (POINT_FORMS.has(word)) {
      if (!/^\s+out\b/.test(text.slice(verbAt + word.length))) continue;
      word = `${word} out`;
    }
    const before = text.slice(0, verbAt);
    // why: "Trump is arguing that …", "she has been saying that …": a progressive form reports like a finite one.
    if (/ing$/.test(word) && !(SPEECH_VERBS.has(word) && PROGRESSIVE.test(before))) continue;
    // why: "Running counter to …", "the post", "As Soviet states and …": a base form or an "-s" form that is
    // also a noun is a verb only after a pronoun, a plural subject, a modal, or with "that" after it.
    if (NOUN_LIKE_FORMS.has(word) && !FINITE_AFTER.test(before) && !/^\s+that\b/.test(text.slice(verbAt + word.length))) continue;
    const relative = RELATIVE_SUBJECT.exec(before);
    if (relative && SPEECH_VERBS.has(word)) {
      const reported = relativeClauseReport(doc, sentence, relative.index, verbAt, word, quoted);
      if (reported.length > 0) return reported;
      continue;
    }
    if (
      !/ing$/.test(word) &&
      /\b(to|who|which|that|not|could|would|was|were|been|being)\s+$/i.test(before) &&
      !/\b(has|have|had)\s+$/i.test(before)
    )
      continue;
    // why: "Though Clinton maintains a lead, …" and "what they said was …": a verb in a subordinate or a
    // nominal clause reports nothing of its own.
    if (SUBORDINATE_START.test(before) && !before.includes(",")) {
      const contrast = sourcesContrasted(doc, sentence, before, verbAt, word, quoted);
      if (contrast.length > 0) return contrast;
      continue;
    }
    if (/\bwhat\s+\S+\s+$/i.test(before)) continue;
    // why: "…, even though he had acknowledged they would …": a concession set inside the writer's clause is
    // background to it, like a sentence-initial one.
    if (MID_CONCESSION.test(before)) continue;
    // why: "… small hands - as Rubio has said - and he can …": an "as" aside comments on the writer's clause.
    if (AS_ASIDE.test(before)) continue;
    const afterVerb = text.slice(verbAt + word.length);
    const trailing = trailingAttribution(doc, sentence, before, afterVerb, match[0]);
    const inverted = trailing ?? invertedAttribution(doc, sentence, before, afterVerb, word);
    if (inverted) return mostlyQuoted(inverted, quoted) ? [] : [inverted];
    if (SUGGESTING_FORMS.has(word)) {
      const reported = suggestion(doc, sentence, verbAt, word, quoted);
      if (reported.length > 0) return reported;
      continue;
    }
    if (!SPEECH_VERBS.has(word)) {
      const object = reportedObject(doc, sentence, verbAt, word, quoted);
      if (object) return [object];
      // why: "a spokesperson confirmed that …" is not a quote, but it introduces the speaker that a later
      // "the spokesperson said" or "he says" refers to, and dates that speaker's words.
      // why: "X joked about Y, and told his audience they …": a later verb of saying in the same sentence
      // still reports, so the silent credit waits until the sentence has no report.
      if (silent) continue;
      const speaker = subjectBefore(doc, sentence.start, sentence.start + verbAt);
      if (!speaker) continue;
      doc.speakerBySentence.set(sentence.index, speaker);
      silent = { ...indirectQuote(sentence, "-", speaker, before), silent: true };
      continue;
    }
    const clause = reportedClause(afterVerb, word);
    if (!clause) {
      const object = reportedObject(doc, sentence, verbAt, word, quoted);
      if (object) return [object];
      continue;
    }
    if (/,\s*$/.test(before) && !/,[^,]*,\s*$/.test(before)) continue;
    const speaker = subjectBefore(doc, sentence.start, sentence.start + verbAt);
    if (!speaker) continue;
    const clauseStart = verbAt + word.length + clause.offset;
    // why: a quotation between the verb and the clause ("said \"without a doubt\" that …"), or opening the
    // clause ("said that there is \"almost a consensus\""), is the quote; the clause would repeat it.
    const absolute = sentence.start + clauseStart;
    if (quoted.some(([open]) => open >= sentence.start + verbAt && open < absolute + firstWordsOffset(text.slice(clauseStart)))) continue;
    doc.speakerBySentence.set(sentence.index, speaker);
    const resumed = RELATIVE_OPENER.test(before) ? MAIN_PREDICATE_RESUMES.exec(text.slice(clauseStart)) : null;
    return coordinated(doc, sentence, clauseStart, speaker, quoted, resumed ? clauseStart + resumed.index : text.length);
  }
  return silent ? [silent] : [];
}

const MID_CONCESSION = /,\s*(?:even though|although|though|whereas)\s[^,;]*$/i;
const AS_ASIDE = /[-—–(]\s*as\s+[^,;:—–()-]{1,60}$/i;
// why: "…'s news conference, in which he … announced that X, was the latest …": a report inside a relative
// clause ends where the main clause's predicate resumes.
const RELATIVE_OPENER = /,\s*(?:in|at|during|after|with|through)\s+which\s/i;
const WHILE_LEAD = /^\s*while\s+/i;
const SECOND_SOURCE =
  /,\s+((?:the\s+)?[\p{L}\p{N}’'.-]+(?:\s+[\p{L}\p{N}’'.-]+){0,4}?)\s+(says|say|said|argues|argue|argued|contends|contend|insists|insist|claims|claim)\s+(?:that\s+)?/u;

/**
 * "While one agency says A, another says B": two sources set against each other. The subordinate "while"
 * clause reports too, but only when a second source answers it after the comma.
 */
function sourcesContrasted(
  doc: Doc,
  sentence: Sentence,
  before: string,
  verbAt: number,
  word: string,
  quoted: readonly [number, number][],
): RawQuote[] {
  const lead = WHILE_LEAD.exec(before);
  if (!lead || !SPEECH_VERBS.has(word)) return [];
  const text = sentence.text;
  const afterVerb = text.slice(verbAt + word.length);
  const clause = reportedClause(afterVerb, word);
  const second = SECOND_SOURCE.exec(afterVerb);
  if (!clause || !second || second.index <= clause.offset) return [];
  const first = subjectBefore(doc, sentence.start + lead[0].length, sentence.start + verbAt);
  const subjectAt = verbAt + word.length + second.index + second[0].indexOf(second[1] ?? "");
  const other = subjectBefore(doc, sentence.start + subjectAt, sentence.start + subjectAt + (second[1]?.length ?? 0));
  if (!first || !other) return [];
  const out: RawQuote[] = [];
  push(out, sentence, verbAt + word.length + clause.offset, verbAt + word.length + second.index, first, quoted);
  if (out.length === 0) return [];
  doc.speakerBySentence.set(sentence.index, other);
  return [...out, ...coordinated(doc, sentence, verbAt + word.length + second.index + second[0].length, other, quoted)];
}

const POINT_FORMS: ReadonlySet<string> = new Set(["point", "points", "pointed", "pointing"]);
const SUGGESTING_FORMS: ReadonlySet<string> = new Set(["suggest", "suggests", "suggested"]);

/**
 * "X suggested (that) CLAUSE" reports only when a person or a pronoun suggests: "polls suggest" and "the data
 * suggest" weigh evidence and credit no one. (Denials stay out: their clause is what the speaker calls false.)
 */
function suggestion(doc: Doc, sentence: Sentence, verbAt: number, word: string, quoted: readonly [number, number][]): RawQuote[] {
  const text = sentence.text;
  const afterVerb = text.slice(verbAt + word.length);
  const that = /^\s+that\s+/.exec(afterVerb);
  if (!that && !looksLikeClause(afterVerb)) return [];
  const before = text.slice(0, verbAt);
  // why: "Fenn, in her campaign, suggested …": an aside between two commas is no trailing attribution.
  if ((/,\s*$/.test(before) && !/,[^,]*,\s*$/.test(before)) || /\b(to|who|which|that|not|could|would)\s+$/i.test(before)) return [];
  // why: "His appointment of X to the committee suggests that …": an act, not a person, suggests.
  if (POSSESSED_SUBJECT.test(before)) return [];
  const speaker = subjectBefore(doc, sentence.start, sentence.start + verbAt);
  if (!speaker) return [];
  // why: a sentence-initial "Projections suggest" can read as a one-word name; evidence is no speaker either way.
  if (EVIDENCE_NOUNS.has((speaker.name ?? "").toLowerCase())) return [];
  if (speaker.name === null && !(speaker.description && isPersonDescription(speaker.description))) return [];
  const clauseStart = verbAt + word.length + (that?.[0].length ?? afterVerb.length - afterVerb.trimStart().length);
  if (quoted.some(([open]) => open >= sentence.start + verbAt && open < sentence.start + clauseStart + 40)) return [];
  const body = trimClause(beforeParticiple(text.slice(clauseStart)));
  if (body.split(/\s+/).length < 4) return [];
  doc.speakerBySentence.set(sentence.index, speaker);
  return [indirectQuote(sentence, body, speaker, before)];
}

const POSSESSED_SUBJECT = /^\s*(?:(?:But|And|Yet|So)\s+)?(?:his|her|their|its|\p{Lu}[\p{L}.'’-]*['’]s?)\s+\p{Ll}+/iu;

/** A description of people ("advisers to a rival campaign", "the governor"), not of evidence ("projections"). */
function isPersonDescription(description: string): boolean {
  const head =
    description
      .split(/\s+(?:of|to|for|from|at|in|with|close|familiar)\s+/)[0]
      ?.trim()
      .split(/\s+/)
      .at(-1) ?? "";
  return isRoleNoun(head) && !EVIDENCE_NOUNS.has(head.toLowerCase());
}
const EVIDENCE_NOUNS: ReadonlySet<string> = new Set(
  "poll polls survey surveys study studies report reports data projections projection figures numbers estimates analysis records evidence results research".split(
    " ",
  ),
);

/** ", who (also) said …": a relative clause whose subject is the noun phrase before the comma. */
/** Verb forms that are also common nouns ("a report", "the post", "Soviet states"). */
const NOUN_LIKE_FORMS: ReadonlySet<string> = new Set(
  "counter post report state call note comment answer claim tweet reply estimate promise vow pledge demand fear hope worry joke quip boast label brand remark plead mention hint retort continue conclude states reports claims calls answers comments posts tweets replies remarks estimates counters notes".split(
    " ",
  ),
);
/** What may stand before a finite verb of those: a pronoun, a plural noun, a name, a modal or an adverb. */
const FINITE_AFTER =
  /(?:\b(?:they|we|i|you|he|she|it|who|also|still|often|will|would|could|can|may|might|should|must|did|do|does|to)|\p{Ll}{2,}s|\p{Lu}\p{L}+|\p{Ll}+ly)\s+$/u;
const PROGRESSIVE = /\b(?:is|are|was|were|been)\s+(?:(?:also|still|now|\p{Ll}+ly)\s+)?$/u;
const MAIN_VERB_LATER = /,\s+(?:also\s+)?(?:said|says|told|tells|added|adds|wrote|writes)\b/;
const RELATIVE_SUBJECT = /,\s*who\s+(?:(?:also|later|then|has|have|had|previously|earlier|once|\p{Ll}+ly)\s+)*$/u;

/** "The council heard from Ada Fenn, who also said the fees were too high." → Fenn: "the fees were too high". */
function relativeClauseReport(
  doc: Doc,
  sentence: Sentence,
  commaAt: number,
  verbAt: number,
  verb: string,
  quoted: readonly [number, number][],
): RawQuote[] {
  const text = sentence.text;
  // why: "…, the source, who said he had spoken to people inside, told Reuters." — the relative clause only
  // describes the source of a trailing attribution; the main verb after it credits the sentence.
  if (MAIN_VERB_LATER.test(text.slice(verbAt + verb.length))) return [];
  const clause = reportedClause(text.slice(verbAt + verb.length), verb);
  if (!clause) return [];
  const speaker = subjectBefore(doc, sentence.start, sentence.start + commaAt);
  if (!speaker) return [];
  const clauseStart = verbAt + verb.length + clause.offset;
  if (quoted.some(([open]) => open >= sentence.start + verbAt && open < sentence.start + clauseStart + 20)) return [];
  doc.speakerBySentence.set(sentence.index, speaker);
  // why: "Fenn, who says the bridge is unsafe, spoke on Monday": the relative clause ends where the main
  // clause's predicate resumes after a comma.
  const resumed = MAIN_PREDICATE_RESUMES.exec(text.slice(clauseStart));
  return coordinated(doc, sentence, clauseStart, speaker, quoted, resumed ? clauseStart + resumed.index : text.length);
}

const MAIN_PREDICATE_RESUMES =
  /,\s+(?:(?:has|have|had|will|would|also|then|later|now)\s+)?(?!(?:and|but|or|nor|so|yet|which|who|whom|whose|while|as|if|though|although|because|when|the|a|an|his|her|its|their|this|that|these|those|he|she|they|it|we|i|you|not|even|including|according|especially|both|all|some|many|most)\b)(?:\p{Ll}{2,}(?:ed|s)|spoke|said|told|met|left|went|came|made|took|gave|won|lost|ran|led|held|kept|became|is|was)\b(?!\s*,)/u;

/** A clause that is mostly a quotation already taken as a quote is not a second, indirect quote. */
function mostlyQuoted(quote: RawQuote, quoted: readonly [number, number][]): boolean {
  const length = quote.text.length;
  const inside = quoted.reduce((sum, [open, close]) => sum + Math.max(0, close - open), 0);
  return length > 0 && inside / length >= 0.5;
}

const FIRST_FOUR_WORDS = /^\s*(\S+\s+){0,4}/;

/** Offset of the end of the first four words. */
function firstWordsOffset(text: string): number {
  return FIRST_FOUR_WORDS.exec(text)?.[0].length ?? 0;
}

// why: "One firm says A, while another says B": a contrast of two sources reports twice, like "and".
const COORDINATED =
  /(?:,\s*|\s+)(?:and|but|(?<=,\s*)while)\s+((?:the\s+)?[\p{L}\p{N}’'.-]+(?:\s+[\p{L}\p{N}’'.-]+){0,4}?)\s+(said|says|say|told|tells|added|adds|noted|notes|argued|argues|insisted|insists|warned|warns|claimed|claims|contended|wrote|writes)\s+(?:that\s+)?/gu;

/**
 * Splits "A, and he noted that B" and "A and the military said B" into two reported clauses, each with its
 * own speaker, and drops a second "and that …" clause that carries a quotation.
 */
function coordinated(
  doc: Doc,
  sentence: Sentence,
  clauseStart: number,
  speaker: RawQuote["speaker"],
  quoted: readonly [number, number][],
  end = sentence.text.length,
): RawQuote[] {
  const text = sentence.text.slice(0, end);
  const out: RawQuote[] = [];
  let start = clauseStart;
  let who = speaker;
  COORDINATED.lastIndex = clauseStart;
  for (const match of text.slice(clauseStart).matchAll(COORDINATED)) {
    if (!SPEECH_VERBS.has(match[2] ?? "")) continue;
    const at = clauseStart + match.index;
    const subjectStart = at + match[0].indexOf(match[1] ?? "");
    const next = subjectBefore(doc, sentence.start + subjectStart, sentence.start + subjectStart + (match[1]?.length ?? 0));
    if (!next) continue;
    push(out, sentence, start, at, who, quoted);
    start = at + match[0].length;
    who = next;
  }
  // why: "X says A, but conceded that B": a second verb of saying with no subject of its own is the same speaker's.
  const second = SAME_SUBJECT_SECOND.exec(text.slice(start));
  if (second && SPEECH_VERBS.has(second[1] ?? "")) {
    const at = start + second.index;
    push(out, sentence, start, at, who, quoted);
    push(out, sentence, at + second[0].length, text.length, who, quoted);
    return out;
  }
  push(out, sentence, start, text.length, who, quoted);
  return out;
}

const SAME_SUBJECT_SECOND =
  /,\s*(?:and|but)\s+(?:(?:also|then|later|still|has|have|had)\s+)?(said|says|added|adds|noted|notes|argued|argues|insisted|insists|warned|warns|claimed|claims|conceded|concedes|acknowledged|acknowledges|admitted|admits|stressed|stresses|predicted|predicts|explained|explains|contended|contends|maintained|maintains)\s+that\s+/u;

function push(
  out: RawQuote[],
  sentence: Sentence,
  from: number,
  to: number,
  speaker: RawQuote["speaker"],
  quoted: readonly [number, number][],
): void {
  let body = sentence.text.slice(from, to);
  const andThat = /\s+and that\s+/.exec(body);
  if (andThat && quoted.some(([open]) => open > sentence.start + from + andThat.index)) body = body.slice(0, andThat.index);
  body = trimClause(beforeParticiple(body));
  if (body.split(/\s+/).length < 3) return;
  out.push(indirectQuote(sentence, body, speaker, sentence.text.slice(0, from)));
}

/**
 * Where words were said, after the verb of a trailing attribution ("…, the ministry said in a statement on
 * its website."). Only settings of speech: "X hinted at progress." is not an attribution.
 */
const SETTING =
  /^(\s*,)?\s+(in|during|at)\s+(a|an|his|her|their|its|the)\s+(\w+\s+){0,3}(statement|interview|speech|briefing|conference|post|letter|email|address|call|meeting|hearing|report|podcast|broadcast|tour|visit|rally|event|appearance|session|debate|forum|show|program|programme|ceremony|dinner|gathering)\b[^,.;]{0,50}|^(\s*,)?\s+on\s+(Twitter|X|Telegram|Facebook|Instagram|social media|television|TV|radio|(its|their|his|her) website)\b[^,.;]{0,30}/;

const APPOSITION = /^\s*(who|which|whose|the|a|an|\d+|also|speaking|asking|citing)\b/i;

/** `CLAUSE, SUBJECT VERB[ date].` (also `CLAUSE, the source, who …, told Reuters.`) → the clause. */
function trailingAttribution(doc: Doc, sentence: Sentence, before: string, afterVerb: string, verb: string): RawQuote | null {
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

function reportedClause(afterVerb: string, verb: string): { offset: number } | null {
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
  const phrase =
    /^\s+(?:on|in|at|to|during|via|through|by|from|after|before|late|early|last|this|with|over|inside|outside)\b(?:\s+[^\s,.;:"“”]+){0,5}?,?\s+that\s+/.exec(
      rest,
    );
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

// why: ", but Democrats have pushed …", ", and he decided …": a second main clause with its own subject is the
// writer's narration after the reported clause (a second report names its own verb of saying).
const SECOND_SUBJECT_CLAUSE =
  /,\s+(?:and|but)\s+(?:(?:ultimately|also|then|later|now)\s+)?(?:he|she|they|we|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}|the\s+\p{Ll}+|(?:\p{Ll}+\s+)?\p{Ll}{3,}s)\s+(?:(?:also|then|later|still|\p{Ll}+ly)\s+)?(?:has|have|had|is|are|was|were|will|would|\p{Ll}{3,}ed|\p{Ll}{3,}s)\b.*$/su;

/**
 * The reported clause without what the writer adds after it: a relative clause on the last noun, a second
 * credit, and a contrast or a second clause set off by ";" or ", even as / while / whereas / although".
 * "He said he thought (that) X" reports X, a view the speaker holds; but "she hoped both sides would …" keeps
 * its "she hoped": without it a hope (or a fear) would read as a claim.
 */
export function trimClause(clause: string): string {
  return (
    clause
      .replace(/^(he|she|they|it|we|i) (thought|thinks|believed|believes|felt|feels|knew|knows) (that )?/i, "")
      .replace(CLAUSE_END, "")
      .replace(SECOND_SUBJECT_CLAUSE, "")
      // why: a cleft ("it's the leaders, not the members, who insisted …") needs its relative clause.
      .replace(TRAILING_RELATIVE, (tail, _w: string, offset: number, whole: string) => (CLEFT.test(whole.slice(0, offset)) ? tail : ""))
      .replace(TRAILING_CREDIT, "")
      // why: "…, the founder of the firm" at the end names who the last noun is; it is the writer's gloss.
      .replace(TRAILING_APPOSITION, (tail, description: string) => (looksLikeClause(description) ? tail : ""))
      // why: "(She says …)": the closing bracket of an aside is no part of the clause.
      .replace(/^([^(]*?)[\s.!?]*\)[\s.]*$/, "$1")
      .replace(/[\s.;:!?…]+$/, "")
      .trim()
  );
}
