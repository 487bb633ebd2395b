import { afterAll } from "vitest";
import { removeTempDirs } from "./temp-dir.ts";

// why: a setup file runs in every test file, so each file's temp directories go when its tests are done.
afterAll(removeTempDirs);
