import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The folder holding Briefbot's package.json: the checkout, or the installed package.
 * why: the same modules run from their sources (config/, src/) and compiled into dist/ (dist/config/, dist/src/),
 * at different depths; data next to the sources (seeds/, config/default.yaml) is found from the root, not the module.
 */
export function packageRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(from)}`);
    dir = parent;
  }
  return dir;
}
