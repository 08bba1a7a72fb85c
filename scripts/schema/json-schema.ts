/**
 * JSON Schemas generated from the zod schema, and the editor settings that map
 * each data folder to its schema, so editors validate and complete YAML as
 * people type. A test fails when the committed files drift from these.
 */
import { z } from "zod";
import { KINDS, KIND_LIST } from "./kinds.ts";
import { SiteSettings, Redirects, SETTINGS_FILE, REDIRECTS_FILE } from "./settings.ts";

export const SCHEMA_DIR = "_data/_schema";
export const EDITOR_SETTINGS_FILE = ".vscode/settings.json";

function render(schema: z.ZodType, title: string): string {
  const json = z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    target: "draft-7",
    // The `reference` and `prose` marks are for our own checks, not JSON Schema keywords.
    override: (ctx) => {
      delete (ctx.jsonSchema as Record<string, unknown>).reference;
      delete (ctx.jsonSchema as Record<string, unknown>).prose;
    },
  });
  return JSON.stringify({ title, ...json }, null, 2) + "\n";
}

const schemaFileOf = (name: string) => `${name}.schema.json`;

/** File name → content, for every schema in SCHEMA_DIR. */
export function jsonSchemas(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const kind of KIND_LIST) files[schemaFileOf(kind)] = render(KINDS[kind].schema, KINDS[kind].label);
  files[schemaFileOf("site")] = render(SiteSettings, "Site settings");
  files[schemaFileOf("redirects")] = render(Redirects, "Redirects");
  return files;
}

/** VS Code's YAML extension reads `yaml.schemas`: schema file → the files it governs. */
export function editorSettings(): string {
  const schemas: Record<string, string> = {};
  for (const kind of KIND_LIST) schemas[`./${SCHEMA_DIR}/${schemaFileOf(kind)}`] = `_data/${KINDS[kind].folder}/*.yaml`;
  schemas[`./${SCHEMA_DIR}/${schemaFileOf("site")}`] = `_data/${SETTINGS_FILE}`;
  schemas[`./${SCHEMA_DIR}/${schemaFileOf("redirects")}`] = `_data/${REDIRECTS_FILE}`;
  return JSON.stringify({ "yaml.schemas": schemas }, null, 2) + "\n";
}
