/**
 * A published fact changes only with a dated correction. The record beside the
 * URL manifest holds, per fact, how many corrections it had and a hash of what
 * it said (its text, and each citation's source and quote): a fact whose words
 * differ from the record, with no correction added since, is reported, because
 * a reader's citation says which version it read ("version of <date>").
 */
import { createHash } from "node:crypto";
import { factSectionsOf, type Fact } from "../../schema/index.ts";
import { locate } from "../positions.ts";
import { formatFieldPath, type Problem } from "../problems.ts";
import type { ValidEntity } from "../validate.ts";

export interface FactVersion {
  id: string;
  corrections: number;
  hash: string;
}

function contentHash(fact: Pick<Fact, "text" | "citations">): string {
  const content = JSON.stringify([fact.text, fact.citations.map((c) => [c.source, c.quote])]);
  return createHash("sha256").update(content).digest("hex").slice(0, 16);
}

/** Every fact of every entity, as it would be recorded now, with where it sits. */
export function factVersionsOf(entities: ValidEntity[]): Array<FactVersion & { entity: ValidEntity; path: Array<string | number> }> {
  const out: Array<FactVersion & { entity: ValidEntity; path: Array<string | number> }> = [];
  for (const e of entities) {
    for (const [field] of factSectionsOf(e.kind)) {
      const list = ((e.entity as Record<string, unknown>)[field] as Fact[] | undefined) ?? [];
      list.forEach((fact, i) => out.push({ id: fact.id, corrections: fact.corrections?.length ?? 0, hash: contentHash(fact), entity: e, path: [field, i] }));
    }
  }
  return out;
}

export function parseFactVersions(lines: string[]): Map<string, FactVersion> {
  const recorded = new Map<string, FactVersion>();
  for (const line of lines) {
    const [id, corrections, hash] = line.split(/\s+/);
    if (id && corrections && hash) recorded.set(id, { id, corrections: Number(corrections), hash });
  }
  return recorded;
}

export function formatFactVersion(v: FactVersion): string {
  return `${v.id} ${v.corrections} ${v.hash}`;
}

export function checkFactVersions(entities: ValidEntity[], record: { file: string; lines: string[] } | undefined): Problem[] {
  if (!record) return [];
  const recorded = parseFactVersions(record.lines);
  const problems: Problem[] = [];
  for (const now of factVersionsOf(entities)) {
    const then = recorded.get(now.id);
    if (!then || then.hash === now.hash || now.corrections > then.corrections) continue;
    const path = [...now.path, "text"];
    problems.push({
      file: now.entity.file,
      entity: now.entity.entity.id,
      field: formatFieldPath(path),
      ...locate(now.entity.source, path),
      message: `the published fact "${now.id}" says something else than when it was recorded (its text or a quote changed), with no new correction`,
      hint: `Add a dated correction saying what changed: corrections: [{ on: <today>, note: "…" }], then run npm run urls:record to record the new version (${record.file}).`,
    });
  }
  return problems;
}
