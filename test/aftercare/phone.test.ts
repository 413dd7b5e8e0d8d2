// Issue 23, aftercare that reaches the patient's phone: calendar links beside the file, in-app
// browsers (no download there), save or share with a copied plan announced once, and the course of
// sessions. Everything through the element's surface: text, roles, names, events.
import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import ICAL from 'ical.js';
import sinon from 'sinon';
import '../../src/aftercare.js';
import '../../src/locales/ar.js';
import {aftercareEn, type MesoAftercare} from '../../src/aftercare.js';
import {captureConfigErrors, captureWarnings, textOf} from '../helpers.js';
import {expectAccessible} from '../a11y.js';
import {USER_AGENTS} from './user-agents.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const buttonNamed = (el: Element, name: string) => $$<HTMLButtonElement>(el, 'button').find((button) => textOf(button) === name);
const linkNamed = (el: Element, name: string) => $$<HTMLAnchorElement>(el, 'a').find((link) => textOf(link) === name);
const status = (el: Element) => $$(el, '[role="status"]').find((node) => node.classList.contains('share-status'))!;
const s = aftercareEn;
const TREATED = '2026-11-24T10:00:00Z';
const NOW = '2026-11-24T12:00:00Z';

/** Sets what `navigator` reports (own properties over the prototype's getters) until `restore()`. */
function fakeNavigator(values: Record<string, unknown>): {restore: () => void} {
  for (const [key, value] of Object.entries(values)) Object.defineProperty(navigator, key, {value, configurable: true});
  return {restore: () => Object.keys(values).forEach((key) => delete (navigator as unknown as Record<string, unknown>)[key])};
}

const plan = (attributes = '') =>
  fixture<MesoAftercare>(
    Object.assign(document.createElement('div'), {innerHTML: `<meso-aftercare treated-at="${TREATED}" now="${NOW}" ${attributes}></meso-aftercare>`}).firstElementChild as MesoAftercare,
  );

describe('<meso-aftercare> on a phone (issue 23)', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  let errors: ReturnType<typeof captureConfigErrors>;
  let nav: {restore: () => void} | undefined;
  beforeEach(() => {
    localStorage.clear();
    warnings = captureWarnings();
    errors = captureConfigErrors();
  });
  afterEach(() => {
    nav?.restore();
    nav = undefined;
    warnings.restore();
    errors.stop();
  });

  describe('calendar links', () => {
    it('offers Google Calendar, Outlook.com and Office 365 links for the end of the last timed step', async () => {
      const el = await plan();
      const lastEnd = new Date(new Date(TREATED).getTime() + 72 * 3_600_000);
      const google = new URL(linkNamed(el, 'Add to Google Calendar')!.href);
      expect(google.searchParams.get('text')).to.equal(s.calendar.linkTitle);
      const [start, end] = google.searchParams.get('dates')!.split('/');
      expect(start).to.equal('20261127T100000Z');
      expect(end).to.equal('20261127T101500Z');
      expect(google.searchParams.get('details')).to.contain('Make-up: avoid until');
      for (const name of ['Add to Outlook.com', 'Add to Office 365']) {
        const url = new URL(linkNamed(el, name)!.href);
        expect(url.searchParams.get('subject')).to.equal(s.calendar.linkTitle);
        expect(new Date(url.searchParams.get('startdt')!).getTime()).to.equal(lastEnd.getTime());
        expect(new Date(url.searchParams.get('enddt')!).getTime()).to.equal(lastEnd.getTime() + 15 * 60_000);
      }
      const group = $(el, '[role="group"]')!;
      expect(textOf($(el, `#${group.getAttribute('aria-labelledby')}`))).to.equal(s.calendar.linksLabel);
      for (const link of $$<HTMLAnchorElement>(el, '.calendar-links a')) expect(link.rel).to.equal('noopener noreferrer');
    });

    it('shows no links without a plan', async () => {
      const el = await fixture<MesoAftercare>(html`<meso-aftercare></meso-aftercare>`);
      expect(linkNamed(el, 'Add to Google Calendar')).to.equal(undefined);
    });
  });

  describe('in-app browsers', () => {
    for (const name of ['instagram', 'facebook', 'crios'] as const) {
      it(`${name}: no file download; the links and "open in your browser" instead`, async () => {
        nav = fakeNavigator({userAgent: USER_AGENTS[name]});
        const el = await plan();
        expect(buttonNamed(el, s.calendar.button)).to.equal(undefined);
        expect(textOf($(el, '.in-app'))).to.equal(s.calendar.inApp);
        expect(linkNamed(el, 'Add to Google Calendar')).to.not.equal(undefined);
        expect(linkNamed(el, 'Add to Outlook.com')).to.not.equal(undefined);
        expect(buttonNamed(el, s.share.button)).to.not.equal(undefined);
        // The public method still gives the file.
        expect(el.calendar()).to.match(/^BEGIN:VCALENDAR/);
        await expectAccessible(el);
      });
    }

    for (const name of ['desktopChrome', 'desktopSafari'] as const) {
      it(`${name}: the download stays, beside the links`, async () => {
        nav = fakeNavigator({userAgent: USER_AGENTS[name]});
        const el = await plan();
        expect(buttonNamed(el, s.calendar.button)).to.not.equal(undefined);
        expect($(el, '.in-app')).to.equal(null);
        expect(linkNamed(el, 'Add to Google Calendar')).to.not.equal(undefined);
        el.addEventListener('meso-aftercare-calendar', (event) => event.preventDefault());
        const fired = oneEvent(el, 'meso-aftercare-calendar');
        buttonNamed(el, s.calendar.button)!.click();
        expect((await fired).detail).to.deep.equal({filename: s.calendar.filename, events: 6});
      });
    }
  });

  describe('save or share', () => {
    it('shares the .ics file with the Web Share API where the browser can share files', async () => {
      const share = sinon.stub().resolves();
      const canShare = sinon.stub().returns(true);
      const writeText = sinon.stub().resolves();
      nav = fakeNavigator({share, canShare, clipboard: {writeText}});
      const el = await plan();
      buttonNamed(el, s.share.button)!.click();
      await waitUntil(() => share.called, 'navigator.share was called');
      const data = share.firstCall.args[0] as ShareData;
      expect(data.title).to.equal(s.share.title);
      const file = data.files![0];
      expect(file.name).to.equal(s.calendar.filename);
      expect(file.type).to.equal('text/calendar');
      expect(await file.text()).to.equal(el.calendar());
      expect(writeText.called).to.equal(false);
      await el.updateComplete;
      expect(textOf(status(el))).to.equal('');
    });

    it('does nothing more when the patient closes the share sheet', async () => {
      const abort = Object.assign(new Error('closed'), {name: 'AbortError'});
      const writeText = sinon.stub().resolves();
      nav = fakeNavigator({share: sinon.stub().rejects(abort), canShare: () => true, clipboard: {writeText}});
      const el = await plan();
      buttonNamed(el, s.share.button)!.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      expect(writeText.called).to.equal(false);
      expect(textOf(status(el))).to.equal('');
    });

    it('copies the plan as text where files cannot be shared, and announces it once', async () => {
      const writeText = sinon.stub().resolves();
      nav = fakeNavigator({canShare: () => false, clipboard: {writeText}});
      const el = await plan('sessions="3" session-interval="P2W"');
      const region = status(el);
      expect(region.getAttribute('role')).to.equal('status');
      const changes: string[] = [];
      const observer = new MutationObserver(() => changes.push(textOf(region)));
      observer.observe(region, {childList: true, characterData: true, subtree: true});
      buttonNamed(el, s.share.button)!.click();
      await waitUntil(() => textOf(status(el)) === s.share.copied, 'the confirmation shows');
      const text = writeText.firstCall.args[0] as string;
      expect(text).to.contain(s.share.title);
      expect(text).to.contain('Make-up: avoid until');
      expect(text).to.contain('Session 2 of 3:');
      expect(text).to.contain(s.course.maintenance);
      expect(text).to.contain(s.cards.emergency.heading);
      // Later renders (the clock) leave the confirmation as it is: it is announced once.
      el.requestUpdate();
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      observer.disconnect();
      expect(changes.filter((change) => change === s.share.copied)).to.have.length(1);
      expect($$(el, '[role="status"], [aria-live]').filter((node) => textOf(node) === s.share.copied)).to.have.length(1);
      await expectAccessible(el);
    });

    it('says so when the plan cannot be copied either', async () => {
      nav = fakeNavigator({canShare: undefined, clipboard: {writeText: sinon.stub().rejects(new Error('denied'))}});
      const el = await plan();
      buttonNamed(el, s.share.button)!.click();
      await waitUntil(() => textOf(status(el)) === s.share.failed, 'the failure shows');
    });
  });

  describe('the course of sessions', () => {
    it('shows the next sessions’ dates, to be confirmed, and maintenance; the calendar carries them with reminders', async () => {
      const el = await plan('sessions="6" session-interval="P2W"');
      const course = $(el, '[part="course"]')!;
      expect(textOf(course.querySelector('h3, h4, h5, h6'))).to.equal(s.course.heading);
      const lines = [...course.querySelectorAll('li')].map(textOf);
      expect(lines).to.have.length(5);
      expect(lines[0]).to.match(/^Session 2 of 6: /);
      expect(lines[4]).to.match(/^Session 6 of 6: /);
      expect(textOf(course)).to.contain(s.course.confirm);
      expect(textOf(course)).to.contain(s.course.maintenance);
      const calendar = new ICAL.Component(ICAL.parse(el.calendar()));
      const events = calendar.getAllSubcomponents('vevent');
      expect(events).to.have.length(6 + 5);
      for (const vevent of events) expect(vevent.getAllSubcomponents('valarm')).to.have.length(1);
      const sessions = events.filter((vevent) => /mesotherapy session/i.test(String(vevent.getFirstPropertyValue('summary'))));
      expect(sessions).to.have.length(5);
      const first = new ICAL.Event(sessions[0]).startDate.toJSDate();
      expect(first.getTime() - new Date(TREATED).getTime()).to.be.within(14 * 86_400_000 - 3_600_000, 14 * 86_400_000 + 3_600_000);
      expect(errors.errors).to.deep.equal([]);
      await expectAccessible(el);
    });

    it('reads the course from the JSON block; the course property wins over it, and the attributes over both', async () => {
      const el = await fixture<MesoAftercare>(html`<meso-aftercare treated-at=${TREATED} now=${NOW}>
        <script type="application/json">{"course": {"sessions": 4, "interval": "P1M"}}</script>
      </meso-aftercare>`);
      expect($$(el, '[part="course"] li')).to.have.length(3);
      el.course = {sessions: 5, interval: 'P1W'};
      await el.updateComplete;
      expect($$(el, '[part="course"] li')).to.have.length(4);
      el.sessions = 3;
      el.sessionInterval = 'P3W';
      await el.updateComplete;
      expect($$(el, '[part="course"] li')).to.have.length(2);
      expect(errors.errors).to.deep.equal([]);
    });

    it('shows the course in Arabic, with Arabic numbers', async () => {
      const el = await plan('lang="ar" sessions="3" session-interval="P2W"');
      await waitUntil(() => textOf($(el, '[part="course"]')).includes('الجلسة'), 'the Arabic course');
      expect(textOf($(el, '[part="course"] h3, [part="course"] h4'))).to.equal('تواريخ محتملة لجلساتك القادمة');
      expect(el.calendar()).to.contain('SUMMARY;LANGUAGE=ar:حجز أو تأكيد');
    });

    const bad: [string, string, string][] = [
      ['sessions="40" session-interval="P2W"', 'sessions', 'from 2 to 15'],
      ['sessions="1" session-interval="P2W"', 'sessions', 'from 2 to 15'],
      ['sessions="six" session-interval="P2W"', 'sessions', 'from 2 to 15'],
      ['sessions="6" session-interval="P1D"', 'session-interval', 'between one week'],
      ['sessions="6" session-interval="P1Y"', 'session-interval', 'between one week'],
      ['sessions="6" session-interval="every two weeks"', 'session-interval', 'ISO 8601'],
      ['sessions="6"', 'session-interval', 'needs both'],
    ];
    for (const [attributes, path, message] of bad) {
      it(`refuses ${attributes}: one warning, one meso-config-error, no course`, async () => {
        const el = await plan(attributes);
        expect(errors.errors).to.have.length(1);
        expect(errors.errors[0].path).to.equal(path);
        expect(errors.errors[0].message).to.contain(message);
        expect(warnings.messages.filter((m) => m.startsWith('<meso-aftercare>'))).to.have.length(1);
        expect($(el, '[part="course"]')).to.equal(null);
        expect(el.calendar().match(/BEGIN:VEVENT/g)).to.have.length(6);
      });
    }

    it('refuses a bad course in the JSON block the same way', async () => {
      const el = await fixture<MesoAftercare>(html`<meso-aftercare treated-at=${TREATED} now=${NOW}>
        <script type="application/json">{"course": {"sessions": 6, "interval": "PT12H"}}</script>
      </meso-aftercare>`);
      await el.updateComplete;
      expect(errors.errors.map((error) => error.path)).to.deep.equal(['course.interval']);
      expect(warnings.messages.filter((m) => m.startsWith('<meso-aftercare>'))).to.have.length(1);
      expect($(el, '[part="course"]')).to.equal(null);
    });
  });
});
