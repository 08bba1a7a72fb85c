/**
 * Resolves every reference between entities in one pass over the data and
 * records the reverse edges (backlinks) on the way, so later stages never scan.
 */
import { ENTITY_KINDS, type EntityKind, type DateClaim } from "../schema/index.ts";
import { formatFieldPath, type FieldPath, type Problem } from "./problems.ts";
import { closest } from "./closest.ts";
import { entityUrl } from "./urls.ts";
import { spanOf } from "./partial-date.ts";
import type { InvalidEntity, ValidEntity } from "./validate.ts";
import type { EntityFile } from "./load.ts";
import { locate } from "./load.ts";

const ANY: readonly EntityKind[] = ["person", "organization", "proposal", "meeting", "source"];
const ACTOR: readonly EntityKind[] = ["person", "organization"];

/** Which kinds each referencing field accepts. Field names mean the same thing wherever they occur. */
const REFERENCE_FIELDS: Record<string, readonly EntityKind[]> = {
  source: ["source"],
  sources: ["source"],
  speaker: ACTOR,
  about: ANY,
  party: ACTOR,
  entity: ACTOR,
  proposedBy: ACTOR,
  organization: ["organization"],
  parent: ["organization"],
  counterproposalOf: ["proposal"],
  supersededBy: ["proposal"],
  related: ["proposal"],
  proposals: ["proposal"],
};

export interface Backref {
  from: ValidEntity;
  /** Where in the referencing entity the reference sits, e.g. ["participants", 0, "entity"]. */
  path: FieldPath;
  field: string;
}

export interface LinkedData {
  entities: ValidEntity[];
  byId: Map<string, ValidEntity>;
  backrefs: Map<string, Backref[]>;
}

function kindOf(e: ValidEntity): EntityKind {
  return ENTITY_KINDS[e.folder].kind;
}

function article(kinds: readonly EntityKind[]): string {
  return kinds.length === ANY.length ? "entity" : kinds.join(" or ");
}

export function linkEntities(
  entities: ValidEntity[],
  files: Map<string, EntityFile>,
  invalid: InvalidEntity[] = [],
): { linked: LinkedData; problems: Problem[] } {
  const problems: Problem[] = [];
  const byId = new Map<string, ValidEntity>();
  /** Ids of entities reported elsewhere (invalid, or colliding): references to them are not errors too. */
  const knownKinds = new Map<string, EntityKind>(invalid.map((e) => [e.id, ENTITY_KINDS[e.folder].kind]));
  const byUrl = new Map<string, ValidEntity>();
  const unique: ValidEntity[] = [];
  const at = (e: ValidEntity, path: FieldPath) => {
    const file = files.get(e.file);
    return file ? locate(file, path) : {};
  };

  for (const e of entities) {
    const other = byId.get(e.entity.id);
    if (other) {
      problems.push({
        file: e.file,
        entity: e.entity.id,
        field: "id",
        ...at(e, ["id"]),
        message: `duplicate id "${e.entity.id}": ${other.file} already uses it`,
        hint: "Ids are unique across all entity types. Give one of them another id (the one not yet published).",
      });
      continue;
    }
    const url = entityUrl(e.folder, e.entity.id);
    const clash = byUrl.get(url);
    if (clash) {
      problems.push({
        file: e.file,
        entity: e.entity.id,
        field: "id",
        ...at(e, ["id"]),
        message: `URL collision: "${e.entity.id}" and "${clash.entity.id}" (${clash.file}) would both publish ${url}`,
        hint: "URLs ignore letter case. Give one of them a distinct id.",
      });
      knownKinds.set(e.entity.id, kindOf(e));
      continue;
    }
    byId.set(e.entity.id, e);
    byUrl.set(url, e);
    unique.push(e);
  }

  const idsByKind = new Map<EntityKind, string[]>();
  for (const e of unique) {
    const list = idsByKind.get(kindOf(e)) ?? [];
    list.push(e.entity.id);
    idsByKind.set(kindOf(e), list);
  }

  const backrefs = new Map<string, Backref[]>();
  const anchors = new Map<string, { entity: ValidEntity; path: FieldPath }>();

  const checkRef = (from: ValidEntity, id: string, path: FieldPath, field: string, kinds: readonly EntityKind[]) => {
    const target = byId.get(id);
    // Only a reference that is a problem pays for finding its line.
    const where = () => ({ file: from.file, entity: from.entity.id, field: formatFieldPath(path), ...at(from, path) });
    if (!target && knownKinds.has(id) && kinds.includes(knownKinds.get(id)!)) return;
    if (!target) {
      const candidates = kinds.flatMap((k) => idsByKind.get(k) ?? []);
      const near = closest(id, candidates);
      problems.push({
        ...where(),
        message: `unknown ${article(kinds)} "${id}"${field === "source" || field === "sources" ? " (a citation must name a source entity)" : ""}`,
        hint: near.length
          ? `Did you mean ${near.map((n) => `"${n}"`).join(" or ")}? Or create _data/${folderFor(kinds)}/${id}.yaml.`
          : `Create _data/${folderFor(kinds)}/${id}.yaml, or fix the id.`,
      });
      return;
    }
    if (!kinds.includes(kindOf(target))) {
      problems.push({
        ...where(),
        message: `"${id}" is a ${kindOf(target)}, but ${field} must refer to a ${article(kinds)}`,
        hint: `Refer to a ${article(kinds)} here.`,
      });
      return;
    }
    if (target === from && field !== "about") return;
    const list = backrefs.get(id) ?? [];
    list.push({ from, path, field });
    backrefs.set(id, list);
  };

  const checkDateOrder = (from: ValidEntity, start: DateClaim | undefined, end: DateClaim | undefined, path: FieldPath, endKey: string) => {
    if (!start || !end || start.basis === "unknown" || end.basis === "unknown") return;
    if (spanOf(end.on).latest < spanOf(start.on).earliest) {
      const endPath = [...path, endKey];
      problems.push({
        file: from.file,
        entity: from.entity.id,
        field: formatFieldPath(endPath),
        ...at(from, endPath),
        message: `the end (${end.on}) is before the start (${start.on})`,
        hint: "Swap the dates or correct the one that is wrong.",
      });
    }
  };

  const walk = (from: ValidEntity, value: unknown, path: FieldPath) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(from, item, [...path, i]));
      return;
    }
    if (value === null || typeof value !== "object") return;
    const record = value as Record<string, unknown>;
    // Facts and disagreements have an id and are anchors on a page: unique dataset-wide.
    if (path.length > 0 && typeof record.id === "string") {
      const previous = anchors.get(record.id) ?? (byId.has(record.id) ? { entity: byId.get(record.id)!, path: ["id"] } : undefined);
      if (previous) {
        problems.push({
          file: from.file,
          entity: from.entity.id,
          field: formatFieldPath([...path, "id"]),
          ...at(from, [...path, "id"]),
          message: `duplicate id "${record.id}": already used by ${previous.entity.file} (${formatFieldPath(previous.path)})`,
          hint: "Fact and disagreement ids are anchors and must be unique across the dataset; choose another.",
        });
      } else anchors.set(record.id, { entity: from, path: [...path, "id"] });
    }
    for (const [key, child] of Object.entries(record)) {
      const kinds = REFERENCE_FIELDS[key];
      const childPath = [...path, key];
      if (kinds && typeof child === "string") checkRef(from, child, childPath, key, kinds);
      else if (kinds && Array.isArray(child) && child.every((c) => typeof c === "string")) {
        child.forEach((c, i) => checkRef(from, c as string, [...childPath, i], key, kinds));
      } else walk(from, child, childPath);
    }
    checkDateOrder(from, record.start as DateClaim | undefined, record.end as DateClaim | undefined, path, "end");
    if (path.length === 0) checkDateOrder(from, record.date as DateClaim | undefined, record.end as DateClaim | undefined, path, "end");
  };

  for (const e of unique) walk(e, e.entity, []);
  return { linked: { entities: unique, byId, backrefs }, problems };
}

function folderFor(kinds: readonly EntityKind[]): string {
  const folder = Object.entries(ENTITY_KINDS).find(([, v]) => v.kind === kinds[0])?.[0];
  return folder ?? "people";
}
