import type { TextSpan } from "../store/fact-store.ts";

// why: a full stop after these words rarely ends a sentence in news copy ("Mr. Smith", "U.S. officials").
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "col",
  "lt",
  "sen",
  "rep",
  "gov",
  "st",
  "jr",
  "sr",
  "no",
  "vs",
  "etc",
  "inc",
  "ltd",
  "co",
  "corp",
  "jan",
  "feb",
  "mar",
  "apr",
  "aug",
  "sept",
  "sep",
  "oct",
  "nov",
  "dec",
]);

const BOUNDARY = /([.!?…]+["”’)\]]*)(\s+)(?=["“‘([]?[\p{Lu}\d])|\n\s*\n/gu;

/** Cuts text into sentences with UTF-16 offsets; paragraph breaks always end a sentence. */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = (match.index ?? 0) + (match[1]?.length ?? 0);
    if (match[1] && isAbbreviation(text, match.index ?? 0)) continue;
    push(spans, text, start, match[1] ? end : (match.index ?? 0));
    start = (match.index ?? 0) + match[0].length;
  }
  push(spans, text, start, text.length);
  return spans;
}

function isAbbreviation(text: string, dotIndex: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dotIndex - 12), dotIndex))?.[1] ?? "";
  const word = before.toLowerCase().replace(/\.$/, "");
  // single capitals and dotted initialisms ("J.", "U.S.") are not sentence ends either
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(before) || /^(\p{L}\.)+\p{L}$/u.test(before);
}

function push(spans: TextSpan[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start] ?? "")) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end -= 1;
  if (end > start) spans.push({ start, end, text: text.slice(start, end) });
}
