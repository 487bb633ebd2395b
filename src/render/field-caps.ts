/**
 * How long one field of one item may be, in sent characters, before it is cut with "…". These keep a
 * single item from filling a message on its own; the platform limits still decide the rest.
 */
export const FIELD_CAPS = {
  heading: 200,
  context: 500,
  attribution: 300,
  name: 200,
  role: 300,
  detail: 600,
  date: 40,
  outlet: 100,
  title: 300,
  command: 200,
  hint: 500,
  /** At most this many citation marks per item. */
  cites: 8,
} as const;
