/**
 * Line and column of a field, for messages. Files are read with js-yaml, which
 * keeps no positions; a file with a problem is parsed again with `yaml`, whose
 * syntax tree has them, so only files with problems pay for it.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Document, LineCounter, Node } from "yaml";
import type { YamlFile } from "./load.ts";
import type { FieldPath } from "./problems.ts";

/** Loaded on the first problem: valid data never pays for the parser (a tenth of the curator's check). */
let yamlModule: typeof import("yaml") | undefined;
const yaml = () => (yamlModule ??= createRequire(import.meta.url)("yaml") as typeof import("yaml"));

const syntaxTrees = new Map<string, { doc: Document; lines: LineCounter }>();

function syntaxTreeOf(file: YamlFile): { doc: Document; lines: LineCounter } | undefined {
  let tree = syntaxTrees.get(file.path);
  if (!tree) {
    try {
      const lines = new (yaml().LineCounter)();
      const doc = yaml().parseDocument(readFileSync(file.path, "utf8").replace(/^\uFEFF/, ""), { lineCounter: lines });
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
  if (atKey !== undefined && yaml().isMap(node)) {
    const pair = node.items.find((p) => yaml().isPair(p) && yaml().isScalar(p.key) && p.key.value === atKey);
    if (pair && yaml().isScalar(pair.key)) node = pair.key;
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
    const pair = items.find((p) => yaml().isPair(p) && yaml().isScalar(p.key) && p.key.value === part);
    return pair && yaml().isPair(pair) ? pair.value : undefined;
  }
  return undefined;
}
