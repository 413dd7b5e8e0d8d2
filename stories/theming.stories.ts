import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/index.js';

/** Three example clinic brands, each made only from --meso-* properties and ::part(). */
const BRANDS = [
  {
    name: 'Lumen Skin (calm purple, rounded)',
    className: 'brand-lumen',
    css: `.brand-lumen {
  --meso-color-accent: #5b2a86;
  --meso-color-focus: #5b2a86;
  --meso-color-surface-alt: #f5f0fa;
  --meso-font-family: Georgia, 'Times New Roman', serif;
  --meso-radius: 16px;
}
.brand-lumen meso-vs-filler::part(booking) {
  border-radius: 999px;
}`,
  },
  {
    name: 'Northside Clinic (dark, square)',
    className: 'brand-northside',
    css: `.brand-northside {
  --meso-color-accent: #ffb347;
  --meso-color-on-accent: #1a1205;
  --meso-color-focus: #ffb347;
  --meso-font-family: 'Trebuchet MS', Arial, sans-serif;
  --meso-radius: 0px;
}
.brand-northside meso-vs-filler::part(heading) {
  text-transform: uppercase;
  letter-spacing: 0.04em;
}`,
    theme: 'dark',
  },
  {
    name: 'Harbour Aesthetics (blue, compact)',
    className: 'brand-harbour',
    css: `.brand-harbour {
  --meso-color-accent: #0b4f8a;
  --meso-color-focus: #0b4f8a;
  --meso-color-border-subtle: #b9cfe3;
  --meso-font-family: system-ui, sans-serif;
  --meso-font-size: 15px;
  --meso-space: 6px;
}
.brand-harbour meso-vs-filler::part(table) {
  font-size: 0.95em;
}`,
  },
];

const styleElement = (css: string) => {
  const style = document.createElement('style');
  style.textContent = css;
  return style;
};

const meta: Meta = {
  title: 'Guides/Theming',
  parameters: {layout: 'fullscreen'},
  tags: ['!autodocs'],
};
export default meta;

/**
 * Three clinic brands side by side. Each is only CSS custom properties and `::part()` rules on the
 * host page; the CSS each one uses is shown under it.
 */
export const ThreeBrands: StoryObj = {
  render: () => html`<div class="theming-page">
    ${styleElement(`.theming-page { display: grid; gap: 24px; padding: 24px; grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); align-items: start; font-family: system-ui, sans-serif; }
.theming-page figure { margin: 0; display: grid; gap: 12px; }
.theming-page figcaption { font-weight: 700; }
.theming-page pre { margin: 0; padding: 12px; white-space: pre-wrap; background: #f2f5f7; border-radius: 6px; font-size: 12px; }`)}
    ${BRANDS.map(
      (brand) => html`<figure>
        <figcaption>${brand.name}</figcaption>
        ${styleElement(brand.css)}
        <div class=${brand.className}>
          <meso-vs-filler view="helper" theme=${brand.theme ?? 'light'} booking-url="https://example.org/book"></meso-vs-filler>
        </div>
        <pre><code>${brand.css}</code></pre>
      </figure>`,
    )}
  </div>`,
};
