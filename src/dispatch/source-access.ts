import { UserError } from "../domain/errors.ts";
import type { SourceService } from "../sources/source-service.ts";
import type { CommandDeps, CommandRequest } from "./command.ts";

/** The source service and this channel's scope, or a plain message when chat may not manage sources here. */
export function sourceAccess(deps: CommandDeps, request: CommandRequest, change: boolean): { sources: SourceService; scope: string } {
  if (!deps.sources) throw new UserError("Followed sources are not running here. Start Briefbot with `brief serve` to use them.");
  if (change && !deps.sources.chatManaged)
    throw new UserError(
      "Following sources from chat is turned off. The operator can turn it on (sourceDefaults.chatManaged: true in the config), or follow a feed with `brief feeds add URL`.",
    );
  return { sources: deps.sources, scope: `${request.platform}:${request.channelId}` };
}
