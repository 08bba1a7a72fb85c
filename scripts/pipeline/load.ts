/**
 * Reads the curated files. Nothing is validated here beyond what is needed to
 * read at all: UTF-8, YAML syntax. Positions are kept so that later stages can
 * point at the line of a bad field.
 */
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { join, relative, basename, extname } from "node:path";
import { load as parseYaml, CORE_SCHEMA, YAMLException } from "js-yaml";
import { parseDocument, LineCounter, isMap, isPair, isScalar, type Document, type Node } from "yaml";
import { ENTITY_FOLDERS, type EntityFolder } from "../schema/index.ts";
import type { FieldPath, Problem } from "./problems.ts";

export interface YamlFile {
  /** Path for messages: relative to the working directory when inside it. */
  file: string;
  /** Absolute path, to parse the file again when a problem needs a line number. */
  path: string;
  data: unknown;
}

export interface EntityFile extends YamlFile {
  folder: EntityFolder;
  /** The file name without extension: must equal the entity's id. */
  stem: string;
}

export interface LoadedData {
  dataDir: string;
  entityFiles: EntityFile[];
  settings?: YamlFile;
  redirects?: YamlFile;
  publishedUrls?: { file: string; urls: string[] };
  problems: Problem[];
}

const YAML_EXTENSIONS = new Set([".yaml", ".yml"]);
export const SETTINGS_FILE = "site.yaml";
export const REDIRECTS_FILE = "redirects.yaml";
export const PUBLISHED_URLS_FILE = "published-urls.txt";

export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const lenientUtf8 = new TextDecoder("utf-8");

function readUtf8(path: string, problems: Problem[]): string | undefined {
  const bytes = readFileSync(path);
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
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    problems.push({
      file: displayPath(dataDir),
      message: "the data folder does not exist",
      hint: `Create it with one sub-folder per entity type (${ENTITY_FOLDERS.join(", ")}), or point --data at the right folder.`,
    });
    return { dataDir, entityFiles, problems };
  }
  for (const folder of ENTITY_FOLDERS) {
    const dir = join(dataDir, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!YAML_EXTENSIONS.has(extname(name))) continue;
      const loaded = readYamlFile(join(dir, name), problems);
      if (loaded) entityFiles.push({ ...loaded, folder, stem: basename(name, extname(name)) });
    }
  }
  if (entityFiles.length === 0 && problems.length === 0) {
    problems.push({
      file: displayPath(dataDir),
      message: "the data folder holds no entity files",
      hint: `Add YAML files under ${ENTITY_FOLDERS.map((f) => `${f}/`).join(", ")} (see docs/DATA.md), or point --data at the right folder.`,
    });
  }
  const settingsPath = join(dataDir, SETTINGS_FILE);
  const settings = existsSync(settingsPath) ? readYamlFile(settingsPath, problems) : undefined;
  const redirectsPath = join(dataDir, REDIRECTS_FILE);
  const redirects = existsSync(redirectsPath) ? readYamlFile(redirectsPath, problems) : undefined;
  const urlsPath = join(dataDir, PUBLISHED_URLS_FILE);
  const publishedUrls = existsSync(urlsPath)
    ? {
        file: displayPath(urlsPath),
        urls: (readUtf8(urlsPath, problems) ?? "")
          .split("\n")
          .map((l) => l.trim())
          .filter((l) => l !== "" && !l.startsWith("#")),
      }
    : undefined;
  return { dataDir, entityFiles, settings, redirects, publishedUrls, problems };
}

const syntaxTrees = new Map<string, { doc: Document; lines: LineCounter }>();

/** The file's syntax tree, parsed again on demand: only files with problems pay for it. */
function syntaxTreeOf(file: YamlFile): { doc: Document; lines: LineCounter } | undefined {
  let tree = syntaxTrees.get(file.path);
  if (!tree) {
    try {
      const lines = new LineCounter();
      const doc = parseDocument(readFileSync(file.path, "utf8").replace(/^\uFEFF/, ""), { lineCounter: lines });
      tree = { doc, lines };
      syntaxTrees.set(file.path, tree);
    } catch {
      return undefined;
    }
  }
  return tree;
}

/** Line and column of the value at a path, or of its deepest existing ancestor. */
export function locate(file: YamlFile, path: FieldPath, atKey?: string): { line?: number; column?: number } {
  const tree = syntaxTreeOf(file);
  if (!tree) return {};
  let node: unknown = tree.doc.contents;
  for (const part of path) {
    const next = childOf(node, part);
    if (next === undefined) break;
    node = next;
  }
  if (atKey !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === atKey);
    if (pair && isScalar(pair.key)) node = pair.key;
  }
  const range = (node as Node | null | undefined)?.range;
  if (!range) return {};
  const pos = tree.lines.linePos(range[0]);
  return { line: pos.line, column: pos.col };
}

function childOf(node: unknown, part: string | number): unknown {
  if (node === null || typeof node !== "object") return undefined;
  if ("items" in node && Array.isArray((node as { items: unknown[] }).items)) {
    const items = (node as { items: unknown[] }).items;
    if (typeof part === "number") return items[part];
    const pair = items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === part);
    return pair && isPair(pair) ? pair.value : undefined;
  }
  return undefined;
}
