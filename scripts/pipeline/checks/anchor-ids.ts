/** Facts and disagreements are anchors on a page: their ids are unique across the dataset and never an entity's id. */
import { formatFieldPath, type FieldPath, type Problem } from "../problems.ts";
import { locate } from "../positions.ts";
import { walkRecords } from "../walk.ts";
import type { ValidEntity } from "../validate.ts";

export function checkAnchorIds(entities: ValidEntity[], byId: ReadonlyMap<string, ValidEntity>): Problem[] {
  const problems: Problem[] = [];
  const anchors = new Map<string, { entity: ValidEntity; path: FieldPath }>();
  for (const e of entities) {
    walkRecords(e.entity, (record, path) => {
      if (path.length === 0 || typeof record.id !== "string") return;
      const idPath = [...path, "id"];
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
