/** `npm run schema`: regenerates _data/_schema/*.json from the zod schema (a test checks they are current). */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { jsonSchemas, SCHEMA_DIR } from "../pipeline/json-schema.ts";

mkdirSync(SCHEMA_DIR, { recursive: true });
const files = jsonSchemas();
for (const [name, content] of Object.entries(files)) writeFileSync(join(SCHEMA_DIR, name), content);
console.log(`✓ Wrote ${Object.keys(files).length} JSON Schemas to ${SCHEMA_DIR}/`);
