/**
 * Paragraph-level patterns for text that is page furniture, not reporting. Each is anchored on a general
 * shape (ad slot sizes, copyright notices, fundraising pleas, scraper placeholders), never on one site.
 */
const WHOLE_PARAGRAPH: readonly RegExp[] = [
  /^\d{2,4}\s*[x×]\s*\d{2,4}\s*(ad|advert|advertisement)?$/i,
  /^(advertisement|advert|sponsored( content)?|ad|story continues below( advertisement)?|continue reading.*)$/i,
  /^(copyright|\(c\)|©)\s*(\d{4})?\b.*$/i,
  /^.{0,80}\ball rights reserved\b.{0,80}$/i,
  /^(this|the) (block|content|embed|module|element|video|media) (is|could not be|cannot be|was) .*(broken|missing|loaded|displayed|enable|available).*$/i,
  /^.{0,120}\b(support|fund|donate to|back) (quality|independent|our)? ?(journalism|reporting|newsroom)\b.{0,160}$/i,
  /^.{0,120}\b(make|give) (a )?(gift|donation|contribution)\b.{0,120}$/i,
  /^(sign up|subscribe|register) (for|to|now|today)\b.{0,160}$/i,
  /^(share|tweet|email|print)( this)?( (article|story|page))?$/i,
  /^(read|see|watch) (more|also|next)\b.{0,120}$/i,
  /^(follow us|follow .{1,40} on (twitter|facebook|instagram|x))\b.{0,120}$/i,
  /^you (may|might) (be missing content|need to enable).*$/i,
  /^(photo|photograph|image|picture|video|illustration)( credit)?\s*[:|].{0,120}$/i,
  /^(related|more on this story|most read|recommended|trending)\s*:.{0,120}$/i,
  /^(click here|tap here)\b.{0,120}$/i,
  /^(enable javascript|please enable javascript|javascript is (disabled|required)).*$/i,
];

/** Sentences of boilerplate glued to the end of a real paragraph by a scraper. */
const TRAILING: readonly RegExp[] = [
  /\s*(this|the) (block|content|embed|module|element|widget) (is|was) (broken|missing|unavailable)( or (broken|missing|unavailable))?\..*$/i,
  /\s*(copyright|©)\s*\d{4}\b[^\n]*$/i,
];

export function isBoilerplateParagraph(paragraph: string): boolean {
  const text = paragraph.trim();
  if (text.length === 0) return true;
  if (text.length > 400) return false;
  return WHOLE_PARAGRAPH.some((pattern) => pattern.test(text));
}

export function stripTrailingBoilerplate(paragraph: string): string {
  let text = paragraph;
  for (const pattern of TRAILING) text = text.replace(pattern, "");
  return text;
}
