import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export type SourceImport = { specifier: string; typeOnly: boolean; resolved: string | null };
export type SourceFile = { path: string; text: string; imports: SourceImport[] };

/** Every .ts file below `dir` (relative to the repo root), with its imports resolved to repo-relative paths. */
export function sourceFiles(dir: string): SourceFile[] {
  const base = join(ROOT, dir);
  const out: SourceFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const full = join(folder, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry.endsWith(".ts")) out.push(readSource(full));
    }
  };
  walk(base);
  return out;
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm;
const DYNAMIC = /import\(\s*["']([^"']+)["']\s*\)/g;

function readSource(full: string): SourceFile {
  const text = readFileSync(full, "utf8");
  const path = relative(ROOT, full);
  const imports: SourceImport[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[3] ?? "";
    imports.push({ specifier, typeOnly: Boolean(match[2]), resolved: resolveSpecifier(full, specifier) });
  }
  for (const match of text.matchAll(DYNAMIC)) {
    const specifier = match[1] ?? "";
    imports.push({ specifier, typeOnly: false, resolved: resolveSpecifier(full, specifier) });
  }
  return { path, text, imports };
}

function resolveSpecifier(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  return relative(ROOT, resolve(dirname(from), specifier));
}
