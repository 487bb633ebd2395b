import type { Database } from "better-sqlite3";
import { z } from "zod";
import type { SpeakerSuggestion } from "./ports/fact-reader.ts";
import { parseRows } from "./rows.ts";

const SpeakerSuggestionRowSchema = z.object({ id: z.string(), name: z.string(), quotes: z.number().int() });

/**
 * Reads for autocomplete: people who are quoted, best known first. A prefix is matched against every folded
 * name of the entity ("kal" finds a person also named by surname alone) through the (key, entity) primary key,
 * so it stays a range scan at any store size.
 */
export function createSuggestReads(db: Database) {
  const top = db.prepare(
    `SELECT e.id, e.name, count(*) AS quotes FROM quotes q JOIN entities e ON e.n = q.speaker
     GROUP BY e.id ORDER BY quotes DESC, e.name LIMIT ?`,
  );
  const byPrefix = db.prepare(
    `SELECT e.id, e.name, (SELECT count(*) FROM quotes q WHERE q.speaker = e.n) AS quotes
     FROM (SELECT DISTINCT entity_id FROM entity_names WHERE key >= @from AND key < @to LIMIT 200) k
     JOIN entities e ON e.id = k.entity_id
     WHERE e.type IN ('person', 'organization')
     ORDER BY quotes DESC, e.name LIMIT @limit`,
  );
  return {
    suggestSpeakers(prefixKey: string, limit: number): SpeakerSuggestion[] {
      const rows = prefixKey ? byPrefix.all({ from: prefixKey, to: `${prefixKey}\u{10FFFF}`, limit }) : top.all(limit);
      return parseRows(SpeakerSuggestionRowSchema, rows, "speaker suggestion");
    },
  };
}
