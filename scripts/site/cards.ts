/**
 * Preview card images: each card is laid out as SVG and rasterised to PNG by
 * resvg (Rust, through napi), with fonts from an npm package so every machine
 * renders the same pixels. A card is cached under the hash of everything that
 * makes its pixels, so an unchanged card is copied, not rendered again.
 */
import { Resvg } from "@resvg/resvg-js";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { CARD_HEIGHT, CARD_WIDTH } from "../graph/previews.ts";
import type { CardSpec } from "../graph/views.ts";
import { rootRelativeUrl } from "../shared/url-scheme.ts";
import type { OutputFiles } from "./output-files.ts";

const require = createRequire(import.meta.url);
const FONT_FILES = [
  require.resolve("@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf"),
  require.resolve("@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf"),
];
const RENDERER = `resvg-js ${(require("@resvg/resvg-js/package.json") as { version: string }).version}, Inter ${(require("@expo-google-fonts/inter/package.json") as { version: string }).version}`;
/** Bump when the layout below changes: the cache key must change with the pixels. */
const LAYOUT_VERSION = "1";

export const DEFAULT_CARD_CACHE = resolve(import.meta.dirname, "../../.cache/cards");
const FAVICON = resolve(import.meta.dirname, "../../src/assets/favicon.svg");

export interface CardStats {
  /** Cards rasterised in this run. */
  rendered: number;
  /** Cards copied from the cache. */
  cached: number;
  /** CPU milliseconds spent rasterising (not copying): CPU, not wall time, so a busy machine does not inflate it. */
  renderCpuMs: number;
}

export const noCards = (): CardStats => ({ rendered: 0, cached: 0, renderCpuMs: 0 });

export function addCardStats(into: CardStats, more: CardStats): void {
  into.rendered += more.rendered;
  into.cached += more.cached;
  into.renderCpuMs += more.renderCpuMs;
}

const escapeXml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/**
 * resvg does not wrap text: lines are broken here, by an estimate of Inter's
 * average advance (0.55 em, wider than most text) so a line never overflows,
 * and the last line allowed ends in an ellipsis when the text is longer.
 */
function wrap(text: string, fontSize: number, width: number, maxLines: number): string[] {
  const perLine = Math.floor(width / (fontSize * 0.55));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine) line = next;
    else {
      if (line) lines.push(line);
      line = word.length > perLine ? `${word.slice(0, perLine - 1)}…` : word;
    }
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) lines.push(line);
  const shown = lines.slice(0, maxLines);
  if (shown.join(" ").length < text.replace(/\s+/g, " ").trim().length) shown[shown.length - 1] = `${shown[shown.length - 1]!.replace(/[\s,;:.…]+$/, "").slice(0, perLine - 1)}…`;
  return shown;
}

function textLines(lines: string[], x: number, y: number, size: number, lineHeight: number, attributes: string): string {
  return lines.map((l, i) => `<text x="${x}" y="${y + i * lineHeight}" font-size="${size}" ${attributes}>${escapeXml(l)}</text>`).join("");
}

/** The card's layout: kind, name (up to three lines), the line under it, the site. */
export function cardSvg(card: CardSpec): string {
  const width = CARD_WIDTH - 160;
  const titleSize = card.title.length > 60 ? 60 : 76;
  const title = wrap(card.title, titleSize, width, 3);
  const subtitleY = 200 + title.length * titleSize * 1.15 + 30;
  const subtitle = wrap(card.subtitle, 36, width, Math.max(1, Math.floor((520 - subtitleY) / 48) + 1));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">
<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#fdfdfb"/><rect width="28" height="${CARD_HEIGHT}" fill="#0b5cad"/>
<text x="80" y="120" font-size="34" font-family="Inter" fill="#0b5cad" font-weight="700">${escapeXml(card.kindLabel.toUpperCase())}</text>
${textLines(title, 80, 200, titleSize, titleSize * 1.15, 'font-family="Inter" font-weight="700" fill="#1b1b1b"')}
${textLines(subtitle, 80, subtitleY, 36, 48, 'font-family="Inter" fill="#3b3b3b"')}
<rect x="80" y="540" width="${width}" height="2" fill="#d8d8d2"/>
<text x="80" y="588" font-size="28" font-family="Inter" fill="#5b5b5b">${escapeXml(card.siteTitle)}</text>
</svg>`;
}

function rasterise(svg: string, width: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: "width", value: width }, font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "Inter" } }).render().asPng();
}

/**
 * A rendered card's pixels (3 MB) live outside the JavaScript heap, freed by
 * a finaliser that runs only after a garbage collection has found the small
 * wrapper dead and the event loop has turned. Rendering thousands in one
 * loop held every one: 8 GB in a rendering process at 100k entities.
 * So every few cards, a young-generation collection (the wrappers die
 * young; it costs well under a millisecond) and a turn of the loop.
 */
const CARDS_BETWEEN_RELEASES = 16;
setFlagsFromString("--expose-gc");
const collectYoung = runInNewContext("gc") as (options: { type: "minor" }) => void;
const releaseRendered = () => {
  collectYoung({ type: "minor" });
  return new Promise((turned) => setImmediate(turned));
};

/** Writes each card to the output, rendering only those the cache does not hold. */
export async function writeCards(cards: readonly CardSpec[], out: OutputFiles, cacheDir = DEFAULT_CARD_CACHE): Promise<CardStats> {
  const stats = noCards();
  if (cards.length === 0) return stats;
  mkdirSync(cacheDir, { recursive: true });
  let sinceRelease = 0;
  for (const card of cards) {
    const svg = cardSvg(card);
    const rendered = stats.rendered;
    out.write(rootRelativeUrl(card.path), cachedPng(svg, CARD_WIDTH, cacheDir, stats));
    if (stats.rendered > rendered && ++sinceRelease === CARDS_BETWEEN_RELEASES) {
      sinceRelease = 0;
      await releaseRendered();
    }
  }
  return stats;
}

/** The favicon's PNG fallbacks, rasterised from the SVG the site also serves. */
export function writeFaviconPngs(out: OutputFiles, cacheDir = DEFAULT_CARD_CACHE): CardStats {
  const stats = noCards();
  mkdirSync(cacheDir, { recursive: true });
  const svg = readFileSync(FAVICON, "utf8");
  out.write("assets/favicon.png", cachedPng(svg, 32, cacheDir, stats));
  out.write("assets/apple-touch-icon.png", cachedPng(svg, 180, cacheDir, stats));
  return stats;
}

function cachedPng(svg: string, width: number, cacheDir: string, stats: CardStats): Buffer {
  const key = createHash("sha256").update(`${RENDERER}\0${LAYOUT_VERSION}\0${width}\0${svg}`).digest("hex");
  const file = join(cacheDir, `${key}.png`);
  if (existsSync(file)) {
    stats.cached++;
    return readFileSync(file);
  }
  const started = process.cpuUsage();
  const png = rasterise(svg, width);
  const used = process.cpuUsage(started);
  stats.renderCpuMs += (used.user + used.system) / 1000;
  stats.rendered++;
  // Written beside itself and renamed: two processes rendering the same card never leave half a file.
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}
