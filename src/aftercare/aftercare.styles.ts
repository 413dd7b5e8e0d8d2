import {css} from 'lit';

export const aftercareStyles = css`
  .frame {
    container: meso-aftercare / inline-size;
  }
  .intro {
    display: grid;
    gap: var(--_space);
  }
  .notice {
    padding-block: calc(var(--_space) * 1.5);
    padding-inline: calc(var(--_space) * 2);
    border-inline-start: 5px solid var(--_warning);
    background: var(--_surface-alt);
  }
  .when,
  .timeline,
  .guide,
  .cards {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .when-fields {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .field label {
    font-weight: 700;
  }
  .field input {
    min-block-size: 2.75em;
    min-inline-size: 10em;
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .field input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  /* The whole field, including its calendar or clock picker button, shows the widget's ring. */
  .field input:focus-visible,
  .field input:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .field input::-webkit-calendar-picker-indicator:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .timeline {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border-subtle);
    border-block-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .subheading:focus {
    outline: none;
  }
  .subheading:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }
  .planned-note {
    display: block;
    color: var(--_muted);
  }
  .progress {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .progress label {
    font-weight: 700;
  }
  progress {
    inline-size: 100%;
    block-size: 0.75em;
    accent-color: var(--_accent);
  }
  .timeline-list,
  .list ul {
    list-style: none;
    display: grid;
    gap: var(--_space);
  }
  .item {
    display: grid;
    grid-template-columns: 11.5em minmax(0, 1fr);
    align-items: baseline;
    gap: calc(var(--_space) / 2) var(--_space);
    padding-block-end: var(--_space);
    border-block-end: 1px solid var(--_border-subtle);
  }
  .badge {
    justify-self: start;
    padding-block: 0.125em;
    padding-inline: var(--_space);
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 700;
    text-align: center;
  }
  .item--active .badge {
    color: var(--_warning);
  }
  .item--done .badge {
    color: var(--_success);
  }
  .item--ongoing .badge,
  .item--upcoming .badge {
    color: var(--_muted);
  }
  .item--done .item-text {
    color: var(--_muted);
  }
  .guide {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 21.25em), 1fr));
    grid-template-rows: auto 1fr;
    gap: calc(var(--_space) * 3);
    align-items: start;
  }
  .list,
  .normal {
    display: grid;
    gap: var(--_space);
  }
  .list--dont {
    grid-row: span 2;
  }
  .list li {
    display: flex;
    gap: var(--_space);
  }
  .mark {
    flex: none;
    font-weight: 700;
    inline-size: 1.25em;
  }
  .list--dont .mark {
    color: var(--_danger);
  }
  .list--do .mark {
    color: var(--_success);
  }
  /* The window is a sentence of its own ("Avoid this for 3 days."), on its own line. */
  .window,
  .medicine {
    display: block;
  }
  .care-card {
    --_card: var(--_info);
    border: 1px solid var(--_card);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .care-card--urgent {
    --_card: var(--_danger);
  }
  .care-card--emergency {
    --_card: var(--_danger);
    border-width: 3px;
  }
  .care-card-heading {
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 2);
    background: var(--_card);
    color: var(--_surface);
    font-size: 1.1em;
    font-weight: 700;
  }
  .care-card-body {
    padding-block: calc(var(--_space) * 1.5);
    padding-inline: calc(var(--_space) * 2);
    display: grid;
    gap: var(--_space);
  }
  .care-card-body ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  /* The emergency card's body is inverted (dark on a light page), so it never looks like the others. */
  .care-card--emergency .care-card-body {
    background: var(--_text);
    color: var(--_surface);
  }
  @container meso-aftercare (max-width: 32.5em) {
    .widget {
      padding: calc(var(--_space) * 2);
    }
    .progress {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .progress label {
      grid-column: 1 / -1;
    }
    .item {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @media (forced-colors: active) {
    .care-card-heading {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
    .care-card,
    .timeline {
      border-color: CanvasText;
    }
  }
  @media print {
    .no-print,
    .notice {
      display: none !important;
    }
    .widget {
      gap: 10px;
      font-size: 9.5pt;
      line-height: 1.35;
    }
    .lead {
      font-size: 1em;
    }
    .timeline {
      padding: 8px 12px;
      gap: 6px;
      border: 1px solid #000;
      break-inside: avoid;
    }
    .timeline-list {
      gap: 2px;
    }
    .item {
      padding-block-end: 2px;
    }
    .guide {
      gap: 8px 24px;
    }
    .list ul {
      gap: 2px;
    }
    .cards {
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: 8px;
    }
    .cards > .subheading {
      grid-column: 1 / -1;
    }
    .care-card {
      break-inside: avoid;
    }
    .care-card-heading {
      padding: 4px 8px;
      font-size: 1em;
      color: #000;
      background: none;
      border-block-end: 1px solid #000;
    }
    .care-card-body {
      padding: 6px 8px;
      gap: 4px;
    }
    .care-card--emergency .care-card-body {
      background: none;
      color: #000;
    }
  }
`;
