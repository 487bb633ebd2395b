import { entityId } from "../domain/entity-key.ts";
import type { Entity } from "../domain/facts.ts";
import type { Doc } from "./doc.ts";
import { WIRE_OUTLETS } from "./lexicon/outlet-words.ts";
import { HONORIFICS, ROLE_NOUNS, TITLE_WORDS } from "./lexicon/titles.ts";
import type { Named } from "./names/people.ts";
import { cleanRoleText } from "./names/role-text.ts";
import type { Mention } from "./names/scan.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.
// why: words of a title are joined by spaces on one line; "\s" would pull the end of the previous paragraph in.
const LOWERCASE_TITLE =
  /((?:\p{Lu}[\p{L}.]* +){0,3}(?:\p{Ll}[\p{Ll}-]* +){0,2}(?:chief|head|director|spokesman|spokeswoman|spokesperson|minister|secretary|ranger|leader|adviser|advisor|official|councillor|analyst|professor|chairman|chairwoman|president|founder|expert|ambassador|envoy|commander|editor|lawyer|researcher|scientist|whisperer|elder|economist|coach|captain|manager)) +$/u;
const DESCRIPTION_BEFORE_NAME = /\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er)\s+((?:[\p{L}-]+\s+){0,4}([\p{Ll}]+)),\s+$/u;
const APPOSITION_AFTER_NAME =
  /^,\s+((?:the|a|an|who is|who was)\s+[^,;.]{3,120}|\p{Lu}[\p{L}\p{M}-]*['’]s\s+[\p{Ll} ]{3,80}?(?:\s+and\s+[\p{Ll}]+)?)[,.]/u;

/**
 * The article's entities: every person, organisation, place and event the name index holds, with the
 * spellings it saw and the roles read from titles and appositions ("Sinan Demir, the director of …").
 */
export function collectEntities(doc: Doc): Entity[] {
  return [...doc.names.all, ...singleNames(doc)].map((named) => ({
    id: named.id,
    name: named.name,
    type: named.type,
    aliases: [...named.aliases].filter((alias) => alias !== named.name),
    roles: named.roles.map((role) => ({ text: role.text, sentence: doc.sentences[role.sentence]?.text ?? "" })),
  }));
}

/** A lowercase job title right before a name: "FBI chief Ana Ruiz", "park service ranger Tom Hale". */
const ADJECTIVE_LIKE = /(ish|ian|ese|ean|ern)$/;
const LOCATIVE = /\b(in|to|from|into|across|near|between|inside|outside|throughout)\s+$/i;

/**
 * One-word names that are not people ("Norway", "Oslo", "Reuters"), kept when the article names them at
 * least twice: a place when ever written after a locative preposition, otherwise "other".
 */
function singleNames(doc: Doc): Named[] {
  const seen = new Map<string, { mention: Mention; count: number; place: boolean }>();
  for (const mention of doc.mentions) {
    if (mention.type !== "other" || mention.name.includes(" ") || mention.inQuote || ADJECTIVE_LIKE.test(mention.name)) continue;
    if (doc.names.lookup(mention.name)) continue;
    const entry = seen.get(mention.name) ?? { mention, count: 0, place: false };
    entry.count += 1;
    entry.place ||= LOCATIVE.test(doc.text.slice(Math.max(0, mention.start - 12), mention.start));
    seen.set(mention.name, entry);
  }
  return [...seen.values()]
    .filter((entry) => entry.count >= 2)
    .map(({ mention, place }) => {
      const type = WIRE_OUTLETS.has(mention.name.toLowerCase()) ? "organization" : place ? "place" : "other";
      return { id: entityId(type, mention.name), type, name: mention.name, aliases: new Set<string>(), first: mention.start, roles: [] };
    });
}

/**
 * Reads roles from titles before names ("Finnish President Aino Lehtinen") and from appositions
 * after them ("Sinan Demir, the director of …"). Runs before quotes so a speaker found through a pronoun
 * still gets a role.
 */
export function assignRoles(doc: Doc): void {
  for (const mention of doc.mentions) {
    if (!mention.role || HONORIFICS.has(mention.role.toLowerCase().replace(/\.$/, ""))) continue;
    const named = doc.names.lookup(mention.name);
    if (!named) continue;
    const role = cleanRoleText(mention.role);
    if (role && !named.roles.some((r) => r.text === role)) named.roles.push({ text: role, sentence: mention.sentence });
  }
  for (const mention of doc.mentions) {
    if (mention.type !== "person" || mention.inQuote) continue;
    const preceding = doc.text.slice(Math.max(0, mention.start - 80), mention.start);
    // "The regional governor, Serhiy Lysak, wrote": a description set off before the name.
    const set = DESCRIPTION_BEFORE_NAME.exec(preceding);
    const setNamed = set?.[1] && (ROLE_NOUNS.has(set[2] ?? "") || TITLE_WORDS.has(set[2] ?? "")) ? doc.names.lookup(mention.name) : null;
    const setRole = set?.[1] ? cleanRoleText(set[1]) : undefined;
    if (setNamed && setRole && !setNamed.roles.some((r) => r.text === setRole))
      setNamed.roles.push({ text: setRole, sentence: mention.sentence });
    const before = LOWERCASE_TITLE.exec(preceding);
    const named0 = before?.[1] ? doc.names.lookup(mention.name) : null;
    const titleRole = before?.[1] ? cleanRoleText(before[1]) : undefined;
    if (named0 && titleRole && !named0.roles.some((r) => r.text === titleRole))
      named0.roles.push({ text: titleRole, sentence: mention.sentence });
    const named = doc.names.lookup(mention.name);
    if (!named) continue;
    const appos = APPOSITION_AFTER_NAME.exec(doc.text.slice(mention.end, mention.end + 200));
    const text = cleanRoleText(appos?.[1]?.replace(/^(who is|who was|the|a|an)\s+/, "").trim() ?? "");
    if (text && !named.roles.some((r) => r.text === text)) named.roles.push({ text, sentence: mention.sentence });
  }
}
