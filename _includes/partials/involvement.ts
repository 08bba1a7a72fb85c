/** The meetings an entity took part in, and the proposals it made or took a position on. */
import { PAGE_IDS } from "../../scripts/shared/page-ids.ts";
import { html, type Html } from "../html.ts";
import type { Attendance, ProposalInvolvement } from "../../scripts/graph/views.ts";
import { entityLink } from "./entity-link.ts";
import { dateText } from "./date.ts";

export function meetingsSection(meetings: Attendance[], empty?: string): Html {
  if (meetings.length === 0 && !empty) return html``;
  return html`<section aria-labelledby="${PAGE_IDS.meetings}"><h2 id="${PAGE_IDS.meetings}">Meetings</h2>${
    meetings.length
      ? html`<ol class="meetings">${meetings.map((m) => html`<li>${dateText(m.date)} — ${entityLink(m.meeting)}${m.role ? html` <span class="role">as ${m.role}</span>` : ""}${m.statusNote ? html` <span class="status">(${m.statusNote})</span>` : ""}</li>`)}</ol>`
      : html`<p class="empty" data-pagefind-ignore>${empty ?? ""}</p>`
  }</section>`;
}

export function proposalsSection(proposals: ProposalInvolvement[], empty?: string): Html {
  if (proposals.length === 0 && !empty) return html``;
  return html`<section aria-labelledby="${PAGE_IDS.proposals}"><h2 id="${PAGE_IDS.proposals}">Proposals made or responded to</h2>${
    proposals.length ? html`<ul>${proposals.map((i) => html`<li>${entityLink(i.proposal)} — ${i.relation}</li>`)}</ul>` : html`<p class="empty" data-pagefind-ignore>${empty ?? ""}</p>`
  }</section>`;
}
