/**
 * One edited entity file, checked against the rest of the last good data: its
 * schema, and that every reference it makes resolves to an entity of a kind
 * the field accepts. Enough to show its page at once; the full check of all
 * the data follows and has the last word.
 */
import { basename, extname } from "node:path";
import { KINDS, REFERENCE_TARGETS, type Kind } from "../schema/index.ts";
import { readYamlFile } from "./load.ts";
import { validateFile, type ValidEntity } from "./validate.ts";
import { walkRecords } from "./walk.ts";
import type { LinkedData } from "./link.ts";
import type { Problem } from "./problems.ts";

export function checkOneEntity(path: string, kind: Kind, linked: LinkedData): ValidEntity | undefined {
  const problems: Problem[] = [];
  const file = readYamlFile(path, problems);
  if (!file) return undefined;
  const stem = basename(path, extname(path));
  const { value } = validateFile(file, KINDS[kind].schema, stem);
  if (!value || (value as { id: string }).id !== stem) return undefined;
  let resolves = true;
  walkRecords(value, (record) => {
    for (const key in record) {
      const kinds = REFERENCE_TARGETS[key];
      const ref = record[key];
      if (!kinds) continue;
      for (const id of typeof ref === "string" ? [ref] : Array.isArray(ref) ? ref : []) {
        const target = typeof id === "string" ? linked.byId.get(id) : undefined;
        if (!target || !kinds.includes(target.kind)) resolves = false;
      }
    }
  });
  if (!resolves) return undefined;
  return { kind, file: file.file, source: { ...file, data: undefined, kind, stem }, entity: value } as ValidEntity;
}
