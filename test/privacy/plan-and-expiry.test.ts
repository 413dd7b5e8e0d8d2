import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {MesoAftercare} from '../../src/index.js';
import {DEFAULT_DURATIONS} from '../../src/logic/aftercare/plan.js';
import {AFTERCARE_ITEMS} from '../../src/types/aftercare.js';
import {textOf} from '../helpers.js';

const KEY = 'meso-widgets:meso-aftercare';
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const buttonNamed = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('button')].find((node) => textOf(node) === name);

/** `date` as the local wall-clock time the element stores (`2026-11-24T09:05`). */
const localIso = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}T${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;

describe('<meso-aftercare> plan property and remembered time expiry (issue 22)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('plan is null before a treatment time, then holds the treatment time and each item’s end, in UTC', async () => {
    const el = await fixture<MesoAftercare>(html`<meso-aftercare></meso-aftercare>`);
    expect(el.plan).to.equal(null);
    $<HTMLInputElement>(el, '#date')!.value = '2026-11-24';
    $<HTMLInputElement>(el, '#time')!.value = '09:15';
    buttonNamed(el, 'Show my plan')!.click();
    await el.updateComplete;
    const treated = new Date(2026, 10, 24, 9, 15);
    expect(el.plan).to.deep.equal({
      treatedAt: treated.toISOString(),
      items: AFTERCARE_ITEMS.map((id) => ({
        id,
        endsAt: DEFAULT_DURATIONS[id] === null ? null : new Date(treated.getTime() + DEFAULT_DURATIONS[id]! * HOUR).toISOString(),
      })),
    });
    // Read-only: the property has no setter.
    expect(() => ((el as unknown as {plan: unknown}).plan = null)).to.throw();
  });

  it('keeps a remembered time until a week after the plan’s last timed step, then deletes it when read', async () => {
    const last = Math.max(...Object.values(DEFAULT_DURATIONS).map((hours) => hours ?? 0)) * HOUR;
    // Still kept: the last step ended six days ago.
    localStorage.setItem(KEY, localIso(new Date(Date.now() - last - 6 * DAY)));
    const kept = await fixture<MesoAftercare>(html`<meso-aftercare remember></meso-aftercare>`);
    expect(kept.plan).not.to.equal(null);
    expect($(kept, '[part="timeline"]')).not.to.equal(null);
    // Expired: the last step ended eight days ago. The form shows, and the time is gone from the device.
    localStorage.setItem(KEY, localIso(new Date(Date.now() - last - 8 * DAY)));
    const expired = await fixture<MesoAftercare>(html`<meso-aftercare remember></meso-aftercare>`);
    expect(expired.plan).to.equal(null);
    expect($(expired, '#date')).not.to.equal(null);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });
});
