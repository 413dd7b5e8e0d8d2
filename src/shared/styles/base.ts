import {css} from 'lit';

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
  .languages {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: calc(var(--_space) / 2) var(--_space);
    margin-block-end: calc(var(--_space) * -1);
    font-size: 0.875em;
  }
  .languages select {
    min-block-size: 2.75em;
    padding-inline: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
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
    display: grid;
    gap: var(--_space);
  }
  .script-box {
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
