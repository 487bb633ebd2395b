import type { ArticleFacts } from "../../src/domain/facts.ts";
import { ORG_HEADS } from "../../src/extract/lexicon/organisation-heads.ts";
import { TITLE_WORDS } from "../../src/extract/lexicon/titles.ts";

/**
 * "Junk" facts: things the extractor states that are false on their face, whatever the gold says.
 * why: these reach users as facts (a person who is half an organisation's name, a role that is an
 * attribution tail), so they are counted on every article read, gold or not, and must be 0.
 */
export type JunkKind = "personInOrg" | "roleWithTail" | "eventQuoteFragment" | "undatedQuoteWithDate";
export const JUNK_KINDS: readonly JunkKind[] = ["personInOrg", "roleWithTail", "eventQuoteFragment", "undatedQuoteWithDate"];
export type JunkItem = { kind: JunkKind; detail: string };

const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec";
const WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
/** A date inside a role: "on March 19", "March 2022", "on Tuesday", "in 2016", "yesterday". */
const DATE_IN_ROLE = new RegExp(
  `\\b(?:(?:${MONTHS})\\.?\\s+\\d{1,4}\\b|(?:${WEEKDAYS})\\b|(?:on|in|since|until)\\s+(?:1[89]|20)\\d\\d\\b|yesterday|today|tonight)`,
  "i",
);
const CAPITALISED = /^\p{Lu}/u;
const CONNECTORS = new Set(["of", "for", "and", "the", "&", "on", "in"]);
const DOUBLE_MARKS = /["“”]|''/g;

function normalise(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Title words that are adjectives ("Foreign Policy Studies"), not a person's title before a name. */
const ADJECTIVE_TITLES = new Set([
  "foreign",
  "defense",
  "defence",
  "interior",
  "finance",
  "deputy",
  "acting",
  "former",
  "vice",
  "prime",
  "general",
]);
const PUNCTUATED = /[.,;:!?"“”()]$/;
const bareWord = (raw: string) => raw.replace(/[^\p{L}&'’-]/gu, "").replace(/['’]s$/, "");

/**
 * Whether every place the article writes `name` sits inside a longer capitalised run that names an
 * organisation ("Foreign Policy Studies" inside "Center for Economics and Foreign Policy Studies"): a
 * capitalised word right beside the name that is not a person's title ("Senate Majority Leader Carl Brennan")
 * and, across connectors, an organisation head word. "Tom Reilly of the Rights Alliance" is a person of an
 * organisation, not inside its name.
 */
function onlyInsideOrganisationNames(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "gu");
  let seen = 0;
  for (const match of text.matchAll(pattern)) {
    seen++;
    const before = text.slice(Math.max(0, match.index - 120), match.index).split(/\s+/);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 120).split(/\s+/);
    before.pop(); // the empty piece right before the name
    after.shift();
    const left = before.at(-1) ?? "";
    const right = after[0] ?? "";
    const leftJoins =
      !PUNCTUATED.test(left) &&
      !/['’]s?$/.test(left) &&
      CAPITALISED.test(bareWord(left)) &&
      (!TITLE_WORDS.has(bareWord(left).toLowerCase()) || ADJECTIVE_TITLES.has(bareWord(left).toLowerCase()));
    const rightJoins = text[match.index + match[0].length] === " " && CAPITALISED.test(bareWord(right));
    if (!leftJoins && !rightJoins) return false;
    const run: string[] = [];
    for (let i = before.length - 1; leftJoins && i >= 0; i--) {
      const word = bareWord(before[i] ?? "");
      if (PUNCTUATED.test(before[i] ?? "") || !word || !(CAPITALISED.test(word) || CONNECTORS.has(word.toLowerCase()))) break;
      run.unshift(word);
    }
    for (const raw of rightJoins ? after : []) {
      const word = bareWord(raw);
      if (!word || !(CAPITALISED.test(word) || CONNECTORS.has(word.toLowerCase()))) break;
      run.push(word);
      if (PUNCTUATED.test(raw)) break;
    }
    const words = [...run, ...name.split(/\s+/)].map((w) => w.toLowerCase());
    if (!words.some((w) => ORG_HEADS.has(w))) return false;
  }
  return seen > 0;
}

/** The part of the sentence's paragraph before the sentence (empty when the sentence is not found as written). */
function lead(raw: string, sentence: string): string {
  // why: the extractor reads no-break spaces as spaces; the sentence it returns must be found in the raw text
  const text = raw.replace(/[\u00a0\u2007\u202f]/g, " ");
  const at = text.indexOf(sentence);
  if (at < 0) return "";
  const paragraph = Math.max(text.lastIndexOf("\n\n", at), text.lastIndexOf("\r\n\r\n", at));
  return text.slice(paragraph < 0 ? 0 : paragraph, at);
}

/** The junk facts of one article. `text` is the text the extractor read (offsets are not needed). */
export function junkIn(facts: ArticleFacts, text: string): JunkItem[] {
  const out: JunkItem[] = [];
  for (const entity of facts.entities) {
    if (entity.type !== "person") continue;
    if (onlyInsideOrganisationNames(text, entity.name)) out.push({ kind: "personInOrg", detail: entity.name });
  }
  const roles = new Set<string>();
  for (const entity of facts.entities) for (const role of entity.roles) roles.add(role.text);
  for (const quote of facts.quotes) if (quote.speaker.role) roles.add(quote.speaker.role);
  for (const role of roles) if (/according to/i.test(role) || DATE_IN_ROLE.test(role)) out.push({ kind: "roleWithTail", detail: role });
  const quoted = facts.quotes.filter((q) => q.kind !== "indirect").map((q) => normalise(q.text));
  for (const event of facts.events) {
    const summary = normalise(event.summary);
    const at = event.sentence.indexOf(event.summary.slice(0, 30));
    // why: count the marks from the paragraph's start, not the sentence's: an attribution after a quotation
    // that began a sentence earlier ("… on.” X said Tuesday.") follows a closing mark and is the writer's clause
    const marksBefore =
      at > 0
        ? (lead(text, event.sentence).match(DOUBLE_MARKS)?.length ?? 0) + (event.sentence.slice(0, at).match(DOUBLE_MARKS)?.length ?? 0)
        : 0;
    if (marksBefore % 2 === 1 || (summary.length > 0 && quoted.some((q) => q.includes(summary))))
      out.push({ kind: "eventQuoteFragment", detail: event.summary });
  }
  for (const quote of facts.quotes) {
    const phrase = quote.saidOn?.phrase;
    if (quote.saidOn && (!phrase || !quote.sentence.includes(phrase)))
      out.push({ kind: "undatedQuoteWithDate", detail: `${quote.saidOn.date} on: ${quote.text.slice(0, 60)}` });
  }
  return out;
}
