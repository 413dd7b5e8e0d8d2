import {css} from 'lit';

/**
 * Host reset. Page CSS can still reach the host element itself (`* { line-height: 3 !important }`
 * beats any `:host` rule) and everything inherits from it, so the typography is set again on the
 * `.frame` wrapper inside the shadow root, where page CSS cannot reach. Only the font family is
 * inherited from the page, on purpose.
 */
export const hostReset = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    max-inline-size: var(--_max-width);
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }
  .frame {
    display: block;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    overflow-wrap: break-word;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1, h2, h3, h4, h5, h6, p, ul, ol, dl, dd, figure, fieldset, legend, table {
    margin: 0;
    padding: 0;
  }
  fieldset {
    border: 0;
    min-inline-size: 0;
  }
  button, input, select, textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
