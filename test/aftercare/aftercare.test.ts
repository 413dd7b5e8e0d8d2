import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/aftercare.js';
import {aftercareEn, type AftercarePlanDetail, type MesoAftercare} from '../../src/aftercare.js';
import {captureConfigErrors, captureWarnings, textOf} from '../helpers.js';
import {expectAccessible} from '../a11y.js';
import {focused, press, tabTo} from '../keyboard.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const buttonNamed = (el: Element, name: string) => $$<HTMLButtonElement>(el, 'button').find((button) => textOf(button) === name);
const timelineItem = (el: Element, id: string) => $(el, `.timeline-list [data-item="${id}"]`);
const H = 3_600_000;

/** Local ISO date-time (no zone) for a Date, as a patient would enter it. */
const localIso = (date: Date) => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

/** A key press, or text typed one character at a time with a pause (WebKitGTK drops fast digits). */
type Step = {press: string} | {type: string};
const pause = () => new Promise((resolve) => setTimeout(resolve, 150));

/**
 * Types a value into a native date or time input by keyboard, as a patient would. Engines segment
 * these inputs differently: Chromium and Firefox (en-US) move to the next segment by themselves,
 * WebKitGTK needs Tab between segments. Each way is tried until the value reads back right.
 */
async function typeInto(input: HTMLInputElement, value: string) {
  let ways: Step[][];
  if (input.type === 'date') {
    const [y, m, d] = value.split('-');
    ways = [[{type: `${m}${d}${y}`}], [{type: m}, {press: 'Tab'}, {type: d}, {press: 'Tab'}, {type: y}]];
  } else {
    const [h, mi] = value.split(':').map(Number);
    const hh = String(h % 12 === 0 ? 12 : h % 12).padStart(2, '0');
    const mm = String(mi).padStart(2, '0');
    const half = h < 12 ? 'A' : 'P';
    ways = [[{type: `${hh}${mm}${half}`}], [{type: hh}, {press: 'Tab'}, {type: mm}, {press: 'Tab'}, {type: half}]];
  }
  for (const way of ways) {
    // Blur first: focus() on a focused input keeps the caret in whatever segment it was in.
    input.blur();
    input.value = '';
    input.focus();
    for (const step of way) {
      if ('press' in step) await sendKeys(step);
      else
        for (const char of step.type) {
          await sendKeys({type: char});
          await pause();
        }
    }
    if (input.value === value) return;
  }
  throw new Error(`could not type ${value} into the ${input.type} input (got "${input.value}")`);
}

describe('<meso-aftercare>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  let errors: ReturnType<typeof captureConfigErrors>;
  beforeEach(() => {
    localStorage.clear();
    warnings = captureWarnings();
    errors = captureConfigErrors();
  });
  afterEach(() => {
    warnings.restore();
    errors.stop();
  });

  describe('the guide (no treatment time)', () => {
    let el: MesoAftercare;
    beforeEach(async () => {
      el = await fixture<MesoAftercare>(html`<meso-aftercare clinic-phone="+44 20 7946 0000"></meso-aftercare>`);
    });

    it('sets the medicine warning apart in the timeline too: bold, on a line of its own, after the item’s line', async () => {
      const withPlan = await fixture<MesoAftercare>(html`<meso-aftercare treated-at="2026-11-24T10:30:00Z" now="2026-11-24T12:00:00Z"></meso-aftercare>`);
      const item = $(withPlan, '.timeline-list [data-item="blood-thinners"]')!;
      const medicine = item.querySelector('.medicine')!;
      expect(textOf(medicine)).to.equal(aftercareEn.medicineWarning);
      expect(Number(getComputedStyle(medicine).fontWeight)).to.be.at.least(600);
      expect(getComputedStyle(medicine).display).to.equal('block');
      expect(textOf(item.querySelector('.item-text'))).to.match(/still avoid\. There is no set end date\. Ask your practitioner how long\. If your doctor told you/);
      expect($$(withPlan, '.timeline-list .medicine')).to.have.length(1);
    });

    it('gives every window the same weight, on a line of its own; only the medicine warning is bold', () => {
      const items = $$(el, '.list--dont li');
      const bold = (node: Element) => Number(getComputedStyle(node).fontWeight) >= 600;
      for (const item of items) {
        const window = item.querySelector<HTMLElement>('.window')!;
        expect(window.getBoundingClientRect().height, item.dataset.item).to.be.greaterThan(1);
        expect(getComputedStyle(window).display, item.dataset.item).to.equal('block');
        expect(bold(window), item.dataset.item).to.equal(false);
      }
      const medicine = $(el, '.list--dont [data-item="blood-thinners"] .medicine')!;
      expect(textOf(medicine)).to.equal(aftercareEn.medicineWarning);
      expect(bold(medicine)).to.equal(true);
    });

    it('lists every "do not" starting with "Do not", each with its window as a sentence of its own, in one unit', () => {
      const items = $$(el, '.list--dont li');
      expect(items).to.have.length(9);
      for (const item of items) expect(textOf(item)).to.match(/^✕?\s*Do not /);
      const windows = Object.fromEntries(items.map((item) => [item.dataset.item, textOf(item.querySelector('.window'))]));
      expect(windows).to.deep.equal({
        makeup: 'Avoid this for at least 1 day.',
        alcohol: 'Avoid this for at least 2 days.',
        exercise: 'Avoid this for 3 days.',
        'heat-water': 'Avoid this for 3 days.',
        irritants: 'Avoid this for at least 3 days.',
        massage: 'Avoid this for 3 days.',
        // Issue 21 (U4, H1): no medicine advice on items that are not medicines; the blood-thinner
        // item carries its own medicine warning after the window.
        sun: 'There is no set end date. Ask your practitioner how long.',
        smoking: 'There is no set end date. Ask your practitioner how long.',
        'blood-thinners': 'There is no set end date. Ask your practitioner how long.',
      });
      // Nothing tells the patient to keep doing what the item forbids.
      for (const item of items) expect(textOf(item)).not.to.match(/keep doing|keep avoiding/i);
      // The window is a sentence of its own: the instruction before it ends with a full stop, and
      // the window starts with a capital letter and ends with one.
      for (const item of items) {
        const window = textOf(item.querySelector('.window'));
        // The medicine warning of a medicine item follows the window, as a sentence of its own.
        const medicine = textOf(item.querySelector('.medicine'));
        const all = textOf(item).replace(/^✕\s*/, '');
        const before = all.slice(0, all.length - medicine.length).trim().slice(0, -window.length).trim();
        expect(before, item.dataset.item).to.match(/\.$/);
        expect(window, item.dataset.item).to.match(/^[A-Z].*\.$/);
        expect(medicine, item.dataset.item).to.equal(item.dataset.item === 'blood-thinners' ? aftercareEn.medicineWarning : '');
      }
      expect(textOf($(el, '[data-item="blood-thinners"]'))).to.contain('Never stop a prescribed medicine');
    });

    it('shows the do list and what is normal', () => {
      expect($$(el, '.list--do li span:last-child').map(textOf)).to.deep.equal(aftercareEn.dos);
      expect(textOf($(el, '.normal'))).to.contain('within a few days');
    });

    it('shows three care cards with visually hidden level prefixes, and the clinic phone', () => {
      const cards = $$(el, '[part="care-card"]');
      expect(cards).to.have.length(3);
      const headings = cards.map((card) => card.querySelector('.care-card-heading')!);
      expect(headings.map((heading) => heading.tagName)).to.deep.equal(['H4', 'H4', 'H4']);
      expect(headings.map(textOf)).to.deep.equal([
        'Non-urgent advice: Contact the clinic if:',
        'Urgent advice: Contact the clinic or your doctor today if:',
        'Emergency: Call your local emergency number now if:',
      ]);
      for (const heading of headings) expect(heading.querySelector('.visually-hidden')).not.to.equal(null);
      expect(cards[0].querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.href).to.equal('tel:+442079460000');
      // Issue 21 (H5): the emergency signs are a list; "struggle to breathe or swallow" became two signs.
      expect(textOf(cards[2])).to.contain('it is hard to breathe').and.contain('it is hard to swallow');
    });

    it('asks for the treatment time with labelled native inputs', () => {
      const date = $<HTMLInputElement>(el, '#date')!;
      const time = $<HTMLInputElement>(el, '#time')!;
      expect(date.type).to.equal('date');
      expect(time.type).to.equal('time');
      expect(textOf($(el, 'label[for="date"]'))).to.equal('Date');
      expect(textOf($(el, 'label[for="time"]'))).to.equal('Time');
      expect($(el, '[part="timeline"]')).to.equal(null);
    });

    it('is accessible', async () => {
      await expectAccessible(el);
    });
  });

  it('entering a time by keyboard produces the timeline, and an event that says a plan was made, not when', async () => {
    const el = await fixture<MesoAftercare>(html`<meso-aftercare></meso-aftercare>`);
    const treated = new Date(Date.now() - 2 * H);
    treated.setSeconds(0, 0);
    const [day, time] = localIso(treated).split('T');
    const plans: AftercarePlanDetail[] = [];
    el.addEventListener('meso-aftercare-plan', (event) => plans.push(event.detail));
    await tabTo(el, '#date');
    await typeInto($<HTMLInputElement>(el, '#date')!, day);
    await tabTo(el, '#time');
    await typeInto($<HTMLInputElement>(el, '#time')!, time);
    await tabTo(el, 'button[type="submit"]');
    await press('Enter');
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '[part="timeline"]')).not.to.equal(null);
    expect(focused(el)).to.equal($(el, '#timeline-heading'));
    expect(textOf(timelineItem(el, 'makeup'))).to.contain('Still avoid').and.contain('Make-up: avoid until');
    expect(plans).to.have.length(1);
    // The time the patient entered is health data: the event carries none of it.
    expect(plans[0]).to.deep.equal({});
    expect(el.calendar()).to.contain(`UID:makeup-${treated.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);
    await expectAccessible(el);
  });

  it('shows an error when the time is missing, and keeps the guide', async () => {
    const el = await fixture<MesoAftercare>(html`<meso-aftercare></meso-aftercare>`);
    buttonNamed(el, 'Show my plan')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(textOf($(el, '#when-error'))).to.equal('Error: Enter the date and time of your treatment');
    // The GOV.UK pattern: a focused summary with a link to the field, and the error on each input.
    const summary = $(el, '[part="error-summary"]')!;
    expect(focused(el)).to.equal(summary);
    // Focus reads the summary once; no alert or live region reads it a second time.
    expect(summary.closest('[role="alert"], [role="status"], [aria-live]')).to.equal(null);
    expect(summary.querySelector('[role="alert"], [role="status"], [aria-live]')).to.equal(null);
    // The form's heading is not inside a legend (spoken twice as focus enters): it names the group.
    expect($(el, '#form-heading')!.closest('fieldset, [role="group"]')).to.equal(null);
    expect($(el, '#date')!.closest('[role="group"]')!.getAttribute('aria-labelledby')).to.equal('form-heading');
    expect(textOf(summary)).to.equal('There is a problem Enter the date and time of your treatment');
    for (const id of ['date', 'time']) {
      const input = $(el, `#${id}`)!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')!.split(' ')).to.include('when-error');
    }
    await expectAccessible(el);
    summary.querySelector('a')!.click();
    expect(focused(el)).to.equal($(el, '#date'));
  });

  it('links the error summary to the time when only the date was entered', async () => {
    const el = await fixture<MesoAftercare>(html`<meso-aftercare></meso-aftercare>`);
    $<HTMLInputElement>(el, '#date')!.value = '2026-11-24';
    buttonNamed(el, 'Show my plan')!.click();
    await el.updateComplete;
    await el.updateComplete;
    $(el, '[part="error-summary"] a')!.click();
    expect(focused(el)).to.equal($(el, '#time'));
  });

  it('cancels "Change treatment time" with Cancel or Escape, keeping the plan and returning focus', async () => {
    const el = await fixture<MesoAftercare>(html`<meso-aftercare treated-at="2026-11-24T10:30" now="2026-11-25T09:00"></meso-aftercare>`);
    const before = textOf($(el, '.treated'));
    buttonNamed(el, 'Change treatment time')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)).to.equal($(el, '#date'));
    await press('Escape');
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '[part="form"]')).to.equal(null);
    expect(focused(el)).to.equal($(el, '#change-time'));
    expect(textOf($(el, '.treated'))).to.equal(before);

    buttonNamed(el, 'Change treatment time')!.click();
    await el.updateComplete;
    $<HTMLInputElement>(el, '#date')!.value = '';
    buttonNamed(el, 'Show my plan')!.click();
    await el.updateComplete;
    expect($(el, '[part="error-summary"]')).not.to.equal(null);
    await expectAccessible(el);
    buttonNamed(el, 'Cancel')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '[part="form"]')).to.equal(null);
    expect($(el, '[part="error-summary"]')).to.equal(null);
    expect(focused(el)).to.equal($(el, '#change-time'));
    expect(textOf($(el, '.treated'))).to.equal(before);
  });

  it('offers no Cancel when there is no plan to go back to', async () => {
    const el = await fixture<MesoAftercare>(html`<meso-aftercare></meso-aftercare>`);
    expect(buttonNamed(el, 'Cancel')).to.equal(undefined);
  });

  it('builds the timeline from treated-at alone, in the patient’s time zone', async () => {
    const el = await fixture<MesoAftercare>(html`<meso-aftercare treated-at="2026-11-24T10:30:00Z" now="2026-11-25T09:00:00Z"></meso-aftercare>`);
    const end = new Date('2026-11-25T10:30:00Z');
    const expected = new Intl.DateTimeFormat(navigator.language, {weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit'}).format(end);
    // Issue 21 (U4, C1, W5): complete sentences, no medicine advice under sunbathing, and progress in steps.
    expect(textOf(timelineItem(el, 'makeup'))).to.equal(`Still avoid Make-up: avoid until ${expected}.`);
    expect(textOf(timelineItem(el, 'sun'))).to.equal('Still avoid Sunbathing: still avoid. There is no set end date. Ask your practitioner how long.');
    const progress = $<HTMLProgressElement>(el, 'progress')!;
    expect([progress.value, progress.max]).to.deep.equal([0, 6]);
    expect(progress.getAttribute('aria-valuetext')).to.equal('0 of 6 finished');
    expect(textOf($(el, '.treated'))).to.match(/^Treated on /);
    await expectAccessible(el);
  });

  it('labels a future treatment time as planned', async () => {
    const el = await fixture<MesoAftercare>(html`<meso-aftercare treated-at="2026-12-01T10:00:00Z" now="2026-11-25T09:00:00Z"></meso-aftercare>`);
    expect(textOf($(el, '.treated'))).to.match(/^Treatment planned for /).and.contain('The times below start from your treatment.');
    expect(textOf(timelineItem(el, 'makeup'))).to.contain('Not started');
    await expectAccessible(el);
  });

  it('shows an inline message and the plain guide for an unreadable treated-at, with a warning and meso-config-error', async () => {
    const el = await fixture<MesoAftercare>(html`<meso-aftercare treated-at="last tuesday"></meso-aftercare>`);
    expect(textOf($(el, '.notice'))).to.equal(aftercareEn.invalidTreatedAt);
    expect($(el, '[part="timeline"]')).to.equal(null);
    expect($$(el, '.list--dont li')).to.have.length(9);
    expect(errors.errors.map((error) => error.path)).to.deep.equal(['treated-at']);
    expect(warnings.messages).to.have.length(1);
    await expectAccessible(el);
  });

  it('moves an item from active to done when the clock passes its end', async () => {
    const start = new Date('2026-11-24T10:00:00Z').getTime();
    const clock = sinon.useFakeTimers({now: start + 23 * H + 59 * 60_000, toFake: ['Date', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout']});
    try {
      const el = await fixture<MesoAftercare>(html`<meso-aftercare treated-at="2026-11-24T10:00:00Z"></meso-aftercare>`);
      expect(textOf(timelineItem(el, 'makeup'))).to.contain('Still avoid');
      await clock.tickAsync(60_000);
      await el.updateComplete;
      // Issue 21 (C1): the end of a minimum wait is not "Done" or "OK again".
      expect(textOf(timelineItem(el, 'makeup'))).to.contain('Shortest wait over').and.contain('the shortest wait was until');
      expect(textOf(timelineItem(el, 'alcohol'))).to.contain('Still avoid');
    } finally {
      clock.restore();
    }
  });

  it('does no work while the page is hidden', async () => {
    const el = await fixture<MesoAftercare>(html`<meso-aftercare treated-at="2026-11-24T10:00:00Z"></meso-aftercare>`);
    const hidden = sinon.stub(document, 'hidden').get(() => true);
    const clock = sinon.useFakeTimers({now: Date.now(), toFake: ['setInterval', 'clearInterval']});
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      const spy = sinon.spy(el, 'requestUpdate');
      await clock.tickAsync(10 * 60_000);
      expect(spy.callCount).to.equal(0);
      hidden.restore();
      document.dispatchEvent(new Event('visibilitychange'));
      expect(spy.callCount).to.equal(1);
    } finally {
      clock.restore();
      hidden.restore();
    }
  });

  it('takes durations from the JSON block and reports bad ones', async () => {
    const el = await fixture<MesoAftercare>(html`<meso-aftercare treated-at="2026-11-24T10:00:00Z" now="2026-11-25T12:00:00Z">
      <script type="application/json">{"durations": {"makeup": 48, "alcohol": -2, "tan": 4}}</script>
    </meso-aftercare>`);
    expect(textOf($(el, '.list--dont [data-item="makeup"] .window'))).to.equal('Avoid this for at least 2 days.');
    expect(textOf($(el, '.list--dont [data-item="alcohol"] .window'))).to.equal('Avoid this for at least 2 days.');
    expect(textOf(timelineItem(el, 'makeup'))).to.contain('Still avoid');
    expect(errors.errors.map((error) => error.path)).to.deep.equal(['durations.alcohol', 'durations.tan']);
  });

  it('lets a clinic hide and add items through content', async () => {
    const el = await fixture<MesoAftercare>(html`<meso-aftercare
      .content=${{hiddenItems: ['smoking'], extraDonts: ['Do not have a facial for 2 weeks.']}}
    ></meso-aftercare>`);
    const texts = $$(el, '.list--dont li').map(textOf);
    expect(texts).to.have.length(9);
    expect(texts.join(' ')).not.to.contain('smoke');
    expect(texts.at(-1)).to.match(/Do not have a facial for 2 weeks\.$/);
    expect($$(el, '.list--dont li').at(-1)!.querySelector('.window'), 'the clinic gave the time: no window sentence').to.equal(null);
  });

  it('builds the calendar in the page: calendar() and the button, with meso-aftercare-calendar', async () => {
    const el = await fixture<MesoAftercare>(html`<meso-aftercare treated-at="2026-11-24T10:00:00Z" now="2026-11-24T12:00:00Z"></meso-aftercare>`);
    const ics = el.calendar();
    expect(ics).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(6);
    expect(ics).to.contain('SUMMARY;LANGUAGE=en:Make-up: shortest wait over');
    // When to get help travels with the plan, in every event's description.
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    expect(unfolded).to.contain(aftercareEn.cards.emergency.heading);
    expect(unfolded).to.contain(aftercareEn.cards.urgent.level);
    el.addEventListener('meso-aftercare-calendar', (event) => event.preventDefault());
    const fired = oneEvent(el, 'meso-aftercare-calendar');
    buttonNamed(el, 'Add to calendar')!.click();
    expect((await fired).detail).to.deep.equal({filename: 'mesotherapy-aftercare.ics', events: 6});
  });

  it('returns no calendar without a treatment time', async () => {
    const el = await fixture<MesoAftercare>(html`<meso-aftercare></meso-aftercare>`);
    expect(el.calendar()).to.equal('');
  });

  describe('remember', () => {
    it('round-trips the entered time through localStorage, and Forget clears it', async () => {
      const first = await fixture<MesoAftercare>(html`<meso-aftercare remember></meso-aftercare>`);
      $<HTMLInputElement>(first, '#date')!.value = '2026-11-24';
      $<HTMLInputElement>(first, '#time')!.value = '09:15';
      buttonNamed(first, 'Show my plan')!.click();
      await first.updateComplete;
      expect(localStorage.length).to.equal(1);
      first.remove();

      const second = await fixture<MesoAftercare>(html`<meso-aftercare remember></meso-aftercare>`);
      expect($(second, '[part="timeline"]')).not.to.equal(null);
      expect(second.calendar()).to.contain(`UID:makeup-${new Date(2026, 10, 24, 9, 15).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);
      buttonNamed(second, 'Forget my treatment time')!.click();
      await second.updateComplete;
      expect(localStorage.length).to.equal(0);
      expect($(second, '[part="timeline"]')).to.equal(null);
      second.remove();

      const third = await fixture<MesoAftercare>(html`<meso-aftercare remember></meso-aftercare>`);
      expect($(third, '[part="timeline"]')).to.equal(null);
    });

    it('stores nothing without remember', async () => {
      const el = await fixture<MesoAftercare>(html`<meso-aftercare></meso-aftercare>`);
      $<HTMLInputElement>(el, '#date')!.value = '2026-11-24';
      $<HTMLInputElement>(el, '#time')!.value = '09:15';
      buttonNamed(el, 'Show my plan')!.click();
      await el.updateComplete;
      expect(localStorage.length).to.equal(0);
      expect(buttonNamed(el, 'Forget my treatment time')).to.equal(undefined);
    });

    it('falls back to no storage when localStorage throws', async () => {
      const setItem = sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
      const getItem = sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
      try {
        const el = await fixture<MesoAftercare>(html`<meso-aftercare remember></meso-aftercare>`);
        $<HTMLInputElement>(el, '#date')!.value = '2026-11-24';
        $<HTMLInputElement>(el, '#time')!.value = '09:15';
        buttonNamed(el, 'Show my plan')!.click();
        await el.updateComplete;
        expect($(el, '[part="timeline"]')).not.to.equal(null);
      } finally {
        setItem.restore();
        getItem.restore();
      }
    });
  });

  it('is accessible in the dark theme with a timeline', async () => {
    const el = await fixture<MesoAftercare>(
      html`<meso-aftercare theme="dark" treated-at="2026-11-24T10:00:00Z" now="2026-11-26T12:00:00Z" clinic-phone="+1 555 0100"></meso-aftercare>`,
    );
    await waitUntil(() => $(el, '[part="timeline"]'));
    await expectAccessible(el);
  });

  describe('issue 21: care cards, numbers, medicines and complete sentences', () => {
    it('shows each care card as a heading, a list of signs and what to do; the emergency card looks different', async () => {
      const el = await fixture<MesoAftercare>(html`<meso-aftercare></meso-aftercare>`);
      const cards = $$(el, '[part="care-card"]');
      for (const [i, level] of (['non-urgent', 'urgent', 'emergency'] as const).entries()) {
        const signs = [...cards[i].querySelectorAll('ul li')].map(textOf);
        expect(signs, level).to.deep.equal(aftercareEn.cards[level].signs);
      }
      const emergency = cards[2];
      expect([...emergency.querySelectorAll('.care-card-body p')].map(textOf)).to.deep.equal(aftercareEn.cards.emergency.actions);
      expect(textOf(emergency.querySelector('.care-card-body p'))).to.match(/^If you think it is a severe allergic reaction and you have an adrenaline pen/);
      const body = (card: Element) => getComputedStyle(card.querySelector('.care-card-body')!).backgroundColor;
      expect(body(emergency)).not.to.equal(body(cards[1]));
      // No clinic phone on the emergency card: the patient calls the emergency number.
      expect(emergency.querySelector('[part="phone"]')).to.equal(null);
      await expectAccessible(el);
    });

    it('emergency-number and urgent-number: the emergency card names the number, and the urgent card gives it as the route', async () => {
      const el = await fixture<MesoAftercare>(html`<meso-aftercare emergency-number="999" urgent-number="111"></meso-aftercare>`);
      const cards = $$(el, '[part="care-card"]');
      expect(textOf(cards[2].querySelector('.care-card-heading'))).to.equal('Emergency: Call 999 now if:');
      expect(textOf(cards[1])).to.contain('If you cannot reach them, call 111 today.');
      el.emergencyNumber = '';
      el.urgentNumber = '';
      await el.updateComplete;
      expect(textOf(cards[2].querySelector('.care-card-heading'))).to.equal('Emergency: Call your local emergency number now if:');
      expect(textOf($$(el, '[part="care-card"]')[1])).to.contain(aftercareEn.cards.urgent.noAnswer);
      expect(errors.errors).to.deep.equal([]);
    });

    it('never guesses a country from the language: a French page without emergency-number names no number', async () => {
      await import('../../src/locales/fr.js');
      const el = await fixture<MesoAftercare>(html`<meso-aftercare lang="fr"></meso-aftercare>`);
      await waitUntil(() => textOf($(el, '.cards')).includes('Urgence'));
      expect(textOf($(el, '.cards'))).not.to.match(/\b(15|112|999|911)\b/);
    });

    it('refuses an emergency-number that is not a phone number: one warning, one meso-config-error, the general wording stays', async () => {
      const el = await fixture<MesoAftercare>(html`<meso-aftercare emergency-number="call us"></meso-aftercare>`);
      expect(errors.errors.map((error) => error.path)).to.deep.equal(['emergency-number']);
      expect(warnings.messages).to.have.length(1);
      expect(textOf($$(el, '[part="care-card"]')[2].querySelector('.care-card-heading'))).to.contain('your local emergency number');
    });

    it('refuses a clinic’s own line as emergency-number: the card keeps "your local emergency number"', async () => {
      for (const own of ['07700 900123', '+44 20 7946 0000', '0800 123 4567', '116117']) {
        errors.errors.length = 0;
        warnings.messages.length = 0;
        const el = await fixture<MesoAftercare>(html`<meso-aftercare emergency-number=${own} urgent-number="111"></meso-aftercare>`);
        expect(errors.errors.map((error) => error.path), own).to.deep.equal(['emergency-number']);
        expect(warnings.messages, own).to.have.length(1);
        const emergency = $$(el, '[part="care-card"]')[2];
        expect(textOf(emergency.querySelector('.care-card-heading')), own).to.equal('Emergency: Call your local emergency number now if:');
        expect(textOf(emergency), own).not.to.contain(own);
      }
    });

    it('refuses for emergency-number any number not on the list, and for urgent-number an emergency number from it: a swapped pair such as 111 and 999 loses both', async () => {
      for (const [emergency, urgent, paths] of [
        ['111', '999', ['emergency-number', 'urgent-number']],
        ['119', '112', ['emergency-number', 'urgent-number']],
        ['', '112', ['urgent-number']],
        ['811', '', ['emergency-number']],
      ] as const) {
        errors.errors.length = 0;
        warnings.messages.length = 0;
        const el = await fixture<MesoAftercare>(html`<meso-aftercare emergency-number=${emergency} urgent-number=${urgent}></meso-aftercare>`);
        const label = `${emergency} / ${urgent}`;
        expect(errors.errors.map((error) => error.path), label).to.deep.equal(paths);
        expect(warnings.messages, label).to.have.length(paths.length);
        const [, urgentCard, emergencyCard] = $$(el, '[part="care-card"]');
        expect(textOf(emergencyCard.querySelector('.care-card-heading')), label).to.equal('Emergency: Call your local emergency number now if:');
        expect(textOf(urgentCard), label).to.contain(aftercareEn.cards.urgent.noAnswer);
        for (const number of [emergency, urgent].filter(Boolean)) expect(textOf($(el, '.cards')), label).not.to.match(new RegExp(`\\b${number}\\b`));
        // The calendar file says the same.
        el.treatedAt = '2026-11-24T10:00:00Z';
        await el.updateComplete;
        expect(el.calendar().replace(/\r\n[ \t]/g, ''), label).to.contain('Call your local emergency number now if:');
      }
    });

    it('refuses the clinic’s own line as urgent-number: the urgent card sends the patient elsewhere when the clinic cannot be reached', async () => {
      const el = await fixture<MesoAftercare>(html`<meso-aftercare clinic-phone="+44 20 7946 0000" urgent-number="020 7946 0000"></meso-aftercare>`);
      expect(errors.errors.map((error) => error.path)).to.deep.equal(['urgent-number']);
      expect(warnings.messages).to.have.length(1);
      const urgent = $$(el, '[part="care-card"]')[1];
      expect(textOf(urgent)).to.contain(aftercareEn.cards.urgent.noAnswer);
      expect(textOf(urgent)).not.to.contain('call 020 7946 0000 today');
    });

    it('refuses 111 as emergency-number (NHS 111 in the UK, an advice line): the card says "your local emergency number"', async () => {
      const el = await fixture<MesoAftercare>(html`<meso-aftercare emergency-number="111"></meso-aftercare>`);
      expect(errors.errors.map((error) => error.path)).to.deep.equal(['emergency-number']);
      expect(warnings.messages).to.have.length(1);
      expect(textOf($$(el, '[part="care-card"]')[2].querySelector('.care-card-heading'))).to.equal('Emergency: Call your local emergency number now if:');
    });

    it('reports each problem once, when an attribute it comes from changes', async () => {
      const el = await fixture<MesoAftercare>(html`<meso-aftercare emergency-number="07700 900123" urgent-number="111"></meso-aftercare>`);
      const paths = () => errors.errors.map((error) => error.path);
      expect(paths()).to.deep.equal(['emergency-number']);
      el.urgentNumber = '116117';
      await el.updateComplete;
      expect(paths(), 'the emergency number did not change').to.deep.equal(['emergency-number']);
      el.clinicPhone = '116 117';
      await el.updateComplete;
      expect(paths(), 'the urgent number is now the clinic line, though only clinic-phone changed').to.deep.equal(['emergency-number', 'urgent-number']);
      el.emergencyNumber = '999';
      await el.updateComplete;
      expect(paths(), 'nothing new').to.deep.equal(['emergency-number', 'urgent-number']);
      expect(warnings.messages).to.have.length(2);
      expect(textOf($(el, '.cards'))).to.contain('Call 999 now if:').and.not.contain('116117');
    });

    it('the urgent card sends a blocked blood vessel to help straight away, last, after the "today" route, with the clinic phone again, and not as a sign for today', async () => {
      const el = await fixture<MesoAftercare>(html`<meso-aftercare clinic-phone="+44 20 7946 0000"></meso-aftercare>`);
      const urgent = $$(el, '[part="care-card"]')[1];
      const body = urgent.querySelector('.care-card-body')!;
      const text = textOf(body);
      const {straightAway, actions, noAnswer} = aftercareEn.cards.urgent;
      expect(text.indexOf(actions[0])).to.be.below(text.indexOf(noAnswer));
      expect(text.indexOf(noAnswer)).to.be.below(text.indexOf(straightAway));
      const after = text.slice(text.indexOf(straightAway) + straightAway.length);
      expect(after).to.contain('+44 20 7946 0000');
      expect(after).not.to.match(/today/i);
      expect(urgent.querySelector('.straight-away strong')).not.to.equal(null);
      for (const sign of urgent.querySelectorAll('li')) expect(textOf(sign)).not.to.match(/blue|grey|blotchy|sight/);
    });

    it('the blood-thinner item keeps the medicine warning in the guide and the timeline; no other item mentions medicines', async () => {
      const el = await fixture<MesoAftercare>(html`<meso-aftercare treated-at="2026-11-24T10:00:00Z" now="2026-11-24T12:00:00Z"></meso-aftercare>`);
      for (const scope of ['.list--dont', '.timeline-list']) {
        for (const item of $$(el, `${scope} [data-item]`)) {
          const text = textOf(item);
          if (item.dataset.item === 'blood-thinners') expect(text, scope).to.contain(aftercareEn.medicineWarning);
          else expect(text, `${scope} ${item.dataset.item}`).not.to.match(/medicine/i);
        }
      }
    });

    it('a future treated-at: every timeline line is a complete sentence (the issue’s reproduction)', async () => {
      const el = await fixture<MesoAftercare>(html`<meso-aftercare treated-at="2026-12-01T10:00:00Z" now="2026-11-25T09:00:00Z"></meso-aftercare>`);
      for (const item of $$(el, '.timeline-list [data-item]')) {
        const line = textOf(item.querySelector('.item-text'));
        expect(line, item.dataset.item).to.match(/\.$/);
        expect(line, item.dataset.item).not.to.match(/until\s*\.?$/);
      }
      expect(textOf(timelineItem(el, 'sun'))).to.contain('Sunbathing: avoid from your treatment. There is no set end date.');
      expect(textOf(timelineItem(el, 'smoking'))).not.to.match(/medicine/i);
    });

    it('the progress counts finished steps, not time', async () => {
      const el = await fixture<MesoAftercare>(html`<meso-aftercare treated-at="2026-11-24T10:00:00Z" now="2026-11-26T10:30:00Z"></meso-aftercare>`);
      const progress = $<HTMLProgressElement>(el, 'progress')!;
      expect([progress.value, progress.max]).to.deep.equal([2, 6]);
      expect(textOf($(el, '.progress-text'))).to.equal('2 of 6 finished');
    });

    it('the calendar file carries the care cards in the same words as the page, with the clinic’s numbers', async () => {
      const el = await fixture<MesoAftercare>(
        html`<meso-aftercare treated-at="2026-11-24T10:00:00Z" now="2026-11-24T12:00:00Z" emergency-number="112" urgent-number="116117"></meso-aftercare>`,
      );
      const ics = el.calendar().replace(/\r\n[ \t]/g, '');
      const unescape = (text: string) => text.replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');
      const description = unescape(/DESCRIPTION;LANGUAGE=en:(.*)/.exec(ics)![1]);
      for (const card of $$(el, '[part="care-card"]')) {
        expect(description).to.contain(textOf(card.querySelector('.care-card-heading')));
        for (const line of card.querySelectorAll('.care-card-body li, .care-card-body > p:not([part="phone"])'))
          expect(description, textOf(line)).to.contain(textOf(line));
      }
      expect(description).to.contain('Call 112 now if:').and.contain('call 116117 today');
      expect(description).to.contain(aftercareEn.medicineWarning);
    });

    it('prints the care cards and the timeline: no print rule hides them', async () => {
      const el = await fixture<MesoAftercare>(html`<meso-aftercare treated-at="2026-11-24T10:00:00Z" now="2026-11-24T12:00:00Z"></meso-aftercare>`);
      // The rules that hide something in print, read from the widget's own style sheets (every
      // engine; only Chromium's launcher can emulate print media).
      const hidden: string[] = [];
      const walk = (rules: CSSRuleList, print: boolean) => {
        for (const rule of rules) {
          if (rule instanceof CSSMediaRule) walk(rule.cssRules, print || /\bprint\b/.test(rule.media.mediaText));
          else if (print && rule instanceof CSSStyleRule && rule.style.display === 'none') hidden.push(rule.selectorText);
        }
      };
      for (const sheet of el.shadowRoot!.adoptedStyleSheets) walk(sheet.cssRules, false);
      for (const style of el.shadowRoot!.querySelectorAll('style')) walk(style.sheet!.cssRules, false);
      // The print sheet does hide the buttons, so the check below can fail.
      expect(hidden.some((selector) => $(el, '.no-print')!.matches(selector))).to.equal(true);
      const printed = [$(el, '.cards')!, ...$$(el, '.cards *'), $(el, '[part="timeline"]')!, ...$$(el, '.timeline-list, .timeline-list *')];
      for (const node of printed)
        for (const selector of hidden) expect(node.matches(selector), `${selector} hides ${node.localName}.${node.className}`).to.equal(false);
    });
  });
});
