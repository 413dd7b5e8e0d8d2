import {css} from 'lit';

/** The GOV.UK-style error summary above a form: "There is a problem" and a link per field. */
export const errorSummaryStyles = css`
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
    list-style: none;
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .error-summary {
      border-color: CanvasText;
    }
  }
`;
