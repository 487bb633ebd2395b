/** The flags that fill in article metadata a file does not carry (`brief extract`, `brief ingest`). */
export const ARTICLE_FLAGS = {
  published: { type: "string" },
  source: { type: "string" },
  title: { type: "string" },
  url: { type: "string" },
  json: { type: "boolean" },
} as const;
