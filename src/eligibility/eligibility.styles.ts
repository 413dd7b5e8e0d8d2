import {css} from 'lit';

export const eligibilityStyles = css`
  .frame {
    container: meso-eligibility / inline-size;
  }
  .step {
    display: grid;
    gap: calc(var(--_space) * 3);
    max-width: 720px;
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
    margin-bottom: calc(var(--_space) / 2);
    font-size: 0.7em;
    font-weight: 400;
    color: var(--_muted);
  }
  .question + .question {
    padding-top: calc(var(--_space) * 3);
    border-top: 1px solid var(--_border-subtle);
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
  .error-summary {
    padding: calc(var(--_space) * 2);
    border: 4px solid var(--_danger);
    border-radius: var(--_radius);
    display: grid;
    gap: var(--_space);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }
  .error-summary-title {
    font-size: 1.2em;
    font-weight: 700;
  }
  .error-summary ul {
    padding-inline-start: 0;
    list-style: none;
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: 700;
  }
  .back {
    justify-self: start;
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    min-height: 44px;
    padding: 0 var(--_space) 0 0;
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
  .back::before {
    display: inline-block;
    content: '‹';
    font-size: 1.4em;
    line-height: 1;
  }
  :host(:dir(rtl)) .back::before {
    content: '›';
  }
  .summary-list {
    border-top: 1px solid var(--_border-subtle);
  }
  .summary-row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr) auto;
    gap: var(--_space) calc(var(--_space) * 2);
    padding: calc(var(--_space) * 1.5) 0;
    border-bottom: 1px solid var(--_border-subtle);
  }
  .summary-row dt {
    font-weight: 700;
  }
  .summary-change a {
    display: inline-block;
    padding: 2px 0;
  }
  @container meso-eligibility (max-width: 520px) {
    .widget {
      padding: calc(var(--_space) * 2);
    }
    .summary-row {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .summary-row dt {
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
    width: 40px;
    height: 40px;
    border-radius: 50%;
    background: var(--_status);
    color: var(--_surface);
    font-weight: 700;
    font-size: 1.25em;
  }
  .outcome-headline {
    font-size: 1.5em;
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
    margin-bottom: var(--_space);
  }
  .result ul {
    padding-inline-start: 1.25em;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .warning {
    margin-top: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border-inline-start: 5px solid var(--_danger);
    background: var(--_surface-alt);
  }
  .reasons,
  .notes,
  .checklist,
  .expect {
    padding-top: calc(var(--_space) * 2);
    border-top: 1px solid var(--_border-subtle);
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
