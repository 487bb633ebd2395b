// A speaker read from a name the article mentions: which mentions a phrase holds, and whether a name is a person's or an organisation's.

import type { Doc, SpeakerRef } from "../doc.ts";
import { HONORIFICS } from "../lexicon/titles.ts";
import { cleanRoleText } from "../names/role-text.ts";
import type { Mention } from "../names/scan.ts";
import { sentenceAt } from "../text/segment.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.

const PERSONAL_ROLE =
  /^(\p{Lu}[\p{L}-]*['’]s\s+)?[\p{Ll}\p{Lu}\s-]*\b(whip|leader|president|minister|director|spokes\w+|chief|head|adviser|advisor|official|founder|chair\w*|member|senator|lawyer|professor|economist|analyst|\w+er|\w+or|\w+ist)\b/u;

/** Weekday and month names: a date, never a speaker ("In a statement released Thursday, …"). */
export const DATE_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

export function mentionsIn(doc: Doc, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  // Only the sentences the range touches: attribution runs once per quote, so this must not scan them all.
  const from = sentenceAt(doc.sentences, start)?.index ?? 0;
  for (let i = from; i < doc.sentences.length && (doc.sentences[i]?.start ?? end) <= end; i++) {
    for (const m of doc.mentionsBySentence[i] ?? []) if (m.start >= start && m.end <= end && !m.inQuote) out.push(m);
  }
  return out;
}

/** A name the article reads as an organisation's: several words or an acronym, not a lone surname it guessed. */
export function isOrganisationName(doc: Doc, name: string): boolean {
  const named = doc.names.lookup(name);
  return named?.type === "organization" && (named.name.includes(" ") || /^[A-Z]{2,}$/.test(named.name));
}

/** A sentence-initial capitalised gerund or adjective ("Running counter to …") is not a name. */
export function isFalseName(doc: Doc, mention: Mention): boolean {
  return mention.type === "other" && !mention.name.includes(" ") && /ing$/.test(mention.name) && !doc.names.lookup(mention.name);
}

export function fromMention(doc: Doc, mention: Mention, role?: string): SpeakerRef {
  // why: an unknown single name with a personal apposition ("Thune, the Republican whip, said") is a person;
  // without one ("Norway said") it is an organisation or country speaking.
  // why: "who" follows people ("Brooks, who runs a café across the street").
  const personal = (role !== undefined && PERSONAL_ROLE.test(role)) || /^,\s+who\s/.test(doc.text.slice(mention.end, mention.end + 8));
  const type = mention.type === "other" ? (personal ? "person" : "organization") : mention.type;
  const named = doc.names.lookup(mention.name) ?? doc.names.ensure(mention.name, type);
  const own = mention.role && !HONORIFICS.has(mention.role.toLowerCase().replace(/\.$/, "")) ? mention.role : undefined;
  const r = cleanRoleText(role ?? own ?? named.roles[0]?.text ?? "");
  return { name: named.name, entityId: named.id, ...(r ? { role: r } : {}) };
}

/** A mention of a person: read as one, or a single name that the article gives in full elsewhere. */
export function isPerson(doc: Doc, mention: Mention): boolean {
  if (mention.type === "person") return true;
  return mention.type === "other" && doc.names.lookup(mention.name)?.type === "person";
}
