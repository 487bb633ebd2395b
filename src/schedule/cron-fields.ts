import { parse, validate } from "node-cron";

/** A cron expression as sets of allowed values; weekdays 0 (Sunday)–6. */
export type CronFields = {
  seconds: readonly number[];
  minutes: readonly number[];
  hours: readonly number[];
  daysOfMonth: ReadonlySet<number>;
  /** `L` in the day-of-month field: the month's last day. */
  lastDayOfMonth: boolean;
  months: ReadonlySet<number>;
  weekdays: ReadonlySet<number>;
  /** Whether the day-of-month and day-of-week fields were restricted (not `*`): cron ORs them when both are. */
  domRestricted: boolean;
  dowRestricted: boolean;
};

const numbers = (values: readonly (number | string)[], field: string): number[] =>
  values.map((value) => {
    if (typeof value !== "number") throw new Error(`unsupported value "${value}" in the ${field} field`);
    return value;
  });

/** Parses a 5- or 6-field cron expression (node-cron's grammar). Throws with a readable message when it is not one. */
export function parseCron(expression: string): CronFields {
  const text = expression.trim();
  if (!validate(text)) throw new Error(`"${expression}" is not a valid cron expression`);
  const raw = text.split(/\s+/);
  const [domRaw, dowRaw] = raw.length === 6 ? [raw[3], raw[5]] : [raw[2], raw[4]];
  const fields = parse(text);
  const restricted = (field: string | undefined) => field !== undefined && field !== "*" && field !== "?";
  return {
    seconds: numbers(fields.second, "second"),
    minutes: numbers(fields.minute, "minute"),
    hours: numbers(fields.hour, "hour"),
    daysOfMonth: new Set(
      numbers(
        fields.dayOfMonth.filter((value) => value !== "L"),
        "day-of-month",
      ),
    ),
    lastDayOfMonth: fields.dayOfMonth.includes("L"),
    months: new Set(numbers(fields.month, "month")),
    // why: cron accepts 7 for Sunday as well as 0.
    weekdays: new Set(numbers(fields.dayOfWeek, "day-of-week").map((value) => value % 7)),
    domRestricted: restricted(domRaw),
    dowRestricted: restricted(dowRaw),
  };
}
