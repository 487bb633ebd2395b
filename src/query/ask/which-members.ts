import { isPersonNoun } from "../../lexicon/wordnet.ts";
import type { Candidate } from "./candidates.ts";
import { isNewName } from "./name-words.ts";
import type { Resolved } from "./resolve-context.ts";
import { isSpeechAct } from "./speech-acts.ts";
import { IRREGULAR } from "./vocabulary.ts";
import { stemOf, tokens } from "./words.ts";

/**
 * "Which court blocked the order?", "Which staffers suggested it?", "Which countries would the ban cover?": the
 * answer is the members of a kind, by name. A fact that speaks of the kind only as such ("blocked in the courts",
 * "several candidates have embraced it", "any nation connected to …") is about the right thing but names none of
 * them; stating it as the answer would claim it says who. So when the question asks for named members, the fact
 * must name one: next to its own mention of the kind ("the Ninth Circuit court", "staffers Jane Roe and …",
 * "countries such as …"), or, when it never mentions the kind, somewhere as a name the question does not give and
 * that is not a possessive ("at X's direction" says whose, not who).
 */
export function whichMembersUnnamed(candidate: Candidate, q: Resolved): boolean {
  if (q.wh !== "which") return false;
  const head = askedKind(q.text);
  if (head === null || !namesItsMembers(head)) return false;
  // why: "which senator argued …?" is answered by the quote's speaker, not by its words.
  if (candidate.type === "quote" && q.subjects.length === 0 && asksWhoSpoke(q.text)) return false;
  const text = candidate.type === "quote" ? candidate.text : candidate.citation.sentence;
  const asked = new Set(tokens(q.text));
  const words = text.split(/\s+/);
  const kind = new Set([stemOf(head), stemOf(singular(head))]);
  const mentions = words.flatMap((word, at) => (tokens(word).some((token) => kind.has(stemOf(token))) ? [at] : []));
  // why: a word capitalised because it opens a sentence or a quotation ("… our police: When I take …") names nothing.
  const isNew = (at: number) => at > 0 && !/[.!?:;"“‘]$/u.test(words[at - 1] ?? "") && isNewName(words[at] ?? "", asked);
  if (mentions.length > 0)
    return !mentions.some(
      (at) =>
        // why: a member is named right beside its kind ("the Ninth Circuit court", "councillors Ann Lee and …");
        // a capital further on ("judges nominated by Democratic presidents") belongs to another phrase.
        [at - 3, at - 2, at - 1, at + 1, at + 2].some((near) => near !== 0 && isNew(near)) ||
        INTRODUCES.test(words.slice(at + 1, at + 3).join(" ")),
    );
  return !words.some((word, at) => isNew(at) && !/['’]s?[,.;:]?$/u.test(word));
}

/** A verb of speech in the question ("which senator argued …?"): its speaker is what is asked. */
function asksWhoSpoke(question: string): boolean {
  return tokens(question).some((word) => isSpeechAct(word, IRREGULAR[word] ?? word));
}

/** "which Republican presidential candidates …" → "candidates"; "which of his children …" → "children". */
export function askedKind(question: string): string | null {
  const folded = question.toLowerCase().replace(/^(and|so|but)\s+/, "");
  const match =
    /^which\s+of\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+|\S+['’]s\s+)?([a-z'’-]+(?:\s+[a-z'’-]+){0,2})/.exec(folded) ??
    /^which\s+([a-z'’-]+(?:\s+[a-z'’-]+){0,2})/.exec(folded);
  if (!match?.[1]) return null;
  const words = match[1].split(/\s+/);
  const stop = words.findIndex((word, at) => at > 0 && (CLAUSE_WORDS.has(word) || /(ed|ing|ly)$/.test(word)));
  const kept = stop < 0 ? words : words.slice(0, stop);
  return kept.at(-1) ?? null;
}

/** Kinds whose members have names: people, and organisations and places of the general news vocabulary. */
function namesItsMembers(noun: string): boolean {
  return NAMED_KINDS.has(noun) || NAMED_KINDS.has(singular(noun)) || isPersonNoun(singular(noun)) || isPersonNoun(noun);
}

function singular(noun: string): string {
  if (noun === "children") return "child";
  if (noun === "people") return "person";
  return noun
    .replace(/ies$/, "y")
    .replace(/(ss|sh|ch|x)es$/, "$1")
    .replace(/s$/, "");
}

const INTRODUCES = /^(such as|including|like|among them|namely|along with|as well as|especially|notably)\b|^[,:—–-]+\s*\p{Lu}/iu;

const CLAUSE_WORDS = new Set(
  "is are was were did does do has have had will would could can should may might said says say to in on at of for from by with that who".split(
    " ",
  ),
);

const NAMED_KINDS = new Set(
  "country nation state city town province region county district court newspaper paper outlet network channel station company firm bank union affiliate group organization organisation party agency university school team club committee campaign publication website magazine".split(
    " ",
  ),
);
