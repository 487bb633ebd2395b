import { describe, expect, it } from "vitest";
import { importCircles } from "../support/import-circles.ts";
import type { SourceFile } from "../support/source-tree.ts";

/** A source file with the given imports (`type:` marks a type-only one), as the source tree reads it. */
function file(path: string, ...imports: string[]): SourceFile {
  return {
    path,
    text: "",
    imports: imports.map((target) => ({
      specifier: target,
      typeOnly: target.startsWith("type:"),
      resolved: target.replace(/^type:/, ""),
    })),
  };
}

describe("importCircles", () => {
  it.each([
    { name: "a chain", files: [file("a.ts", "b.ts"), file("b.ts", "c.ts"), file("c.ts")], circles: [] },
    { name: "a pair", files: [file("a.ts", "b.ts"), file("b.ts", "a.ts")], circles: [["a.ts", "b.ts"]] },
    { name: "a pair through a type-only import", files: [file("a.ts", "b.ts"), file("b.ts", "type:a.ts")], circles: [["a.ts", "b.ts"]] },
    { name: "a file importing itself", files: [file("a.ts", "a.ts")], circles: [["a.ts"]] },
    {
      name: "two circles joined by a one-way import",
      files: [file("a.ts", "b.ts"), file("b.ts", "a.ts", "c.ts"), file("c.ts", "d.ts"), file("d.ts", "c.ts"), file("e.ts", "a.ts")],
      circles: [
        ["a.ts", "b.ts"],
        ["c.ts", "d.ts"],
      ],
    },
    { name: "an import of a file outside the set", files: [file("a.ts", "node_modules/x.ts")], circles: [] },
  ])("finds $name", ({ files, circles }) => {
    expect(importCircles(files)).toEqual(circles);
  });
});
