import {css} from 'lit';

/** Questions: fieldsets, legends, hints, inline errors and labelled checkboxes and radios. */
export const formStyles = css`
  .question {
    display: grid;
    gap: var(--_space);
  }
  legend {
    padding: 0;
    margin-block-end: var(--_space);
    float: inline-start;
    inline-size: 100%;
  }
  legend + * {
    clear: both;
  }
  .hint {
    color: var(--_muted);
  }
  .error-message {
    color: var(--_danger);
    font-weight: 700;
  }
  .choices {
    display: grid;
  }
  .choices--inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 4);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 1.5);
    min-block-size: 2.75em;
  }
  .choice input {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin-block: 0.625em 0;
    margin-inline: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .choice label {
    padding-block: 0.625em;
    padding-inline: 0;
    cursor: pointer;
  }
`;
