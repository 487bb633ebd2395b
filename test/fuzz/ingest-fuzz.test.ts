import { ingestFuzz } from "./ingest-fuzz.ts";

ingestFuzz("first half", 4_242, 5_000);
