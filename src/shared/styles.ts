import {css} from 'lit';

/** The dark theme's fallbacks, with the same contrast as the light ones. */
const darkTokens = css`
  --_accent: var(--meso-color-accent, #5cc8cf);
  --_on-accent: var(--meso-color-on-accent, #0b1417);
  --_text: var(--meso-color-text, #eef2f4);
  --_muted: var(--meso-color-text-muted, #b4bec6);
  --_surface: var(--meso-color-surface, #14191d);
  --_surface-alt: var(--meso-color-surface-alt, #1e262c);
  --_border: var(--meso-color-border, #8b98a3);
  --_border-subtle: var(--meso-color-border-subtle, #3a464f);
  --_danger: var(--meso-color-danger, #ff938b);
  --_warning: var(--meso-color-warning, #f2b84b);
  --_info: var(--meso-color-info, #8cbcf5);
  --_success: var(--meso-color-success, #7fd396);
  --_focus: var(--meso-color-focus, #5cc8cf);
  color-scheme: dark;
`;

/**
 * Design tokens. Public `--meso-*` properties may be set anywhere above the widget (even on
 * `:root`); each is read into a private `--_*` property here so the dark theme can change the
 * fallbacks without overriding what the host page set.
 */
export const tokens = css`
  :host {
    --_accent: var(--meso-color-accent, #0b6670);
    --_on-accent: var(--meso-color-on-accent, #ffffff);
    --_text: var(--meso-color-text, #1b1f23);
    --_muted: var(--meso-color-text-muted, #505a63);
    --_surface: var(--meso-color-surface, #ffffff);
    --_surface-alt: var(--meso-color-surface-alt, #f2f5f7);
    --_border: var(--meso-color-border, #76828c);
    --_border-subtle: var(--meso-color-border-subtle, #d5dbe0);
    --_danger: var(--meso-color-danger, #b3261e);
    --_warning: var(--meso-color-warning, #8a5300);
    --_info: var(--meso-color-info, #1d5fa8);
    --_success: var(--meso-color-success, #1e6b34);
    --_focus: var(--meso-color-focus, #0b6670);
    --_font: var(--meso-font-family, inherit);
    --_font-size: var(--meso-font-size, medium);
    --_radius: var(--meso-radius, 0.375em);
    --_space: var(--meso-space, 0.5em);
    --_max-width: var(--meso-max-width, 60em);
  }
  :host([theme='dark' i]) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto' i]) {
      ${darkTokens}
    }
  }
`;

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

/** Typography, links, buttons, focus, and the shared pieces (disclaimer, booking, phone). */
export const baseStyles = css`
  .widget {
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  .heading {
    font-size: 1.75em;
    line-height: 1.2;
    font-weight: 700;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }
  .subheading {
    font-size: 1.3em;
    line-height: 1.3;
    font-weight: 700;
  }
  .lead {
    font-size: 1.125em;
  }
  .muted {
    color: var(--_muted);
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space);
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding-block: calc(var(--_space) * 1.25);
    padding-inline: calc(var(--_space) * 2.5);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 700;
    font-size: 1em;
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }
  .button--primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .button:hover {
    text-decoration: underline;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0, 0, 0, 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .needs-script {
    display: grid;
  }
  .needs-script > * {
    grid-area: 1 / 1;
  }
  .script-part {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  :host(:not(:defined)) .script-part,
  :host(:defined) .script-note {
    visibility: hidden;
  }
  .script-note {
    align-self: start;
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 2);
    border-inline-start: 4px solid var(--_info);
    background: var(--_surface-alt);
  }
  .footer {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding-block-start: calc(var(--_space) * 2);
    border-block-start: 1px solid var(--_border-subtle);
  }
  .disclaimer {
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* A phone number never breaks across lines (it is read and dialled as one). */
  .phone a,
  .phone bdi {
    white-space: nowrap;
  }
  .disclaimer time {
    white-space: nowrap;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    align-items: center;
  }
  @media (forced-colors: active) {
    .widget,
    .button {
      border-color: CanvasText;
    }
    .button--primary {
      background: ButtonText;
      color: ButtonFace;
      forced-color-adjust: none;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .widget {
      border: 0;
      padding: 0;
    }
    .booking {
      display: none;
    }
  }
`;

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
    padding-inline-start: 0;
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

/** Everything an element needs before its own styles (elements with a form add `errorSummaryStyles`). */
export const sharedStyles = [tokens, hostReset, baseStyles, formStyles];
