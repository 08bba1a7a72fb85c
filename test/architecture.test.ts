/**
 * The structure the architecture document describes, held against the code:
 * imports run one way between its layers, and the registry of kinds covers
 * every reference the schema declares.
 */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { ROOT } from "./helpers/paths.ts";
import { KINDS, KIND_LIST, REFERENCE_TARGETS } from "../scripts/schema/index.ts";
import { referenceFields } from "../scripts/schema/schema-walk.ts";

interface Layer {
  name: string;
  folders: string[];
  mayImport: Set<string>;
}

/** The layer table of docs/ARCHITECTURE.md: | layer | folders | holds | may import |. */
function layersFromDoc(): Layer[] {
  const doc = readFileSync(join(ROOT, "docs/ARCHITECTURE.md"), "utf8");
  const table = doc.slice(doc.indexOf("| layer |"));
  const lines = table.split("\n").slice(2);
  const rows = lines.slice(0, lines.findIndex((l) => !l.startsWith("|")));
  return rows.map((row) => {
    const [name, folders, , mayImport] = row.split("|").slice(1, -1).map((c) => c.trim());
    return {
      name: name!,
      folders: [...folders!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!),
      mayImport: new Set(mayImport === "nothing" ? [] : mayImport!.split(",").map((s) => s.trim())),
    };
  });
}

function sourceFiles(): string[] {
  const files: string[] = ["eleventy.config.js"];
  for (const top of ["scripts", "src", "_includes"]) {
    for (const entry of readdirSync(join(ROOT, top), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && /\.(ts|js)$/.test(entry.name)) files.push(relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join("/"));
    }
  }
  return files;
}

function layerOf(file: string, layers: Layer[]): Layer | undefined {
  let best: { layer: Layer; length: number } | undefined;
  for (const layer of layers) {
    for (const folder of layer.folders) {
      const matches = folder.endsWith("/") ? file.startsWith(folder) : file === folder;
      if (matches && (!best || folder.length > best.length)) best = { layer, length: folder.length };
    }
  }
  return best?.layer;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

describe("the architecture", () => {
  const layers = layersFromDoc();

  it("is described as a table of layers", () => {
    expect(layers.map((l) => l.name)).toEqual(expect.arrayContaining(["shared", "schema", "pipeline", "graph", "render", "browser", "templates", "site", "commands"]));
    for (const layer of layers) for (const other of layer.mayImport) expect(layers.map((l) => l.name), `${layer.name} may import ${other}`).toContain(other);
  });

  it("places every source file in a layer, and imports run only to the layers each may use", () => {
    const unplaced: string[] = [];
    const upward: string[] = [];
    for (const file of sourceFiles()) {
      const from = layerOf(file, layers);
      if (!from) {
        unplaced.push(file);
        continue;
      }
      const text = readFileSync(join(ROOT, file), "utf8");
      for (const match of text.matchAll(IMPORT)) {
        const specifier = match[1] ?? match[2]!;
        if (!specifier.startsWith(".")) {
          // Code that runs in the browser, or is shared with it, uses no Node module.
          if ((from.name === "shared" || from.name === "browser") && specifier.startsWith("node:")) upward.push(`${file} → ${specifier}`);
          continue;
        }
        const target = relative(ROOT, resolve(ROOT, dirname(file), specifier)).split(sep).join("/");
        const to = layerOf(target, layers);
        if (!to) unplaced.push(`${target} (imported by ${file})`);
        else if (to !== from && !from.mayImport.has(to.name)) upward.push(`${file} (${from.name}) → ${target} (${to.name})`);
      }
    }
    expect(unplaced, "every file belongs to a layer in docs/ARCHITECTURE.md").toEqual([]);
    expect(upward, "imports that run against the layers of docs/ARCHITECTURE.md").toEqual([]);
  });
});

describe("the registry of kinds", () => {
  it("lists every field the schema marks as a reference, and no other", () => {
    const marked = new Set(KIND_LIST.flatMap((k) => [...referenceFields(KINDS[k].schema)]));
    expect([...marked].sort()).toEqual(Object.keys(REFERENCE_TARGETS).sort());
  });

  it("gives each kind its own folder and URL segment", () => {
    expect(new Set(KIND_LIST.map((k) => KINDS[k].folder)).size).toBe(KIND_LIST.length);
    expect(new Set(KIND_LIST.map((k) => KINDS[k].segment)).size).toBe(KIND_LIST.length);
  });
});
