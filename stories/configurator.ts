import {LitElement, css, html, nothing} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import '../src/index.js';

type Tag = 'meso-eligibility' | 'meso-aftercare' | 'meso-vs-filler';

const COMMON = ['clinic-name', 'booking-url', 'booking-label', 'clinic-phone'] as const;
const EXTRA: Record<Tag, string[]> = {
  'meso-eligibility': ['layout'],
  'meso-aftercare': ['treated-at'],
  'meso-vs-filler': ['view'],
};
const CHOICES: Record<string, string[]> = {layout: ['steps', 'list'], view: ['both', 'compare', 'helper']};

/** Escapes text for an HTML attribute value in the copied snippet. */
const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The embed configurator: choose an element, set its attributes and brand colours, see it live and
 * copy a ready HTML snippet. A Storybook page, not part of the package.
 */
export class MesoEmbedConfigurator extends LitElement {
  static override styles = css`
    :host { display: grid; gap: 24px; grid-template-columns: minmax(260px, 340px) minmax(0, 1fr); padding: 24px; font-family: system-ui, sans-serif; }
    @media (max-width: 800px) { :host { grid-template-columns: 1fr; } }
    form { display: grid; gap: 12px; align-content: start; min-width: 0; }
    label { display: grid; gap: 4px; font-weight: 600; }
    input, select, textarea { font: inherit; font-weight: 400; padding: 8px; border: 1px solid #76828c; border-radius: 6px; min-height: 40px; width: 100%; box-sizing: border-box; }
    input[type='color'] { padding: 2px; width: 64px; }
    .preview { display: grid; gap: 16px; align-content: start; }
    textarea { width: 100%; min-height: 180px; font-family: ui-monospace, monospace; font-size: 13px; box-sizing: border-box; }
    textarea.short { min-height: 0; }
    button { justify-self: start; font: inherit; font-weight: 700; padding: 10px 16px; min-height: 44px; border-radius: 6px; border: 2px solid #0b6670; background: #0b6670; color: #fff; cursor: pointer; }
    .status { min-height: 1.5em; margin: 0; color: #1e6b34; }
    h2 { margin: 0; font-size: 1.2em; }
    fieldset { border: 1px solid #d5dbe0; border-radius: 6px; padding: 8px 12px; display: grid; gap: 8px; margin: 0; }
    legend { font-weight: 600; }
    label.choice { display: flex; gap: 8px; font-weight: 400; align-items: flex-start; }
    label.choice input { width: 20px; min-height: 20px; margin-top: 2px; flex: none; }
    .hint { margin: 0; color: #505a63; }
  `;

  // Declared, not initialised as class fields: Storybook compiles this file without this
  // project's decorator settings, and class fields would shadow Lit's reactive accessors.
  static override properties = {
    tag: {state: true},
    values: {state: true},
    accent: {state: true},
    font: {state: true},
    copied: {state: true},
    mode: {state: true},
  };
  declare private tag: Tag;
  declare private values: Record<string, string>;
  declare private accent: string;
  declare private font: string;
  declare private copied: string;
  /** Which snippet: the one-file bundle (script-rendered) or static-first (prerendered + loader). */
  declare private mode: 'script' | 'static';
  /** The widget's first render as declarative shadow DOM, for the static-first snippet (not reactive: it follows a render). */
  private staticHtml!: string;

  constructor() {
    super();
    this.tag = 'meso-eligibility';
    this.values = {'clinic-name': 'Your Clinic', 'booking-url': 'https://your-clinic.example/book'};
    this.accent = '#0b6670';
    this.font = '';
    this.copied = '';
    this.mode = 'script';
    this.staticHtml = '';
  }

  private get chosenAttributes(): [string, string][] {
    return [...COMMON, ...EXTRA[this.tag]].flatMap((name) => (this.values[name] ? [[name, this.values[name]] as [string, string]] : []));
  }

  /**
   * The snippet a clinic pastes into its page or CMS. No `<style>` in it: CMS editors often strip
   * the tag and leave its CSS on the page as text, so the brand CSS is offered on its own.
   */
  get snippet(): string {
    const attrs = this.chosenAttributes.map(([name, value]) => `\n  ${name}="${attr(value)}"`).join('');
    const file = this.mode === 'static' ? 'meso-loader.js' : 'meso-widgets.js';
    return [
      `<script type="module" src="https://cdn.jsdelivr.net/npm/meso-widgets@0.1.0/dist/${file}"></script>`,
      `<${this.tag}${attrs}${attrs ? '\n' : ''}>${this.mode === 'static' ? this.staticHtml : ''}</${this.tag}>`,
    ].join('\n');
  }

  /** The brand colours and font, for the site's own stylesheet (not a CMS content block). */
  get brandCss(): string {
    const brand = [`--meso-color-accent: ${this.accent};`, this.font ? `--meso-font-family: ${this.font};` : ''].filter(Boolean).join(' ');
    return `${this.tag} { ${brand} }`;
  }

  /** The same settings as the WordPress plugin's shortcode (a patient's own `treated-at` is not a page setting there). */
  get shortcode(): string {
    const attrs = this.chosenAttributes
      .filter(([name]) => name !== 'treated-at')
      .map(([name, value]) => ` ${name.replace(/-/g, '_')}="${value.replace(/["[\]]/g, '')}"`)
      .join('');
    return `[${this.tag.replace(/-/g, '_')}${attrs}]`;
  }

  /**
   * Renders the chosen widget once, off screen, and keeps its first render as a declarative shadow
   * root: the same HTML `npx meso-widgets prerender` writes, made here in the browser.
   */
  private async renderStatic() {
    const el = document.createElement(this.tag) as HTMLElement & {updateComplete: Promise<boolean>};
    for (const [name, value] of this.chosenAttributes) el.setAttribute(name, value);
    el.hidden = true;
    document.body.append(el);
    await el.updateComplete;
    const styles = (customElements.get(this.tag) as unknown as typeof LitElement).elementStyles
      .map((style) => ('cssText' in style ? style.cssText : ''))
      .join(' ')
      .replace(/\s*\n\s*/g, ' ');
    const content = (el.shadowRoot?.innerHTML ?? '').replace(/<!--[^>]*-->/g, '');
    el.remove();
    this.staticHtml = `<template shadowrootmode="open"><style>${styles}</style>${content}</template>`;
    const textarea = this.renderRoot.querySelector('textarea');
    if (textarea) textarea.value = this.snippet;
  }

  protected override willUpdate(): void {
    if (this.mode === 'static') void this.renderStatic().catch(() => (this.staticHtml = ''));
  }

  private set(name: string, value: string) {
    this.values = {...this.values, [name]: value};
    this.copied = '';
  }

  private async copy() {
    try {
      await navigator.clipboard.writeText(this.snippet);
      this.copied = 'Copied.';
    } catch {
      this.renderRoot.querySelector('textarea')?.select();
      this.copied = 'Press Ctrl+C (or ⌘C) to copy the selected snippet.';
    }
  }

  private renderField(name: string) {
    const value = this.values[name] ?? '';
    const onInput = (event: Event) => this.set(name, (event.target as HTMLInputElement).value);
    if (CHOICES[name]) {
      return html`<label>${name}
        <select .value=${value || CHOICES[name][0]} @change=${onInput}>
          ${CHOICES[name].map((option) => html`<option value=${option}>${option}</option>`)}
        </select>
      </label>`;
    }
    return html`<label>${name} <input .value=${value} @input=${onInput} /></label>`;
  }

  private renderWidget() {
    const get = (name: string) => this.values[name] || nothing;
    const brand = styleMap({'--meso-color-accent': this.accent, '--meso-color-focus': this.accent, '--meso-font-family': this.font || null});
    const common = (template: unknown) => html`<div style=${brand}>${template}</div>`;
    switch (this.tag) {
      case 'meso-aftercare':
        return common(html`<meso-aftercare clinic-name=${get('clinic-name')} clinic-phone=${get('clinic-phone')} treated-at=${get('treated-at')}></meso-aftercare>`);
      case 'meso-vs-filler':
        return common(html`<meso-vs-filler clinic-name=${get('clinic-name')} booking-url=${get('booking-url')} booking-label=${get('booking-label')} clinic-phone=${get('clinic-phone')} view=${get('view')}></meso-vs-filler>`);
      default:
        return common(html`<meso-eligibility clinic-name=${get('clinic-name')} booking-url=${get('booking-url')} booking-label=${get('booking-label')} clinic-phone=${get('clinic-phone')} layout=${get('layout')}></meso-eligibility>`);
    }
  }

  override render() {
    return html`<form @submit=${(event: Event) => event.preventDefault()}>
        <h2>Configure</h2>
        <label>Element
          <select .value=${this.tag} @change=${(event: Event) => (this.tag = (event.target as HTMLSelectElement).value as Tag)}>
            <option value="meso-eligibility">meso-eligibility: Is mesotherapy right for me?</option>
            <option value="meso-aftercare">meso-aftercare: aftercare plan</option>
            <option value="meso-vs-filler">meso-vs-filler: mesotherapy or fillers?</option>
          </select>
        </label>
        ${[...COMMON, ...EXTRA[this.tag]].map((name) => this.renderField(name))}
        <label>Accent colour <input type="color" .value=${this.accent} @input=${(event: Event) => (this.accent = (event.target as HTMLInputElement).value)} /></label>
        <label>Font family (empty: your page's font) <input .value=${this.font} @input=${(event: Event) => (this.font = (event.target as HTMLInputElement).value)} /></label>
      </form>
      <div class="preview">
        <h2>Your snippet</h2>
        <fieldset class="mode">
          <legend>How the widget arrives</legend>
          <label class="choice"><input type="radio" name="mode" value="script" .checked=${this.mode === 'script'} @change=${() => (this.mode = 'script')} />
            Script-rendered: one file with every widget (simplest)</label>
          <label class="choice"><input type="radio" name="mode" value="static" .checked=${this.mode === 'static'} @change=${() => (this.mode = 'static')} />
            Static-first: the widget's HTML is in the snippet, so it shows before and without JavaScript; the loader fetches only this widget's code</label>
        </fieldset>
        ${this.mode === 'static'
          ? html`<p class="hint">For whole pages, run <code>npx meso-widgets prerender page.html &gt; page.static.html</code> instead: it does the
              same for every widget on the page. Prerender again after you change the attributes or update meso-widgets.</p>`
          : nothing}
        <label>HTML to paste <textarea readonly .value=${this.snippet}></textarea></label>
        <button type="button" @click=${this.copy}>Copy snippet</button>
        <p class="status" role="status">${this.copied}</p>
        <label>CSS for your site's stylesheet (not for a CMS block) <textarea class="short" readonly rows="2" .value=${this.brandCss}></textarea></label>
        <label>WordPress, with the Meso widgets plugin: shortcode <textarea class="short" readonly rows="3" .value=${this.shortcode}></textarea></label>
        <h2>Live preview</h2>
        ${this.renderWidget()}
      </div>`;
  }
}

if (!customElements.get('meso-embed-configurator')) customElements.define('meso-embed-configurator', MesoEmbedConfigurator);
