// Every line of the personal timeline and every calendar title is a complete sentence, in every
// state (planned, in force, over, no set end), in every language and for every item; only items
// about medicines carry medicine advice (issue 21: U4, H1, C1 and the reproduction with a future
// `treated-at`). The care cards read the same in the page, the print and the calendar file.
import {expect} from '@open-wc/testing';
import '../../src/locales/ar.js';
import '../../src/locales/de.js';
import '../../src/locales/es.js';
import '../../src/locales/fr.js';
import '../../src/locales/it.js';
import '../../src/locales/pt-BR.js';
import '../../src/locales/pt-PT.js';
import '../../src/locales/ru.js';
import '../../src/locales/tr.js';
import '../../src/locales/pl.js';
import '../../src/locales/fa.js';
import {aftercareEn} from '../../src/content/en/aftercare.js';
import {PACK_LOCALES} from '../../src/shared/locale-loader.js';
import {localePack} from '../../src/shared/locale-packs.js';
import {fillTemplate} from '../../src/logic/locale.js';
import {AFTERCARE_ITEMS, CARD_LEVELS, type AftercareContent, type AftercareDurations, type AftercarePlan} from '../../src/types/aftercare.js';
import {
  DEFAULT_DURATIONS,
  MEDICINE_ITEMS,
  aftercareGuideText,
  aftercarePlan,
  careCardText,
  careCards,
  formatWhen,
  isMedicineItem,
  timedSteps,
  timelineSentence,
  timelineState,
} from '../../src/logic/aftercare/plan.js';

const H = 3_600_000;
const treated = new Date('2026-11-24T10:00:00Z');
const at = (hours: number) => new Date(treated.getTime() + hours * H);

/** English and every pack, by locale tag. */
const CONTENT: [string, AftercareContent][] = [
  ['en', aftercareEn],
  ...PACK_LOCALES.map((tag): [string, AftercareContent] => [tag, localePack(tag)!.aftercare as AftercareContent]),
];

/** Durations that give a timed medicine item, so every item is seen with an end too. */
const ALL_TIMED: AftercareDurations = {...DEFAULT_DURATIONS, sun: 336, smoking: 168, 'blood-thinners': 48};

/** The plans a patient can see: planned, just treated, part-way, everything timed over; default and all-timed durations. */
const PLANS: [string, AftercarePlan][] = [
  ['planned (future treated-at)', aftercarePlan(treated, DEFAULT_DURATIONS, at(-30))!],
  ['planned, all timed', aftercarePlan(treated, ALL_TIMED, at(-30))!],
  ['active', aftercarePlan(treated, DEFAULT_DURATIONS, at(1))!],
  ['part-way', aftercarePlan(treated, DEFAULT_DURATIONS, at(30))!],
  ['finished', aftercarePlan(treated, DEFAULT_DURATIONS, at(100))!],
  ['finished, all timed', aftercarePlan(treated, ALL_TIMED, at(400))!],
];

/** Every placeholder filled, one sentence or more, each ending with a full stop. */
function expectCompleteSentences(text: string, label: string) {
  expect(text, label).not.to.match(/\{\w+\}/);
  expect(text.trim(), label).to.match(/[.。؟?!]$/u);
  // Nothing empty where a time or a name belongs: no "until ." and no ": ." and no doubled spaces.
  expect(text, label).not.to.match(/\s[.,]|:\s*[.,]|:\s*$| {2}/u);
}

describe('timeline sentences', () => {
  it('take the state that fits: a planned item with no end has its own sentence, with no time', () => {
    const planned = PLANS[0][1];
    expect(planned.items.map(timelineState)).to.deep.equal(
      AFTERCARE_ITEMS.map((id) => (DEFAULT_DURATIONS[id] === null ? 'upcomingNoEnd' : 'upcoming')),
    );
    const finished = PLANS[4][1];
    expect(finished.items.map(timelineState)).to.deep.equal(AFTERCARE_ITEMS.map((id) => (DEFAULT_DURATIONS[id] === null ? 'ongoing' : 'done')));
  });

  it('reads as complete sentences for a future treated-at: nothing ends "avoid until" with no time (the issue’s reproduction)', () => {
    const planned = PLANS[0][1];
    const lines = planned.items.map((item) => timelineSentence(item, aftercareEn, (date) => formatWhen(date, 'en-GB', 'UTC')));
    expect(lines[AFTERCARE_ITEMS.indexOf('sun')]).to.equal(
      'Sunbathing: avoid from your treatment. There is no set end date. Ask your practitioner how long.',
    );
    expect(lines[AFTERCARE_ITEMS.indexOf('smoking')]).to.equal(
      'Smoking: avoid from your treatment. There is no set end date. Ask your practitioner how long.',
    );
    expect(lines[AFTERCARE_ITEMS.indexOf('makeup')]).to.match(/^Make-up: avoid from your treatment until Wed,? 25 Nov,? 10:00\.$/);
    for (const line of lines) expect(line).not.to.match(/until\s*$|until\s*\./);
  });

  for (const [locale, content] of CONTENT) {
    it(`${locale}: every item in every state is a complete sentence, medicine advice only on medicine items`, () => {
      const time = (date: Date) => formatWhen(date, locale, 'UTC');
      let seen = 0;
      for (const [name, plan] of PLANS) {
        for (const item of plan.items) {
          const line = timelineSentence(item, content, time);
          const label = `${locale} ${name} ${item.id} (${timelineState(item)}): ${line}`;
          expectCompleteSentences(line, label);
          expect(line, label).to.contain(content.items[item.id].short);
          if (item.endsAt) expect(line, label).to.contain(time(item.endsAt));
          if (isMedicineItem(item.id)) expect(line, label).to.contain(content.medicineWarning);
          else expect(line, label).not.to.contain(content.medicineWarning);
          seen++;
        }
      }
      expect(seen).to.equal(PLANS.length * AFTERCARE_ITEMS.length);
      // Every state was met, including an item with an end in every state.
      const states = new Set(PLANS.flatMap(([, plan]) => plan.items.map(timelineState)));
      expect([...states]).to.have.members(['upcoming', 'upcomingNoEnd', 'active', 'done', 'ongoing']);
    });

    it(`${locale}: every calendar title names its item and is complete`, () => {
      for (const id of AFTERCARE_ITEMS) {
        const title = fillTemplate(content.calendar.eventTitle, {item: content.items[id].short});
        expect(title, `${locale} ${id}`).not.to.match(/\{\w+\}/);
        expect(title, `${locale} ${id}`).to.contain(content.items[id].short);
        expect(title.length - content.items[id].short.length, `${locale} ${id}`).to.be.greaterThan(3);
      }
    });

    it(`${locale}: no line outside the medicine items mentions medicines`, () => {
      // The old "For medicines, ask your doctor" sentence under sun and smoking is gone in every language.
      for (const [key, template] of Object.entries(content.timeline)) {
        expect(template, `${locale} timeline.${key}`).not.to.contain(content.medicineWarning);
      }
      expect(content.windows.noSetEnd, locale).not.to.contain(content.medicineWarning);
    });
  }

  it('English: the shortest wait is never called "OK again" or "Done"', () => {
    expect(aftercareEn.status.done).to.equal('Shortest wait over');
    expect(aftercareEn.timeline.done).to.contain('Wait longer if your skin is still sore or swollen');
    expect(aftercareEn.calendar.eventTitle).not.to.match(/OK again/i);
    for (const template of Object.values(aftercareEn.timeline)) expect(template).not.to.match(/OK again/i);
  });

  it('the blood-thinner item says to keep taking a prescribed medicine, in the guide, the timeline and the calendar', () => {
    expect([...MEDICINE_ITEMS]).to.deep.equal(['blood-thinners']);
    const plan = aftercarePlan(treated, DEFAULT_DURATIONS, at(1))!;
    const bloodThinners = plan.items.find((item) => item.id === 'blood-thinners')!;
    const line = timelineSentence(bloodThinners, aftercareEn, (date) => date.toISOString());
    expect(line).to.contain('keep taking it').and.contain('Never stop a prescribed medicine without asking your doctor');
    const guide = aftercareGuideText(aftercareEn, {items: AFTERCARE_ITEMS, durations: DEFAULT_DURATIONS, locale: 'en-GB'});
    const guideLine = guide.split('\n').find((entry) => entry.startsWith('- Do not take aspirin'))!;
    expect(guideLine).to.contain(aftercareEn.medicineWarning);
    // The practitioner's "how long" comes before the medicine warning, never after it.
    expect(guideLine.indexOf('Ask your practitioner how long')).to.be.lessThan(guideLine.indexOf('keep taking it'));
    expect(guide.split('\n').filter((entry) => entry.includes(aftercareEn.medicineWarning))).to.have.length(1);
  });
});

describe('timed steps', () => {
  it('counts steps, not time: 2 of 6 done 48.5 hours after treatment', () => {
    expect(timedSteps(aftercarePlan(treated, DEFAULT_DURATIONS, at(48.5))!.items)).to.deep.equal({done: 2, total: 6});
    expect(timedSteps(aftercarePlan(treated, DEFAULT_DURATIONS, at(1))!.items)).to.deep.equal({done: 0, total: 6});
    expect(timedSteps(aftercarePlan(treated, DEFAULT_DURATIONS, at(72))!.items)).to.deep.equal({done: 6, total: 6});
    expect(timedSteps(aftercarePlan(treated, DEFAULT_DURATIONS, at(-5))!.items)).to.deep.equal({done: 0, total: 6});
  });

  it('counts only the items given, so hidden items do not count', () => {
    const items = aftercarePlan(treated, DEFAULT_DURATIONS, at(30))!.items.filter((item) => item.id !== 'makeup');
    expect(timedSteps(items)).to.deep.equal({done: 0, total: 5});
  });
});

describe('care cards', () => {
  it('without an emergency number say to call the local emergency number; nothing guesses a country', () => {
    const cards = careCards(aftercareEn.cards);
    expect(cards.map((card) => card.level)).to.deep.equal([...CARD_LEVELS]);
    const emergency = cards[2];
    expect(emergency.heading).to.equal('Call your local emergency number now if:');
    expect(JSON.stringify(cards)).not.to.match(/\b(999|112|911|111|000)\b/);
  });

  it('with the clinic’s numbers name them, on the emergency card and as the urgent card’s route', () => {
    const cards = careCards(aftercareEn.cards, {emergency: '999', urgent: '111'});
    expect(cards[2].heading).to.equal('Call 999 now if:');
    expect(cards[1].fallback).to.equal('If you cannot reach them, call 111 today.');
    expect(careCards(aftercareEn.cards).at(1)!.fallback).to.equal(aftercareEn.cards.urgent.noAnswer);
    expect([cards[0].fallback, cards[2].fallback]).to.deep.equal(['', '']);
  });

  it('the emergency card lists the signs of anaphylaxis and says to use an adrenaline pen first', () => {
    const emergency = careCards(aftercareEn.cards)[2];
    const text = careCardText(emergency);
    for (const sign of ['lips', 'tongue', 'throat', 'face', 'breathe', 'noisy', 'swallow', 'blue, grey or pale', 'confused', 'faint'])
      expect(text, sign).to.contain(sign);
    // Clinical re-read 3, H1: adrenaline is for anaphylaxis only, never for a blocked artery or a stroke.
    expect(emergency.actions[0]).to.match(/^If you think it is a severe allergic reaction and you have an adrenaline pen .*use it first\. Then call/);
    for (const action of emergency.actions.filter((line) => /pen\b/.test(line))) expect(action, action).to.match(/allergic reaction/);
    expect(text).to.contain('faints and cannot be woken');
    expect(emergency.signs.length).to.be.at.least(5);
  });

  it('a sudden change in sight or a sign of a stroke is on the emergency card, in every language, and nowhere under "today"', () => {
    const [, urgent, emergency] = careCards(aftercareEn.cards);
    expect(emergency.signs).to.include('your sight suddenly changes, blurs or goes dark');
    expect(emergency.signs).to.include('one side of your face drops, an arm feels weak, or your speech is slurred');
    expect(emergency.actions.at(-1)).to.equal('This could be a severe allergic reaction (anaphylaxis), or a blocked blood vessel.');
    expect(emergency.actions).to.include('If your sight changes or your face drops, call now. Tell them you had injections, and where on your body.');
    expect(careCardText(urgent)).not.to.match(/sight|stroke|speech|arm feels/i);
    for (const [locale, content] of CONTENT) {
      const cards = careCards(content.cards);
      expect(cards[2].signs.length, locale).to.equal(emergency.signs.length);
      expect(cards[2].actions.length, locale).to.equal(emergency.actions.length);
    }
  });

  it('the urgent card ends with the signs that need help straight away: no "today" route follows them (clinical re-read 4, U1)', () => {
    for (const numbers of [{}, {urgent: '111'}]) {
      const urgent = careCards(aftercareEn.cards, numbers)[1];
      const text = careCardText(urgent);
      expect(text.endsWith(urgent.straightAway), text).to.equal(true);
      expect(text.indexOf(urgent.fallback)).to.be.below(text.indexOf(urgent.straightAway));
      expect(text.slice(text.indexOf(urgent.straightAway))).not.to.match(/today/i);
    }
  });

  it('the urgent card warns of infection weeks later and of a blocked blood vessel, with a route when the clinic cannot be reached', () => {
    const card = careCards(aftercareEn.cards)[1];
    const urgent = careCardText(card);
    expect(urgent).to.contain('even weeks after treatment');
    // Re-read H1: a blocked blood vessel needs help straight away, never "today", with its own route.
    expect(card.straightAway).to.match(/^Get help straight away if the skin near the injections turns white, blue, grey or blotchy/);
    expect(card.straightAway).to.contain('hospital emergency department');
    // Re-read 2 H1: a change in sight or a sign of a stroke is an emergency, not a call to the clinic first.
    expect(card.straightAway).not.to.match(/sight|stroke|speech/i);
    expect(card.straightAway).not.to.match(/today/i);
    for (const sign of card.signs) expect(sign).not.to.match(/white|blue|grey|blotchy|pale|sight/);
    expect(careCards(aftercareEn.cards).filter((other) => other.straightAway).map((other) => other.level)).to.deep.equal(['urgent']);
    expect(urgent).to.contain('If you cannot reach them');
    expect(careCardText(careCards(aftercareEn.cards)[0])).to.contain('not painful');
  });

  for (const [locale, content] of CONTENT) {
    it(`${locale}: every card is a heading, a list of signs and actions, with or without numbers`, () => {
      for (const numbers of [{}, {emergency: '112', urgent: '116117'}]) {
        const cards = careCards(content.cards, numbers);
        for (const card of cards) {
          expect(card.heading, `${locale} ${card.level}`).not.to.match(/\{\w+\}/);
          expect(card.signs.length, `${locale} ${card.level}`).to.be.at.least(2);
          expect(card.actions.length, `${locale} ${card.level}`).to.be.at.least(1);
          for (const action of [card.straightAway, ...card.actions, card.fallback].filter(Boolean)) expectCompleteSentences(action, `${locale} ${card.level}: ${action}`);
        }
        if ('emergency' in numbers) {
          expect(cards[2].heading, locale).to.contain('112');
          expect(cards[1].fallback, locale).to.contain('116117');
        }
      }
    });
  }

  it('the calendar’s guide carries the cards in the same words as the page, and the disclaimer', () => {
    const numbers = {emergency: '999', urgent: '111'};
    const guide = aftercareGuideText(aftercareEn, {items: AFTERCARE_ITEMS, durations: DEFAULT_DURATIONS, locale: 'en-GB', numbers});
    for (const card of careCards(aftercareEn.cards, numbers)) {
      expect(guide).to.contain(`${card.prefix} ${card.heading}`);
      for (const line of [...card.signs, ...card.actions, card.fallback].filter(Boolean)) expect(guide).to.contain(line);
    }
    expect(guide).to.contain(aftercareEn.disclaimer);
    expect(guide.trimEnd().endsWith(aftercareEn.disclaimer)).to.equal(true);
  });

  it('the guide leaves out hidden items and keeps the clinic’s own', () => {
    const guide = aftercareGuideText(
      {...aftercareEn, extraDonts: ['Do not have a facial for 2 weeks.']},
      {items: AFTERCARE_ITEMS.filter((id) => id !== 'smoking'), durations: DEFAULT_DURATIONS, locale: 'en-GB'},
    );
    expect(guide).not.to.contain(aftercareEn.items.smoking.text);
    // As written: no window sentence after a time the clinic gave (fresh clinical read 7, C1).
    expect(guide.split('\n')).to.include('- Do not have a facial for 2 weeks.');
    expect(guide).not.to.contain(`Do not have a facial for 2 weeks. ${aftercareEn.windows.noSetEnd}`);
  });
});
