import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/source-tree.ts";

/** The most lines a source file may have: past it, a file holds more than one concept and is split by concept. */
const MAX_LINES = 400;
const SOURCE_DIRS = ["src", "commands", "bin"];
const SOURCE_EXTENSIONS = new Set([".ts", ".js", ".mjs", ".cjs"]);

function sourceFilesBelow(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFilesBelow(path);
    return SOURCE_EXTENSIONS.has(extname(entry)) ? [path] : [];
  });
}

function lineCount(path: string): number {
  const text = readFileSync(join(ROOT, path), "utf8");
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

describe("file size", () => {
  it(`no source file in ${SOURCE_DIRS.join(", ")} is over ${MAX_LINES} lines`, () => {
    const over = SOURCE_DIRS.flatMap(sourceFilesBelow)
      .filter((path) => lineCount(path) > MAX_LINES)
      .map((path) => `${path}: ${lineCount(path)} lines`);
    expect(over).toEqual([]);
  });
});
