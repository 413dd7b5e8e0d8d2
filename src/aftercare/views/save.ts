import {html, nothing, type TemplateResult} from 'lit';
import {CALENDAR_SERVICES, CALENDAR_SERVICE_NAMES, type CalendarService} from '../../logic/aftercare/calendar-links.js';
import {fillTemplate} from '../../logic/locale.js';
import type {AftercareContent} from '../../types/aftercare.js';

/** What the save and share part shows: in an in-app browser or not, the links, the last share outcome. */
export interface SaveState {
  /** An in-app browser or Chrome on iOS: no file download, the links and a hint instead. */
  readonly inApp: boolean;
  /** The "add event" links, or null when no step has an end. */
  readonly links: Record<CalendarService, string> | null;
  /** What the last copy did, announced once in the live region. */
  readonly status: '' | 'copied' | 'failed';
  readonly download: () => void;
  readonly share: () => void;
}

/** The calendar file button (not in in-app browsers) and the save or share button, first in the actions. */
export const renderSaveButtons = (s: AftercareContent, state: SaveState): TemplateResult =>
  html`${state.inApp ? nothing : html`<button type="button" class="button button--primary" @click=${state.download}>${s.calendar.button}</button>`}
    <button type="button" class="button share${state.inApp ? ' button--primary' : ''}" @click=${state.share}>${s.share.button}</button>`;

/**
 * Below the actions: the live region that announces a copied plan once (right under the button);
 * in an in-app browser the hint to open the page in the phone's browser; the Google Calendar,
 * Outlook.com and Office 365 links (new tab, no referrer).
 */
export function renderSaveLinks(s: AftercareContent, state: SaveState): TemplateResult {
  return html`<div class="save no-print">
    <p class="share-status" role="status">${state.status ? s.share[state.status] : ''}</p>
    ${state.inApp ? html`<p class="in-app">${s.calendar.inApp}</p>` : nothing}
    ${state.links
      ? html`<div class="calendar-links" role="group" aria-labelledby="calendar-links-label">
          <p id="calendar-links-label">${s.calendar.linksLabel}</p>
          <ul>
            ${CALENDAR_SERVICES.map(
              (service) =>
                html`<li><a href=${state.links![service]} target="_blank" rel="noopener noreferrer">${fillTemplate(s.calendar.link, {calendar: CALENDAR_SERVICE_NAMES[service]})}</a></li>`,
            )}
          </ul>
        </div>`
      : nothing}
  </div>`;
}
