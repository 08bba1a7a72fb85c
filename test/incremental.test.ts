/**
 * The curator's loop: a watching session answers each change by re-rendering
 * only what depends on it, the edited page first. After a sequence of edits,
 * additions, a rename, a deletion and a bad edit, its output must equal a
 * clean full build of the same data, byte for byte.
 */
import { afterAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { copyData, tempDir } from "./helpers/paths.ts";
import { runCli } from "./helpers/cli.ts";
import { listFiles, readPage, serve } from "./helpers/site.ts";
import { launchBrowser, resultTitles, waitForSearch } from "./helpers/browser.ts";
import { SiteSession, type SessionEvent } from "../scripts/site/session.ts";

const SITE_URL = "https://facts.example/watch/";
const digest = (site: string) => Object.fromEntries(listFiles(site).map((f) => [f, createHash("sha256").update(readFileSync(join(site, f))).digest("hex")]));

describe("a watching session", () => {
  const data = copyData();
  const out = join(tempDir("session"), "site");
  const events: SessionEvent[] = [];
  let session: SiteSession;
  const edit = (file: string, change: (text: string) => string) => {
    const path = join(data, file);
    writeFileSync(path, change(readFileSync(path, "utf8")));
  };

  afterAll(async () => {
    await session?.close();
  });

  it("serves the edited page first, then the rest, and its settled output equals a clean build", async () => {
    session = await SiteSession.start({ dataDir: data, outDir: out, siteUrl: SITE_URL, rebuildSearchAfterMs: 60_000, onEvent: (e) => events.push(e) });
    expect(events.map((e) => e.kind)).toEqual(["built"]);

    // An edited fact: its page is served before anything else, then the pages that show it.
    events.length = 0;
    let servedFirst = "";
    let factServedFirst = "";
    const probe = session.options.onEvent;
    session.options.onEvent = (e) => {
      probe?.(e);
      if (e.kind !== "page-served") return;
      servedFirst = readPage(out, "/people/ada-example/");
      factServedFirst = readPage(out, "/facts/ada-example-door-to-truce/");
    };
    edit("people/ada-example.yaml", (t) => t.replace("opens a door", "opens a wide door"));
    await session.sync();
    session.options.onEvent = probe;
    expect(events.map((e) => e.kind)).toEqual(["page-served", "site-updated", "search-updated"]);
    expect(servedFirst).toContain("opens a wide door");
    // The fact's own page renders with its entity's.
    expect(factServedFirst).toContain("opens a wide door");
    const updated = events.find((e) => e.kind === "site-updated") as Extract<SessionEvent, { kind: "site-updated" }>;
    expect(updated.pages).toBeLessThan(6);
    expect(readPage(out, "/meetings/sampleton-meeting/")).toContain("Ada Example");

    // A rename (the file moves and its id changes), a new meeting, and a deletion.
    const renamed = join(data, "people/mallory-renamed.yaml");
    writeFileSync(renamed, readFileSync(join(data, "people/mallory-hostile.yaml"), "utf8").replace("id: mallory-hostile", "id: mallory-renamed"));
    rmSync(join(data, "people/mallory-hostile.yaml"));
    await session.sync();
    const meeting = join(data, "meetings/ada-second-meeting.yaml");
    writeFileSync(
      meeting,
      readFileSync(join(data, "meetings/sampleton-meeting.yaml"), "utf8")
        .replace("id: sampleton-meeting", "id: ada-second-meeting")
        .replace("name: Ada Example meets the envoy in Sampleton", "name: Ada Example meets the envoy again")
        .replace("id: sampleton-meeting-talks-resume", "id: ada-second-meeting-talks"),
    );
    await session.sync();
    expect(readPage(out, "/people/ada-example/")).toContain("Ada Example meets the envoy again");

    // A bad edit changes nothing that is served, and says what is wrong.
    const before = digest(out);
    events.length = 0;
    edit("people/ada-example.yaml", (t) => t.replace("opens a wide door", "opens a bad door").replace("name: Ada Example", "name: [Ada"));
    await session.sync();
    expect(events.map((e) => e.kind)).toEqual(["problems"]);
    expect(digest(out)).toEqual(before);
    edit("people/ada-example.yaml", (t) => t.replace("name: [Ada", "name: Ada Example"));
    await session.sync();

    // The new meeting goes again; the site's own settings change.
    rmSync(meeting);
    await session.sync();
    expect(listFiles(out)).not.toContain("meetings/ada-second-meeting/index.html");
    expect(listFiles(out)).not.toContain("facts/ada-second-meeting-talks/index.html");
    edit("site.yaml", (t) => t.replace("Fixture Fact Sheets", "Fixture Fact Sheets, Watched"));
    await session.sync();
    await session.settled();

    const clean = join(tempDir("session-clean"), "site");
    const run = runCli("build.ts", ["--data", data, "--out", clean, "--site-url", SITE_URL]);
    expect(run.status, run.stderr).toBe(0);
    expect(digest(out)).toEqual(digest(clean));
  });
});

describe("search during a watching session", () => {
  it("finds an edit's new words within the session's overlay, once, then in the rebuilt index", async () => {
    const data = copyData();
    const out = join(tempDir("session-search"), "site");
    const session = await SiteSession.start({ dataDir: data, outDir: out, siteUrl: SITE_URL, rebuildSearchAfterMs: 60_000 });
    const server = await serve(out, "/watch/");
    const browser = await launchBrowser();
    try {
      const file = join(data, "people/ada-example.yaml");
      writeFileSync(file, readFileSync(file, "utf8").replace("opens a door", "opens a quixotic door"));
      await session.sync();
      const page = await browser.newPage();
      const search = async (q: string) => {
        await page.goto(`${server.url}search/?q=${q}`);
        await waitForSearch(page);
        return resultTitles(page);
      };
      expect(await search("quixotic")).toEqual(["Ada Example"]);
      // The main index's copy of the page is stale and left out: the page is listed once.
      expect((await search("Ada")).filter((t) => t === "Ada Example")).toHaveLength(1);
      await session.settled();
      expect(await search("quixotic")).toEqual(["Ada Example"]);
    } finally {
      await browser.close();
      await server.close();
      await session.close();
    }
  });
});
