import { corroborate } from "../../src/corroborate/corroborate.ts";
import type { Conflict, FactGroup } from "../../src/corroborate/types.ts";
import { WIRE_COPY_THRESHOLD } from "../../src/corroborate/wire-copies.ts";
import type { ArticleFacts } from "../../src/domain/facts.ts";
import { jaccard, shingles } from "../../src/text/shingles.ts";

export type ReadArticle = { file: string; facts: ArticleFacts; text: string };

/**
 * What corroboration makes of a set of articles, as lines to print: how many facts merged across articles and
 * sources, the wire copies found, the highest body similarity between articles that are not copies (how far the
 * wire-copy threshold is from the nearest independent pair), and, unless `aggregateOnly`, every merge across
 * articles and every conflict with both versions. Printed, never stored: article text stays out of the repo.
 */
export function corroborationReport(articles: readonly ReadArticle[], aggregateOnly: boolean): string[] {
  // why: articles without an outlet (.txt without gold) must not all count as one outlet "unknown"
  const inputs = articles.map(({ file, facts, text }) => ({
    facts: facts.article.source === "unknown" ? { ...facts, article: { ...facts.article, source: `unknown (${file})` } } : facts,
    text,
  }));
  const fileOf = new Map(articles.map((article) => [article.facts.article.id, article.file]));
  const result = corroborate(inputs);
  const merged = result.groups.filter((group) => group.articles > 1);
  const lines = [`CORROBORATION (${articles.length} articles, ${new Set(Object.values(result.sourceOf)).size} sources)`];
  for (const kind of ["quote", "event", "role"] as const) {
    const all = result.groups.filter((group) => group.kind === kind);
    const across = merged.filter((group) => group.kind === kind);
    const facts = all.reduce((sum, group) => sum + group.citations.length, 0);
    lines.push(
      `  ${`${kind}s`.padEnd(8)} ${String(all.length).padStart(5)} facts (${facts} article tellings); ` +
        `${across.length} told by 2+ articles, ${across.filter((group) => group.sources > 1).length} by 2+ sources`,
    );
  }
  for (const kind of ["date", "speaker", "figure", "role"] as const)
    lines.push(`  conflicts ${kind.padEnd(8)} ${result.conflicts.filter((conflict) => conflict.kind === kind).length}`);
  lines.push(...similarityLines(articles, result.sourceOf));
  if (aggregateOnly) return lines;
  for (const group of merged) {
    lines.push(mergeLine(group, fileOf));
    // why: a merge across sources is a claim of corroboration; each telling is printed so a reader can check it
    if (group.sources > 1 && group.kind !== "role")
      for (const citation of group.citations)
        lines.push(`        ${fileOf.get(citation.article.id) ?? citation.article.id}: ${clip(citation.sentence)}`);
  }
  for (const conflict of result.conflicts) lines.push(...conflictLines(conflict, fileOf));
  return lines;
}

function similarityLines(articles: readonly ReadArticle[], sourceOf: Record<string, string>): string[] {
  const sets = articles.map((article) => shingles(article.text));
  let nearest = { score: 0, pair: "" };
  const copies: string[] = [];
  for (let i = 0; i < articles.length; i++)
    for (let j = i + 1; j < articles.length; j++) {
      const a = articles[i];
      const b = articles[j];
      const x = sets[i];
      const y = sets[j];
      if (!a || !b || !x || !y || a.facts.article.source === b.facts.article.source) continue;
      const score = jaccard(x, y);
      if (sourceOf[a.facts.article.id] === sourceOf[b.facts.article.id])
        copies.push(`    wire copy ${a.file} ~ ${b.file} (${score.toFixed(3)})`);
      else if (score > nearest.score) nearest = { score, pair: `${a.file} ~ ${b.file}` };
    }
  return [
    `  wire copies ${copies.length} (threshold ${WIRE_COPY_THRESHOLD}); nearest pair of other outlets that is not a copy: ${nearest.pair ? `${nearest.score.toFixed(3)} ${nearest.pair}` : "none shares a shingle"}`,
    ...copies,
  ];
}

function mergeLine(group: FactGroup, fileOf: ReadonlyMap<string, string>): string {
  const where = group.citations.map((citation) => fileOf.get(citation.article.id) ?? citation.article.id).join(", ");
  return `    = ${group.kind} ×${group.articles} (${group.sources} sources) ${group.about ? `${group.about}: ` : ""}${clip(group.text)} ${group.date ?? ""} [${where}]`;
}

function conflictLines(conflict: Conflict, fileOf: ReadonlyMap<string, string>): string[] {
  return [
    `    ! ${conflict.kind}: ${clip(conflict.about)}`,
    ...conflict.versions.map(
      (version) =>
        `        ${fileOf.get(version.article.id) ?? version.article.id} (${version.article.source}): ${version.value} | ${clip(version.sentence)}`,
    ),
  ];
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 140 ? `${flat.slice(0, 137)}…` : flat;
}
