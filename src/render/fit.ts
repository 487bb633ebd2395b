/** Measures text as it will be sent (after escaping), so limits hold for the escaped form. */
export type Measure = (plain: string) => number;

export const ELLIPSIS = "…";

/**
 * The longest prefix of `plain` whose measured length, with "…" added when cut, is at most `max`.
 * Cuts at a word boundary when one is near, and never inside a surrogate pair.
 */
export function fitText(plain: string, max: number, measure: Measure = (s) => s.length): string {
  if (measure(plain) <= max) return plain;
  const chars = Array.from(plain);
  let end = prefixLength(chars, max - measure(ELLIPSIS), measure);
  for (;;) {
    if (end <= 0) return measure(ELLIPSIS) <= max ? ELLIPSIS : "";
    let cut = chars.slice(0, end).join("");
    const space = cut.lastIndexOf(" ");
    // why: a word boundary reads better, but not at the cost of most of the text.
    if (space > cut.length * 0.8) cut = cut.slice(0, space);
    const candidate = `${cut.trimEnd()}${ELLIPSIS}`;
    const excess = measure(candidate) - max;
    if (excess <= 0) return candidate;
    // why: escaping can depend on context (a defused "@here" grows by one), so re-measure and shrink.
    end -= Math.max(1, excess);
  }
}

function prefixLength(chars: readonly string[], budget: number, measure: Measure): number {
  let used = 0;
  let end = 0;
  for (const char of chars) {
    const size = measure(char);
    if (used + size > budget) break;
    used += size;
    end += 1;
  }
  return end;
}

/** Splits `text` into lines of at most `width` characters (URLs excepted), at spaces where possible. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      for (const piece of hardSplit(word, width)) {
        if (line && Array.from(line).length + 1 + Array.from(piece).length > width) {
          out.push(line);
          line = piece;
        } else {
          line = line ? `${line} ${piece}` : piece;
        }
      }
    }
    out.push(line);
  }
  return out;
}

function hardSplit(word: string, width: number): string[] {
  const chars = Array.from(word);
  // why: a URL split across lines stops being clickable; the terminal soft-wraps it instead.
  if (chars.length <= width || /^https?:\/\//.test(word)) return [word];
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += width) pieces.push(chars.slice(i, i + width).join(""));
  return pieces;
}
