import { loadSeedArticles } from "../ingest/seeds.ts";
import type { CliCommand } from "./types.ts";

export const seedsCommand: CliCommand = {
  name: "seeds",
  summary: "List the seed articles with outlet and publication date",
  usage: "brief seeds",
  run: async (_args, { io, seedsDir }) => {
    const articles = loadSeedArticles(seedsDir);
    for (const { meta } of articles) io.stdout.write(`${meta.published}  ${meta.source.padEnd(10)} ${meta.title}\n`);
    io.stdout.write(`${articles.length} article${articles.length === 1 ? "" : "s"} in ${seedsDir}\n`);
    return 0;
  },
};
