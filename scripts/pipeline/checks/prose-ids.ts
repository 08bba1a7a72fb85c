/**
 * Readers never see an internal id. Prose names a source or an entity as
 * `[[id]]`, which renders as its name; a bare id left in prose, or a mention of
 * an id that does not exist, is a problem.
 */
import { KINDS, type Kind } from "../../schema/index.ts";
import { isProseAt } from "../../schema/schema-walk.ts";
import { formatFieldPath, type FieldPath, type Problem } from "../problems.ts";
import { closest } from "../closest.ts";
import { locate } from "../positions.ts";
import type { ValidEntity } from "../validate.ts";

const MENTION = /\[\[([^\]]*)\]\]/g;
/** Markdown link targets are URLs, which may hold ids; only the words around them are read. */
const LINK_TARGET = /\]\([^)]*\)/g;
/** Source ids are flagged in any case ("Source-000 says…"); other ids only as written. */
const SOURCE_ID = /\bsource-\d+\b/gi;
/** One-word ids (israel, hamas) are ordinary words too; ids of two words or more are not. */
const HYPHENATED_WORD = /(?<![\w-])[a-z0-9]+(?:-[a-z0-9]+)+(?![\w-])/g;

function strings(value: unknown, visit: (text: string, path: FieldPath) => void, path: FieldPath = []): void {
  if (typeof value === "string") visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, i) => strings(item, visit, [...path, i]));
  else if (value && typeof value === "object") for (const key in value) strings((value as Record<string, unknown>)[key], visit, [...path, key]);
}

/** Every id a reader could meet: entities, facts, disagreements. */
function knownIds(entities: readonly ValidEntity[]): { entities: Map<string, Kind>; anchors: Set<string> } {
  const anchors = new Set<string>();
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object") {
      const record = value as Record<string, unknown>;
      if (typeof record.id === "string") anchors.add(record.id);
      for (const key in record) collect(record[key]);
    }
  };
  for (const e of entities) collect(e.entity);
  const ids = new Map(entities.map((e) => [e.entity.id, e.kind]));
  for (const id of ids.keys()) anchors.delete(id);
  return { entities: ids, anchors };
}

export function checkProseIds(entities: readonly ValidEntity[]): Problem[] {
  const problems: Problem[] = [];
  const known = knownIds(entities);
  const entityIds = [...known.entities.keys()];
  for (const e of entities) {
    const schema = KINDS[e.kind].schema;
    strings(e.entity, (text, path) => {
      if (!isProseAt(schema, path, e.entity)) return;
      const at = { file: e.file, entity: e.entity.id, field: formatFieldPath(path) };
      for (const [, id] of text.matchAll(MENTION)) {
        if (known.entities.has(id!)) continue;
        const suggestion = closest(id!, entityIds, 1)[0];
        problems.push({
          ...at,
          ...locate(e.source, path),
          message: `[[${id}]] names no entity`,
          hint: known.anchors.has(id!)
            ? `"${id}" is a fact or disagreement: mention the entity it belongs to, or say it in words.`
            : `Write [[id]] with the id of an existing source or entity${suggestion ? ` (did you mean [[${suggestion}]]?)` : ""}.`,
        });
      }
      const words = text.replace(MENTION, " ").replace(LINK_TARGET, "]");
      const raw = new Set([...(words.match(SOURCE_ID) ?? []), ...(words.match(HYPHENATED_WORD) ?? []).filter((w) => known.entities.has(w) || known.anchors.has(w))]);
      for (const id of raw) {
        const entityId = known.entities.has(id.toLowerCase()) ? id.toLowerCase() : undefined;
        problems.push({
          ...at,
          ...locate(e.source, path),
          message: `readers would see the internal id "${id}"`,
          hint: entityId
            ? `Write [[${entityId}]]: readers see ${known.entities.get(entityId) === "source" ? "the source's outlet and date" : "its name"}, linked.`
            : known.anchors.has(id)
              ? `"${id}" is a fact or disagreement id: say in words what it is, or mention the entity it belongs to as [[id]].`
              : `No source "${id}" exists: name the source as [[its-id]].`,
        });
      }
    });
  }
  return problems;
}
