import { entityId } from "../../domain/entity-key.ts";
import type { EntityType } from "../../domain/facts.ts";
import { foldName, foldNamePart } from "../../text/normalize.ts";
import { NAME_PARTICLES } from "../lexicon/name-words.ts";
import type { Mention } from "./scan.ts";

/** One real-world thing the article names, with every form it is written in. */
export type Named = {
  id: string;
  type: EntityType;
  /** The fullest form the article gives. */
  name: string;
  aliases: Set<string>;
  /** Where it is first named (offset in the cleaned text). */
  first: number;
  roles: { text: string; sentence: number }[];
};

export type NameIndex = {
  all: Named[];
  /** The person or organisation a name (full or partial, any spelling variant) refers to, or null. */
  lookup: (name: string) => Named | null;
  /** Registers a speaker-like name seen only once (e.g. a country as a speaker). */
  ensure: (name: string, type: EntityType) => Named;
};

function parts(name: string): string[] {
  return name.split(/\s+/).filter((part) => part && !NAME_PARTICLES.has(part.toLowerCase()));
}

function key(part: string): string {
  return foldNamePart(part);
}

/**
 * Builds the article's cast: multi-part person names first (in order of appearance; spelling variants with
 * the same entity id merge, the longest form wins), then every other mention links to one of them when its
 * parts are a surname, a first name or a leading run of a full name ("Te Aroha" → "Te Aroha Mika
 * Tane"). A surname shared by two people goes to the one named first, as news copy does.
 */
export function buildNameIndex(mentions: readonly Mention[]): NameIndex {
  const all: Named[] = [];
  const byId = new Map<string, Named>();
  const bySurname = new Map<string, Named>();
  const byFirst = new Map<string, Named>();
  const byExact = new Map<string, Named>();

  // why: speakers, events and entities look the same few names up many times; entity ids are not free.
  const cache = new Map<string, Named | null>();
  const keysOf = new Map<string, string[]>();
  const foldedParts = (name: string): string[] => {
    let keys = keysOf.get(name);
    if (!keys) {
      keys = parts(name).map(key);
      keysOf.set(name, keys);
    }
    return keys;
  };
  const add = (mention: { name: string; type: EntityType; start: number }): Named => {
    const id = entityId(mention.type, mention.name);
    const existing = byId.get(id);
    if (existing) {
      existing.aliases.add(mention.name);
      existing.first = Math.min(existing.first, mention.start);
      if (parts(mention.name).length > parts(existing.name).length) existing.name = mention.name;
      return existing;
    }
    const named: Named = { id, type: mention.type, name: mention.name, aliases: new Set([mention.name]), first: mention.start, roles: [] };
    cache.clear();
    byId.set(id, named);
    all.push(named);
    return named;
  };

  // Longest names first, so "Te Aroha" joins "Te Aroha Mika Tane" instead of becoming a person.
  const fullPeople = mentions
    .filter((m) => m.type === "person" && parts(m.name).length >= 2)
    .sort((a, b) => parts(b.name).length - parts(a.name).length || a.start - b.start);
  for (const mention of fullPeople) {
    const mine = foldedParts(mention.name);
    const longer = all.find((person) => {
      const full = foldedParts(person.name);
      return mine.length < full.length && mine.every((part, i) => full[i] === part);
    });
    if (longer) {
      longer.aliases.add(mention.name);
      continue;
    }
    const named = add(mention);
    named.first = Math.min(named.first, mention.start);
  }
  // A surname or first name alone goes to the person the article names first.
  for (const named of [...all].sort((a, b) => a.first - b.first)) {
    const p = parts(named.name);
    const surname = key(p[p.length - 1] ?? "");
    if (!bySurname.has(surname)) bySurname.set(surname, named);
    const given = key(p[0] ?? "");
    if (!byFirst.has(given)) byFirst.set(given, named);
  }
  for (const named of all) byExact.set(foldName(named.name), named);

  const lookup = (name: string): Named | null => {
    const cached = cache.get(name);
    if (cached !== undefined) return cached;
    const found = lookupUncached(name);
    cache.set(name, found);
    return found;
  };
  const lookupUncached = (name: string): Named | null => {
    const folded = foldName(name);
    const exact = byExact.get(folded);
    if (exact) return exact;
    const p = parts(name);
    if (p.length === 0) return null;
    const viaId = byId.get(entityId("person", name));
    if (viaId) return viaId;
    if (p.length === 1) {
      const only = key(p[0] ?? "");
      return bySurname.get(only) ?? byFirst.get(only) ?? null;
    }
    const surnameMatch = bySurname.get(key(p[p.length - 1] ?? ""));
    if (surnameMatch && key(parts(surnameMatch.name)[0] ?? "") === key(p[0] ?? "")) return surnameMatch;
    // A leading run of a longer name ("Te Aroha" of "Te Aroha Mika Tane").
    const mine = foldedParts(name);
    for (const person of all) {
      const full = foldedParts(person.name);
      if (person.type === "person" && mine.length < full.length && mine.every((part, i) => full[i] === part)) return person;
    }
    return null;
  };

  for (const mention of mentions) {
    const found = lookup(mention.name);
    if (found) {
      found.aliases.add(mention.name);
      continue;
    }
    if (mention.type === "person" && mention.titled) {
      const named = add(mention);
      const p = parts(named.name);
      const surname = key(p[p.length - 1] ?? "");
      if (!bySurname.has(surname)) bySurname.set(surname, named);
      byExact.set(foldName(named.name), named);
    } else if (mention.type !== "person" && mention.type !== "other") {
      byExact.set(foldName(mention.name), add(mention));
    }
  }

  const ensure = (name: string, type: EntityType): Named => {
    const found = lookup(name);
    if (found) return found;
    const named = add({ name, type, start: Number.MAX_SAFE_INTEGER });
    byExact.set(foldName(name), named);
    if (type === "person") {
      const p = parts(name);
      const surname = key(p[p.length - 1] ?? "");
      if (!bySurname.has(surname)) bySurname.set(surname, named);
    }
    return named;
  };

  return { all, lookup, ensure };
}
