import { z } from "zod";
import { startWorker, workerUrl } from "../workers/worker-script.ts";

const AnswerSchema = z.object({ problem: z.string().nullable() });

/**
 * The integrity check (integrity.ts) of the file at `path`, run on a worker thread. why: it walks every page of
 * the file (150 ms at 10,000 articles, several times that on a busy machine); on its own thread it runs while
 * `serve` loads the rest of itself. Rejects when the thread fails for another reason than damage; the caller
 * then checks on its own thread.
 */
export function integrityProblemOffThread(path: string): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(workerUrl("src/store/integrity-worker"), { path });
    let answered = false;
    worker.once("message", (message: unknown) => {
      const parsed = AnswerSchema.safeParse(message);
      if (!parsed.success) return reject(new Error("the integrity check's thread sent something else than its answer"));
      answered = true;
      resolve(parsed.data.problem);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (!answered) reject(new Error(`the integrity check's thread ended (${code}) without an answer`));
    });
  });
}
