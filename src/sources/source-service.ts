import { everyProblem, parseEvery } from "../../config/every.ts";
import type { FileConfig } from "../../config/file-schema.ts";
import { UserError } from "../domain/errors.ts";
import { assertFetchable, type Resolve } from "../ingest/web/guarded-fetch.ts";
import type { FollowedSource, FollowedSources, SourceOrigin } from "../store/ports/followed-sources.ts";

export type FollowRequest = {
  url: string;
  id?: string | undefined;
  topic?: string | undefined;
  every?: string | undefined;
  origin: Exclude<SourceOrigin, "config">;
  /** The channel following it from chat ("slack:C0123"); absent for the operator's own (CLI) sources. */
  scope?: string | undefined;
};

/** Following and unfollowing, with every check a person's input needs; used by `brief feeds` and `/brief follow`. */
export type SourceService = {
  /** Whether chat users may follow and unfollow (sourceDefaults.chatManaged). */
  readonly chatManaged: boolean;
  follow(request: FollowRequest): Promise<FollowedSource>;
  /** Unfollows a source; in a channel, only one that channel followed. Config sources are refused with advice. */
  unfollow(id: string, scope?: string): FollowedSource;
  list(scope?: string): FollowedSource[];
};

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function createSourceService(options: {
  store: FollowedSources;
  config: FileConfig;
  allowPrivate: boolean;
  now: () => Date;
  resolve?: Resolve;
}): SourceService {
  const { store, config } = options;
  const ledger = () => store.sources;
  return {
    chatManaged: config.sourceDefaults.chatManaged,
    async follow(request) {
      const url = checkedUrl(request.url);
      const topics = request.topic ? [knownTopic(config, request.topic)] : [];
      const problem = request.every ? everyProblem(request.every) : null;
      if (problem) throw new UserError(`--every: ${problem}`, { exitCode: 2 });
      if (request.id !== undefined && !ID.test(request.id))
        throw new UserError(`"${request.id}" is not a valid id: use lowercase letters, digits and dashes`, { exitCode: 2 });
      const scope = request.scope ?? null;
      const twin = ledger()
        .listSources()
        .find((source) => source.url === url && source.scope === scope);
      if (twin) throw new UserError(`${url} is already followed as "${twin.id}"`);
      await assertFetchable(url, options.allowPrivate, options.resolve);
      const id = request.id ?? freeId(store, url);
      const at = options.now().toISOString();
      const added = ledger().addSource({
        id,
        url,
        topics,
        intervalMinutes: request.every ? (parseEvery(request.every) ?? config.sourceDefaults.every) : config.sourceDefaults.every,
        backfill: config.sourceDefaults.backfill,
        origin: request.origin,
        scope,
        followedAt: at,
        nextTry: at,
      });
      if (!added) throw new UserError(`the id "${id}" is taken; choose another with --id`);
      return ledger().getSource(id) ?? unreachable(id);
    },
    unfollow(id, scope) {
      const source = ledger().getSource(id);
      if (!source || (scope !== undefined && source.scope !== scope))
        throw new UserError(`No followed source "${id}"${scope ? " in this channel" : ""}.`);
      if (source.origin === "config") throw new UserError(`"${id}" is listed under sources: in the config file; remove it there.`);
      ledger().removeSource(id);
      return source;
    },
    list: (scope) => ledger().listSources(scope),
  };
}

function checkedUrl(text: string): string {
  // why: chat platforms wrap links in angle brackets (Slack: <https://…|label>)
  const bare = text.trim().replace(/^<([^|>]+)(\|[^>]*)?>$/, "$1");
  let url: URL;
  try {
    url = new URL(bare);
  } catch {
    throw new UserError(`"${text}" is not a URL; expected the http(s) address of a feed or page`, { exitCode: 2 });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new UserError(`only http(s) feeds and pages can be followed, not ${url.protocol}`, { exitCode: 2 });
  return url.href;
}

function knownTopic(config: FileConfig, slug: string): string {
  if (config.topics.some((topic) => topic.slug === slug)) return slug;
  throw new UserError(`unknown topic "${slug}"; expected one of: ${config.topics.map((topic) => topic.slug).join(", ")}`, { exitCode: 2 });
}

/** "https://www.news.example/feeds/world.xml" → "news-example-world" (feed words dropped), with -2, -3… when taken. */
function freeId(store: FollowedSources, url: string): string {
  const parsed = new URL(url);
  const words = `${parsed.hostname.replace(/^www\./, "")} ${parsed.pathname.replace(/\.(xml|rss|atom|html?)$/i, "")}`
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !["rss", "feed", "feeds", "atom", "com", "org", "net", "www", "index"].includes(word));
  const base = (words.join("-").slice(0, 40).replace(/-+$/, "") || "source").replace(/^-+/, "");
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!store.sources.getSource(id)) return id;
  }
}

function unreachable(id: string): never {
  throw new Error(`source ${id} vanished right after it was added`);
}
