import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {tabTo} from '../keyboard.js';
import '../../src/vs-filler.js';
import {vsFillerEn, type MesoVsFiller, type VsFillerRecommendationDetail} from '../../src/vs-filler.js';
import {textOf} from '../helpers.js';
import {expectAccessible} from '../a11y.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const visible = (node: Element | null) => !!node && node.getClientRects().length > 0;
const checkbox = (el: Element, id: string) => $<HTMLInputElement>(el, `#concern-${id}`)!;
const labelOf = (el: Element, input: HTMLInputElement) => textOf($(el, `label[for="${input.id}"]`));
/**
 * The polite live region's text. It has no status role: Orca reads a status as "statusbar" in
 * browse mode, and `aria-live` alone announces the same text.
 */
const liveText = (el: Element) => {
  const regions = [...el.shadowRoot!.querySelectorAll('[aria-live]')];
  expect(regions).to.have.length(1);
  expect(regions[0].getAttribute('aria-live')).to.equal('polite');
  expect(regions[0].hasAttribute('role')).to.equal(false);
  return textOf(regions[0]);
};

const wide = (template: unknown) => fixture<HTMLElement>(html`<div style="width: 1000px">${template}</div>`);
const narrow = (template: unknown) => fixture<HTMLElement>(html`<div style="width: 320px">${template}</div>`);

describe('<meso-vs-filler>', () => {
  describe('comparison table (wide container)', () => {
    let el: MesoVsFiller;
    beforeEach(async () => {
      el = (await wide(html`<meso-vs-filler view="compare"></meso-vs-filler>`)).firstElementChild as MesoVsFiller;
      await el.updateComplete;
    });

    it('is a real table with a caption naming it', () => {
      const table = $<HTMLTableElement>(el, 'table')!;
      expect(visible(table)).to.equal(true);
      expect(textOf(table.caption)).to.equal(vsFillerEn.tableCaption);
    });

    it('has column headers for both treatments and a row header per aspect', () => {
      const table = $<HTMLTableElement>(el, 'table')!;
      const columns = [...table.tHead!.rows[0].cells];
      expect(columns.map((cell) => [cell.tagName, cell.getAttribute('scope'), textOf(cell)])).to.deep.equal([
        ['TH', 'col', 'What we compare'],
        ['TH', 'col', 'Mesotherapy'],
        ['TH', 'col', 'Dermal fillers'],
      ]);
      const rows = [...table.tBodies[0].rows];
      expect(rows.map((row) => textOf(row.cells[0]))).to.deep.equal(
        Object.values(vsFillerEn.aspects).map((aspect) => aspect.label),
      );
      for (const row of rows) {
        expect(row.cells[0].tagName).to.equal('TH');
        expect(row.cells[0].getAttribute('scope')).to.equal('row');
      }
    });

    it('puts each fact under its treatment column and in its aspect row', () => {
      const table = $<HTMLTableElement>(el, 'table')!;
      const lasts = [...table.tBodies[0].rows].find((row) => textOf(row.cells[0]) === 'How long it lasts')!;
      expect(textOf(lasts.cells[1])).to.equal(vsFillerEn.aspects.lasts.mesotherapy);
      expect(textOf(lasts.cells[2])).to.contain('6 months to 2 years');
    });

    it('states the fat-loss caveats in the table itself, so view="compare" shows them', () => {
      const goal = textOf($(el, '#aspect-goal')!.closest('tr'));
      expect(goal).to.contain('small areas of fat');
      expect(goal).to.contain('not a weight-loss or obesity treatment');
      expect(goal).to.contain('has not approved it for fat loss');
    });

    it('shows no helper in the compare view', () => {
      expect($(el, 'input')).to.equal(null);
    });

    it('is accessible', async () => {
      await expectAccessible(el);
    });
  });

  describe('narrow layout (320 px)', () => {
    let el: MesoVsFiller;
    beforeEach(async () => {
      el = (await narrow(html`<meso-vs-filler></meso-vs-filler>`)).firstElementChild as MesoVsFiller;
      await el.updateComplete;
    });

    it('swaps the table for two stacked cards that keep every fact', () => {
      expect(visible($(el, 'table'))).to.equal(false);
      const cards = $$(el, '.card');
      expect(cards.map((card) => visible(card))).to.deep.equal([true, true]);
      expect(cards.map((card) => textOf(card.querySelector('.card-title')))).to.deep.equal(['Mesotherapy', 'Dermal fillers']);
      for (const aspect of Object.values(vsFillerEn.aspects)) {
        expect(textOf(cards[0])).to.contain(aspect.label).and.contain(aspect.mesotherapy);
        expect(textOf(cards[1])).to.contain(aspect.label).and.contain(aspect.filler);
      }
    });

    it('does not overflow its 320 px container', () => {
      expect(el.scrollWidth).to.be.at.most(320);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    });

    it('works by keyboard: a concern link moves focus to the card row', async () => {
      await tabTo(el, '#concern-volume');
      await sendKeys({press: ' '});
      await el.updateComplete;
      expect(checkbox(el, 'volume').checked).to.equal(true);
      await tabTo(el, 'a.row-link');
      await sendKeys({press: 'Enter'});
      const row = el.shadowRoot!.activeElement!;
      expect(row.id).to.equal('card-filler-goal');
      expect(textOf(row)).to.equal(`Main goal ${vsFillerEn.aspects.goal.filler}`);
    });

    it('is accessible', async () => {
      checkbox(el, 'fat').click();
      await el.updateComplete;
      await expectAccessible(el);
    });
  });

  describe('decision helper', () => {
    let el: MesoVsFiller;
    beforeEach(async () => {
      el = (await wide(html`<meso-vs-filler></meso-vs-filler>`)).firstElementChild as MesoVsFiller;
      await el.updateComplete;
    });

    it('groups the concerns in a fieldset with a legend and real labels', () => {
      const fieldset = $(el, 'fieldset')!;
      expect(textOf(fieldset.querySelector('legend'))).to.equal('What would you like to change?');
      const boxes = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
      expect(boxes.map((box) => labelOf(el, box))).to.deep.equal(Object.values(vsFillerEn.concerns));
    });

    it('asks for a concern before suggesting anything', () => {
      expect(textOf($(el, '[part="result"]'))).to.contain(vsFillerEn.resultEmpty);
      expect(el.result).to.deep.equal({recommendation: null, reasons: []});
      expect(liveText(el)).to.equal('');
    });

    it('completes by keyboard alone, updating the result, the live region and the event', async () => {
      const events: VsFillerRecommendationDetail[] = [];
      el.addEventListener('meso-vs-filler-recommendation', (event) => events.push(event.detail));

      await tabTo(el, '#concern-texture');
      await sendKeys({press: ' '});
      await el.updateComplete;
      expect(textOf($(el, '[part="recommendation"]'))).to.equal('Your goals match what mesotherapy aims at');
      expect(liveText(el)).to.equal('Suggestion updated: Your goals match what mesotherapy aims at. Uneven skin texture or tone: Mesotherapy.');

      await tabTo(el, '#concern-deep-lines');
      await sendKeys({press: ' '});
      await el.updateComplete;
      expect(textOf($(el, '[part="recommendation"]'))).to.equal('Your goals match a combination of both');

      await tabTo(el, 'input[name="severity"]');
      expect(el.shadowRoot!.activeElement!.id).to.equal('severity-unsure');
      await sendKeys({press: 'ArrowRight'});
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#severity-mild')!.checked).to.equal(true);
      // Issue 21 (C7): the "mild" note speaks of fine lines only; texture with deep creases gets none.
      expect(textOf($(el, '[part="result"]'))).not.to.contain(vsFillerEn.severityNotes.mild);

      expect(events).to.deep.equal([
        // The recommendation code only: the concerns and severity are the patient's answers.
        {recommendation: 'mesotherapy'},
        {recommendation: 'combination'},
        {recommendation: 'combination'},
      ]);
    });

    it('recommends fillers, explains why, and links each concern to its table row', async () => {
      checkbox(el, 'volume').click();
      checkbox(el, 'deep-lines').click();
      await el.updateComplete;
      const result = $(el, '[part="result"]')!;
      expect(textOf(result)).to.contain('Your goals match what dermal fillers aim at').and.contain(vsFillerEn.recommendations.filler.why);
      const links = [...result.querySelectorAll<HTMLAnchorElement>('a.row-link')];
      // Each link names its row and its concern; following one focuses the row's header, which a
      // screen reader reads with its row (a focused <tr> is read only as the table).
      expect(links.map(textOf)).to.deep.equal([
        'Compare “Who it may help most” for “Deep creases and folds”',
        'Compare “Main goal” for “Lost volume, for example in the cheeks or lips”',
      ]);
      links[0].click();
      const header = el.shadowRoot!.activeElement!;
      expect(header.localName).to.equal('th');
      expect(header.getAttribute('scope')).to.equal('row');
      const row = header.parentElement!;
      expect(row).to.equal($(el, '#aspect-suits'));
      expect([...(row as HTMLTableRowElement).cells].map(textOf)).to.deep.equal([
        'Who it may help most',
        vsFillerEn.aspects.suits.mesotherapy,
        vsFillerEn.aspects.suits.filler,
      ]);
    });

    it('announces once per change, and clears when every concern is unticked', async () => {
      checkbox(el, 'hair').click();
      await el.updateComplete;
      expect(liveText(el)).to.equal('Suggestion updated: Your goals match what mesotherapy aims at. Thinning hair: Mesotherapy.');
      checkbox(el, 'hair').click();
      await el.updateComplete;
      expect(liveText(el)).to.equal('No suggestion yet.');
      expect(textOf($(el, '[part="result"]'))).to.contain(vsFillerEn.resultEmpty);
    });

    it('announces a change of reasons even when the suggestion stays the same', async () => {
      checkbox(el, 'texture').click();
      await el.updateComplete;
      const first = liveText(el);
      checkbox(el, 'hair').click();
      await el.updateComplete;
      expect(textOf($(el, '[part="recommendation"]'))).to.equal('Your goals match what mesotherapy aims at');
      expect(liveText(el)).not.to.equal(first);
      expect(liveText(el)).to.contain('Thinning hair: Mesotherapy.');
    });

    it('titles the suggestion with a heading below the result heading', async () => {
      checkbox(el, 'texture').click();
      await el.updateComplete;
      const title = $(el, '[part="recommendation"]')!;
      const level = (heading: Element) => Number(heading.localName.slice(1));
      expect(title.localName).to.match(/^h[1-6]$/);
      expect(level(title)).to.equal(level($(el, '#result-heading')!) + 1);
    });

    it('adds the fat-loss caveat, including that the FDA has not approved it for fat loss', async () => {
      checkbox(el, 'fat').click();
      await el.updateComplete;
      const caveat = $(el, '[part="caveat"]')!;
      expect(textOf(caveat)).to.contain('US Food and Drug Administration (FDA) has not approved it for fat loss');
      expect(textOf(caveat)).to.contain('not a weight-loss or obesity treatment');
    });

    it('says under every suggestion that whether a treatment is safe depends on your health', async () => {
      for (const concerns of [['texture'], ['volume'], ['texture', 'volume'], ['hair', 'volume']]) {
        el.reset();
        for (const id of concerns) checkbox(el, id).click();
        await el.updateComplete;
        expect(textOf($(el, '[part="health-note"]')), concerns.join('+')).to.contain(
          'Whether a treatment is safe depends on your health.',
        );
      }
      // Without self-check-url there is no link to it.
      expect($(el, '[part="health-note"] a')).to.equal(null);
    });

    it('says "two different treatments", not a full-face combination, for hair or fat with filler goals', async () => {
      checkbox(el, 'hair').click();
      checkbox(el, 'volume').click();
      await el.updateComplete;
      const result = textOf($(el, '[part="result"]'));
      expect(result).to.contain('Your goals match two different treatments');
      expect(result).not.to.contain('refresh the whole face');
    });

    it('does not add "mesotherapy may be the better choice" under a fillers-only suggestion', async () => {
      checkbox(el, 'volume').click();
      $<HTMLInputElement>(el, '#severity-mild')!.click();
      await el.updateComplete;
      const result = textOf($(el, '[part="result"]'));
      expect(result).to.contain('Your goals match what dermal fillers aim at');
      expect(result).not.to.contain(vsFillerEn.severityNotes.mild);
    });

    it('adds no note about signs of ageing when only hair or fat was chosen', async () => {
      checkbox(el, 'hair').click();
      checkbox(el, 'fat').click();
      for (const severity of ['mild', 'marked']) {
        $<HTMLInputElement>(el, `#severity-${severity}`)!.click();
        await el.updateComplete;
        const result = textOf($(el, '[part="result"]'));
        expect(result).not.to.contain(vsFillerEn.severityNotes.mild);
        expect(result).not.to.contain(vsFillerEn.severityNotes.marked);
      }
    });

    it('adds the "mild" note for mild fine lines, and not without fine lines', async () => {
      checkbox(el, 'fine-lines').click();
      $<HTMLInputElement>(el, '#severity-mild')!.click();
      await el.updateComplete;
      expect(textOf($(el, '[part="result"]'))).to.contain('For mild fine lines, mesotherapy may be the better choice.');
      checkbox(el, 'fine-lines').click();
      checkbox(el, 'volume').click();
      checkbox(el, 'texture').click();
      await el.updateComplete;
      expect(textOf($(el, '[part="result"]'))).not.to.contain(vsFillerEn.severityNotes.mild);
    });

    it('shows the blood-vessel caveat under every suggestion with fillers, and the hair note for thinning hair', async () => {
      for (const [concerns, filler, hair] of [
        [['volume'], true, false],
        [['texture', 'deep-lines'], true, false],
        [['hair', 'contour'], true, true],
        [['hair'], false, true],
        [['texture'], false, false],
      ] as const) {
        el.reset();
        await el.updateComplete;
        for (const id of concerns) checkbox(el, id).click();
        await el.updateComplete;
        const result = textOf($(el, '[part="result"]'));
        const label = concerns.join('+');
        if (filler) expect(result, label).to.contain(vsFillerEn.fillerCaveat);
        else expect(result, label).not.to.contain('block a blood vessel');
        if (hair) expect(result, label).to.contain(vsFillerEn.hairNote);
        else expect(result, label).not.to.contain(vsFillerEn.hairNote);
      }
    });

    it('adds the marked-severity note', async () => {
      checkbox(el, 'fine-lines').click();
      $<HTMLInputElement>(el, '#severity-marked')!.click();
      await el.updateComplete;
      expect(textOf($(el, '[part="result"]'))).to.contain(vsFillerEn.severityNotes.marked);
      expect(el.result.recommendation).to.equal('mesotherapy');
    });

    it('passes the recommendation code in meso-book', async () => {
      el.bookingUrl = 'https://clinic.example/book';
      checkbox(el, 'contour').click();
      await el.updateComplete;
      el.addEventListener('meso-book', (event) => event.preventDefault());
      const fired = oneEvent(el, 'meso-book');
      $<HTMLAnchorElement>(el, '[part="booking"]')!.click();
      const event = await fired;
      expect(event.detail).to.deep.equal({source: 'vs-filler', url: 'https://clinic.example/book', recommendation: 'filler'});
    });

    it('reset() clears every answer', async () => {
      checkbox(el, 'texture').click();
      $<HTMLInputElement>(el, '#severity-marked')!.click();
      await el.updateComplete;
      el.reset();
      await el.updateComplete;
      expect(checkbox(el, 'texture').checked).to.equal(false);
      expect($<HTMLInputElement>(el, '#severity-unsure')!.checked).to.equal(true);
      expect(el.result.recommendation).to.equal(null);
    });

    it('is accessible with and without a result, in light and dark', async () => {
      await expectAccessible(el);
      checkbox(el, 'texture').click();
      checkbox(el, 'volume').click();
      checkbox(el, 'fat').click();
      $<HTMLInputElement>(el, '#severity-marked')!.click();
      el.bookingUrl = 'https://clinic.example/book';
      el.clinicPhone = '+1 555 0100';
      await el.updateComplete;
      await expectAccessible(el);
      el.theme = 'dark';
      await el.updateComplete;
      await expectAccessible(el);
    });
  });

  describe('self-check-url', () => {
    it('links every suggestion to the clinic’s self-check', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler view="helper" self-check-url="https://clinic.example/check"></meso-vs-filler>`);
      checkbox(el, 'volume').click();
      await el.updateComplete;
      const link = $<HTMLAnchorElement>(el, '[part="health-note"] a')!;
      expect(textOf(link)).to.equal(vsFillerEn.selfCheckLink);
      expect(link.href).to.equal('https://clinic.example/check');
      await expect(el).to.be.accessible();
    });

    it('refuses a javascript: URL with a meso-config-error, and shows no link', async () => {
      const errors: string[] = [];
      const listener = (event: Event) => errors.push((event as CustomEvent<{path: string}>).detail.path);
      document.addEventListener('meso-config-error', listener);
      const warn = console.warn;
      console.warn = () => undefined;
      try {
        const el = await fixture<MesoVsFiller>(html`<meso-vs-filler view="helper" self-check-url="javascript:alert(1)"></meso-vs-filler>`);
        checkbox(el, 'texture').click();
        await el.updateComplete;
        expect(errors).to.deep.equal(['self-check-url']);
        expect($(el, '[part="health-note"] a')).to.equal(null);
      } finally {
        console.warn = warn;
        document.removeEventListener('meso-config-error', listener);
      }
    });
  });

  describe('view', () => {
    it('helper shows no table and no row links', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler view="helper"></meso-vs-filler>`);
      expect($(el, 'table')).to.equal(null);
      checkbox(el, 'texture').click();
      await el.updateComplete;
      expect($(el, 'a.row-link')).to.equal(null);
      expect(textOf($(el, '[part="result"]'))).to.contain('Uneven skin texture or tone: Mesotherapy');
      await expectAccessible(el);
    });

    it('both is the default and shows the table and the helper', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler></meso-vs-filler>`);
      expect(el.view).to.equal('both');
      expect($(el, 'table')).not.to.equal(null);
      expect($(el, '[part="helper"]')).not.to.equal(null);
    });

    it('falls back to both for an unknown view, with a config error', async () => {
      const el = document.createElement('meso-vs-filler');
      el.setAttribute('view', 'grid');
      const error = oneEvent(el, 'meso-config-error');
      const warn = console.warn;
      console.warn = () => {};
      document.body.append(el);
      try {
        expect((await error).detail.path).to.equal('view');
        await el.updateComplete;
        expect($(el, 'table')).not.to.equal(null);
        expect($(el, '[part="helper"]')).not.to.equal(null);
      } finally {
        console.warn = warn;
        el.remove();
      }
    });
  });
});
