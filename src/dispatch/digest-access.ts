import type { DigestService } from "../digest/digest-service.ts";
import { UserError } from "../domain/errors.ts";
import type { CommandDeps, CommandRequest } from "./command.ts";

/** The digest service and this channel, or a plain message when digests do not run here. */
export function digestAccess(
  deps: CommandDeps,
  request: CommandRequest,
): { digests: DigestService; ref: { platform: CommandRequest["platform"]; channel: string } } {
  if (!deps.digests) throw new UserError("Digests are not running here. Start Briefbot with `brief serve` to use them.");
  return { digests: deps.digests, ref: { platform: request.platform, channel: request.channelId } };
}

/** A topic slug the config knows, or a UserError naming the known ones. */
export function knownTopic(deps: CommandDeps, slug: string): string {
  const topic = deps.topics.find((candidate) => candidate.slug === slug.toLowerCase());
  if (!topic) {
    const known = deps.topics.map((candidate) => candidate.slug).join(", ");
    throw new UserError(`No topic "${slug}". Known topics: ${known || "none configured"}.`);
  }
  return topic.slug;
}
