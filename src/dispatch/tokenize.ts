/**
 * Splits the text form of a command into words, keeping quoted phrases whole:
 * `who "analytical engine"` → ["who", "analytical engine"]. Straight and curly quotes both work (phones and
 * macOS turn " into “ ”). An unclosed quote runs to the end of the text rather than failing.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const pattern = /"([^"]*)"?|“([^”]*)”?|'([^']+)'(?=\s|$)|(\S+)/g;
  for (const match of text.matchAll(pattern)) {
    const token = match[1] ?? match[2] ?? match[3] ?? match[4] ?? "";
    if (token.trim()) tokens.push(token.trim());
  }
  return tokens;
}
