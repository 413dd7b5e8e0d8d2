// The main states of every element, each reached the way a patient reaches it (clicks inside the
// shadow root). The reflow, text-spacing, two-engine, settings and transcript tests all walk this
// one list, so a new state added here is checked everywhere.
import {html, type TemplateResult} from 'lit';
import '../src/index.js';

/** A widget once rendered: every element has `updateComplete` and an open shadow root. */
export type Widget = HTMLElement & {updateComplete: Promise<unknown>; shadowRoot: ShadowRoot};

export interface WidgetState {
  /** Unique, file-name safe: `eligibility-result-not-now`. */
  name: string;
  /** The element as a host page writes it. */
  template: TemplateResult;
  /** Clicks (CSS selectors inside the shadow root), in order, from the first render to the state. */
  clicks?: string[];
  /** Whether the transcript test records this state (the main states only). */
  transcript?: boolean;
}

const start = '.step--intro .button--primary';
const next = 'form .button--primary';
const QUESTIONS = ['adult', 'pregnant', 'breastfeeding', 'bleeding', 'immune', 'skin', 'allergy', 'conditions', 'heart-stroke'];
const safe: Record<string, string> = Object.fromEntries(QUESTIONS.map((id) => [id, id === 'adult' ? 'yes' : 'no']));
const answer = (answers: Record<string, string>) => QUESTIONS.flatMap((id) => [`#q-${id}-${answers[id]}`, next]);
const toSummary = (answers: Record<string, string> = safe) => [start, '#goal-face', '#goal-body', next, ...answer(answers)];
const toResult = (answers: Record<string, string>) => [...toSummary(answers), '.step--summary .button--primary'];

const eligibility = html`<meso-eligibility
  booking-url="https://clinic.example/book"
  consultation-url="https://clinic.example/consultation"
  clinic-phone="+44 20 7946 0000"
></meso-eligibility>`;
// Issue 22: a clinic that offers every share channel.
const sharing = html`<meso-eligibility
  clinic-name="Bright Skin Clinic"
  share-email="intake@clinic.example"
  share-url="https://clinic.example/intake"
  share-qr
  share-event
></meso-eligibility>`;
const aftercare = (attrs: {treatedAt?: string; now?: string} = {}) =>
  html`<meso-aftercare clinic-phone="+44 20 7946 0000" treated-at=${attrs.treatedAt ?? ''} now=${attrs.now ?? ''}></meso-aftercare>`;
const vsFiller = html`<meso-vs-filler booking-url="https://clinic.example/book"></meso-vs-filler>`;

export const STATES: WidgetState[] = [
  {name: 'eligibility-intro', template: eligibility, transcript: true},
  {name: 'eligibility-goals', template: eligibility, clicks: [start], transcript: true},
  {name: 'eligibility-goals-error', template: eligibility, clicks: [start, next], transcript: true},
  {name: 'eligibility-question', template: eligibility, clicks: [start, '#goal-face', next], transcript: true},
  {name: 'eligibility-question-error', template: eligibility, clicks: [start, '#goal-face', next, next]},
  {name: 'eligibility-summary', template: eligibility, clicks: toSummary(), transcript: true},
  {name: 'eligibility-result-no-concerns', template: eligibility, clicks: toResult(safe), transcript: true},
  {name: 'eligibility-result-not-recommended', template: eligibility, clicks: toResult({...safe, bleeding: 'yes'}), transcript: true},
  {name: 'eligibility-result-not-now', template: eligibility, clicks: toResult({...safe, pregnant: 'yes'}), transcript: true},
  {name: 'eligibility-result-ask-doctor', template: eligibility, clicks: toResult({...safe, immune: 'unsure'}), transcript: true},
  // Issue 21: "Not sure" about pregnancy (no booking), and a reason that carries the medicine warning.
  {name: 'eligibility-result-not-sure-pregnant', template: eligibility, clicks: toResult({...safe, pregnant: 'unsure'}), transcript: true},
  {name: 'eligibility-result-medicine-warning', template: eligibility, clicks: toResult({...safe, immune: 'yes'})},
  // Issue 22: the share part before consent (what would be shared), and after it with the QR code shown.
  // No transcript: the summary holds today's date.
  {name: 'eligibility-result-share', template: sharing, clicks: toResult({...safe, immune: 'unsure'})},
  {
    name: 'eligibility-result-share-consented',
    template: sharing,
    clicks: [...toResult({...safe, immune: 'unsure'}), '#share-consent', 'section.share button'],
  },
  {
    name: 'eligibility-list-questions',
    template: html`<meso-eligibility layout="list"></meso-eligibility>`,
    clicks: [start, '#goal-hair', next],
    transcript: true,
  },
  {
    name: 'eligibility-list-errors',
    template: html`<meso-eligibility layout="list"></meso-eligibility>`,
    clicks: [start, '#goal-hair', next, next],
  },
  {name: 'aftercare-guide', template: aftercare(), transcript: true},
  {name: 'aftercare-form-error', template: aftercare(), clicks: ['form .button--primary'], transcript: true},
  {
    name: 'aftercare-timeline',
    template: aftercare({treatedAt: '2026-11-24T10:30:00Z', now: '2026-11-25T09:00:00Z'}),
    transcript: true,
  },
  {
    name: 'aftercare-planned',
    template: aftercare({treatedAt: '2026-12-02T09:00:00Z', now: '2026-11-25T09:00:00Z'}),
    transcript: true,
  },
  // Issue 21: every shortest wait over, and the care cards with a clinic's numbers.
  {name: 'aftercare-finished', template: aftercare({treatedAt: '2026-11-21T10:30:00Z', now: '2026-11-25T18:00:00Z'})},
  {
    name: 'aftercare-numbers',
    template: html`<meso-aftercare clinic-phone="+44 20 7946 0000" emergency-number="999" urgent-number="111"></meso-aftercare>`,
  },
  {
    name: 'aftercare-changing-time',
    template: aftercare({treatedAt: '2026-11-24T10:30:00Z', now: '2026-11-25T09:00:00Z'}),
    clicks: ['#change-time'],
    transcript: true,
  },
  {name: 'aftercare-invalid-treated-at', template: aftercare({treatedAt: 'soon'}), transcript: true},
  {name: 'vs-filler-start', template: vsFiller, transcript: true},
  {name: 'vs-filler-result', template: vsFiller, clicks: ['#concern-texture', '#concern-volume', '#severity-mild'], transcript: true},
  {name: 'vs-filler-fat', template: vsFiller, clicks: ['#concern-fat', '#concern-contour']},
  {name: 'vs-filler-helper', template: html`<meso-vs-filler view="helper"></meso-vs-filler>`, clicks: ['#concern-hair']},
  {name: 'vs-filler-filler-caveat', template: html`<meso-vs-filler view="helper"></meso-vs-filler>`, clicks: ['#concern-hair', '#concern-volume']},
];

/** Lets Lit render twice (a click may set state that schedules another update). */
export async function settle(el: Widget): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

/** Puts `state`'s widget into `container` and walks it to the state. */
export async function reach(container: HTMLElement, state: WidgetState): Promise<Widget> {
  const {render} = await import('lit');
  render(state.template, container);
  const el = container.firstElementChild as Widget;
  await settle(el);
  for (const selector of state.clicks ?? []) {
    const target = el.shadowRoot.querySelector<HTMLElement>(selector);
    if (!target) throw new Error(`${state.name}: nothing matches ${selector}`);
    target.click();
    await settle(el);
  }
  return el;
}

/** Elements inside the widget that stick out past its left or right edge, or make it scroll. */
export function overflowing(el: Widget): string[] {
  const box = el.getBoundingClientRect();
  const out: string[] = [];
  for (const node of el.shadowRoot.querySelectorAll<HTMLElement>('*')) {
    const rect = node.getBoundingClientRect();
    if (rect.width === 0 || node.classList.contains('visually-hidden') || node.closest('.visually-hidden')) continue;
    if (rect.right > box.right + 0.5 || rect.left < box.left - 0.5)
      out.push(`${node.localName}.${String(node.className)} (${Math.round(rect.left)}–${Math.round(rect.right)} in ${Math.round(box.left)}–${Math.round(box.right)})`);
  }
  if (el.scrollWidth > el.clientWidth + 1) out.push(`the widget scrolls: ${el.scrollWidth} > ${el.clientWidth}`);
  return out;
}

/** Elements whose content is clipped: it is bigger than their box and they hide the rest. */
export function clipped(el: Widget): string[] {
  const out: string[] = [];
  for (const node of el.shadowRoot.querySelectorAll<HTMLElement>('*')) {
    if (node.closest('.visually-hidden')) continue;
    const style = getComputedStyle(node);
    const hides = (value: string) => value === 'hidden' || value === 'clip';
    if ((hides(style.overflowX) && node.scrollWidth > node.clientWidth + 1) || (hides(style.overflowY) && node.scrollHeight > node.clientHeight + 1))
      out.push(`${node.localName}.${String(node.className)}`);
  }
  return out;
}

/** WCAG 1.4.12: the text spacing a patient's style sheet or bookmarklet may apply. */
export const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

/** Applies the WCAG 1.4.12 text spacing inside `el`'s shadow root (where page CSS cannot reach). */
export function applyTextSpacing(el: Widget): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sheet];
}
