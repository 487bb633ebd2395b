/**
 * Folds text for matching: lowercase, diacritics removed ("Müller" → "muller", "Yıldız" → "yildiz"),
 * curly quotes and dashes made plain, runs of space collapsed. Display text keeps its original form.
 */
export function foldForMatch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ı/g, "i")
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, "-")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
