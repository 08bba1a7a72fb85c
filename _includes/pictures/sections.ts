/** The picture sections of an entity page, each under its own heading and anchor; nothing when there is nothing to draw. */
import { html, type Html } from "../html.ts";
import type { EntityPictures } from "../../scripts/graph/pictures/index.ts";
import { PICTURE_ANCHORS } from "../../scripts/graph/pictures/index.ts";
import { timelineChartFigure } from "./timeline-chart.ts";
import { networkFigure } from "./network.ts";
import { lineageFigure } from "./lineage.ts";

function section(id: string, heading: string, body: Html): Html {
  return html`<section class="picture-section" id="${id}" aria-labelledby="${id}-heading"><h2 id="${id}-heading">${heading}</h2>${body}</section>`;
}

export function timelineSection(pictures: EntityPictures | undefined): Html {
  const chart = pictures?.timeline;
  if (!chart) return html``;
  return section(
    PICTURE_ANCHORS.timeline,
    "On a time line",
    timelineChartFigure(chart, html`Every dated meeting, proposal and fact on this page, and those shared with the people and organizations it most often appears with. Each mark links to its page or fact; the lists below hold the same events.`),
  );
}

export function networkSection(pictures: EntityPictures | undefined): Html {
  const picture = pictures?.network;
  if (!picture) return html``;
  return section(
    PICTURE_ANCHORS.network,
    "Who met whom",
    networkFigure(picture, html`The people and organizations that shared a meeting with ${pictures.current.name} (the 29 met most often, when there are more). Each line is one meeting and links to it; the list of meetings above holds the same.`),
  );
}

export function lineageSection(pictures: EntityPictures | undefined): Html {
  const picture = pictures?.lineage;
  if (!picture) return html``;
  return section(
    PICTURE_ANCHORS.lineage,
    "How it relates to other proposals",
    lineageFigure(picture, html`The proposals this one answers, is answered by, supersedes or is related to, up to 30. Each box links to its proposal; the list of related proposals below says the same.`, pictures.current),
  );
}
