/** Questions longer than this are refused politely: a paste accident, not a question. */
export const MAX_QUESTION_CHARS = 500;

const INJECTION =
  /\b(ignore|disregard|forget)\b.{0,40}\b(instructions?|rules|prompt|above|previous)\b|\bsystem prompt\b|\byou are now\b|\bact as\b|\bjailbreak\b/i;

/**
 * A short, polite reply for input that is not a question about the articles; null when the question can be
 * read. Never echoes the input back at length.
 */
export function refuseInput(raw: string): string | null {
  const text = raw.trim();
  if (text.length === 0)
    return "Ask me a question about the articles, for example: “What did <person> say about <subject>?” or “What happened on <date>?”";
  if (text.length > MAX_QUESTION_CHARS) {
    return `That question is ${text.length} characters long; please ask it in a sentence or two (under ${MAX_QUESTION_CHARS} characters).`;
  }
  if (!/[\p{L}\p{N}]/u.test(text)) return "I couldn't find a question in that. Ask me in words, for example: “Who is <person>?”";
  const letters = [...text].filter((char) => /\p{L}/u.test(char));
  const latin = letters.filter((char) => /\p{Script=Latin}/u.test(char));
  if (letters.length > 0 && latin.length / letters.length < 0.5) {
    return "I can only answer questions in English about the articles I have read. Please ask in English.";
  }
  if (INJECTION.test(text)) return "I can only answer questions about the articles, from what they say, with citations.";
  return null;
}
