import { surnameKeyOf } from "../domain/entity-key.ts";

/**
 * Decides the stored id for each entity id of an incoming article. A surname-only person id merges
 * into the one full id with that surname (among the article's own entities, else in the store); with
 * none or several candidates it stays as it is, so two people sharing a surname are never joined.
 */
export function resolveEntityIds(
  incoming: readonly string[],
  storedFullIdsWithSurname: (surnameKey: string) => readonly string[],
): Map<string, string> {
  const resolved = new Map<string, string>();
  const fullIds = incoming.filter((id) => isFullPersonId(id));
  for (const id of incoming) {
    const surname = surnameKeyOf(id);
    if (surname === null || isFullPersonId(id)) {
      resolved.set(id, id);
      continue;
    }
    const local = unique(fullIds.filter((full) => surnameKeyOf(full) === surname));
    const candidates = local.length > 0 ? local : unique(storedFullIdsWithSurname(surname));
    resolved.set(id, candidates.length === 1 && candidates[0] ? candidates[0] : id);
  }
  return resolved;
}

export function isFullPersonId(id: string): boolean {
  return id.startsWith("person:") && id.includes(".");
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
