import type { Entity } from "../domain/facts.ts";
import type { Doc } from "./doc.ts";

/**
 * The article's entities: every person, organisation, place and event the name index holds, with the
 * spellings it saw and the roles read from titles and appositions ("Sinan Ulgen, the director of …").
 */
export function collectEntities(doc: Doc): Entity[] {
  for (const mention of doc.mentions) {
    if (!mention.role) continue;
    const named = doc.names.lookup(mention.name);
    if (!named) continue;
    const sentence = doc.sentences[mention.sentence]?.text ?? "";
    if (!named.roles.some((r) => r.text === mention.role)) named.roles.push({ text: mention.role, sentence: mention.sentence });
    void sentence;
  }
  for (const mention of doc.mentions) {
    if (mention.type !== "person" || mention.inQuote) continue;
    const named = doc.names.lookup(mention.name);
    if (!named) continue;
    const appos =
      /^,\s+((?:the|a|an|who is|who was)\s+[^,;.]{3,120}|\p{Lu}[\p{L}\p{M}-]*['’]s\s+[\p{Ll} ]{3,80}?(?:\s+and\s+[\p{Ll}]+)?),/u.exec(
        doc.text.slice(mention.end, mention.end + 200),
      );
    const text = appos?.[1]?.replace(/^(who is|who was)\s+/, "").trim();
    if (text && !named.roles.some((r) => r.text === text)) named.roles.push({ text, sentence: mention.sentence });
  }
  return doc.names.all.map((named) => ({
    id: named.id,
    name: named.name,
    type: named.type,
    aliases: [...named.aliases].filter((alias) => alias !== named.name),
    roles: named.roles.map((role) => ({ text: role.text, sentence: doc.sentences[role.sentence]?.text ?? "" })),
  }));
}
