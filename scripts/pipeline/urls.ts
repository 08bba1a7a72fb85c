/** Every published URL is computed here, from ids only, never from display names. */
import type { EntityFolder } from "../schema/index.ts";

export function entityUrl(folder: EntityFolder, id: string): string {
  return `/${folder}/${id.toLowerCase()}/`;
}

/** The JSON twin sits beside the page: /people/joe-biden/ → /people/joe-biden.json. */
export function twinUrl(pageUrl: string): string {
  return pageUrl.replace(/\/$/, "") + ".json";
}

export function factUrl(pageUrl: string, factId: string): string {
  return `${pageUrl}#${factId}`;
}
