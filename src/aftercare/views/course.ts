import {html, nothing, type TemplateResult} from 'lit';
import {sessionLines} from '../../logic/aftercare/plan-text.js';
import {renderHeading} from '../../shared/pieces.js';
import type {AftercareContent, PlannedSession} from '../../types/aftercare.js';

/**
 * The course's next sessions (a clinic's `sessions` and `session-interval`): each planned date,
 * that the dates are to be confirmed with the practitioner, and the point on maintenance sessions.
 * Nothing without a course. It prints with the timeline.
 */
export function renderCourse(s: AftercareContent, level: number, locale: string, sessions: readonly PlannedSession[]): TemplateResult | typeof nothing {
  if (!sessions.length) return nothing;
  return html`<div class="course" part="course">
    ${renderHeading(level + 2, s.course.heading, {id: 'course-heading', className: 'course-heading'})}
    <ul class="course-list">
      ${sessionLines(s, sessions, locale).map((line) => html`<li>${line}</li>`)}
    </ul>
    <p class="course-confirm">${s.course.confirm}</p>
    <p>${s.course.maintenance}</p>
  </div>`;
}
