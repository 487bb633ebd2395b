import { UserError } from "../domain/errors.ts";
import type { QueryEngine } from "../query/types.ts";

/**
 * The engine a dispatcher gets when none was given (tests of other layers, a store that failed to open):
 * every question is answered with a plain "not available" instead of a crash.
 */
export function unavailableQueryEngine(): QueryEngine {
  const refuse = (): never => {
    throw new UserError("The fact store is not open here, so I can't look that up. /brief help lists what works.");
  };
  return { topicBrief: refuse, whoSaid: refuse, onDate: refuse, entity: refuse, search: refuse, topics: refuse, sources: refuse };
}
