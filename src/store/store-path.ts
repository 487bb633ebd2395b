import { join } from "node:path";

/** The database file inside DATA_DIR. */
export function storePath(dataDir: string): string {
  return join(dataDir, "brief.db");
}
