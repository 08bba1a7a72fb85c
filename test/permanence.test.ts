/**
 * Published URLs are promises: a build that would drop a recorded URL or fact
 * anchor fails, and passes once a redirect says where it went; the redirect is generated.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { copyData, tempDir } from "./helpers/paths.ts";
import { runCli } from "./helpers/cli.ts";

describe("permanence of published URLs", () => {
  it("fails a build that drops a URL, passes with a redirect, and generates it", () => {
    const data = copyData();
    const out = join(tempDir("permanence"), "site");
    const recorded = runCli("record-urls.ts", ["--data", data]);
    expect(recorded.status, recorded.stderr).toBe(0);
    expect(readFileSync(join(data, "published-urls.txt"), "utf8")).toContain("/people/ada-example/#ada-example-door-to-truce");

    // Rename a person (and every reference to her) and one of her facts, as a careless edit would.
    for (const name of ["people/ada-example.yaml", "meetings/sampleton-meeting.yaml", "proposals/sampleton-plan.yaml"]) {
      const path = join(data, name);
      writeFileSync(path, readFileSync(path, "utf8").replace(/\bada-example\b(?![-\w])/g, "ada-example-minister").replace("id: ada-example-door-to-truce", "id: ada-door-to-truce"));
    }
    renameSync(join(data, "people/ada-example.yaml"), join(data, "people/ada-example-minister.yaml"));

    const refused = runCli("build.ts", ["--data", data, "--out", out]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/published-urls\.txt — entity "ada-example"\n  ✗ the published URL \/people\/ada-example\/ would disappear/);
    expect(refused.stderr).toMatch(/the published fact anchor \/people\/ada-example\/#ada-example-door-to-truce would disappear/);
    expect(refused.stderr).toMatch(/add a redirect to _data\/redirects\.yaml/);
    expect(existsSync(out)).toBe(false);

    // Added to the fixture's own redirects: dropping one of those would be refused too.
    writeFileSync(
      join(data, "redirects.yaml"),
      readFileSync(join(data, "redirects.yaml"), "utf8") +
      [
        "- { from: /people/ada-example/, to: /people/ada-example-minister/, reason: The id now names her office. }",
        "- { from: '/people/ada-example/#ada-example-door-to-truce', to: '/people/ada-example-minister/#ada-door-to-truce', reason: Renamed with the page. }",
        "",
      ].join("\n"),
    );
    const built = runCli("build.ts", ["--data", data, "--out", out]);
    expect(built.status, built.stderr).toBe(0);
    const redirect = readFileSync(join(out, "people/ada-example/index.html"), "utf8");
    expect(redirect).toContain('<meta http-equiv="refresh" content="0; url=../ada-example-minister/">');
    expect(redirect).toContain('"ada-example-door-to-truce":"../ada-example-minister/#ada-door-to-truce"');
    expect(existsSync(join(out, "people/ada-example-minister/index.html"))).toBe(true);
    // The fact's own page follows the fact's anchor, without a redirect of its own.
    const factRedirect = readFileSync(join(out, "facts/ada-example-door-to-truce/index.html"), "utf8");
    expect(factRedirect).toContain('<meta http-equiv="refresh" content="0; url=../ada-door-to-truce/">');
    expect(existsSync(join(out, "facts/ada-door-to-truce/index.html"))).toBe(true);

    // A shared link to the old address previews as the page it moved to, not as "Moved".
    const metaOf = (html: string) => Object.fromEntries([...html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)">/g)].map((m) => [m[1]!, m[2]!]));
    const moved = metaOf(redirect);
    const target = metaOf(readFileSync(join(out, "people/ada-example-minister/index.html"), "utf8"));
    expect(moved["og:title"]).toBe("Ada Example");
    for (const key of ["og:title", "og:description", "og:url", "og:type", "og:image", "og:image:alt", "twitter:card", "twitter:image"]) expect(moved[key], key).toBe(target[key]);
    expect(moved["og:url"]).toBe("http://localhost:8080/people/ada-example-minister/");
    expect(moved["og:image"]).toBe("http://localhost:8080/cards/people/ada-example-minister.png");

    // Hosts that redirect for real get the rule, as a 301; a fact anchor is the redirect page's to follow.
    // The fixture's own redirect, this rename, and the fact page that follows its fact's anchor.
    expect(readFileSync(join(out, "_redirects"), "utf8").split("\n").filter((l) => !l.startsWith("#") && l)).toEqual([
      "/organizations/exampleland-old/ /organizations/exampleland/ 301",
      "/people/ada-example/ /people/ada-example-minister/ 301",
      "/facts/ada-example-door-to-truce/ /facts/ada-door-to-truce/ 301",
    ]);
    const prefixed = join(tempDir("permanence"), "site");
    const underPrefix = runCli("build.ts", ["--data", data, "--out", prefixed, "--site-url", "https://facts.example/sheets/"]);
    expect(underPrefix.status, underPrefix.stderr).toBe(0);
    expect(readFileSync(join(prefixed, "_redirects"), "utf8")).toContain("\n/sheets/people/ada-example/ /sheets/people/ada-example-minister/ 301\n");
    expect(metaOf(readFileSync(join(prefixed, "people/ada-example/index.html"), "utf8"))["og:url"]).toBe("https://facts.example/sheets/people/ada-example-minister/");
  });
});
