import { surnameKeyOf } from "../../domain/entity-key.ts";
import type { StoredEntity } from "../../store/fact-types.ts";
import type { FactReader } from "../../store/ports/fact-reader.ts";
import { foldForMatch } from "../../text/normalize.ts";

export type Gender = "m" | "f";

/** "he", "his" → m; "she", "her" → f; anything else (they, it) → null. */
export function pronounGender(words: readonly string[]): Gender | null {
  if (words.some((word) => MALE.has(word))) return "m";
  if (words.some((word) => FEMALE.has(word))) return "f";
  return null;
}

const MALE = new Set(["he", "him", "his", "himself"]);
const FEMALE = new Set(["she", "her", "hers", "herself"]);

const SENTENCES = 12;

/**
 * What the articles say of a person's gender, read the way a reader would: an honorific before the surname
 * ("Mr Hale", "Ms. Keller") or the first personal pronoun after the surname in the same sentence. Nothing is
 * guessed from first names; unknown stays null. why: "what is her role?" after a turn naming a man and a
 * woman means the woman, and picking the most recent person regardless says something false about someone.
 * Reads a dozen sentences each time: askers keep the answer in their AskCaches (ask-caches.ts).
 */
export function genderOf(store: FactReader, person: StoredEntity): Gender | null {
  const surname = person.name.split(" ").at(-1) ?? "";
  const folded = foldForMatch(surname);
  let male = 0;
  let female = 0;
  if (folded.length >= 2) {
    // why: "Declan O'Shea" and "Niamh O'Shea" share a surname: then the first name tells them apart.
    const first = person.name.split(" ")[0] ?? "";
    const shared = store.entitiesBySurnameKey(surnameKeyOf(person.id) ?? folded).filter((entity) => entity.type === "person").length > 1;
    const byFirst = shared && first.length >= 2 && first !== surname;
    const rows = store.searchSentences({ terms: [foldForMatch(byFirst ? first : surname)], mode: "all" }, SENTENCES);
    const name = (byFirst ? first : surname).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const honorific = new RegExp(`\\b(mr|mrs|ms|miss|sir|dame)\\.?\\s+(?:\\p{L}+\\s+)?${name}\\b`, "iu");
    const after = new RegExp(`\\b${name}\\b([^.;]*?)\\b(he|his|himself|she|herself|her)\\b`, "iu");
    // why: "His daughter, Niamh O'Shea, …", "the spokeswoman, Ana Ruiz": a gendered noun just before the name.
    const noun = new RegExp(`\\b(${FEMALE_NOUNS}|${MALE_NOUNS})\\b,?\\s+(?:\\p{L}+\\s+){0,2}${name}\\b`, "iu");
    for (const row of rows) {
      const kin = noun.exec(row.sentence)?.[1]?.toLowerCase();
      if (kin) {
        if (new RegExp(`^(${MALE_NOUNS})$`).test(kin)) male += 2;
        else female += 2;
      }
      const title = honorific.exec(row.sentence)?.[1]?.toLowerCase();
      if (title) {
        if (title === "mr" || title === "sir") male += 3;
        else female += 3;
      }
      const found = after.exec(row.sentence);
      // why: another capitalised name between the surname and the pronoun may be the one the pronoun means.
      if (!found || namesSomeoneElse(found[1] ?? "")) continue;
      const pronoun = (found[2] ?? "").toLowerCase();
      // why: "her" may be an object ("X told her"), so it weighs half; the capital check above keeps most such cases out.
      if (MALE.has(pronoun)) male += 1;
      else female += pronoun === "her" ? 0.5 : 1;
    }
  }
  return male > female ? "m" : female > male ? "f" : null;
}

/** A capitalised word (not a day, month or "I") inside a sentence: possibly another person. */
function namesSomeoneElse(span: string): boolean {
  return [...span.matchAll(/\s(\p{Lu}[\p{L}'’-]*)/gu)].some((match) => !CALENDAR.test(match[1] ?? ""));
}

const CALENDAR =
  /^(I|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

const FEMALE_NOUNS =
  "daughter|wife|mother|sister|widow|girlfriend|grandmother|granddaughter|aunt|niece|businesswoman|chairwoman|congresswoman|spokeswoman|actress|queen|princess|lady|mrs|ms";
const MALE_NOUNS =
  "son|husband|father|brother|widower|boyfriend|grandfather|grandson|uncle|nephew|businessman|chairman|congressman|spokesman|actor|king|prince|mr";
