import {css} from 'lit';

export const vsFillerStyles = css`
  .frame {
    container: meso-vs-filler / inline-size;
  }
  .intro {
    display: grid;
    gap: var(--_space);
  }
  .compare,
  .helper {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    text-align: start;
  }
  caption {
    caption-side: top;
    text-align: start;
    color: var(--_muted);
    padding-block-end: var(--_space);
  }
  th,
  td {
    padding: calc(var(--_space) * 1.5);
    border-block-end: 1px solid var(--_border-subtle);
    vertical-align: top;
    text-align: start;
  }
  thead th {
    background: var(--_surface-alt);
    border-block-end: 2px solid var(--_accent);
    font-weight: 700;
  }
  thead th:not(.aspect-col) {
    inline-size: 40%;
  }
  tbody th {
    font-weight: 700;
  }
  th:focus {
    outline: none;
  }
  tr:focus-within,
  .card-row[tabindex='-1']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .cards {
    display: none;
    gap: calc(var(--_space) * 2);
  }
  .card {
    border: 1px solid var(--_border-subtle);
    border-block-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    display: grid;
    gap: var(--_space);
  }
  .card-title {
    font-size: 1.15em;
    font-weight: 700;
  }
  .card-row {
    padding-block: var(--_space);
    padding-inline: 0;
    border-block-start: 1px solid var(--_border-subtle);
  }
  dt {
    font-weight: 700;
  }
  @container meso-vs-filler (max-width: 37.49em) {
    .table-wrap {
      display: none;
    }
    .cards {
      display: grid;
    }
    .widget {
      padding: calc(var(--_space) * 2);
    }
    .card {
      padding: calc(var(--_space) * 1.5);
    }
  }
  .question legend {
    font-weight: 700;
    font-size: 1.1em;
  }
  .choices {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18.75em), 1fr));
    column-gap: calc(var(--_space) * 3);
  }
  .result {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border-inline-start: 6px solid var(--_accent);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .result-title {
    font-size: 1.15em;
    font-weight: 700;
  }
  .recommendation {
    font-size: 1.25em;
    font-weight: 700;
    color: var(--_text);
  }
  .reasons {
    padding-inline-start: 1.25em;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .row-link {
    display: inline-block;
    margin-inline-start: calc(var(--_space) / 2);
    padding-block: 0.125em;
    padding-inline: 0;
  }
  .note {
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_info);
    background: var(--_surface);
  }
  .note--caution {
    border-inline-start-color: var(--_warning);
  }
  /* Before the helper runs: which treatment each concern points to. */
  .key-title {
    margin: 0;
    font-weight: 600;
  }
  .key {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding-inline-start: 1.25em;
  }
  /* Only with JavaScript off (the helper never runs to give them): while a script loads, the key
     fits the space the live helper will take, and the helper soon replaces it. */
  .key-cautions {
    display: none;
    gap: var(--_space);
  }
  @media (scripting: none) {
    .key-cautions {
      display: grid;
    }
  }
  @media print {
    .helper fieldset {
      display: none;
    }
  }
`;
