import { foldNamePart, foldToKey } from "../text/normalize.ts";
import type { EntityType } from "./facts.ts";

const PARTICLES = new Set(["al", "bin", "da", "de", "del", "der", "di", "du", "el", "la", "le", "van", "von"]);

/**
 * The stable id of an entity across articles.
 * People: `person:<first initial>.<surname key>` when a first name is known ("Ana María Gómez" →
 * `person:a.g_m_z`), `person:<surname key>` for a surname alone; the store merges a surname-only id into
 * the one full id with that surname, and keeps two different first names apart.
 * Others: `organization:new-york-times` (diacritics folded, lowercase, dashes).
 */
export function entityId(type: EntityType, name: string): string {
  const parts = name
    .replace(/['’]s$/i, "")
    .split(/[\s-]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (type === "person" && parts.length > 0) {
    const surnameIndex = lastNonParticle(parts);
    const surname = parts.slice(surnameIndex).map(foldNamePart).join("");
    const first = surnameIndex > 0 ? foldNamePart(parts[0] ?? "").slice(0, 1) : "";
    return first ? `person:${first}.${surname}` : `person:${surname}`;
  }
  return `${type}:${parts.map(foldToKey).filter(Boolean).join("-")}`;
}

/** The surname part of a person id (`person:a.g_m_z` → `g_m_z`), for merging surname-only mentions. */
export function surnameKeyOf(id: string): string | null {
  if (!id.startsWith("person:")) return null;
  const key = id.slice("person:".length);
  const dot = key.indexOf(".");
  return dot === -1 ? key : key.slice(dot + 1);
}

function lastNonParticle(parts: readonly string[]): number {
  let index = parts.length - 1;
  while (index > 0 && PARTICLES.has((parts[index - 1] ?? "").toLowerCase())) index -= 1;
  return index;
}
