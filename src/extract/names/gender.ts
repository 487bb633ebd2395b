import type { Doc, Gender } from "../doc.ts";

const HONORIFIC_GENDER: Record<string, Gender> = { mr: "m", sir: "m", mrs: "f", ms: "f", miss: "f", dame: "f" };
const NEXT_PRONOUN = /\b(he|his|himself|she|hers|herself)\b/i;

/**
 * What the article itself says about each person's gender: an honorific ("Mr Hale", "Ms. Keller"), or the
 * first personal pronoun after the person is named in the same sentence with no other person in between
 * ("Petro Shevchuk said he would stay"; "her" is left out, being an object as often as a possessive). Unknown stays unknown; nothing is guessed from names.
 */
export function readGenders(doc: Doc): Map<string, Gender> {
  const votes = new Map<string, { m: number; f: number }>();
  const vote = (id: string, gender: Gender, weight: number) => {
    const entry = votes.get(id) ?? { m: 0, f: 0 };
    entry[gender] += weight;
    votes.set(id, entry);
  };
  for (const [index, mentions] of doc.mentionsBySentence.entries()) {
    const sentence = doc.sentences[index];
    if (!sentence) continue;
    mentions.forEach((mention, k) => {
      if (mention.inQuote) return;
      const named = doc.names.lookup(mention.name);
      if (named?.type !== "person") return;
      const honorific = HONORIFIC_GENDER[(mention.role ?? "").toLowerCase().replace(/\.$/, "")];
      if (honorific) vote(named.id, honorific, 3);
      const until = mentions[k + 1]?.start ?? sentence.end;
      const pronoun = NEXT_PRONOUN.exec(doc.text.slice(mention.end, until))?.[1]?.toLowerCase();
      if (pronoun) vote(named.id, /^(he|his|himself)$/.test(pronoun) ? "m" : "f", 1);
    });
  }
  const genders = new Map<string, Gender>();
  for (const [id, { m, f }] of votes) if (m !== f) genders.set(id, m > f ? "m" : "f");
  return genders;
}
