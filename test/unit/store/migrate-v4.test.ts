import { join } from "node:path";
import { brotliCompressSync, constants, gunzipSync } from "node:zlib";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { entityId } from "../../../src/domain/entity-key.ts";
import { packText, unpackText, unpackTexts } from "../../../src/store/article-text.ts";
import { LATEST_SCHEMA_VERSION } from "../../../src/store/schema.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";
import { makeFacts, toStore } from "../../fixtures/facts/make-facts.ts";
import { makeTempDir } from "../../support/temp-dir.ts";

const SPEAKER = "Oda Varn";
const said = (n: number) => ({ speaker: SPEAKER, text: `The harbour works ${n} finish on time`, saidOn: "2024-03-01" });

/**
 * A file as version 4 left it: article bodies packed with brotli, a person's quotes indexed in ascending day order.
 * why: written by today's code and then turned back, so it holds exactly the rows version 4 wrote for these articles.
 */
function versionFourStore(articles: number): string {
  const path = join(makeTempDir("brief-v4-"), "brief.db");
  const store = createSqliteStore({ path });
  for (let n = 0; n < articles; n++) store.putArticle(toStore(makeFacts(`old-${n}`, { people: [SPEAKER], quotes: [said(n)] })));
  store.close();
  const raw = new BetterSqlite3(path);
  const rows = raw.prepare("SELECT n, body FROM articles").all() as { n: number; body: Buffer }[];
  const repack = raw.prepare("UPDATE articles SET body = ? WHERE n = ?");
  for (const row of rows) {
    const brotli = brotliCompressSync(gunzipSync(row.body), { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
    repack.run(brotli, row.n);
  }
  raw.exec(
    "ALTER TABLE threads DROP COLUMN root_command; DROP INDEX quotes_speaker; CREATE INDEX quotes_speaker ON quotes(speaker, said_from); PRAGMA user_version = 4;",
  );
  raw.close();
  return path;
}

describe("SQLite fact store: a version-4 database", () => {
  it("is migrated on open, reads its brotli-packed articles beside new gzip ones, and passes the integrity check", () => {
    const path = versionFourStore(3);
    const store = createSqliteStore({ path });
    try {
      store.putArticle(toStore(makeFacts("new-0", { people: [SPEAKER], quotes: [said(9)] })));
      expect(() => store.checkIntegrity()).not.toThrow();
      const quotes = store.quotesBySpeaker(entityId("person", SPEAKER), 10);
      expect(quotes.map((quote) => quote.text).sort()).toEqual([0, 1, 2, 9].map((n) => said(n).text).sort());
      for (const quote of quotes) expect(quote.sentence).toBe(`"${quote.text}," ${SPEAKER} said.`);
      expect(store.storedArticle("old-1")?.text).toContain(said(1).text);
      expect(store.storedArticle("new-0")?.text).toContain(said(9).text);
    } finally {
      store.close();
    }
    const raw = new BetterSqlite3(path, { readonly: true });
    try {
      expect(raw.pragma("user_version", { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      const index = raw.prepare("SELECT sql FROM sqlite_schema WHERE name = 'quotes_speaker'").pluck().get();
      expect(index).toMatch(/said_from DESC/);
      const bodies = raw.prepare("SELECT id, body FROM articles ORDER BY n").all() as { id: string; body: Buffer }[];
      // the old bodies are left as they were; only new articles are packed the new way
      expect(bodies.map((row) => [row.id, row.body[0] === 0x1f && row.body[1] === 0x8b])).toEqual([
        ["old-0", false],
        ["old-1", false],
        ["old-2", false],
        ["new-0", true],
      ]);
    } finally {
      raw.close();
    }
  });
});

describe("packed article texts", () => {
  const texts = ["First article.\n\nIts second paragraph.", "Zweite Meldung: Grüße — “quoted”, 4 µs.", "x"];
  const brotli = (text: string) => brotliCompressSync(Buffer.from(text, "utf8"));

  it("unpack together in the order given, whatever the mix of old (brotli) and new (gzip) forms", () => {
    expect(unpackTexts(texts.map(packText))).toEqual(texts);
    expect(unpackTexts(texts.map((text, i) => (i % 2 === 0 ? packText(text) : brotli(text))))).toEqual(texts);
    expect(unpackTexts([])).toEqual([]);
  });

  it("report a damaged member as damage, not as another article's text", () => {
    const packed = texts.map(packText);
    const damaged = Buffer.from(packed[1] as Buffer);
    damaged[damaged.length - 6] = (damaged[damaged.length - 6] ?? 0) ^ 0xff;
    expect(() => unpackTexts([packed[0] as Buffer, damaged, packed[2] as Buffer])).toThrow(/does not unpack/);
    expect(() => unpackText(Buffer.from("not packed at all"))).toThrow(/does not unpack/);
  });
});
