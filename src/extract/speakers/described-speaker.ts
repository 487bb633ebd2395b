// An unnamed speaker read from a description ("a senior Treasury official", "the spokesman"), linked to whom a definite description refers back to.

import type { Doc, SpeakerRef } from "../doc.ts";
import { ROLE_NOUNS } from "../lexicon/titles.ts";
import { organisationReferredTo } from "../org-reference.ts";
import { isRoleNoun } from "./role-nouns.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.

const NOT_NAME_CHAR = /[^\p{L}'’]/gu;
const NOT_LETTER = /[^\p{L}]/gu;

/**
 * Texts that speak for their authors as subjects of "says", "reads", "explains" ("the note says", "a welcome
 * message on the website reads"): unnamed speakers, as news annotation records them.
 */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(
  "message website note pitch editorial letter memo email post ad advert column article book blog release sign banner caption headline filing lawsuit complaint ruling transcript recording video tweet text description ranking rankings list".split(
    " ",
  ),
);
const DETERMINERS = /^(a|an|the|one|two|three|several|some|many|other|another|most|few|its|his|her|their)$/i;
export const SINGLE_CAPITALISED_WORD = /^\s*\p{Lu}\p{Ll}+(?=\s*$)/u;

/** An unnamed speaker ("officials", "the spokesman"), linked to the one a definite description refers back to. */
export function describedSpeaker(
  doc: Doc,
  start: number,
  description: { words: string[]; definite: boolean },
  postmodifier = "",
): SpeakerRef {
  const { words, definite } = description;
  const head = (words[words.length - 1] ?? "").toLowerCase();
  if (definite) {
    // why: an unnamed "a White House spokesperson" introduced earlier is who "the spokesperson" refers to,
    // before any named holder of that title.
    const earlier = findUnnamed(doc, head);
    if (earlier) return earlier;
    const holder = postmodifier ? null : namedHolder(doc, words, start);
    if (holder) return holder;
    const org = postmodifier ? null : (organisationDescribed(doc, words) ?? organisationReferredTo(doc, head, start));
    if (org) return org;
    const introduced = introducedEarlier(doc, start, head);
    if (introduced) return introduced;
  }
  const ref: SpeakerRef = {
    name: null,
    description: `${words.join(" ")}${postmodifier.trimEnd()}`,
    plural: /s$/.test(head) && !/ss$/.test(head),
  };
  doc.unnamed.push(ref);
  return ref;
}

/**
 * "the president said", "the Dutch president", "the minister" → the person the article named with that
 * title ("Dutch President Marit Hallen", "Ana Ruiz, the foreign minister"): the only such holder,
 * else the one named most recently before. Null when the article names no holder, so the speaker stays
 * unnamed rather than guessed.
 */
function namedHolder(doc: Doc, words: readonly string[], before: number): SpeakerRef | null {
  const wanted = words.map((word) => word.toLowerCase());
  const head = wanted[wanted.length - 1] ?? "";
  if (!ROLE_NOUNS.has(head) || /s$/.test(head)) return null;
  const holders = doc.names.all.filter(
    (named) =>
      named.type === "person" &&
      named.roles.some((role) => {
        const roleWords = (role.text.toLowerCase().split(/\s+(?:of|for|at|in|to|with|from|on)\s+/)[0] ?? "").split(/\s+/);
        return roleWords[roleWords.length - 1] === head && wanted.every((word) => roleWords.includes(word));
      }),
  );
  if (holders.length === 0) return null;
  let chosen = holders.length === 1 ? holders[0] : undefined;
  if (!chosen) {
    let latest = -1;
    for (const mention of doc.mentions) {
      if (mention.start >= before || mention.inQuote) continue;
      const named = doc.names.lookup(mention.name);
      if (named && holders.includes(named) && mention.start > latest) {
        latest = mention.start;
        chosen = named;
      }
    }
  }
  const role = chosen?.roles[0]?.text;
  return chosen ? { name: chosen.name, entityId: chosen.id, ...(role ? { role } : {}) } : null;
}

/**
 * "a senior Treasury official" → words without the determiner, and whether it was "the".
 * why: in "a spokeswoman for the employers' association" the speaker is the spokeswoman, so the part before
 * a preposition is tried first.
 */
export function describe(phrase: string): { words: string[]; definite: boolean } | null {
  // why: "Advisers to a rival campaign": the people before "to" speak, not the campaign.
  const cut = /\s(?:for|at|of|from|with|in|on|to)\s/.exec(phrase);
  if (cut) {
    const head = describeTail(phrase.slice(0, cut.index));
    if (head) return head;
  }
  return describeTail(phrase);
}

export function describeTail(phrase: string): { words: string[]; definite: boolean } | null {
  const words = phrase.trim().split(/\s+/);
  const head = (words[words.length - 1] ?? "").replace(NOT_NAME_CHAR, "");
  if (!isRoleNoun(head) && !DOCUMENT_NOUNS.has(head.toLowerCase())) return null;
  const out: string[] = [];
  let definite = false;
  for (let i = words.length - 1; i >= 0 && out.length < 7; i--) {
    const word = words[i] ?? "";
    if (DETERMINERS.test(word)) {
      definite = /^(the|its|his|her|their)$/i.test(word);
      break;
    }
    if (
      /[,;:.]$/.test(word) ||
      /^(of|in|at|for|to|from|with|by|and|or|but|that|said|says|who|which|whom|whose|had|has|have|was|were|is|are)$/i.test(word)
    )
      break;
    out.unshift(word.replace(/[“”"]/g, ""));
  }
  return out.length > 0 ? { words: out, definite } : null;
}

/** "the health ministry" → the "Ministry of Health" the article names. */
function organisationDescribed(doc: Doc, words: readonly string[]): SpeakerRef | null {
  const wanted = words.map((word) => word.toLowerCase());
  for (const named of doc.names.all) {
    if (named.type !== "organization") continue;
    const have = new Set(named.name.toLowerCase().split(/\s+/));
    if (wanted.length >= 2 && wanted.every((word) => have.has(word))) return { name: named.name, entityId: named.id };
  }
  return null;
}

/**
 * "the spokesman said" after "A Defence Ministry spokesman briefed reporters": the fuller description the
 * article introduced with "a"/"an", even when that sentence credited no words.
 */
function introducedEarlier(doc: Doc, before: number, head: string): SpeakerRef | null {
  const text = doc.text.slice(Math.max(0, before - 3000), before);
  const pattern = new RegExp(
    `\\b(?:[Aa]n?)\\s+((?:(?!(?:the|of|with|to|and|in|on|for|by|from|at|a|an|who|that)\\s)[\\p{L}'’-]+\\s+){0,4}${head.replace(NOT_LETTER, "")})\\b`,
    "gu",
  );
  let last: string | undefined;
  for (const match of text.matchAll(pattern)) last = match[1];
  if (!last) return null;
  const ref: SpeakerRef = { name: null, description: last, plural: false };
  doc.unnamed.push(ref);
  return ref;
}

function findUnnamed(doc: Doc, head: string): SpeakerRef | null {
  for (let i = doc.unnamed.length - 1; i >= 0; i--) {
    const ref = doc.unnamed[i];
    const words = ref?.description?.toLowerCase().split(" ") ?? [];
    if (ref && words[words.length - 1] === head) return ref;
  }
  return null;
}
