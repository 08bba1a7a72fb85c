/** `npm run schema`: regenerates the JSON Schemas and the editor settings from the zod schema (a test checks they are current). */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { editorSettings, EDITOR_SETTINGS_FILE, jsonSchemas, SCHEMA_DIR } from "../schema/json-schema.ts";

mkdirSync(SCHEMA_DIR, { recursive: true });
const files = jsonSchemas();
for (const [name, content] of Object.entries(files)) writeFileSync(join(SCHEMA_DIR, name), content);
mkdirSync(dirname(EDITOR_SETTINGS_FILE), { recursive: true });
writeFileSync(EDITOR_SETTINGS_FILE, editorSettings());
console.log(`✓ Wrote ${Object.keys(files).length} JSON Schemas to ${SCHEMA_DIR}/ and the editor settings to ${EDITOR_SETTINGS_FILE}`);
