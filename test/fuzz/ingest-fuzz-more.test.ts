import { ingestFuzz } from "./ingest-fuzz.ts";

// why: the other half of the 10,000 articles, with its own seed, in its own file so it runs beside the first.
ingestFuzz("second half", 6_007, 5_000);
