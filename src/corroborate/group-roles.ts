import { surnameKeyOf } from "../domain/entity-key.ts";
import { pairsSharingKey } from "./candidate-pairs.ts";
import type { RoleItem } from "./fact-items.ts";
import { compareRoles } from "./role-compare.ts";
import { samePerson } from "./same-person.ts";
import type { Conflict } from "./types.ts";
import { createUnionFind, groupsOf } from "./union-find.ts";

/** The same role of the same person in any articles ("chair of the union" and "chair of the dockers' union"). */
export function groupRoles(items: readonly RoleItem[]): number[][] {
  const sets = createUnionFind(items.length);
  for (const [i, j] of samePersonPairs(items)) {
    const a = items[i];
    const b = items[j];
    if (a && b && compareRoles(a.role, b.role) === "same") sets.union(i, j);
  }
  return groupsOf(sets, items.length);
}

/**
 * One person given roles that exclude each other by two sources ("deputy director" and "director" of one agency).
 * Not a conflict when either article itself also gives the other's role: the person holds both.
 */
export function roleConflicts(items: readonly RoleItem[]): Conflict[] {
  const out: Conflict[] = [];
  const seen = new Set<string>();
  const alsoGives = (article: string, other: RoleItem) =>
    items.some(
      (item) => item.article.id === article && samePerson(item.person, other.person) && compareRoles(item.role, other.role) === "same",
    );
  for (const [i, j] of samePersonPairs(items)) {
    const a = items[i];
    const b = items[j];
    if (!a || !b || a.source === b.source) continue;
    if (compareRoles(a.role, b.role) !== "conflict" || alsoGives(a.article.id, b) || alsoGives(b.article.id, a)) continue;
    const key = [a.person.name, a.role, b.role].join("|").toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      kind: "role",
      about: a.person.name,
      versions: [
        { article: a.article, value: a.role, text: a.person.name, sentence: a.sentence },
        { article: b.article, value: b.role, text: b.person.name, sentence: b.sentence },
      ],
    });
  }
  return out;
}

/** Pairs of role items about the same person; only mentions with one surname key can be (see `samePerson`). */
function samePersonPairs(items: readonly RoleItem[]): Array<[number, number]> {
  const keys = items.map((item) => (item.person.entityId ? [surnameKeyOf(item.person.entityId) ?? item.person.entityId] : []));
  return pairsSharingKey(keys).filter(([i, j]) => {
    const a = items[i];
    const b = items[j];
    return Boolean(a && b && samePerson(a.person, b.person));
  });
}
