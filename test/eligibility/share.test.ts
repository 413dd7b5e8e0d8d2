import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/index.js';
import '../../src/locales/ar.js';
import '../../src/locales/de.js';
import '../../src/locales/es.js';
import '../../src/locales/fa.js';
import '../../src/locales/fr.js';
import '../../src/locales/it.js';
import '../../src/locales/pl.js';
import '../../src/locales/pt-BR.js';
import '../../src/locales/pt-PT.js';
import '../../src/locales/ru.js';
import '../../src/locales/tr.js';
import type {MesoEligibility} from '../../src/index.js';
import {eligibilityAr} from '../../src/content/ar/eligibility.js';
import {eligibilityDe} from '../../src/content/de/eligibility.js';
import {eligibilityEn} from '../../src/content/en/eligibility.js';
import {eligibilityEs} from '../../src/content/es/eligibility.js';
import {eligibilityFa} from '../../src/content/fa/eligibility.js';
import {eligibilityFr} from '../../src/content/fr/eligibility.js';
import {eligibilityIt} from '../../src/content/it/eligibility.js';
import {eligibilityPl} from '../../src/content/pl/eligibility.js';
import {eligibilityPtBR} from '../../src/content/pt-BR/eligibility.js';
import {eligibilityPtPT} from '../../src/content/pt-PT/eligibility.js';
import {eligibilityRu} from '../../src/content/ru/eligibility.js';
import {eligibilityTr} from '../../src/content/tr/eligibility.js';
import {MAILTO_LIMIT, localDay, shareLines, shareMailto, shareText} from '../../src/logic/eligibility/share.js';
import {formatIsoDate, formattingLocale} from '../../src/logic/locale.js';
import {QUESTION_IDS, type EligibilityContent, type EligibilityShareDetail} from '../../src/types/eligibility.js';
import {expectAccessible} from '../a11y.js';
import {focused, press, tabTo} from '../keyboard.js';
import {captureConfigErrors, captureWarnings, textOf} from '../helpers.js';

const KEY = 'meso-widgets:meso-eligibility';
/** The locale an English widget writes dates in, in this browser. */
const LOCALE = () => formattingLocale('', navigator.language);
const SAFE: Record<string, string> = Object.fromEntries(QUESTION_IDS.map((id) => [id, id === 'adult' ? 'yes' : 'no']));
const ASK_DOCTOR: Record<string, string> = {...SAFE, conditions: 'unsure', 'heart-stroke': 'unsure'};
const CLINIC = 'clinic-name="Clinique Lumière"';
const ALL_CHANNELS = `${CLINIC} share-email="intake@clinic.example" share-url="https://clinic.example/intake?src=widget" share-qr share-event`;
const PACKS: [string, EligibilityContent][] = [
  ['en', eligibilityEn],
  ['de', eligibilityDe],
  ['fr', eligibilityFr],
  ['es', eligibilityEs],
  ['it', eligibilityIt],
  ['pt-BR', eligibilityPtBR],
  ['pt-PT', eligibilityPtPT],
  ['ru', eligibilityRu],
  ['ar', eligibilityAr],
  ['pl', eligibilityPl],
  ['tr', eligibilityTr],
  ['fa', eligibilityFa],
];

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const named = (el: Element, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, a')].find((node) => textOf(node) === name);
const shareSection = (el: Element) => $(el, 'section.share');

/** Puts remembered progress at "Check your answers", so the result is one click away. */
function rememberAnswers(health: Record<string, string>, goals: string[]) {
  sessionStorage.setItem(KEY, JSON.stringify({step: 'summary', goals, health, savedAt: Date.now()}));
}

/** Every `meso-eligibility-share` detail that reaches the document; clicks on links do not navigate. */
function recordShares() {
  const shares: EligibilityShareDetail[] = [];
  const onShare = (event: Event) => shares.push((event as CustomEvent<EligibilityShareDetail>).detail);
  // The test page must stay: a link's own click handler runs first, then this stops the navigation.
  const onClick = (event: Event) => {
    if (event.composedPath().some((node) => node instanceof HTMLAnchorElement)) event.preventDefault();
  };
  document.addEventListener('meso-eligibility-share', onShare);
  document.addEventListener('click', onClick);
  return {shares, stop: () => (document.removeEventListener('meso-eligibility-share', onShare), document.removeEventListener('click', onClick))};
}

/** A self-check at its result, with `attributes`, after the remembered answers. */
async function atResult(attributes: string, health: Record<string, string> = ASK_DOCTOR, goals = ['face', 'hair'], see = 'See my result') {
  rememberAnswers(health, goals);
  const wrapper = await fixture<HTMLElement>(`<div><meso-eligibility remember ${attributes}></meso-eligibility></div>`);
  const el = wrapper.querySelector<MesoEligibility>('meso-eligibility')!;
  await el.updateComplete;
  named(el, see)!.click();
  await el.updateComplete;
  return el;
}

async function withShare(attributes: string, health?: Record<string, string>, goals?: string[], see?: string) {
  const el = await atResult(attributes, health, goals, see);
  await waitUntil(() => shareSection(el), 'the share part loads');
  return el;
}

async function consent(el: MesoEligibility) {
  const box = $<HTMLInputElement>(el, '#share-consent')!;
  box.click();
  await el.updateComplete;
}

/** jsQR (a maintained decoder), loaded once as a classic script. */
let decoder: Promise<(data: Uint8ClampedArray, width: number, height: number) => {data: string} | null> | null = null;
function jsQR() {
  decoder ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/jsqr/dist/jsQR.js';
    script.onload = () => resolve((window as unknown as {jsQR: never}).jsQR);
    script.onerror = reject;
    document.head.append(script);
  });
  return decoder;
}

/** What a phone camera reads from the QR image: drawn at 8 px a module onto a canvas, then decoded. */
async function decode(img: HTMLImageElement): Promise<string | null> {
  const image = new Image();
  image.src = img.src;
  await image.decode();
  const size = 800;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const context = canvas.getContext('2d')!;
  context.imageSmoothingEnabled = false;
  context.drawImage(image, 0, 0, size, size);
  const pixels = context.getImageData(0, 0, size, size);
  return (await jsQR())(pixels.data, size, size)?.data ?? null;
}

describe('<meso-eligibility> share with the clinic (issue 22)', () => {
  let recorder: ReturnType<typeof recordShares>;
  beforeEach(() => {
    sessionStorage.clear();
    recorder = recordShares();
  });
  afterEach(() => {
    recorder.stop();
    sessionStorage.clear();
  });

  it('offers nothing, and loads nothing, where the clinic sets no channel', async () => {
    const el = await atResult(CLINIC);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await el.updateComplete;
    expect(shareSection(el)).to.equal(null);
    expect($(el, '#share-consent')).to.equal(null);
    expect(textOf(el.shadowRoot!.querySelector('.result'))).not.to.contain('Share your answers');
  });

  it('shows exactly what would be shared, with an unticked consent box, and no channel before consent', async () => {
    const el = await withShare(ALL_CHANNELS);
    const section = shareSection(el)!;
    expect(section.getAttribute('aria-labelledby')).to.equal('share-heading');
    expect(textOf($(el, '#share-heading'))).to.equal('Share your answers with Clinique Lumière');
    const lines = [...section.querySelectorAll('.share-summary > div')].map((row) => [textOf(row.querySelector('dt')), textOf(row.querySelector('dd'))]);
    expect(lines).to.deep.equal([
      ['Date', textOf(Object.assign(document.createElement('p'), {textContent: formatIsoDate(localDay(new Date()), LOCALE())}))],
      ['Result', 'Speak to your doctor first'],
      ['What you want to improve', `${eligibilityEn.goals.face}; ${eligibilityEn.goals.hair}`],
      ...QUESTION_IDS.map((id) => [eligibilityEn.questions[id].label, eligibilityEn.answers[ASK_DOCTOR[id] as 'yes']]),
    ]);
    const box = $<HTMLInputElement>(el, '#share-consent')!;
    expect(box.type).to.equal('checkbox');
    expect(box.checked).to.equal(false);
    expect(textOf(el.shadowRoot!.querySelector('label[for="share-consent"]'))).to.equal(
      'I agree to share these answers about my health with Clinique Lumière. They will use them to prepare my consultation.',
    );
    expect(textOf(box.closest('.no-print')!.querySelector('.hint'))).to.equal(
      'You can ask Clinique Lumière to delete shared answers at any time. Unticking the box does not take back answers already shared.',
    );
    // Before consent: no channel to choose, nothing to navigate to, no event.
    for (const name of ['Send them by email', 'Open the clinic’s form with your answers', 'Show them as a QR code', 'Send them to the clinic']) {
      expect(named(el, name), name).to.equal(undefined);
    }
    expect(el.shadowRoot!.querySelector('a[href^="mailto:"], a[href*="#meso-share"], img.share-qr')).to.equal(null);
    expect(recorder.shares).to.deep.equal([]);
    await expectAccessible(el);
  });

  it('after consent, every channel carries the summary, and fires the share event with it', async () => {
    const el = await withShare(ALL_CHANNELS);
    await consent(el);
    const expected = {
      outcome: 'ask-doctor',
      answers: Object.fromEntries(QUESTION_IDS.map((id) => [id, ASK_DOCTOR[id]])),
      goals: ['face', 'hair'],
      date: localDay(new Date()),
    };
    await expectAccessible(el);

    // The mail: the patient's own mail app, with the clinic's address, the subject and the summary.
    const mail = named(el, 'Send them by email') as HTMLAnchorElement;
    const href = new URL(mail.href);
    expect(href.protocol).to.equal('mailto:');
    expect(href.pathname).to.equal('intake@clinic.example');
    expect(mail.href.length).to.be.at.most(MAILTO_LIMIT);
    const params = new URLSearchParams(href.search);
    expect(params.get('subject')).to.equal(eligibilityEn.share.emailSubject);
    const body = decodeURIComponent(mail.href.split('&body=')[1]);
    expect(body.split('\r\n')[0]).to.equal('Mesotherapy self-check');
    expect(body).to.contain('Result: Speak to your doctor first');
    for (const id of QUESTION_IDS) expect(body, id).to.contain(`${eligibilityEn.questions[id].label}: ${eligibilityEn.answers[ASK_DOCTOR[id] as 'yes']}`);
    mail.click();
    expect(recorder.shares).to.deep.equal([{channel: 'email', ...expected}]);

    // The clinic's page: the summary in the fragment, which browsers do not send to servers.
    const link = named(el, 'Open the clinic’s form with your answers') as HTMLAnchorElement;
    const url = new URL(link.href);
    expect(url.origin + url.pathname + url.search).to.equal('https://clinic.example/intake?src=widget');
    expect(JSON.parse(new URLSearchParams(url.hash.slice(1)).get('meso-share')!)).to.deep.equal({channel: 'url', ...expected});
    link.click();
    expect(recorder.shares.at(-1)).to.deep.equal({channel: 'url', ...expected});

    // The QR code: shown on demand, and read by a decoder as the summary text.
    named(el, 'Show them as a QR code')!.click();
    await el.updateComplete;
    expect(recorder.shares.at(-1)).to.deep.equal({channel: 'qr', ...expected});
    const img = $<HTMLImageElement>(el, 'img.share-qr')!;
    expect(img.alt).to.equal('QR code with your answers');
    const text = shareText(eligibilityEn, shareLines(eligibilityEn, expected as never, LOCALE()));
    expect(await decode(img)).to.equal(text);
    expect(textOf($(el, '.share-status'))).to.equal(eligibilityEn.share.qrHint);
    expect(textOf($(el, '.share-status'))).to.contain('Show this code at the clinic');

    // The page event: for the clinic's own script.
    named(el, 'Send them to the clinic')!.click();
    await el.updateComplete;
    expect(recorder.shares.at(-1)).to.deep.equal({channel: 'event', ...expected});
    expect(recorder.shares.map((share) => share.channel)).to.deep.equal(['email', 'url', 'qr', 'event']);
    expect($(el, '.share-status')!.getAttribute('role')).to.equal('status');
    expect(textOf($(el, '.share-status'))).to.equal(
      'Your answers were handed to the website of Clinique Lumière. Still tell the practitioner about your health at your visit.',
    );
    await expectAccessible(el);
  });

  it('answers the QR tap at once: the hint and a box of the code’s size first, the code after the next paint', async () => {
    // Goals no other test shares, so this code was never drawn before (a code once drawn is kept).
    const el = await withShare('share-qr clinic-name="Clinique Lumière"', undefined, ['body']);
    await consent(el);
    named(el, 'Show them as a QR code')!.click();
    // A task later the tap is answered, and the code is not drawn yet.
    await new Promise((resolve) => setTimeout(resolve));
    expect(textOf($(el, '.share-status'))).to.equal(eligibilityEn.share.qrHint);
    const box = $(el, '.share-qr')!;
    expect(box.localName).to.equal('div');
    const {width, height} = box.getBoundingClientRect();
    expect(width).to.be.greaterThan(0);
    expect(height).to.equal(width);
    await el.updateComplete;
    const img = $<HTMLImageElement>(el, 'img.share-qr')!;
    expect(img.alt).to.equal('QR code with your answers');
    expect(img.getBoundingClientRect().height).to.equal(height);
    expect($(el, 'div.share-qr')).to.equal(null);
  });

  it('unticking consent hides the channels again; Start again withdraws consent', async () => {
    const el = await withShare('share-event clinic-name="Clinique Lumière"');
    await consent(el);
    expect(named(el, 'Send them to the clinic')).not.to.equal(undefined);
    await consent(el);
    expect(named(el, 'Send them to the clinic')).to.equal(undefined);
    await consent(el);
    named(el, 'Send them to the clinic')!.click();
    await el.updateComplete;
    expect(recorder.shares).to.have.length(1);
    named(el, 'Start again')!.click();
    await el.updateComplete;
    expect(shareSection(el)).to.equal(null);
    // The same answers again, through the flow: the box is unticked, and nothing is offered.
    el.remember = true;
    rememberAnswers(ASK_DOCTOR, ['face']);
    el.reset();
    await el.updateComplete;
    const again = await withShare('share-event clinic-name="Clinique Lumière"');
    expect($<HTMLInputElement>(again, '#share-consent')!.checked).to.equal(false);
    expect(named(again, 'Send them to the clinic')).to.equal(undefined);
    expect(textOf($(again, '.share-status'))).to.equal('');
    expect(recorder.shares).to.have.length(1);
  });

  it('works by keyboard: Space ticks consent, Tab reaches the channel, Enter shares', async () => {
    const el = await withShare(`share-event ${CLINIC}`);
    await tabTo(el, '#share-consent');
    await press('Space');
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#share-consent')!.checked).to.equal(true);
    expect(focused(el)!.id).to.equal('share-consent');
    const button = await tabTo(el, 'section.share button');
    expect(textOf(button)).to.equal('Send them to the clinic');
    await press('Enter');
    await el.updateComplete;
    expect(recorder.shares.map((share) => share.channel)).to.deep.equal(['event']);
  });

  it('works in the list layout too', async () => {
    const el = await withShare(`layout="list" share-event ${CLINIC}`, SAFE, ['face']);
    expect(textOf($(el, '.outcome'))).to.contain('Nothing you told us rules out mesotherapy');
    await consent(el);
    named(el, 'Send them to the clinic')!.click();
    expect(recorder.shares).to.have.length(1);
    expect(recorder.shares[0].outcome).to.equal('no-concerns');
    expect(recorder.shares[0].answers).to.deep.equal(SAFE);
  });

  it('in every language: the share part is translated and its mail link fits its limit, even with the longest answers', async () => {
    for (const [lang, content] of PACKS) {
      const health = Object.fromEntries(QUESTION_IDS.map((id) => [id, 'unsure']));
      const detail = {outcome: 'not-now' as const, answers: health as never, goals: ['face', 'hair', 'body', 'weight'] as never, date: '2026-12-31'};
      const lines = shareLines(content, detail, lang);
      const href = shareMailto(content, 'a-very-long-intake-address.for-the-clinic@example-clinic-group.example', lines);
      expect(href.length, lang).to.be.at.most(MAILTO_LIMIT);
      expect(href, lang).to.contain(encodeURIComponent(content.share.title));
      expect(href, lang).to.contain(encodeURIComponent(content.outcomes['not-now'].headline));

      const el = await withShare(`lang="${lang}" ${CLINIC} share-email="intake@clinic.example"`, {...health, adult: 'yes', pregnant: 'no', breastfeeding: 'no'}, ['face', 'hair', 'body', 'weight'], content.summary.submit);
      expect(textOf($(el, '#share-heading')), lang).to.equal(textOf(Object.assign(document.createElement('p'), {textContent: content.share.heading.replace('{clinic}', 'Clinique Lumière')})));
      await consent(el);
      const mail = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
      expect(textOf(mail), lang).to.equal(content.share.email);
      expect(mail.href.length, lang).to.be.at.most(MAILTO_LIMIT);
      expect(decodeURIComponent(mail.href), lang).to.contain(content.outcomes['ask-doctor'].headline);
      if (lang !== 'en') expect(content.share.consent, lang).not.to.equal(eligibilityEn.share.consent);
    }
  });

  it('refuses an address or a page it cannot use: one warning, a meso-config-error, and that channel is not offered', async () => {
    const errors = captureConfigErrors();
    const warnings = captureWarnings();
    try {
      const el = await withShare(`${CLINIC} share-email="intake@clinic.example?bcc=everyone@example.com" share-url="javascript:alert(1)" share-event`);
      expect(errors.errors.map((error) => error.path)).to.have.members(['share-email', 'share-url']);
      expect(warnings.messages.filter((message) => /share-(email|url)/.test(message))).to.have.length(2);
      await consent(el);
      expect(el.shadowRoot!.querySelector('a[href^="mailto:"], a[href^="javascript:"]')).to.equal(null);
      expect(named(el, 'Send them to the clinic')).not.to.equal(undefined);
    } finally {
      errors.stop();
      warnings.restore();
    }
  });

  it('the privacy line says what sharing means, and what remember keeps', async () => {
    const withName = await fixture<MesoEligibility>(html`<meso-eligibility share-qr clinic-name="Clinique Lumière"></meso-eligibility>`);
    expect(textOf(withName.shadowRoot!.querySelector('.privacy'))).to.equal(
      'Your answers stay on this device. They are shared with Clinique Lumière only if you choose to.',
    );
    const remembering = await fixture<MesoEligibility>(html`<meso-eligibility share-event remember clinic-name="Clinique Lumière"></meso-eligibility>`);
    expect(textOf(remembering.shadowRoot!.querySelector('.privacy'))).to.equal(
      `Your answers stay on this device. They are shared with Clinique Lumière only if you choose to. ${eligibilityEn.privacy.keptFor}`,
    );
  });

  it('needs clinic-name, so the consent names who receives the answers: without it, sharing is refused and not offered', async () => {
    const errors = captureConfigErrors();
    const warnings = captureWarnings();
    try {
      const el = await atResult('share-event share-qr');
      await new Promise((resolve) => setTimeout(resolve, 100));
      await el.updateComplete;
      expect(errors.errors.map((error) => error.path)).to.deep.equal(['clinic-name']);
      expect(warnings.messages).to.have.length(1);
      expect(shareSection(el)).to.equal(null);
      const intro = await fixture<MesoEligibility>(html`<meso-eligibility share-event></meso-eligibility>`);
      expect(textOf(intro.shadowRoot!.querySelector('.privacy'))).to.equal('Your answers stay on this device. They are not sent anywhere.');
    } finally {
      errors.stop();
      warnings.restore();
    }
  });

  it('is offered only where a consultation may follow: never under not-now or not-recommended', async () => {
    for (const health of [{...SAFE, pregnant: 'yes'}, {...SAFE, adult: 'no'}]) {
      const el = await atResult(ALL_CHANNELS, health);
      await new Promise((resolve) => setTimeout(resolve, 100));
      await el.updateComplete;
      expect(shareSection(el), JSON.stringify(health)).to.equal(null);
    }
    const el = await withShare(ALL_CHANNELS, SAFE);
    expect(textOf($(el, '.outcome'))).to.contain('Nothing you told us rules out mesotherapy');
  });

  it('sends health answers to a clinic page only over https (http only to this machine)', async () => {
    const errors = captureConfigErrors();
    const warnings = captureWarnings();
    try {
      const plain = await withShare(`${CLINIC} share-url="http://clinic.example/intake" share-event`);
      expect(errors.errors.map((error) => error.path)).to.deep.equal(['share-url']);
      await consent(plain);
      expect(plain.shadowRoot!.querySelector('a[href*="#meso-share"]')).to.equal(null);
      const local = await withShare(`${CLINIC} share-url="http://localhost:8080/intake"`);
      await consent(local);
      expect(local.shadowRoot!.querySelector<HTMLAnchorElement>('a[href*="#meso-share"]')!.href).to.match(/^http:\/\/localhost:8080\/intake#meso-share=/);
      expect(errors.errors).to.have.length(1);
    } finally {
      errors.stop();
      warnings.restore();
    }
  });
});

describe('<meso-eligibility> booking that fits the outcome (issue 22)', () => {
  const URLS = 'booking-url="https://clinic.example/book" consultation-url="https://clinic.example/consultation"';
  beforeEach(() => sessionStorage.clear());

  it('under ask-doctor: the consultation-only booking after the advice to see a doctor, never the treatment booking', async () => {
    const el = await atResult(URLS);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.result a')];
    expect(links.map((link) => link.href)).to.deep.equal(['https://clinic.example/consultation']);
    expect(textOf(links[0])).to.equal('Book a consultation only (no treatment)');
    const advice = $(el, '.book-after')!;
    expect(textOf(advice)).to.equal(eligibilityEn.bookAfterDoctor);
    expect(advice.compareDocumentPosition(links[0]) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
    let booked: unknown = null;
    el.addEventListener('meso-book', (event) => {
      booked = event.detail;
      event.preventDefault();
    });
    links[0].click();
    expect(booked).to.deep.equal({source: 'eligibility', url: 'https://clinic.example/consultation', outcome: 'ask-doctor', kind: 'consultation'});
  });

  it('under ask-doctor without consultation-url: no booking at all', async () => {
    const el = await atResult('booking-url="https://clinic.example/book"');
    expect(el.shadowRoot!.querySelector('.result a')).to.equal(null);
    expect($(el, '.book-after')).to.equal(null);
  });

  it('under no-concerns: the treatment booking only', async () => {
    const el = await atResult(URLS, SAFE);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.result a')];
    expect(links.map((link) => link.href)).to.deep.equal(['https://clinic.example/book']);
    let booked: unknown = null;
    el.addEventListener('meso-book', (event) => {
      booked = event.detail;
      event.preventDefault();
    });
    links[0].click();
    expect(booked).to.deep.equal({source: 'eligibility', url: 'https://clinic.example/book', outcome: 'no-concerns', kind: 'treatment'});
  });

  it('under not-now and not-recommended: neither', async () => {
    for (const health of [{...SAFE, pregnant: 'yes'}, {...SAFE, adult: 'no'}]) {
      const el = await atResult(URLS, health);
      expect(el.shadowRoot!.querySelector('.result a'), JSON.stringify(health)).to.equal(null);
    }
  });

  it('refuses a consultation-url that is not http or https', async () => {
    const errors = captureConfigErrors();
    const warnings = captureWarnings();
    try {
      const el = await atResult('consultation-url="javascript:alert(1)"');
      expect(errors.errors.map((error) => error.path)).to.deep.equal(['consultation-url']);
      expect(warnings.messages).to.have.length(1);
      expect(el.shadowRoot!.querySelector('.result a')).to.equal(null);
    } finally {
      errors.stop();
      warnings.restore();
    }
  });
});
