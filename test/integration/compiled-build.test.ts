import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { briefEnv, REPO_ROOT } from "../support/brief-child.ts";
import { makeTempDir } from "../support/temp-dir.ts";

type Run = { code: number | null; out: string; err: string };

function node(args: readonly string[], cwd: string, env: Record<string, string> = briefEnv(makeTempDir("brief-build-data-"))): Run {
  const result = spawnSync(process.execPath, args, { cwd, env, encoding: "utf8" });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/**
 * A miniature checkout: Briefbot's real bin/ scripts over a two-file src/ whose main() says which text it was
 * built from and whether it runs from dist/, and the repo's node_modules (for esbuild and tsx).
 */
function miniatureCheckout(): { root: string; writeSource(name: string, text: string, mtimeSeconds: number): void } {
  const root = makeTempDir("brief-build-");
  mkdirSync(join(root, "bin"));
  mkdirSync(join(root, "src"));
  for (const script of ["brief.js", "build.js", "build-state.js"]) copyFileSync(join(REPO_ROOT, "bin", script), join(root, "bin", script));
  writeFileSync(join(root, "package.json"), '{ "name": "mini", "type": "module" }\n');
  symlinkSync(join(REPO_ROOT, "node_modules"), join(root, "node_modules"));
  const writeSource = (name: string, text: string, mtimeSeconds: number) => {
    const path = join(root, "src", name);
    writeFileSync(path, text);
    // why: explicit, distinct times, so the test never depends on the file system's timestamp resolution
    utimesSync(path, mtimeSeconds, mtimeSeconds);
  };
  writeSource(
    "main.ts",
    [
      "export async function main(argv: readonly string[]): Promise<number> {",
      '  const { words } = await import("./words.ts");',
      '  const from: string = import.meta.url.includes("/dist/") ? "dist" : "sources";',
      '  process.stdout.write([words, "from", from, ...argv].join(" ") + "\\n");',
      "  return 0;",
      "}",
      "",
    ].join("\n"),
    1_700_000_000,
  );
  writeSource("words.ts", 'export const words: string = "version one";\n', 1_700_000_000);
  return { root, writeSource };
}

describe("the compiled build in dist/", () => {
  it("runs only when it matches the sources; otherwise the sources run, with a notice", () => {
    const { root, writeSource } = miniatureCheckout();
    const brief = () => node(["bin/brief.js", "hello"], root);

    const unbuilt = brief();
    expect(unbuilt).toMatchObject({ code: 0, out: "version one from sources hello\n" });
    expect(unbuilt.err).toMatch(/dist\/ has not been built; .*Run: npm run build/);

    expect(node(["bin/build.js"], root).code).toBe(0);
    expect(existsSync(join(root, "dist", "src", "main.js"))).toBe(true);
    expect(brief()).toEqual({ code: 0, out: "version one from dist hello\n", err: "" });

    // the same size, only the text and the time differ: still seen
    writeSource("words.ts", 'export const words: string = "version two";\n', 1_700_000_100);
    const edited = brief();
    expect(edited.out).toBe("version two from sources hello\n");
    expect(edited.err).toMatch(/dist\/ is older than the sources/);

    expect(node(["bin/build.js", "--if-stale"], root).code).toBe(0);
    expect(brief()).toEqual({ code: 0, out: "version two from dist hello\n", err: "" });

    // a new source file, then a removed one, make the build stale too
    writeSource("extra.ts", "export const extra = 1;\n", 1_700_000_000);
    expect(brief().err).toMatch(/older than the sources/);
    node(["bin/build.js"], root);
    expect(brief().err).toBe("");
    rmSync(join(root, "src", "extra.ts"));
    expect(brief().err).toMatch(/older than the sources/);
  });

  it("--if-stale leaves a matching build alone", () => {
    const { root } = miniatureCheckout();
    node(["bin/build.js"], root);
    const stamp = readFileSync(join(root, "dist", "build-stamp.json"), "utf8");
    expect(node(["bin/build.js", "--if-stale"], root)).toMatchObject({ code: 0, err: "" });
    expect(readFileSync(join(root, "dist", "build-stamp.json"), "utf8")).toBe(stamp);
  });

  it("compiles nothing, successfully, before the sources are there (the Docker image installs dependencies first)", () => {
    const { root } = miniatureCheckout();
    rmSync(join(root, "src"), { recursive: true });
    const run = node(["bin/build.js"], root);
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/nothing to compile/);
    expect(existsSync(join(root, "dist"))).toBe(false);
  });

  it("the checkout's own dist/ is current during the tests and finds seeds/ and config/ from there", () => {
    const run = node(["bin/brief.js", "seeds"], REPO_ROOT);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    // why: every command loads config/default.yaml first, so a run that lists the seeds found both folders
    expect(run.out).toContain(`articles in ${join(REPO_ROOT, "seeds")}\n`);
  });
});
