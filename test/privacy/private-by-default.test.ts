import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/index.js';
import '../../src/locales/de.js';
import type {MesoAftercare, MesoEligibility, MesoVsFiller} from '../../src/index.js';
import {textOf} from '../helpers.js';

const QUESTIONS = ['adult', 'pregnant', 'breastfeeding', 'bleeding', 'immune', 'skin', 'allergy', 'conditions', 'heart-stroke'];
const SAFE = Object.fromEntries(QUESTIONS.map((id) => [id, id === 'adult' ? 'yes' : 'no']));
const KEY = 'meso-widgets:meso-eligibility';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const buttonNamed = (el: Element, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, a')].find((node) => textOf(node) === name);

/** Every `meso-*` event that reaches the document, as `[type, detail]`. */
function recordEvents(): {events: [string, unknown][]; stop: () => void} {
  const events: [string, unknown][] = [];
  const names = [
    'meso-eligibility-step',
    'meso-eligibility-result',
    'meso-book',
    'meso-aftercare-plan',
    'meso-aftercare-calendar',
    'meso-vs-filler-recommendation',
  ];
  const listener = (event: Event) => {
    events.push([event.type, (event as CustomEvent).detail]);
    if (event.type === 'meso-book') event.preventDefault();
  };
  for (const name of names) document.addEventListener(name, listener);
  return {
    events,
    stop: () => names.forEach((name) => document.removeEventListener(name, listener)),
  };
}

/** Puts remembered progress at "Check your answers", so the result is one click away. */
function rememberAnswers(health: Record<string, string>, goals: string[]) {
  sessionStorage.setItem(KEY, JSON.stringify({step: 'summary', goals, health, savedAt: Date.now()}));
}

async function result(el: MesoEligibility) {
  buttonNamed(el, 'See my result')!.click();
  await el.updateComplete;
  await el.updateComplete;
}

describe('private by default', () => {
  let recorder: ReturnType<typeof recordEvents>;
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    recorder = recordEvents();
  });
  afterEach(() => {
    recorder.stop();
    sessionStorage.clear();
    localStorage.clear();
  });

  describe('with default settings no event detail carries an answer, a reason code or a time the patient entered', () => {
    const cases: [string, Record<string, string>, string][] = [
      ['not-recommended', {...SAFE, bleeding: 'yes', immune: 'unsure'}, 'not-recommended'],
      ['not-now', {...SAFE, pregnant: 'yes', skin: 'yes'}, 'not-now'],
      ['ask-doctor', {...SAFE, conditions: 'unsure', 'heart-stroke': 'unsure'}, 'ask-doctor'],
      ['no-concerns', SAFE, 'no-concerns'],
    ];
    for (const [name, health, outcome] of cases) {
      it(`the self-check (${name}): the result event is the outcome code alone, and the result property keeps the reasons`, async () => {
        rememberAnswers(health, ['hair', 'body']);
        const el = await fixture<MesoEligibility>(
          html`<meso-eligibility
            remember
            booking-url="https://clinic.example/book"
          ></meso-eligibility>`,
        );
        await result(el);
        const results = recorder.events.filter(([type]) => type === 'meso-eligibility-result').map(([, detail]) => detail);
        expect(results).to.deep.equal([{outcome}]);
        buttonNamed(el, 'Book a consultation')?.click();
        const raised = QUESTIONS.filter((id) => health[id] !== SAFE[id]);
        const text = JSON.stringify(recorder.events.map(([, detail]) => detail));
        for (const code of [...raised, 'hair', 'body', 'yes', 'unsure']) expect(text, code).not.to.contain(`"${code}"`);
        // What the page already shows stays on the documented read-only property.
        expect(el.result!.reasons.map((reason) => reason.id)).to.deep.equal(raised);
      });
    }

    it('the aftercare plan: the event says a plan was made, not when', async () => {
      const el = await fixture<MesoAftercare>(html`<meso-aftercare></meso-aftercare>`);
      $<HTMLInputElement>(el, '#date')!.value = '2026-11-24';
      $<HTMLInputElement>(el, '#time')!.value = '09:15';
      buttonNamed(el, 'Show my plan')!.click();
      await waitUntil(() => recorder.events.length > 0);
      expect(recorder.events).to.deep.equal([['meso-aftercare-plan', {}]]);
      expect($(el, '[part="timeline"]')).not.to.equal(null);
    });

    it('the comparison: the event is the recommendation alone, never the concerns or severity', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler></meso-vs-filler>`);
      $<HTMLInputElement>(el, '#concern-volume')!.click();
      await el.updateComplete;
      $<HTMLInputElement>(el, '#concern-texture')!.click();
      await el.updateComplete;
      expect(recorder.events).to.deep.equal([
        ['meso-vs-filler-recommendation', {recommendation: 'filler'}],
        ['meso-vs-filler-recommendation', {recommendation: 'combination'}],
      ]);
    });
  });

  describe('the privacy line matches each configuration', () => {
    const SAYS = 'Your answers stay on this device. They are not sent anywhere.';
    const configs: [string, string][] = [
      ['', SAYS],
      ['remember', `${SAYS} They are deleted when you close this tab or start again. If you come back after 24 hours, they are deleted then.`],
    ];
    for (const [attributes, line] of configs) {
      it(`on the self-check's intro with ${attributes || 'default settings'}`, async () => {
        const wrapper = await fixture<HTMLElement>(`<div><meso-eligibility ${attributes}></meso-eligibility></div>`);
        const el = wrapper.querySelector<MesoEligibility>('meso-eligibility')!;
        await el.updateComplete;
        expect(textOf($(el, '.privacy'))).to.equal(line);
      });
    }

    const HINT = 'Enter the date and time to see when each step ends. It stays on this device.';
    const hints: [string, string][] = [
      ['', HINT],
      ['remember', `${HINT} You can delete it with “Forget my treatment time”. If you come back over a week after your plan ends, it is deleted then.`],
    ];
    for (const [attributes, line] of hints) {
      it(`on the aftercare form's hint (its description) with ${attributes || 'default settings'}`, async () => {
        const wrapper = await fixture<HTMLElement>(`<div><meso-aftercare ${attributes}></meso-aftercare></div>`);
        const el = wrapper.querySelector<MesoAftercare>('meso-aftercare')!;
        await el.updateComplete;
        expect(textOf($(el, '#when-hint'))).to.equal(line);
        expect($(el, '#date')!.getAttribute('aria-describedby')).to.contain('when-hint');
      });
    }

    it('in the patient’s language', async () => {
      const wrapper = await fixture<HTMLElement>(`<div lang="de"><meso-eligibility remember></meso-eligibility></div>`);
      const el = wrapper.querySelector<MesoEligibility>('meso-eligibility')!;
      await waitUntil(() => textOf($(el, '.privacy')).includes('Tab'));
      expect(textOf($(el, '.privacy'))).to.equal(
        'Ihre Antworten bleiben auf diesem Gerät und werden nirgendwohin gesendet. ' +
          'Die Antworten werden gelöscht, wenn Sie diesen Tab schließen oder neu beginnen. ' +
          'Kommen Sie nach mehr als 24 Stunden zurück, werden sie dann gelöscht.',
      );
    });
  });
});
