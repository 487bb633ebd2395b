/**
 * Text or not: a file with NUL bytes, or whose decoded text is more than 1 % control or undecodable
 * characters, is not an article (an image, a PDF, a UTF-16 file). why: ingest must refuse it with a reason
 * rather than store it as "1 new" with facts made of garbage.
 */
export function binaryReason(bytes: Uint8Array, text: string): string | null {
  if (bytes.includes(0)) return "is a binary file (it contains NUL bytes), not text: save the article as UTF-8 text or Markdown";
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const control = (code < 32 && code !== 9 && code !== 10 && code !== 13) || (code >= 127 && code < 160);
    if (control || code === 0xfffd) odd += 1;
  }
  if (odd > 8 && odd > text.length / 100) {
    return `does not look like text (${odd} control or undecodable characters): save the article as UTF-8 text or Markdown`;
  }
  return null;
}

/** Bytes to text as UTF-8; undecodable sequences become U+FFFD (counted by binaryReason). */
export function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { fatal: false }).decode(bytes);
}
