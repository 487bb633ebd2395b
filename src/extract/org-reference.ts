import type { Doc, SpeakerRef } from "./doc.ts";
import { COMPANY_ENDINGS } from "./lexicon/organisation-heads.ts";

/** Nouns a story uses for the business it is about ("the company said", "the firm added"). */
const BUSINESS_NOUNS: ReadonlySet<string> = new Set([
  "company",
  "firm",
  "group",
  "business",
  "carrier",
  "airline",
  "retailer",
  "manufacturer",
  "maker",
  "insurer",
  "lender",
  "chain",
  "brand",
  "label",
]);

/** Last words of business names ("Kestrel Foods", "Harland Industries Ltd"). */
const BUSINESS_HEADS: ReadonlySet<string> = new Set([
  ...COMPANY_ENDINGS,
  "group",
  "holdings",
  "industries",
  "foods",
  "records",
  "motors",
  "airlines",
  "airways",
  "pharmaceuticals",
  "technologies",
  "enterprises",
  "labs",
  "studios",
  "bank",
]);

/**
 * The named organisation a definite description refers back to: "the union" → the last organisation named
 * before whose name ends in "union" ("Northern Rail Union") or leads with it ("Ministry of Health"); "the company" or "the firm" → the last business
 * named before ("Kestrel Foods"). Null when the article named none, so the speaker stays unnamed.
 */
export function organisationReferredTo(doc: Doc, head: string, before: number): SpeakerRef | null {
  const business = BUSINESS_NOUNS.has(head);
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const mention = doc.mentions[i];
    if (!mention || mention.start >= before || mention.type !== "organization" || mention.inQuote) continue;
    const named = doc.names.lookup(mention.name);
    if (named?.type !== "organization") continue;
    const words = named.name.toLowerCase().split(/\s+/);
    const last = words.at(-1) ?? "";
    // why: "the ministry" → "Ministry of Health": the head noun leads a name built with "of".
    const leads = words[0] === head && words[1] === "of";
    if (last === head || leads || (business && BUSINESS_HEADS.has(last))) return { name: named.name, entityId: named.id };
  }
  return null;
}
