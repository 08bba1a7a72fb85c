/**
 * The data stages in order: load → validate → check → link. Problems from every
 * stage are collected so that one run reports them all; an entity that fails
 * one stage is still known by id, so its problem does not cascade into others.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { QuotePositions, SiteSettings, Redirects, REDIRECTS_FILE, SETTINGS_FILE, type Redirect } from "../schema/index.ts";
import { loadData, displayPath, type YamlFile } from "./load.ts";
import { validateEntities, validateFile } from "./validate.ts";
import { checkUniqueIds } from "./checks/unique-ids.ts";
import { checkAnchorIds } from "./checks/anchor-ids.ts";
import { checkDateOrder } from "./checks/date-order.ts";
import { checkFactVersions } from "./checks/fact-versions.ts";
import { checkMentions } from "./checks/mentions.ts";
import { checkProseIds } from "./checks/prose-ids.ts";
import { checkRedirectShapes } from "./checks/redirects.ts";
import { linkEntities, type LinkedData } from "./link.ts";
import type { Problem } from "./problems.ts";

export interface CheckedData {
  linked: LinkedData;
  settings?: SiteSettings;
  redirects: Redirect[];
  redirectsFile: string;
  /** Where each cited passage sits in its article, as verify last recorded it (empty without the file). */
  quotePositions: QuotePositions;
  /** The permanence manifest: every URL and anchor ever published. */
  manifest?: { file: string; urls: string[] };
  /** The redirects file as read, for the line of a bad redirect. */
  redirectsSource?: YamlFile;
  problems: Problem[];
  /** Printed, but they do not stop the build. */
  warnings: Problem[];
}

export function checkData(dataDir: string): CheckedData {
  const loaded = loadData(dataDir);
  const problems: Problem[] = [...loaded.problems];

  const validated = validateEntities(loaded.entityFiles);
  problems.push(...validated.problems);

  let settings: SiteSettings | undefined;
  if (loaded.settings) {
    const result = validateFile(loaded.settings, SiteSettings);
    problems.push(...result.problems);
    settings = result.value;
  } else if (existsSync(dataDir) && !existsSync(join(dataDir, SETTINGS_FILE))) {
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
    problems.push(...checkRedirectShapes(redirects, loaded.redirects.file, loaded.redirects));
  }

  let quotePositions: QuotePositions = {};
  if (loaded.quotePositions) {
    const result = QuotePositions.safeParse(loaded.quotePositions.data);
    if (result.success) quotePositions = result.data;
    else problems.push({ file: loaded.quotePositions.file, message: `not a quote-positions file: ${result.error.issues[0]?.message ?? "invalid"}`, hint: "Run npm run verify with the archive to write it again." });
  }

  const unique = checkUniqueIds(validated.entities, [...validated.invalid, ...loaded.unreadable]);
  problems.push(...unique.problems);
  problems.push(...checkAnchorIds(unique.entities, unique.byId));
  problems.push(...checkDateOrder(unique.entities));
  problems.push(...checkFactVersions(unique.entities, loaded.factVersions));
  problems.push(...checkMentions(unique.entities, unique.byId));
  problems.push(...checkProseIds(unique.entities));
  const { linked, problems: unresolved } = linkEntities(unique);
  problems.push(...unresolved);

  return { linked, settings, redirects, redirectsFile: displayPath(join(dataDir, REDIRECTS_FILE)), manifest: loaded.publishedUrls, redirectsSource: loaded.redirects, quotePositions, problems, warnings: loaded.warnings };
}
