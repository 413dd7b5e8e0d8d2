import {css} from 'lit';

export const eligibilityStyles = css`
  .frame {
    container: meso-eligibility / inline-size;
  }
  .step {
    display: grid;
    gap: calc(var(--_space) * 3);
    max-inline-size: 45em;
  }
  .intro {
    display: grid;
    gap: var(--_space);
  }
  .privacy {
    color: var(--_muted);
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  .step-heading {
    font-size: 1.4em;
    line-height: 1.3;
    font-weight: 700;
  }
  .caption {
    display: block;
    margin-block-end: calc(var(--_space) / 2);
    font-size: 0.7em;
    font-weight: 400;
    color: var(--_muted);
  }
  .question + .question {
    padding-block-start: calc(var(--_space) * 3);
    border-block-start: 1px solid var(--_border-subtle);
  }
  .why {
    color: var(--_muted);
  }
  .legend-text {
    font-weight: 700;
    font-size: 1.1em;
  }
  .question--error {
    border-inline-start: 5px solid var(--_danger);
    padding-inline-start: calc(var(--_space) * 2);
  }
  .back {
    justify-self: start;
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    min-block-size: 2.75em;
    padding-block: 0;
    padding-inline: 0 var(--_space);
    border: 0;
    background: none;
    color: var(--_text);
    text-decoration: none;
    cursor: pointer;
  }
  .back span {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .chevron {
    flex: none;
    inline-size: 0.6em;
    block-size: 0.9em;
  }
  .chevron:dir(rtl) {
    transform: scaleX(-1);
  }
  .summary-list {
    list-style: none;
    border-block-start: 1px solid var(--_border-subtle);
  }
  .summary-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1.5fr) auto;
    align-items: baseline;
    gap: var(--_space) calc(var(--_space) * 2);
    padding-block: calc(var(--_space) * 1.5);
    padding-inline: 0;
    border-block-end: 1px solid var(--_border-subtle);
  }
  .summary-label {
    font-weight: 700;
  }
  .summary-values {
    list-style: none;
    display: grid;
    gap: 0.25em;
  }
  .link-button {
    display: inline-block;
    padding-block: 0.125em;
    padding-inline: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .link-button:hover {
    text-decoration-thickness: 2px;
  }
  @container meso-eligibility (max-width: 32.5em) {
    .widget {
      padding: calc(var(--_space) * 2);
    }
    .summary-row {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .summary-label {
      grid-column: 1 / -1;
    }
  }
  .result {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .outcome {
    --_status: var(--_info);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border: 2px solid var(--_status);
    border-inline-start-width: 8px;
    border-radius: var(--_radius);
  }
  .result--not-recommended .outcome {
    --_status: var(--_danger);
  }
  .result--not-now .outcome {
    --_status: var(--_warning);
  }
  .result--no-concerns .outcome {
    --_status: var(--_success);
  }
  .outcome-icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 2em;
    block-size: 2em;
    border-radius: 50%;
    background: var(--_status);
    color: var(--_surface);
    font-weight: 700;
    font-size: 1.25em;
  }
  .outcome-headline {
    /* A zero basis keeps the headline beside its icon at 320 px and with large text. */
    flex: 1 1 0;
    min-inline-size: 0;
    font-size: 1.5em;
    overflow-wrap: break-word;
  }
  @container meso-eligibility (max-width: 22em) {
    .outcome-headline {
      font-size: 1.125em;
    }
  }
  .next {
    font-size: 1.125em;
  }
  .not-diagnosis {
    font-weight: 700;
  }
  .section-title {
    font-size: 1.15em;
    font-weight: 700;
    margin-block-end: var(--_space);
  }
  .result ul {
    padding-inline-start: 1.25em;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .warning {
    margin-block-start: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border-inline-start: 5px solid var(--_danger);
    background: var(--_surface-alt);
  }
  .share {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .share > * {
    margin: 0;
  }
  /* What would be shared, set apart as one block; label and answer side by side where there is room. */
  .share-summary {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
  }
  .share-summary > div {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: 0 calc(var(--_space) * 2);
  }
  .share-summary dt {
    font-weight: 700;
  }
  .share-summary dd {
    margin: 0;
  }
  .share-qr {
    display: block;
    inline-size: min(100%, 16em);
    aspect-ratio: 1;
  }
  .reasons,
  .notes,
  .checklist,
  .expect,
  .share {
    padding-block-start: calc(var(--_space) * 2);
    border-block-start: 1px solid var(--_border-subtle);
  }
  @media (forced-colors: active) {
    .outcome,
    .error-summary,
    .question--error {
      border-color: CanvasText;
    }
    .outcome-icon {
      border: 2px solid CanvasText;
    }
  }
  @media print {
    .back,
    .no-print,
    .footer .phone {
      display: none !important;
    }
    .step--result ~ .footer {
      border: 0;
    }
  }
`;
