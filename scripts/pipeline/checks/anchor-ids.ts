/** Facts and disagreements are anchors on a page: their ids are unique across the dataset, never an entity's id, and never an id the page itself uses. */
import { formatFieldPath, type FieldPath, type Problem } from "../problems.ts";
import { locate } from "../positions.ts";
import { walkRecords } from "../walk.ts";
import { isReservedId, RESERVED_IDS, RESERVED_ID_PREFIXES } from "../../shared/page-ids.ts";
import type { ValidEntity } from "../validate.ts";

export function checkAnchorIds(entities: ValidEntity[], byId: ReadonlyMap<string, ValidEntity>): Problem[] {
  const problems: Problem[] = [];
  const anchors = new Map<string, { entity: ValidEntity; path: FieldPath }>();
  for (const e of entities) {
    walkRecords(e.entity, (record, path) => {
      if (path.length === 0 || typeof record.id !== "string") return;
      const idPath = [...path, "id"];
      if (isReservedId(record.id)) {
        problems.push({
          file: e.file,
          entity: e.entity.id,
          field: formatFieldPath(idPath),
          ...locate(e.source, idPath),
          message: `the id "${record.id}" is one the page itself uses, so links to this fact would land elsewhere`,
          hint: `Choose another id; a fact id usually starts with the entity's id, as in "${e.entity.id}-${record.id}". Ids the pages reserve: ${[...RESERVED_IDS].join(", ")}, and any beginning ${RESERVED_ID_PREFIXES.join(", ")}.`,
        });
        return;
      }
      const owner = byId.get(record.id);
      const previous = anchors.get(record.id) ?? (owner ? { entity: owner, path: ["id"] } : undefined);
      if (previous) {
        problems.push({
          file: e.file,
          entity: e.entity.id,
          field: formatFieldPath(idPath),
          ...locate(e.source, idPath),
          message: `duplicate id "${record.id}": already used by ${previous.entity.file} (${formatFieldPath(previous.path)})`,
          hint: "Fact and disagreement ids are anchors and must be unique across the dataset; choose another.",
        });
      } else anchors.set(record.id, { entity: e, path: idPath });
    });
  }
  return problems;
}
