/**
 * Renaming an entity's id: the file moves, every reference to it is rewritten in
 * place (only the reference's own characters change, so comments and layout
 * stay), and the redirects that keep its published URLs working are recorded.
 */
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument, visit, isScalar, isPair, isSeq, type Scalar } from "yaml";
import { KINDS, KIND_LIST, REDIRECTS_FILE, REFERENCE_TARGETS, type Redirect } from "../schema/index.ts";
import { anchorPath, entityPath } from "../shared/url-scheme.ts";

/** Rewrites every reference to `from` in one YAML text; returns the new text and how many changed. */
export function rewriteReferences(text: string, from: string, to: string): { text: string; count: number } {
  const doc = parseDocument(text);
  const ranges: Array<[number, number]> = [];
  const take = (node: unknown) => {
    if (isScalar(node) && node.value === from && node.range) ranges.push([node.range[0], node.range[1]]);
  };
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !REFERENCE_TARGETS[String((pair.key as Scalar).value)]) return;
      if (isSeq(pair.value)) pair.value.items.forEach(take);
      else take(pair.value);
    },
  });
  let out = text;
  for (const [start, end] of ranges.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + to + out.slice(end);
  // Prose names entities as [[id]] (readers see the name): those mentions are references too.
  const mentions = out.split(`[[${from}]]`).length - 1;
  out = out.replaceAll(`[[${from}]]`, `[[${to}]]`);
  return { text: out, count: ranges.length + mentions };
}

/** The entity file's own id line, rewritten the same way. */
export function rewriteOwnId(text: string, from: string, to: string): string {
  const doc = parseDocument(text);
  for (const item of (doc.contents as { items?: unknown[] } | null)?.items ?? []) {
    if (isPair(item) && isScalar(item.key) && item.key.value === "id" && isScalar(item.value) && item.value.value === from && item.value.range) {
      const [start, end] = item.value.range;
      return text.slice(0, start) + to + text.slice(end);
    }
  }
  throw new Error(`the file has no top-level "id: ${from}"`);
}

export interface RenamePlan {
  oldPage: string;
  newPage: string;
  anchors: string[];
}

/**
 * The redirects a rename needs: the page (its JSON twin follows it, see
 * graph/redirects.ts), every fact anchor, and any earlier redirect that pointed
 * at the old page, which now points at the new one so that no chain forms.
 */
export function redirectsFor(plan: RenamePlan, existing: readonly Redirect[], reason: string): { added: Redirect[]; retargeted: number; all: Redirect[] } {
  const move = (url: string) => (url === plan.oldPage || url.startsWith(`${plan.oldPage}#`) ? plan.newPage + url.slice(plan.oldPage.length) : url);
  let retargeted = 0;
  const kept = existing.map((r) => {
    const to = move(r.to);
    if (to !== r.to) retargeted++;
    return { ...r, to };
  });
  const added: Redirect[] = [
    { from: plan.oldPage, to: plan.newPage, reason },
    ...plan.anchors.map((a) => ({ from: anchorPath(plan.oldPage, a), to: anchorPath(plan.newPage, a), reason })),
  ];
  return { added, retargeted, all: [...kept, ...added] };
}

const quoted = (s: string) => JSON.stringify(s);

export function redirectsYaml(redirects: readonly Redirect[]): string {
  return (
    "# Moved URLs: each keeps a published URL or fact anchor working (see README, \"Permanence\").\n" +
    redirects.map((r) => `- { from: ${quoted(r.from)}, to: ${quoted(r.to)}, reason: ${quoted(r.reason)} }`).join("\n") +
    "\n"
  );
}

export interface RenameResult {
  movedTo: string;
  filesRewritten: string[];
  references: number;
  redirects: Redirect[];
  retargeted: number;
}

export function renameEntity(dataDir: string, from: string, to: string, plan: RenamePlan, existing: readonly Redirect[]): RenameResult {
  const kind = KIND_LIST.find((k) => existsSync(join(dataDir, KINDS[k].folder, `${from}.yaml`)));
  if (!kind) throw new Error(`no entity file ${from}.yaml in ${KIND_LIST.map((k) => KINDS[k].folder).join(", ")}`);
  const oldFile = join(dataDir, KINDS[kind].folder, `${from}.yaml`);
  const newFile = join(dataDir, KINDS[kind].folder, `${to}.yaml`);

  const filesRewritten: string[] = [];
  let references = 0;
  for (const k of KIND_LIST) {
    const dir = join(dataDir, KINDS[k].folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".yaml"))) {
      const path = join(dir, name);
      const before = readFileSync(path, "utf8");
      const { text, count } = rewriteReferences(before, from, to);
      if (count === 0) continue;
      writeFileSync(path, text);
      references += count;
      filesRewritten.push(path);
    }
  }
  writeFileSync(oldFile, rewriteOwnId(readFileSync(oldFile, "utf8"), from, to));
  renameSync(oldFile, newFile);

  const { added, retargeted, all } = redirectsFor(plan, existing, `The id ${from} was renamed to ${to}.`);
  writeFileSync(join(dataDir, REDIRECTS_FILE), redirectsYaml(all));
  return { movedTo: newFile, filesRewritten, references, redirects: added, retargeted };
}

export function planRename(segment: string, from: string, to: string, publishedUrls: readonly string[]): RenamePlan {
  const oldPage = entityPath(segment, from);
  const anchors = publishedUrls.filter((u) => u.startsWith(`${oldPage}#`)).map((u) => u.slice(oldPage.length + 1));
  return { oldPage, newPage: entityPath(segment, to), anchors };
}

/** Lines that still hold the old id as a word: prose the curator may want to reword. */
export function leftInProse(dataDir: string, id: string): string[] {
  const word = new RegExp(`(^|[^a-z0-9-])${id}($|[^a-z0-9-])`);
  const found: string[] = [];
  for (const k of KIND_LIST) {
    const dir = join(dataDir, KINDS[k].folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".yaml"))) {
      readFileSync(join(dir, name), "utf8")
        .split("\n")
        .forEach((line, i) => word.test(line) && found.push(`${join(KINDS[k].folder, name)}:${i + 1}`));
    }
  }
  return found;
}
