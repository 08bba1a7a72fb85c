/**
 * A quote must support what it is cited for: a citation attached to a meeting's
 * participant, a fact's speaker or a person's role names that entity — by its
 * name, its family name (for a person) or a recorded alias. A passage that
 * refers to them only implicitly ("the two men") is marked `implicit: true`
 * with a note, so a reader and a reviewer see the inference. Without this, an
 * invented participant cited to passages about others passes every other check.
 */
import { fold } from "../../shared/names.ts";
import { formatFieldPath, type FieldPath, type Problem } from "../problems.ts";
import { locate } from "../positions.ts";
import { walkRecords } from "../walk.ts";
import type { ValidEntity } from "../validate.ts";

interface CitationLike {
  quote?: unknown;
  implicit?: unknown;
}

/** The folded spellings that count as naming an entity. */
export function spellingsOf(e: ValidEntity): string[] {
  const names = [e.entity.name, ...(e.entity.aliases ?? []).map((a) => a.name)];
  if (e.kind === "person") {
    const family = e.entity.name.split(/\s+/).at(-1);
    if (family && family.length > 2) names.push(family);
  }
  return [...new Set(names.map(normalize).filter((n) => n !== ""))];
}

/**
 * Folded as search folds names, after two repairs applied alike to quotes and
 * names: words that scraping ran together at a lost line break are split
 * ("lloyd austinSecretary of Defense"), and a possessive names its owner
 * ("Netanyahu’s office").
 */
function normalize(text: string): string {
  return fold(text.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2").replace(/['’]s\b/gu, ""));
}

/**
 * Whole words. An organization's name may also open a longer word, so that a
 * state is named by its adjective ("israel" in "israeli officials"); a person's
 * may not ("example" is not in "exampleland").
 */
export function mentions(quote: string, spellings: readonly string[], asPrefix = false): boolean {
  const text = ` ${normalize(quote)} `;
  return spellings.some((s) => text.includes(asPrefix ? ` ${s}` : ` ${s} `));
}

export function checkMentions(entities: readonly ValidEntity[], byId: ReadonlyMap<string, ValidEntity>): Problem[] {
  const problems: Problem[] = [];
  const spellings = new Map<string, string[]>();
  const spellingsFor = (target: ValidEntity) => {
    let list = spellings.get(target.entity.id);
    if (!list) spellings.set(target.entity.id, (list = spellingsOf(target)));
    return list;
  };

  const expectMention = (e: ValidEntity, targetId: unknown, citations: unknown, path: FieldPath, as: string) => {
    const target = typeof targetId === "string" ? byId.get(targetId) : undefined;
    // An unknown id is the link stage's problem, not a second one here.
    if (!target || !Array.isArray(citations)) return;
    citations.forEach((c: CitationLike, i) => {
      if (c === null || typeof c !== "object" || typeof c.quote !== "string" || c.implicit === true) return;
      if (mentions(c.quote, spellingsFor(target), target.kind === "organization")) return;
      const quotePath = [...path, "citations", i, "quote"];
      problems.push({
        file: e.file,
        entity: e.entity.id,
        field: formatFieldPath(quotePath),
        ...locate(e.source, quotePath),
        message: `the quote cited for ${as} ${target.entity.name} does not mention them by name or by a recorded alias: "${c.quote}"`,
        hint:
          "Cite a passage that names them, or record the spelling this source uses as an alias. " +
          "If the passage refers to them only implicitly, mark the citation `implicit: true` and add a `note` saying how.",
      });
    });
  };

  for (const e of entities) {
    if (e.kind === "meeting") {
      e.entity.participants.forEach((p, i) => expectMention(e, p.entity, p.citations, ["participants", i], "the participant"));
    }
    if (e.kind === "person") {
      (e.entity.roles ?? []).forEach((r, i) => expectMention(e, e.entity.id, r.citations, ["roles", i], "the role of"));
    }
    walkRecords(e.entity, (record, path) => {
      if (typeof record.speaker === "string") expectMention(e, record.speaker, record.citations, path, "the speaker");
    });
  }
  return problems;
}
