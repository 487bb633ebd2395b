/**
 * How many items each answer shows before "…and N more: <command> --all". Chat answers are read at a
 * glance; `--all` lifts these caps (the renderers still keep every message within platform limits).
 */
export const COMPOSE_CAPS = {
  briefSummary: 5,
  briefPeople: 6,
  briefQuotes: 5,
  briefTimeline: 12,
  whoQuotes: 8,
  phraseMatches: 5,
  onEvents: 15,
  onQuotes: 8,
  entityRoles: 8,
  entityArticles: 10,
  sources: 25,
} as const;

/** Caps an item list; returns what to show and how many were left out. */
export function take<T>(items: readonly T[], cap: number, all: boolean): { shown: readonly T[]; left: number } {
  if (all || items.length <= cap) return { shown: items, left: 0 };
  return { shown: items.slice(0, cap), left: items.length - cap };
}
