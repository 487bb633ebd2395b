import type { Database, Statement } from "better-sqlite3";
import { z } from "zod";
import type { CitedRows } from "./cited-rows.ts";
import { parseStored } from "./damaged-data.ts";
import type { AliasKey } from "./fact-types.ts";
import { ROLE_FROM, ROLE_SELECT } from "./read-facts.ts";
import { ARTICLE_SELECT } from "./read-topics.ts";
import { AliasRowSchema, ArticleRowSchema, EntityRowSchema, parseRows } from "./rows.ts";

const RoleCountRowSchema = z.object({ entityId: z.string(), role: z.string(), n: z.number().int() });
const SpanRowSchema = z.object({
  first: z.string().nullable(),
  last: z.string().nullable(),
  articles: z.number().int(),
  topics: z.string().nullable(),
});

/** Reads for name lookup and entity profiles. */
export function createEntityReads(db: Database, cited: CitedRows) {
  const byId = db.prepare("SELECT id, type, name FROM entities WHERE id = ?");
  const byKey = db.prepare(
    "SELECT DISTINCT en.id, en.type, en.name FROM entity_names n JOIN entities en ON en.id = n.entity_id WHERE n.key = ?",
  );
  const bySurname = db.prepare("SELECT id, type, name FROM entities WHERE surname_key = ?");
  const keys = db.prepare('SELECT entity_id AS "entityId", key AS "aliasKey" FROM entity_names');
  const aliases = db.prepare(
    'SELECT en.id AS "entityId", ea.alias, a.id AS "articleId" FROM entities en JOIN entity_aliases ea ON ea.entity = en.n JOIN articles a ON a.n = ea.article WHERE en.id = ? ORDER BY ea.alias, a.published, a.id',
  );
  const articles = db.prepare(
    `${ARTICLE_SELECT} WHERE a.n IN (SELECT article FROM entity_aliases WHERE entity = (SELECT n FROM entities WHERE id = ?)) ORDER BY a.published DESC, a.id LIMIT ?`,
  );
  const aliasNames = db.prepare(
    "SELECT alias FROM entity_aliases WHERE entity = (SELECT n FROM entities WHERE id = ?) GROUP BY alias ORDER BY count(*) DESC, alias",
  );
  // why: prepared once per number of ids and reused; preparing it at every who and brief cost more than running it
  const roleCountStatements = new Map<number, Statement>();
  const roleCounts = (count: number) => {
    let statement = roleCountStatements.get(count);
    if (!statement) {
      statement = db.prepare(
        `SELECT en.id AS "entityId", r.role, count(*) AS n FROM entities en JOIN entity_roles r ON r.entity = en.n
         WHERE en.id IN (${Array.from({ length: count }, () => "?").join(",")})
         GROUP BY en.id, r.role ORDER BY en.id, n DESC, r.role`,
      );
      roleCountStatements.set(count, statement);
    }
    return statement;
  };
  const aliasArticles = db.prepare(
    "SELECT a.id FROM entity_aliases ea JOIN articles a ON a.n = ea.article WHERE ea.entity = (SELECT n FROM entities WHERE id = ?) AND ea.alias = ? ORDER BY ea.article LIMIT ?",
  );
  // one row per distinct role, cited from the first article that gave it
  const roleSources = db.prepare(
    `${ROLE_SELECT} ${ROLE_FROM}
     WHERE en.id = @id AND r.article = (SELECT min(r2.article) FROM entity_roles r2 WHERE r2.entity = r.entity AND r2.role = r.role)
     ORDER BY a.published, r.role LIMIT @limit`,
  );
  // why: the topics are few; each is asked whether one of the entity's articles has it (CROSS JOIN: walk the
  // entity's articles, not the topic's), which stops at the first hit. Collecting every article's topics first
  // cost 2-4 ms for a person named in 2,000 articles.
  const span = db.prepare(
    `SELECT min(a.published) AS first, max(a.published) AS last, count(*) AS articles,
       (SELECT group_concat(tp.slug) FROM topics tp WHERE EXISTS (SELECT 1 FROM entity_aliases ea CROSS JOIN article_topics t
         ON t.article = ea.article AND t.topic = tp.n WHERE ea.entity = (SELECT n FROM entities WHERE id = @id))) AS topics
     FROM articles a WHERE a.n IN (SELECT article FROM entity_aliases WHERE entity = (SELECT n FROM entities WHERE id = @id))`,
  );
  const rolesNewest = new Map<number, Statement>();
  return {
    entityById: (id: string) => {
      const row = byId.get(id);
      return row ? (parseRows(EntityRowSchema, [row], "entity")[0] ?? null) : null;
    },
    entitiesByAliasKey: (key: string) => parseRows(EntityRowSchema, byKey.all(key), "entity"),
    entitiesBySurnameKey: (key: string) => parseRows(EntityRowSchema, bySurname.all(key), "entity"),
    aliasKeys: () => keys.all() as AliasKey[],
    entityAliases: (id: string) => parseRows(AliasRowSchema, aliases.all(id), "alias"),
    entityArticles: (id: string, limit: number) => parseRows(ArticleRowSchema, articles.all(id, limit), "article"),
    aliasNames: (id: string) => (aliasNames.all(id) as { alias: string }[]).map((row) => row.alias),
    roleCounts: (ids: readonly string[]) =>
      ids.length === 0 ? [] : parseRows(RoleCountRowSchema, roleCounts(ids.length).all(...ids), "role"),
    aliasArticles: (id: string, alias: string, limit: number) =>
      (aliasArticles.all(id, alias, limit) as { id: string }[]).map((row) => row.id),
    roleSources: (id: string, limit: number) => cited.roles(roleSources.all({ id, limit })),
    entitySpan: (id: string) => {
      const row = parseStored(SpanRowSchema, span.get({ id }), "entity span");
      const topics = row.topics ? row.topics.split(",").sort() : [];
      return row.first && row.last ? { first: row.first, last: row.last, articles: row.articles, topics } : null;
    },
    /**
     * Roles of these entities, oldest article first. With `limit`, only the newest `limit` (still oldest first):
     * why: a much-reported person has a role row in hundreds of articles, and citing each row costs; ask reads the
     * newest few only, so the limit goes into the query, not after it.
     */
    entityRoles: (ids: readonly string[], limit?: number) => {
      if (ids.length === 0) return [];
      const list = ids.map(() => "?").join(",");
      if (limit === undefined)
        return cited.roles(db.prepare(`${ROLE_SELECT} ${ROLE_FROM} WHERE en.id IN (${list}) ORDER BY a.published, r.role`).all(...ids));
      let newest = rolesNewest.get(ids.length);
      if (!newest) {
        newest = db.prepare(`${ROLE_SELECT} ${ROLE_FROM} WHERE en.id IN (${list}) ORDER BY a.published DESC, r.role DESC LIMIT ?`);
        rolesNewest.set(ids.length, newest);
      }
      return cited.roles(newest.all(...ids, limit)).reverse();
    },
  };
}
