/**
 * Reads the curated files. Nothing is validated here beyond what is needed to
 * read at all: UTF-8, YAML syntax. Positions are kept so that later stages can
 * point at the line of a bad field.
 */
import { readFileSync, existsSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { load as parseYaml, CORE_SCHEMA, YAMLException } from "js-yaml";
import { FACT_VERSIONS_FILE, KINDS, KIND_LIST, PUBLISHED_URLS_FILE, QUOTE_POSITIONS_FILE, REDIRECTS_FILE, SETTINGS_FILE, type Kind } from "../schema/index.ts";
import type { Problem } from "./problems.ts";
import { scanDataFolder } from "./data-folder.ts";

export interface YamlFile {
  /** Path for messages: relative to the working directory when inside it. */
  file: string;
  /** Absolute path, to parse the file again when a problem needs a line number. */
  path: string;
  data: unknown;
}

export interface EntityFile extends YamlFile {
  kind: Kind;
  /** The file name without extension: must equal the entity's id. */
  stem: string;
}

export interface LoadedData {
  dataDir: string;
  entityFiles: EntityFile[];
  settings?: YamlFile;
  redirects?: YamlFile;
  publishedUrls?: { file: string; urls: string[] };
  /** The recorded fact versions: lines of "<fact id> <corrections> <content hash>". */
  factVersions?: { file: string; lines: string[] };
  quotePositions?: { file: string; data: unknown };
  /** Entity files that could not be read: references to their ids are not reported as missing too. */
  unreadable: Array<{ kind: Kind; file: string; id: string }>;
  problems: Problem[];
  warnings: Problem[];
}
const FOLDERS = KIND_LIST.map((k) => KINDS[k].folder);

export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const lenientUtf8 = new TextDecoder("utf-8");

function readUtf8(path: string, problems: Problem[]): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    problems.push({
      file: displayPath(path),
      message: code === "EISDIR" ? "a folder, where a file was expected" : `the file cannot be read (${code || String(error)})`,
      hint: code === "EISDIR" ? "Replace the folder with the file." : "Check that the file exists and that you may read it.",
    });
    return undefined;
  }
  try {
    return strictUtf8.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    // The lenient decoder marks bad bytes with U+FFFD, which tells us the line to point at.
    const text = lenientUtf8.decode(bytes);
    const before = text.slice(0, text.indexOf("\uFFFD"));
    const line = before.split("\n").length;
    problems.push({
      file: displayPath(path),
      line,
      column: before.length - before.lastIndexOf("\n"),
      message: "the file is not valid UTF-8",
      hint: "Save the file as UTF-8 (in most editors: Save with encoding → UTF-8) and check the characters on this line.",
    });
    return undefined;
  }
}

/**
 * js-yaml reads files into plain data (several times faster than building a
 * syntax tree, which dominated the data stage at 10k entities); the CORE schema
 * keeps dates as text. Syntax trees with positions come from `yaml`, on demand.
 */
export function readYamlFile(path: string, problems: Problem[]): YamlFile | undefined {
  const text = readUtf8(path, problems);
  if (text === undefined) return undefined;
  try {
    return { file: displayPath(path), path, data: parseYaml(text, { schema: CORE_SCHEMA, filename: path }) };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // js-yaml gives no position when a stream holds a second document: find its `---` ourselves.
    if (!error.mark) {
      const markers = [...text.matchAll(/^---(?=\s|$)/gm)].map((m) => text.slice(0, m.index).split("\n").length);
      const second = /^\s*(#.*\n\s*)*---/.test(text) ? markers[1] : markers[0];
      problems.push({
        file: displayPath(path),
        ...(second !== undefined ? { line: second, column: 1 } : {}),
        message: /single document/.test(error.reason) ? "the file holds more than one YAML document" : `malformed YAML: ${error.reason}`,
        hint: "A file holds one entity. Remove the `---` line here and what follows it, or move that part to a file of its own.",
      });
      return undefined;
    }
    problems.push({
      file: displayPath(path),
      line: error.mark.line + 1,
      column: error.mark.column + 1,
      message: `malformed YAML: ${error.reason}`,
      hint: "Fix the YAML syntax at this line and column (check indentation, colons, quotes and repeated keys).",
    });
    return undefined;
  }
}

export function loadData(dataDir: string): LoadedData {
  const problems: Problem[] = [];
  const entityFiles: EntityFile[] = [];
  const unreadable: LoadedData["unreadable"] = [];
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    problems.push({
      file: displayPath(dataDir),
      message: "the data folder does not exist",
      hint: `Create it with one sub-folder per entity type (${FOLDERS.join(", ")}), or point --data at the right folder.`,
    });
    return { dataDir, entityFiles, unreadable, problems, warnings: [] };
  }
  const folder = scanDataFolder(dataDir, displayPath);
  problems.push(...folder.problems);
  // In the registry's order (people first), as the site lists them: the first of two equal ids is the one kept.
  const inKindOrder = [...folder.entities].sort((a, b) => KIND_LIST.indexOf(a.kind) - KIND_LIST.indexOf(b.kind));
  for (const { kind, path, stem } of inKindOrder) {
    const loaded = readYamlFile(path, problems);
    if (loaded) entityFiles.push({ ...loaded, kind, stem });
    else unreadable.push({ kind, file: displayPath(path), id: stem });
  }
  if (entityFiles.length === 0 && problems.length === 0) {
    problems.push({
      file: displayPath(dataDir),
      message: "the data folder holds no entity files",
      hint: `Add YAML files under ${FOLDERS.map((f) => `${f}/`).join(", ")} (see docs/DATA.md), or point --data at the right folder.`,
    });
  }
  const present = (name: string) => (folder.topLevel.has(name) ? join(dataDir, name) : undefined);
  const settingsPath = present(SETTINGS_FILE);
  const settings = settingsPath ? readYamlFile(settingsPath, problems) : undefined;
  const redirectsPath = present(REDIRECTS_FILE);
  const redirects = redirectsPath ? readYamlFile(redirectsPath, problems) : undefined;
  const urlsPath = present(PUBLISHED_URLS_FILE);
  const publishedUrls = urlsPath
    ? {
        file: displayPath(urlsPath),
        urls: contentLines(readUtf8(urlsPath, problems) ?? ""),
      }
    : undefined;
  const versionsPath = join(dataDir, FACT_VERSIONS_FILE);
  const factVersions = existsSync(versionsPath) ? { file: displayPath(versionsPath), lines: contentLines(readUtf8(versionsPath, problems) ?? "") } : undefined;
  const positionsPath = join(dataDir, QUOTE_POSITIONS_FILE);
  let quotePositions: { file: string; data: unknown } | undefined;
  if (existsSync(positionsPath)) {
    const text = readUtf8(positionsPath, problems);
    try {
      if (text !== undefined) quotePositions = { file: displayPath(positionsPath), data: JSON.parse(text) };
    } catch (error) {
      problems.push({ file: displayPath(positionsPath), message: `malformed JSON: ${(error as Error).message}`, hint: "Run npm run verify with the archive to write it again." });
    }
  }
  return { dataDir, entityFiles, settings, redirects, publishedUrls, factVersions, quotePositions, unreadable, problems, warnings: folder.warnings };
}

function contentLines(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}
