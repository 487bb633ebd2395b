import { dispatchFuzz } from "./dispatch-fuzz.ts";

// why: the other half of the 10,000 lines, with its own seed, in its own file so it runs beside the first.
dispatchFuzz("second half", 7_919, 5_000);
