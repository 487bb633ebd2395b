/**
 * Checks a cron expression field by field, as the scheduler will read it (5 fields, or 6 with seconds
 * first): numbers in range, names (jan-dec, sun-sat), lists, ranges, steps, `*`, `?` and `L` (last day
 * of the month). Returns what is wrong, naming the field and its range, or null when it is fine.
 * why: a cron that passes `check-config` must not crash `serve` later.
 */
type CronField = { name: string; min: number; max: number; names?: readonly string[]; extras?: readonly string[] };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

const SECOND: CronField = { name: "second", min: 0, max: 59 };
const FIVE: readonly CronField[] = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day-of-month", min: 1, max: 31, extras: ["?", "L"] },
  { name: "month", min: 1, max: 12, names: MONTHS },
  { name: "day-of-week", min: 0, max: 7, names: WEEKDAYS, extras: ["?"] },
];

export const CRON_HINT = 'e.g. "30 7 * * 1-5" (minute hour day-of-month month day-of-week)';

export function cronProblem(expression: string): string | null {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5 && parts.length !== 6) {
    return `expected 5 fields (minute hour day-of-month month day-of-week) or 6 with seconds first, found ${parts.length}; ${CRON_HINT}`;
  }
  const fields = parts.length === 6 ? [SECOND, ...FIVE] : FIVE;
  for (const [index, field] of fields.entries()) {
    const problem = fieldProblem(parts[index] ?? "", field);
    if (problem) return `${field.name} field "${parts[index]}": ${problem}`;
  }
  return null;
}

function range(field: CronField): string {
  const names = field.names ? ` or ${field.names[0]}-${field.names[field.names.length - 1]}` : "";
  return `${field.min}-${field.max}${names}`;
}

function fieldProblem(text: string, field: CronField): string | null {
  // why: the scheduler reads `?` and `L` only as the whole field, not inside a list or a range.
  if (field.extras?.includes(text.toUpperCase())) return null;
  for (const item of text.split(",")) {
    if (item === "") return "has an empty list item";
    const [base = "", step, ...extra] = item.split("/");
    if (extra.length > 0) return `"${item}" has more than one step (/)`;
    if (step !== undefined) {
      if (!/^\d+$/.test(step) || Number(step) < 1 || Number(step) > field.max)
        return `step "/${step}" must be a number from 1 to ${field.max}`;
    }
    if (base === "*") continue;
    const ends = base.split("-");
    if (step !== undefined && ends.length !== 2) return `a step (/${step}) needs * or a range before it, e.g. */15 or 0-30/15`;
    if (ends.length > 2) return `"${base}" is not a value or a range`;
    const values: number[] = [];
    for (const end of ends) {
      const value = fieldValue(end, field);
      if (value === null) return `"${end}" is not allowed: expected ${range(field)}`;
      values.push(value);
    }
    const [from = 0, to = from] = values;
    if (to < from) return `range "${base}" runs backwards: write the smaller value first`;
  }
  return null;
}

function fieldValue(text: string, field: CronField): number | null {
  if (/^\d+$/.test(text)) {
    const value = Number(text);
    return value >= field.min && value <= field.max ? value : null;
  }
  const named = field.names?.indexOf(text.toLowerCase()) ?? -1;
  if (named < 0) return null;
  return field.names === MONTHS ? named + 1 : named;
}
