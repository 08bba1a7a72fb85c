/**
 * The whole data pipeline: load → validate → link → check permanence → derive.
 * Problems from every stage are collected so that one run reports them all.
 */
import { join } from "node:path";
import { SiteSettings, Redirects, type Redirect } from "../schema/index.ts";
import { loadData, displayPath, REDIRECTS_FILE, SETTINGS_FILE, type EntityFile } from "./load.ts";
import { validateEntities, validateFile } from "./validate.ts";
import { linkEntities } from "./link.ts";
import { deriveSiteGraph, type DeriveOptions } from "./derive.ts";
import { checkPermanence } from "./permanence.ts";
import type { Problem } from "./problems.ts";
import type { SiteGraph } from "./views.ts";

export type GraphResult = { ok: true; graph: SiteGraph; problems: [] } | { ok: false; problems: Problem[] };

export function buildSiteGraph(dataDir: string, options: DeriveOptions): GraphResult {
  const loaded = loadData(dataDir);
  const problems: Problem[] = [...loaded.problems];

  const { entities, invalid, problems: invalidProblems } = validateEntities(loaded.entityFiles);
  problems.push(...invalidProblems);

  let settings: SiteSettings | undefined;
  if (loaded.settings) {
    const result = validateFile(loaded.settings, SiteSettings);
    problems.push(...result.problems);
    settings = result.value;
  } else if (loaded.problems.length === 0) {
    problems.push({
      file: displayPath(join(dataDir, SETTINGS_FILE)),
      message: "the site settings file is missing",
      hint: "Create it with title, description and published (the dataset's publication day).",
    });
  }
  let redirects: Redirect[] = [];
  if (loaded.redirects) {
    const result = validateFile(loaded.redirects, Redirects);
    problems.push(...result.problems);
    redirects = result.value ?? [];
  }

  const files = new Map<string, EntityFile>(loaded.entityFiles.map((f) => [f.file, f]));
  const { linked, problems: unresolved } = linkEntities(entities, files, invalid);
  problems.push(...unresolved);
  if (problems.length > 0 || !settings) return { ok: false, problems };

  const graph = deriveSiteGraph(linked, settings, redirects, options);
  const permanence = checkPermanence(
    loaded.publishedUrls,
    graph.pageUrls,
    redirects,
    displayPath(join(dataDir, REDIRECTS_FILE)),
    graph.publishedUrls,
  );
  if (permanence.length > 0) return { ok: false, problems: permanence };
  return { ok: true, graph, problems: [] };
}
