import type { DateBasis, Precision } from "../../domain/dates.ts";

/**
 * A date read from text, resolved against the publication day. Offsets are into the searched string.
 * A range or a season also carries its EDTF form; `date` + `precision` are then its start (or a season's year).
 */
export type FoundDate = {
  date: string;
  precision: Precision;
  basis: DateBasis;
  phrase: string;
  start: number;
  end: number;
  edtf?: string;
};
