// Preloaded with `node --import ./test/support/trace-imports.mjs …`: registers a module resolve hook that
// appends every resolved module URL (static and dynamic imports, ESM and the CommonJS entry points they
// import) to the file named by TRACE_IMPORTS_FILE, so a test can see which packages a command loaded.
import { register } from "node:module";

register("./trace-imports-hook.mjs", import.meta.url, { data: { file: process.env.TRACE_IMPORTS_FILE } });
