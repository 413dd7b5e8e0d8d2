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
