// Why version 4: Briefbot follows sources by itself (src/sources). A followed source keeps its polling state
// (conditional-GET validators, success and failure times, backoff) so a restart resumes where it stopped,
// and every feed item it has met is remembered once (by GUID, canonical URL and item hash) so nothing is
// announced twice and a new subscription's backlog is stored but never announced.
export const V4_FOLLOWED_SOURCES = `
CREATE TABLE followed_sources (
  id TEXT PRIMARY KEY,
  url TEXT NOT NULL,
  -- JSON list of topic slugs the source is expected to feed
  topics TEXT NOT NULL,
  interval_minutes INTEGER NOT NULL,
  backfill INTEGER NOT NULL,
  -- 'config', 'cli' or 'chat': who follows it (config sources are kept in step with the config file)
  origin TEXT NOT NULL,
  -- the channel that followed it from chat ('slack:C0123'), NULL for the operator's sources
  scope TEXT,
  followed_at TEXT NOT NULL,
  etag TEXT,
  last_modified TEXT,
  last_success TEXT,
  last_failure TEXT,
  failures INTEGER NOT NULL DEFAULT 0,
  next_try TEXT NOT NULL,
  last_error TEXT
) WITHOUT ROWID;
CREATE INDEX followed_sources_due ON followed_sources(next_try);

-- why: no foreign key to followed_sources: an unfollowed and re-followed source finds its items already seen
-- instead of flooding; article_id is NULL until the item's article is stored (or when it is not to be fetched).
CREATE TABLE seen_items (
  source_id TEXT NOT NULL,
  guid TEXT NOT NULL,
  url TEXT NOT NULL,
  item_hash TEXT NOT NULL,
  article_id TEXT,
  first_seen TEXT NOT NULL,
  -- 0: stored as backfill (or beyond it) and never announced by a digest
  announce INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  error TEXT,
  PRIMARY KEY (source_id, guid)
) WITHOUT ROWID;
CREATE INDEX seen_items_url ON seen_items(source_id, url);
CREATE INDEX seen_items_hash ON seen_items(source_id, item_hash);
CREATE INDEX seen_items_article ON seen_items(article_id) WHERE article_id IS NOT NULL;
`;
