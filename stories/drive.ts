// Small helpers that play functions use to reach a state through the widget's own UI, the way a
// patient would: click what is on screen, inside the element's shadow root. The story tests call
// the same play functions, so a story that cannot reach its state fails `npm test`.
import type {LitElement} from 'lit';
import type {LocaleTable} from '../src/shared/locale-table.js';
import {inheritedLang} from '../src/shared/lang-watcher.js';

/** Where `text` sits in a content object, as a list of keys, or null. */
function pathOf(content: unknown, text: string): string[] | null {
  if (content === text) return [];
  if (content && typeof content === 'object') {
    for (const [key, value] of Object.entries(content)) {
      const path = pathOf(value, text);
      if (path) return [key, ...path];
    }
  }
  return null;
}

/**
 * The text a widget shows for an English string, in the widget's current language: plays name
 * buttons in English ("text=Continue") and still work in every locale of the toolbar.
 */
function inWidgetLanguage(el: LitElement, english: string): string {
  const table = (el.constructor as unknown as {locales?: LocaleTable<object>}).locales;
  if (!table) return english;
  const path = pathOf(table.get('en'), english);
  const current: unknown = table.get(table.match(el.lang || inheritedLang(el)));
  const value = path?.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], current);
  return typeof value === 'string' ? value : english;
}

/** The first `tag` element inside the story's canvas, once it has rendered. */
export async function widget<T extends LitElement>(canvas: Element, tag: string): Promise<T> {
  const el = canvas.querySelector<T>(tag);
  if (!el) throw new Error(`<${tag}> is not in the story`);
  await el.updateComplete;
  return el;
}

/** Clicks, in order, the controls matched by each selector (CSS in the shadow root) or button text ("text=Continue"). */
export async function clickThrough(el: LitElement, ...targets: string[]): Promise<void> {
  for (const target of targets) {
    const root = el.shadowRoot!;
    const node = target.startsWith('text=')
      ? [...root.querySelectorAll<HTMLElement>('button, a')].find(
          (item) => item.textContent?.trim() === inWidgetLanguage(el, target.slice(5)),
        )
      : root.querySelector<HTMLElement>(target);
    if (!node) throw new Error(`nothing matches ${target} in <${el.localName}>`);
    node.click();
    await el.updateComplete;
  }
}

/** Answers every health question of <meso-eligibility> (steps layout) from a map of id → answer. */
export function answerSteps(answers: Record<string, 'yes' | 'no' | 'unsure'>): string[] {
  return Object.entries(answers).flatMap(([id, answer]) => [`#q-${id}-${answer}`, 'text=Continue']);
}

/** Answers that rule nothing out: adult yes, everything else no. */
export const SAFE_ANSWERS = {
  adult: 'yes',
  pregnant: 'no',
  breastfeeding: 'no',
  bleeding: 'no',
  immune: 'no',
  skin: 'no',
  allergy: 'no',
  conditions: 'no',
  'heart-stroke': 'no',
} as const;
