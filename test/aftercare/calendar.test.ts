import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import ICAL from 'ical.js';
import {aftercareCalendar, escapeText, foldLine, icsDate} from '../../src/logic/aftercare/calendar.js';
import {DEFAULT_DURATIONS, aftercarePlan} from '../../src/logic/aftercare/plan.js';

const treated = new Date('2026-11-24T10:30:00Z');
const plan = aftercarePlan(treated, DEFAULT_DURATIONS, new Date('2026-11-24T12:00:00Z'))!;
const description = 'Do not:\n- Do not wear makeup; not even “tinted” balm, okay? C:\\path\n\nDo: drink water, eat well.';
const text = {name: 'Mesotherapy aftercare', title: (id: string) => `${id}: OK again`, description};
const ics = aftercareCalendar(plan, text);
const encoder = new TextEncoder();

describe('aftercareCalendar', () => {
  it('labels the text with its language, and parses back with ical.js', () => {
    const french = aftercareCalendar(plan, {...text, name: 'Soins après mésothérapie', language: 'fr'});
    const calendar = new ICAL.Component(ICAL.parse(french));
    expect(calendar.getFirstProperty('x-wr-calname')!.getParameter('language')).to.equal('fr');
    const event = calendar.getFirstSubcomponent('vevent')!;
    expect(event.getFirstProperty('summary')!.getParameter('language')).to.equal('fr');
    expect(event.getFirstProperty('description')!.getParameter('language')).to.equal('fr');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).to.equal('Soins après mésothérapie');
  });

  it('leaves out a language that is not a plain tag', () => {
    expect(aftercareCalendar(plan, {...text, language: 'fr";x'})).not.to.contain('LANGUAGE');
  });

  it('uses CRLF line endings only', () => {
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
  });

  it('folds every line at 75 octets, continuation lines starting with a space', () => {
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(encoder.encode(line).length, line).to.be.at.most(75);
    expect(lines.some((line) => line.startsWith(' '))).to.equal(true);
  });

  it('parses back with ical.js: one VEVENT per timed item at its end, in UTC, with unique UIDs', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).to.be.a('string');
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const timed = plan.items.filter((entry) => entry.endsAt);
    expect(events).to.have.length(timed.length);
    expect(events.map((event) => event.summary)).to.deep.equal(timed.map((entry) => `${entry.id}: OK again`));
    events.forEach((event, index) => {
      expect(event.startDate.zone.tzid).to.equal('UTC');
      expect(event.startDate.toJSDate().getTime()).to.equal(timed[index].endsAt!.getTime());
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).to.equal(15 * 60_000);
      expect(event.description).to.equal(description);
    });
    expect(new Set(events.map((event) => event.uid)).size).to.equal(events.length);
  });

  it('gives different UIDs for a different treatment time', () => {
    const other = aftercareCalendar(aftercarePlan(new Date('2026-12-01T09:00:00Z'))!, text);
    const uids = (source: string) => new ICAL.Component(ICAL.parse(source)).getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'));
    const mine = uids(ics);
    for (const uid of uids(other)) expect(mine).not.to.include(uid);
  });

  it('has no event when no item has an end', () => {
    const ongoing = aftercarePlan(treated, {...DEFAULT_DURATIONS, makeup: null, alcohol: null, exercise: null, 'heat-water': null, irritants: null, massage: null})!;
    const calendar = new ICAL.Component(ICAL.parse(aftercareCalendar(ongoing, text)));
    expect(calendar.getAllSubcomponents('vevent')).to.have.length(0);
  });
});

describe('calendar text helpers', () => {
  it('escapes backslash, semicolon, comma and new lines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds by octets without splitting a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(80)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    for (const part of parts) expect(encoder.encode(part).length).to.be.at.most(75);
    expect(parts.map((part, i) => (i ? part.slice(1) : part)).join('')).to.equal(line);
    expect(folded).not.to.contain('\uFFFD');
  });

  it('folds any text into lines of at most 75 octets that unfold to the same text', () => {
    // Any text, escaped as the calendar escapes it before folding (a content line holds no line break).
    const anyLine = fc.string({unit: 'binary'}).map(escapeText);
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom('a', 'é', '€', '😀', 'ي', '\u{10FFFF}', ' ')}), anyLine, (built, any) => {
        for (const line of [`DESCRIPTION:${built}`, `SUMMARY:${any}`]) {
          const parts = foldLine(line).split('\r\n');
          for (const [i, part] of parts.entries()) {
            expect(encoder.encode(part).length).to.be.at.most(75);
            if (i) expect(part.startsWith(' ')).to.equal(true);
          }
          expect(parts.map((part, i) => (i ? part.slice(1) : part)).join('')).to.equal(line);
        }
      }),
      {numRuns: 300},
    );
  });

  it('leaves short lines alone', () => {
    expect(foldLine('VERSION:2.0')).to.equal('VERSION:2.0');
  });

  it('writes UTC date-times', () => {
    expect(icsDate(new Date('2026-03-29T01:02:03.456Z'))).to.equal('20260329T010203Z');
  });
});

describe('reminders and the course in the calendar', () => {
  const sessions = [
    {at: new Date('2026-12-08T10:30:00Z'), title: 'Session 2 of 3 (to be confirmed)'},
    {at: new Date('2026-12-22T10:30:00Z'), title: 'Session 3 of 3 (to be confirmed)'},
  ];
  const withCourse = aftercareCalendar(plan, {...text, language: 'de', sessions, sessionDescription: 'Confirm with your practitioner.'});
  const events = () => new ICAL.Component(ICAL.parse(withCourse)).getAllSubcomponents('vevent');

  it('every event carries a display alarm that ical.js reads, in the calendar’s language', () => {
    const parsed = events();
    expect(parsed).to.have.length(plan.items.filter((item) => item.endsAt).length + 2);
    for (const vevent of parsed) {
      const alarms = vevent.getAllSubcomponents('valarm');
      expect(alarms).to.have.length(1);
      expect(alarms[0].getFirstPropertyValue('action')).to.equal('DISPLAY');
      expect(alarms[0].getFirstPropertyValue('description')).to.equal(vevent.getFirstPropertyValue('summary'));
      expect(alarms[0].getFirstProperty('description')!.getParameter('language')).to.equal('de');
    }
    const plain = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    for (const vevent of plain) expect(vevent.getAllSubcomponents('valarm')).to.have.length(1);
  });

  it('a step’s reminder goes off when it ends; a session’s the day before', () => {
    const parsed = events();
    const trigger = (vevent: ICAL.Component) => (vevent.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds();
    const steps = parsed.filter((vevent) => !String(vevent.getFirstPropertyValue('uid')).startsWith('session-'));
    for (const vevent of steps) expect(trigger(vevent)).to.equal(0);
    const planned = parsed.filter((vevent) => String(vevent.getFirstPropertyValue('uid')).startsWith('session-'));
    expect(planned.map((vevent) => new ICAL.Event(vevent).summary)).to.deep.equal(sessions.map((session) => session.title));
    for (const [i, vevent] of planned.entries()) {
      expect(trigger(vevent)).to.equal(-86_400);
      const event = new ICAL.Event(vevent);
      expect(event.startDate.toJSDate().getTime()).to.equal(sessions[i].at.getTime());
      expect(event.description).to.equal('Confirm with your practitioner.');
    }
    expect(new Set(parsed.map((vevent) => vevent.getFirstPropertyValue('uid'))).size).to.equal(parsed.length);
  });

  it('stays folded at 75 octets with CRLF only', () => {
    expect(withCourse.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    for (const line of withCourse.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
  });
});

