/**
 * Line and column of a field, for messages. Files are read with js-yaml, which
 * keeps no positions; a file with a problem is parsed again with `yaml`, whose
 * syntax tree has them, so only files with problems pay for it.
 */
import { readFileSync } from "node:fs";
import { parseDocument, LineCounter, isMap, isPair, isScalar, type Document, type Node } from "yaml";
import type { YamlFile } from "./load.ts";
import type { FieldPath } from "./problems.ts";

const syntaxTrees = new Map<string, { doc: Document; lines: LineCounter }>();

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
