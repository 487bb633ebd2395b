import { foldName } from "../../text/normalize.ts";
import type { Doc } from "../doc.ts";
import { OUTLET_HEADS, WIRE_OUTLETS } from "../lexicon/outlet-words.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.
const ACRONYM = /^[\p{Lu}]{2,5}$/u;

const NAME = "((?:the\\s+)?\\p{Lu}[\\p{L}\\p{M}.&'’-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}\\p{M}.&'’-]*){0,4})";
const PATTERNS = [
  new RegExp(`\\b[Aa]ccording to ${NAME}`, "gu"),
  new RegExp(`\\b(?:told|tells|tell|telling)\\s+${NAME}`, "gu"),
  new RegExp(`\\b(?:[Ii]n|[Dd]uring)\\s+(?:a|an)\\s+(?:statement|interview|email|letter|op-ed|remarks?)\\s+(?:to|with)\\s+${NAME}`, "gu"),
  new RegExp(`\\b(?:[Ss]peaking|[Tt]alking)\\s+(?:to|with)\\s+${NAME}`, "gu"),
  new RegExp(`${NAME}\\s+(?:reported|reports|quoted|quotes|cited)\\b`, "gu"),
];

/** Whether a name is a news outlet: a wire service, a name with a newspaper-like head, or this article's outlet. */
export function isOutlet(doc: Doc, name: string): boolean {
  const folded = foldName(name);
  if (WIRE_OUTLETS.has(folded) || folded === foldName(doc.source)) return true;
  const words = folded.split(" ");
  const head = words[words.length - 1] ?? "";
  if (OUTLET_HEADS.has(head) && words.length >= 2) return true;
  // why: a bare acronym after "told" ("told the BBC", "tells CBC") is an outlet unless the text names it as a person.
  if (ACRONYM.test(name.replace(/^the\s+/i, "")) && !doc.names.lookup(name)) return true;
  return false;
}

/**
 * The outlet the words were relayed through, found in the attribution text ("according to Reuters",
 * "told the New York Times", "in a statement to the AP"). Null when it is this article's own outlet or when
 * the words were said to reporters or in public.
 */
export function findVia(doc: Doc, attribution: string): string | null {
  for (const pattern of PATTERNS) {
    pattern.lastIndex = 0;
    for (const match of attribution.matchAll(pattern)) {
      const name = (match[1] ?? "").replace(/^the\s+/i, "").replace(/\s+(on|in|at|last|this)$/i, "");
      const trimmed = trimToOutlet(name);
      if (!trimmed || !isOutlet(doc, trimmed)) continue;
      return foldName(trimmed) === foldName(doc.source) ? null : trimmed;
    }
  }
  return null;
}

/** "New York Times On" → "New York Times": drops trailing words once the name is an outlet. */
function trimToOutlet(name: string): string {
  // "the BBC's Today programme" was said to the BBC.
  const possessive = /^(.+?)['’]s\b/.exec(name);
  const words = (possessive?.[1] ?? name).split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const candidate = words.slice(0, n).join(" ").replace(/[.,]$/, "");
    if (WIRE_OUTLETS.has(foldName(candidate)) || OUTLET_HEADS.has((words[n - 1] ?? "").toLowerCase())) return candidate;
  }
  return words.join(" ").replace(/[.,]$/, "");
}
