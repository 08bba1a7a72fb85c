/**
 * Resolves every reference between entities in one pass over the data: each
 * must name an existing entity of a kind its field accepts (REFERENCE_TARGETS).
 * The resolved references are kept by target, so later stages never scan.
 */
import { KINDS, KIND_LIST, REFERENCE_TARGETS, type Kind } from "../schema/index.ts";
import { formatFieldPath, type FieldPath, type Problem } from "./problems.ts";
import { closest } from "./closest.ts";
import { locate } from "./positions.ts";
import { walkRecords } from "./walk.ts";
import type { ValidEntity } from "./validate.ts";
import type { UniqueEntities } from "./checks/unique-ids.ts";

export interface Reference {
  from: ValidEntity;
  /** The referencing field, e.g. "speaker" or "participants[].entity" as "entity". */
  field: string;
  to: string;
}

export interface LinkedData {
  entities: ValidEntity[];
  byId: ReadonlyMap<string, ValidEntity>;
  /** References to each entity by id, in data order; an entity's references to itself are not among them. */
  referencesTo: ReadonlyMap<string, Reference[]>;
}

/**
 * A fact on an entity's own page may be said by it, be about it, or (on a
 * source's page) cite it; any other
 * reference to itself (its own parent, a counterproposal of itself, related to
 * itself) is a slip, and would draw a link from a page to itself.
 */
const SELF_REFERENCE_ALLOWED = new Set(["speaker", "about", "source", "sources"]);

function createHint(id: string, kinds: readonly Kind[]): string {
  const folders = [...new Set(kinds.map((k) => `_data/${KINDS[k].folder}/`))];
  return folders.length === 1 ? `create ${folders[0]}${id}.yaml` : `create ${id}.yaml in the folder of its type (${folders.join(", ")})`;
}

function article(kinds: readonly Kind[]): string {
  return kinds.length === KIND_LIST.length ? "entity" : kinds.join(" or ");
}

export function linkEntities({ entities, byId, reported }: Pick<UniqueEntities, "entities" | "byId" | "reported">): { linked: LinkedData; problems: Problem[] } {
  const problems: Problem[] = [];
  const idsByKind = new Map<Kind, string[]>(KIND_LIST.map((k) => [k, []]));
  for (const e of entities) idsByKind.get(e.kind)!.push(e.entity.id);
  const referencesTo = new Map<string, Reference[]>();

  const resolve = (from: ValidEntity, id: string, path: FieldPath, field: string, kinds: readonly Kind[]) => {
    const target = byId.get(id);
    // Only a reference that is a problem pays for finding its line.
    const where = () => ({ file: from.file, entity: from.entity.id, field: formatFieldPath(path), ...locate(from.source, path) });
    if (!target) {
      if (reported.has(id) && kinds.includes(reported.get(id)!)) return;
      const near = closest(id, kinds.flatMap((k) => idsByKind.get(k)!));
      const create = createHint(id, kinds);
      problems.push({
        ...where(),
        message: `unknown ${article(kinds)} "${id}"${field === "source" || field === "sources" ? " (a citation must name a source entity)" : ""}`,
        hint: near.length ? `Did you mean ${near.map((n) => `"${n}"`).join(" or ")}? Or ${create}.` : `${create[0]!.toUpperCase()}${create.slice(1)}, or fix the id.`,
      });
      return;
    }
    if (!kinds.includes(target.kind)) {
      problems.push({
        ...where(),
        message: `"${id}" is a ${target.kind}, but ${field} must refer to a ${article(kinds)}`,
        hint: `Refer to a ${article(kinds)} here.`,
      });
      return;
    }
    if (target === from) {
      if (!SELF_REFERENCE_ALLOWED.has(field)) {
        problems.push({ ...where(), message: `"${id}" refers to itself in ${field}`, hint: `Name another ${article(kinds)} here, or remove the reference.` });
      }
      return;
    }
    const list = referencesTo.get(id);
    if (list) list.push({ from, field, to: id });
    else referencesTo.set(id, [{ from, field, to: id }]);
  };

  for (const e of entities) {
    walkRecords(e.entity, (record, path) => {
      for (const key in record) {
        const kinds = REFERENCE_TARGETS[key];
        const value = record[key];
        if (!kinds) continue;
        if (typeof value === "string") resolve(e, value, [...path, key], key, kinds);
        else if (Array.isArray(value) && value.every((v) => typeof v === "string")) value.forEach((v, i) => resolve(e, v as string, [...path, key, i], key, kinds));
      }
    });
  }
  return { linked: { entities, byId, referencesTo }, problems };
}
