import { surnameKeyOf } from "../domain/entity-key.ts";
import { foldForMatch } from "../text/normalize.ts";

/** A person as a fact names them: the extractor's entity id when it has one, and the name as written. */
export type PersonMention = { entityId?: string | undefined; name: string | null };

/**
 * Whether two mentions are the same person: the same entity id, or the same surname key where neither first
 * initial contradicts the other. why: the extractor sometimes keeps a title in the name ("Transport Minister
 * Pieter de Vries" → `person:t.d_vr_s`), so equal ids alone would split one person across outlets.
 */
export function samePerson(a: PersonMention, b: PersonMention): boolean {
  if (a.entityId && a.entityId === b.entityId) return true;
  const x = parts(a);
  const y = parts(b);
  if (!x || !y || x.surname !== y.surname) return false;
  if (!x.initial || !y.initial || x.initial === y.initial) return true;
  // why: a title kept in front of the name gives it the wrong initial; the other's first name inside it still matches
  return includesWord(a.name, firstName(b.name)) || includesWord(b.name, firstName(a.name));
}

/**
 * Whether two mentions are surely different people: both named and with different surnames. why: precision first;
 * two mentions with one surname and different first names may still be one person with a title in the way.
 */
export function differentPeople(a: PersonMention, b: PersonMention): boolean {
  const x = parts(a);
  const y = parts(b);
  return Boolean(x && y && x.surname !== y.surname);
}

function parts(mention: PersonMention): { surname: string; initial: string } | null {
  if (!mention.entityId?.startsWith("person:") || !mention.name) return null;
  const surname = surnameKeyOf(mention.entityId);
  if (!surname) return null;
  const key = mention.entityId.slice("person:".length);
  return { surname, initial: key.includes(".") ? key.slice(0, key.indexOf(".")) : "" };
}

function firstName(name: string | null): string {
  return foldForMatch(name ?? "").split(" ")[0] ?? "";
}

function includesWord(name: string | null, word: string): boolean {
  return word.length > 1 && ` ${foldForMatch(name ?? "")} `.includes(` ${word} `);
}
