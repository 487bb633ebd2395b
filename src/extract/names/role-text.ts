// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.
const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec";
const WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
/** A date or time inside a role: "in 2016", "on March 19", "early Sunday morning", "last week". */
const DATE_IN_ROLE = new RegExp(
  `\\b(?:(?:${MONTHS})\\.?\\s+\\d{1,4}\\b|(?:${WEEKDAYS})\\b|(?:in|on|since|until|from|by|of)\\s+(?:1[6-9]|20)\\d\\d\\b|(?:1[6-9]|20)\\d\\d\\b|yesterday|today|tonight|last\\s+(?:week|month|year))`,
  "i",
);
/** Where a clause about the person (not their title) starts: a relative pronoun, a participle, a comma. */
const CLAUSE_START = /\s+(?:who|whom|whose|which|that|where|when)\s|\s+\p{Ll}+ed\s|,\s/gu;
const ATTRIBUTION_TAIL = /(?:^|[\s,]+)according to\b.*$/is;

/**
 * A role as the article's title or apposition gives it, without what is not a role: an attribution tail
 * ("according to the New York Times on March 19") or a clause that dates something the person did ("former
 * teacher who won office in November 2022" → "former teacher"). Undefined when nothing role-like is left.
 * why: roles are shown beside names as standing facts; a date or a source in them is a false fact.
 */
export function cleanRoleText(raw: string): string | undefined {
  let text = raw.replace(ATTRIBUTION_TAIL, "").trim();
  const date = DATE_IN_ROLE.exec(text);
  if (date) {
    let cut = -1;
    CLAUSE_START.lastIndex = 0;
    for (const match of text.matchAll(CLAUSE_START)) if (match.index < date.index) cut = match.index;
    text = cut > 0 ? text.slice(0, cut) : "";
    if (DATE_IN_ROLE.test(text)) text = "";
  }
  text = text.replace(/[\s,;:.]+$/, "").trim();
  return text.length > 1 ? text : undefined;
}
