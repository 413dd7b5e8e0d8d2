import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import {commonEn} from '../src/content/en/common.js';
import {vsFillerEn} from '../src/content/en/vs-filler.js';
// Every pack, so the sheet can show any translation wherever the story runs (the preview also loads them).
import '../src/locales/ar.js';
import '../src/locales/de.js';
import '../src/locales/es.js';
import '../src/locales/fa.js';
import '../src/locales/fr.js';
import '../src/locales/it.js';
import '../src/locales/pl.js';
import '../src/locales/pt-BR.js';
import '../src/locales/pt-PT.js';
import '../src/locales/ru.js';
import '../src/locales/tr.js';
import {localePack} from '../src/shared/locale-packs.js';
import {VERSION} from '../src/shared/version.js';
import {
  INTENDED_PURPOSE,
  concernRows,
  goalRows,
  hazardRows,
  outcomeRows,
  recommendationRows,
  ruleRows,
  statementSheets,
  windowRows,
} from './review-sheet.js';

const STYLES = `
.review-sheet {
  --ink: #1b1f23;
  --muted: #505a63;
  --line: #c5ccd3;
  box-sizing: border-box;
  max-width: 190mm;
  margin: 0 auto;
  padding: 24px 16px 48px;
  color: var(--ink);
  background: #fff;
  font: 11pt/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
}
.review-sheet *, .review-sheet *::before, .review-sheet *::after { box-sizing: inherit; }
.review-sheet h1 { font-size: 20pt; margin: 0 0 4px; }
.review-sheet h2 { font-size: 15pt; margin: 28px 0 8px; padding-top: 8px; border-top: 2px solid var(--ink); }
.review-sheet h3 { font-size: 12pt; margin: 18px 0 6px; }
.review-sheet p { margin: 0 0 8px; max-width: 75ch; }
.review-sheet .meta { color: var(--muted); }
.review-sheet code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9em; overflow-wrap: anywhere; }
.review-sheet table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 12px; }
.review-sheet th, .review-sheet td {
  text-align: start; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid var(--line);
  overflow-wrap: break-word;
}
.review-sheet thead th { border-bottom: 2px solid var(--ink); font-size: 9.5pt; }
.review-sheet td.path, .review-sheet td.source { color: var(--muted); font-size: 9pt; }
.review-sheet td.path code { overflow-wrap: anywhere; }
.review-sheet .missing { color: #b3261e; font-weight: 700; }
.review-sheet .purpose { font-weight: 600; border-inline-start: 4px solid var(--ink); padding-inline-start: 12px; }
.review-sheet table.hazard { break-inside: avoid; margin-bottom: 16px; }
.review-sheet table.hazard tbody th { font-weight: 600; font-size: 9.5pt; }
.review-sheet table.hazard .source { color: var(--muted); font-size: 9pt; }
.review-sheet .signoff { border: 2px solid var(--ink); padding: 12px 16px; margin-top: 24px; break-inside: avoid; }
.review-sheet .signoff h2 { border: 0; margin-top: 0; padding-top: 0; }
.review-sheet .signoff dl { display: grid; grid-template-columns: max-content 1fr; gap: 14px 12px; margin: 8px 0 0; }
.review-sheet .signoff dd { margin: 0; border-bottom: 1px solid var(--ink); min-height: 1.6em; }
.review-sheet .print-button { font: inherit; padding: 8px 16px; min-height: 44px; cursor: pointer; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  .review-sheet { max-width: none; padding: 0; font-size: 9.5pt; }
  .review-sheet .print-button { display: none; }
  .review-sheet thead { display: table-header-group; }
  .review-sheet tr, .review-sheet .signoff { break-inside: avoid; }
  .review-sheet h2, .review-sheet h3 { break-after: avoid; }
}
`;

const col = (widths: string[]) => html`<colgroup>${widths.map((width) => html`<col style=${styleMap({width})} />`)}</colgroup>`;

/** The translations a sheet can show beside the English (the preview registers every pack). */
const TRANSLATIONS = ['fr', 'es', 'it', 'pt-BR', 'pt-PT', 'de', 'ru', 'pl', 'tr', 'ar', 'fa'];
/** The translations written right to left. */
const RTL = new Set(['ar', 'fa']);

interface SheetArgs {
  /** A translation to show beside the English; empty follows the toolbar's locale. */
  locale?: string;
}

const renderSheet = (args: SheetArgs = {}, context?: {globals?: {locale?: string}}) => {
  const wanted = args.locale || context?.globals?.locale || '';
  const locale = TRANSLATIONS.find((tag) => tag.toLowerCase() === wanted.toLowerCase()) ?? '';
  const sheets = statementSheets(locale);
  const pack = locale ? localePack(locale) : undefined;
  const translatedFrom = (pack?.eligibility as {translatedFrom?: string} | undefined)?.translatedFrom ?? '';
  return html`<style>
      ${STYLES}
    </style>
    <article class="review-sheet" lang="en-GB">
      <h1>Clinical review sheet</h1>
      <p class="meta">
        meso-widgets ${VERSION}, English content last updated ${commonEn.updated}. Generated from the content, the source
        records, the eligibility rules, the aftercare durations and the recommendation logic: it changes when they do.
      </p>
      <p>
        Read every statement below as a patient would. Each one lists its source: an item of the clinic's source article, "standard
        safety wording", or "interface" (words that state no fact). When you are satisfied, sign below and set
        <code>reviewed</code> in each widget's content, for example
        <code>{"content": {"reviewed": {"date": "2026-12-01", "by": "Dr A. Patel, medical director", "next": "2027-12-01"}}}</code>.
        Only then do the widgets say "Reviewed by … on …"; until then they say when the content was last updated.
      </p>
      ${locale
        ? html`<p>
            <strong>Translation under review: <code>${locale}</code></strong>, translated from the English of
            ${translatedFrom || 'an unknown date'}. Section 5 shows its text beside each English statement. A clinician
            fluent in the language checks that each says the same, then sets <code>reviewed</code> in that language only
            (<code>MesoEligibility.locales.add('${locale}', {reviewed: {…}})</code>, or the JSON block of a page in that
            language).
          </p>`
        : nothing}
      <button class="print-button" type="button" @click=${() => window.print()}>Print this sheet</button>

      <h2>Intended purpose</h2>
      <p class="purpose">${INTENDED_PURPOSE}</p>

      <h2>1. Self-check rules (<code>&lt;meso-eligibility&gt;</code>)</h2>
      <p>
        The outcome is the most serious one any answer gives. Each question sets its own outcome for "Not sure": pregnancy,
        breastfeeding and age give "not-now" (no booking), the rest "ask-doctor". Every question has its own floor: a clinic may
        make it stricter, never milder than its floor, and can never hide it. Age and a known allergy to an ingredient are
        fixed at "not-recommended"; pregnancy and breastfeeding never go below "not-now"; the rest never below "ask-doctor".
        An override that tries is refused and reported, and the default stays.
      </p>
      <table>
        ${col(['31%', '10%', '22%', '18%', '19%'])}
        <thead>
          <tr><th scope="col">Question</th><th scope="col">Answer</th><th scope="col">Outcome</th><th scope="col">"Not sure"</th><th scope="col">What a clinic may change</th></tr>
        </thead>
        <tbody>
          ${ruleRows().map(
            (row) => html`<tr><td>${row.question}</td><td>${row.answer}</td><td>${row.outcome}</td><td>${row.unsure}</td><td>${row.clinicMay}</td></tr>`,
          )}
        </tbody>
      </table>
      <h3>Goals</h3>
      <table>
        ${col(['40%', '25%', '35%'])}
        <thead><tr><th scope="col">Goals chosen (no health concerns)</th><th scope="col">Outcome</th><th scope="col">Note shown</th></tr></thead>
        <tbody>
          ${goalRows().map((row) => html`<tr><td>${row.goals}</td><td>${row.outcome}</td><td>${row.note}</td></tr>`)}
        </tbody>
      </table>
      <h3>Next steps by outcome</h3>
      <table>
        ${col(['25%', '45%', '30%'])}
        <thead><tr><th scope="col">Outcome</th><th scope="col">What to do next</th><th scope="col">Also shown</th></tr></thead>
        <tbody>
          ${outcomeRows().map((row) => html`<tr><td>${row.outcome}</td><td>${row.next}</td><td>${row.booking}</td></tr>`)}
        </tbody>
      </table>

      <h2>2. Aftercare windows (<code>&lt;meso-aftercare&gt;</code>)</h2>
      <p>A clinic may change any window (hours) with <code>durations</code>; a window with no set end tells the patient to ask.</p>
      <table>
        ${col(['38%', '12%', '22%', '28%'])}
        <thead><tr><th scope="col">Item</th><th scope="col">Default</th><th scope="col">Shown as</th><th scope="col">Source</th></tr></thead>
        <tbody>
          ${windowRows().map(
            (row) => html`<tr><td>${row.item}</td><td>${row.hours}</td><td>${row.wording}</td><td class="source">${row.source}</td></tr>`,
          )}
        </tbody>
      </table>

      <h2>3. Suggestions (<code>&lt;meso-vs-filler&gt;</code>)</h2>
      <table>
        ${col(['50%', '25%', '25%'])}
        <thead><tr><th scope="col">Concern</th><th scope="col">Points to</th><th scope="col">Group</th></tr></thead>
        <tbody>
          ${concernRows().map((row) => html`<tr><td>${row.concern}</td><td>${row.treatment}</td><td>${row.group}</td></tr>`)}
        </tbody>
      </table>
      <table>
        ${col(['22%', '22%', '24%', '32%'])}
        <thead><tr><th scope="col">Suggestion</th><th scope="col">When</th><th scope="col">Example (computed)</th><th scope="col">Why (shown)</th></tr></thead>
        <tbody>
          ${recommendationRows().map(
            (row) => html`<tr><td>${row.title}</td><td>${row.when}</td><td>${row.example}</td><td>${row.why}</td></tr>`,
          )}
        </tbody>
      </table>
      <p>
        Under every suggestion: "${vsFillerEn.healthNote}" With <code>self-check-url</code>, a link follows:
        "${vsFillerEn.selfCheckLink}". The notes on how marked the signs are
        ("${vsFillerEn.severityNotes.mild}" / "${vsFillerEn.severityNotes.marked}") show only when a sign of ageing was
        chosen: the first only with fine lines, and never under a fillers-only suggestion. With fat: "${vsFillerEn.fatCaveat}"
        With any suggestion that includes fillers: "${vsFillerEn.fillerCaveat}" With thinning hair: "${vsFillerEn.hairNote}"
      </p>

      <h2>4. Hazard log (DCB0129)</h2>
      <p>
        Each hazard, its cause and harm, the clinical risk before and after the controls (DCB0129 matrix: 1 acceptable to 5
        unacceptable), and each control with the test that proves it. <code>npm test</code> fails when a hazard has no
        control or names a test that does not exist.
      </p>
      ${hazardRows().map(
        (row) => html`<table class="hazard">
          ${col(['18%', '82%'])}
          <thead>
            <tr><th scope="col">${row.id}</th><th scope="col">${row.hazard}</th></tr>
          </thead>
          <tbody>
            <tr><th scope="row">Cause</th><td>${row.cause}</td></tr>
            <tr><th scope="row">Harm</th><td>${row.harm}</td></tr>
            <tr><th scope="row">Risk before</th><td>${row.initial}</td></tr>
            <tr><th scope="row">Risk after</th><td>${row.residual}${row.open ? html` <strong>Open:</strong> ${row.open}` : nothing}</td></tr>
            ${row.controls.map(
              (control) => html`<tr>
                <th scope="row">Control (${control.kind})</th>
                <td>${control.what} <code>${control.ref}</code><br /><span class="source">Proved by ${control.test}</span></td>
              </tr>`,
            )}
            <tr><th scope="row">Findings</th><td>${row.findings}</td></tr>
          </tbody>
        </table>`,
      )}

      <h2>5. Every statement, by widget and screen</h2>
      ${sheets.map(
        (sheet) => html`<h3>${sheet.tag}</h3>
          ${sheet.screens.map(
            (screen) => html`<table>
              ${locale ? col(['33%', '33%', '14%', '20%']) : col(['58%', '17%', '25%'])}
              <thead>
                <tr>
                  <th scope="col">${screen.name}</th>
                  ${locale ? html`<th scope="col">${locale}</th>` : nothing}
                  <th scope="col">Key</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                ${screen.statements.map(
                  (statement) => html`<tr>
                    <td>${statement.text}</td>
                    ${locale
                      ? html`<td lang=${locale} dir=${RTL.has(locale) ? 'rtl' : 'ltr'} class=${statement.translation ? '' : 'missing'}>
                          ${statement.translation || 'MISSING'}
                        </td>`
                      : nothing}
                    <td class="path"><code>${statement.path}</code></td>
                    <td class="source ${statement.source === 'NO SOURCE' ? 'missing' : ''}">${statement.source}</td>
                  </tr>`,
                )}
              </tbody>
            </table>`,
          )}`,
      )}

      <section class="signoff" aria-labelledby="signoff-title">
        <h2 id="signoff-title">Sign-off</h2>
        <p>I have read every statement, rule, window and hazard above and approve them for our patients.</p>
        <dl>
          <dt>Reviewed by (name, role)</dt><dd></dd>
          <dt>Date</dt><dd></dd>
          <dt>Next review due</dt><dd></dd>
          <dt>Signature</dt><dd></dd>
        </dl>
      </section>
    </article>`;
};

const meta: Meta<SheetArgs> = {
  title: 'Guides/Clinical review sheet',
  tags: ['!autodocs'],
  parameters: {layout: 'fullscreen'},
  argTypes: {
    locale: {
      description: 'A translation to show beside the English (empty: the locale chosen in the toolbar, if it has a pack)',
      control: 'select',
      options: ['', ...TRANSLATIONS],
    },
  },
  args: {locale: ''},
  render: (args, context) => renderSheet(args, context),
};
export default meta;

/**
 * Everything a clinic's medical lead signs off, in one printable page: the intended purpose, every
 * statement each widget can show with its source, the self-check rules and what a clinic may
 * change, the aftercare windows, the suggestions and the hazard log. Print it (A4) from the story, or open it on its own at
 * `iframe.html?id=guides-clinical-review-sheet--sheet`.
 */
export const Sheet: StoryObj<SheetArgs> = {};

/**
 * The same sheet for a translation: each statement's text in that language beside the English,
 * for a clinician fluent in it (here French; pick another in Controls, or with the toolbar).
 */
export const Translation: StoryObj<SheetArgs> = {args: {locale: 'fr'}};
