/** JSON Schemas generated from the zod schema, so editors validate and complete YAML as people type. */
import { z } from "zod";
import { ENTITY_KINDS, ENTITY_FOLDERS, SiteSettings, Redirects } from "../schema/index.ts";

export const SCHEMA_DIR = "_data/_schema";

export function jsonSchemas(): Record<string, string> {
  const render = (schema: z.ZodType, title: string) =>
    JSON.stringify({ title, ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-7" }) }, null, 2) + "\n";
  const files: Record<string, string> = {};
  for (const folder of ENTITY_FOLDERS) {
    files[`${ENTITY_KINDS[folder].kind}.schema.json`] = render(ENTITY_KINDS[folder].schema, ENTITY_KINDS[folder].label);
  }
  files["site.schema.json"] = render(SiteSettings, "Site settings");
  files["redirects.schema.json"] = render(Redirects, "Redirects");
  return files;
}
