/**
 * "How old is X?": news gives ages as "Ana Ruiz, 75," / "the 52-year-old Ruiz" / "Ruiz (75)" / "Ruiz, aged 75".
 * The age must stand next to one of the person's names, or it is someone else's.
 */
const AGE_QUESTION = /^(?:and\s+)?(?:how old\b|what age\b|what is the age\b|what's the age\b)/;

export function asksAge(foldedQuestion: string): boolean {
  return AGE_QUESTION.test(foldedQuestion.trim());
}

/** The age the folded text gives next to one of the folded name forms, or null. */
export function ageIn(folded: string, forms: readonly string[]): number | null {
  for (const form of forms) {
    if (form.length < 3) continue;
    const name = form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const patterns = [
      new RegExp(`\\b${name},\\s+(?:aged\\s+)?(\\d{1,3}),`),
      new RegExp(`\\b${name}\\s+\\((\\d{1,3})\\)`),
      new RegExp(`\\b(\\d{1,3})[- ]year[- ]old\\s+(?:[\\p{L}'’-]+\\s+){0,3}${name}\\b`, "u"),
      new RegExp(`\\b${name}\\b[^.;]{0,40}?\\b(\\d{1,3}) years? old\\b`),
    ];
    for (const pattern of patterns) {
      const age = Number(pattern.exec(folded)?.[1]);
      if (age > 0 && age < 120) return age;
    }
  }
  return null;
}
