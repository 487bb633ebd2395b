import type { SourceFile } from "./source-tree.ts";

/**
 * The import circles among `files`: each a set of files that reach one another through their imports (type-only
 * imports included), found as the strongly connected components (Tarjan) of the import graph. Sorted paths.
 */
export function importCircles(files: readonly SourceFile[]): string[][] {
  const edges = new Map(files.map((file) => [file.path, file.imports.flatMap((imp) => (imp.resolved ? [imp.resolved] : []))]));
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (node: string) => {
    order.set(node, order.size);
    low.set(node, order.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!edges.has(next)) continue;
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) ?? 0, order.get(next) ?? 0));
    }
    if (low.get(node) !== order.get(node)) return;
    const members: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member);
      members.push(member);
      if (member === node) break;
    }
    const selfImport = edges.get(node)?.includes(node) ?? false;
    if (members.length > 1 || selfImport) circles.push(members.sort());
  };
  for (const node of edges.keys()) if (!order.has(node)) visit(node);
  return circles.sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));
}
