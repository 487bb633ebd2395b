import { dispatchFuzz } from "./dispatch-fuzz.ts";

dispatchFuzz("first half", 1_313, 5_000);
