/**
 * Entity ids are unique across every kind, and no two entities may publish the
 * same URL (URLs are lowercase, ids need not be).
 */
import { KINDS, type Kind } from "../../schema/index.ts";
import { entityPath } from "../../shared/url-scheme.ts";
import { locate } from "../positions.ts";
import type { Problem } from "../problems.ts";
import type { InvalidEntity, ValidEntity } from "../validate.ts";

export interface UniqueEntities {
  entities: ValidEntity[];
  byId: Map<string, ValidEntity>;
  /** Ids already reported elsewhere (invalid, or colliding): references to them are not problems too. */
  reported: Map<string, Kind>;
  problems: Problem[];
}

export function checkUniqueIds(candidates: ValidEntity[], invalid: InvalidEntity[]): UniqueEntities {
  const problems: Problem[] = [];
  const byId = new Map<string, ValidEntity>();
  const byUrl = new Map<string, ValidEntity>();
  const reported = new Map<string, Kind>(invalid.map((e) => [e.id, e.kind]));
  const entities: ValidEntity[] = [];
  for (const e of candidates) {
    // Only a duplicate pays for finding its line (locating parses the file again).
    const where = () => ({ file: e.file, entity: e.entity.id, field: "id", ...locate(e.source, ["id"]) });
    const other = byId.get(e.entity.id);
    if (other) {
      problems.push({
        ...where(),
        message: `duplicate id "${e.entity.id}": ${other.file} already uses it`,
        hint: "Ids are unique across all entity types. Give one of them another id (the one not yet published).",
      });
      continue;
    }
    const url = entityPath(KINDS[e.kind].segment, e.entity.id);
    const clash = byUrl.get(url);
    if (clash) {
      problems.push({
        ...where(),
        message: `URL collision: "${e.entity.id}" and "${clash.entity.id}" (${clash.file}) would both publish ${url}`,
        hint: "URLs ignore letter case. Give one of them a distinct id.",
      });
      reported.set(e.entity.id, e.kind);
      continue;
    }
    byId.set(e.entity.id, e);
    byUrl.set(url, e);
    entities.push(e);
  }
  return { entities, byId, reported, problems };
}
