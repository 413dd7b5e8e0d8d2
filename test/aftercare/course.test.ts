import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {
  addDuration,
  checkCourse,
  checkCourseBlock,
  checkInterval,
  checkSessions,
  courseSessions,
  durationDays,
  formatIsoDuration,
  parseIsoDuration,
} from '../../src/logic/aftercare/course.js';

const P = (years = 0, months = 0, weeks = 0, days = 0) => ({years, months, weeks, days});

describe('ISO 8601 durations (parseIsoDuration)', () => {
  it('reads whole years, months, weeks and days, in any case, spaces around ignored', () => {
    expect(parseIsoDuration('P2W')).to.deep.equal(P(0, 0, 2));
    expect(parseIsoDuration(' p1m ')).to.deep.equal(P(0, 1));
    expect(parseIsoDuration('P1M2W3D')).to.deep.equal(P(0, 1, 2, 3));
    expect(parseIsoDuration('P1Y')).to.deep.equal(P(1));
    expect(parseIsoDuration('P10D')).to.deep.equal(P(0, 0, 0, 10));
  });

  it('refuses what is not a date duration: empty, no P, a time part, fractions, signs, wrong order, other types', () => {
    for (const bad of ['', 'P', '2W', 'PT12H', 'P1DT2H', 'P1.5W', '-P2W', 'P2W1M', 'P 2W', 'P2', 'two weeks', 'P99999D'])
      expect(parseIsoDuration(bad), bad).to.equal(null);
    for (const bad of [null, undefined, 14, {}, ['P2W']]) expect(parseIsoDuration(bad)).to.equal(null);
  });

  it('property: what it writes it reads back', () => {
    const part = fc.integer({min: 0, max: 9999});
    fc.assert(
      fc.property(part, part, part, part, (y, m, w, d) => {
        const written = formatIsoDuration(P(y, m, w, d));
        const read = parseIsoDuration(written)!;
        expect(formatIsoDuration(read)).to.equal(written);
        expect(durationDays(read)).to.equal(durationDays(P(y, m, w, d)));
      }),
    );
  });

  it('property: never throws, and gives null or whole non-negative parts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[pP][0-9YMWDT.\- ]{0,8}$/)), (text) => {
        const read = parseIsoDuration(text);
        if (read) for (const n of Object.values(read)) expect(Number.isInteger(n) && n >= 0).to.equal(true);
      }),
    );
  });

  it('property: an accepted interval is one week to three months long, and a refused one says why', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^P(\d{1,3}M)?(\d{1,3}W)?(\d{1,3}D)?$/)), (text) => {
        const checked = checkInterval(text);
        if (checked.value) {
          expect(durationDays(checked.value)).to.be.within(7, 92);
          expect(checked.problem).to.equal(undefined);
        } else if (text !== '') expect(checked.problem).to.be.a('string');
      }),
    );
  });
});

describe('the course (checkSessions, checkInterval, checkCourse)', () => {
  it('takes 2 to 15 sessions, as a number or text, and refuses the rest', () => {
    expect(checkSessions(6)).to.deep.equal({value: 6});
    expect(checkSessions(' 15 ')).to.deep.equal({value: 15});
    expect(checkSessions(2).value).to.equal(2);
    for (const bad of [1, 16, 0, -3, 2.5, 'six', '6x', NaN, Infinity, true, {}]) {
      const checked = checkSessions(bad);
      expect(checked.value, String(bad)).to.equal(null);
      expect(checked.problem).to.contain('from 2 to 15');
    }
    expect(checkSessions(null)).to.deep.equal({value: null});
  });

  it('takes an interval from P1W to P3M and refuses shorter, longer and unreadable ones', () => {
    expect(checkInterval('P1W').value).to.deep.equal(P(0, 0, 1));
    expect(checkInterval('P3M').value).to.deep.equal(P(0, 3));
    expect(checkInterval('P92D').value).to.deep.equal(P(0, 0, 0, 92));
    expect(checkInterval('P6D').problem).to.contain('between one week');
    expect(checkInterval('P4M').problem).to.contain('between one week');
    expect(checkInterval('P1Y').problem).to.contain('between one week');
    expect(checkInterval('fortnight').problem).to.contain('not an ISO 8601 duration');
  });

  it('needs both values; either alone is refused with the missing one named', () => {
    const paths = {sessions: 'sessions', interval: 'session-interval'};
    expect(checkCourse(6, 'P2W', paths)).to.deep.equal({value: {sessions: 6, interval: P(0, 0, 2)}, problems: []});
    expect(checkCourse(6, '', paths).problems).to.deep.equal([{path: 'session-interval', message: 'a course needs both the number of sessions and the interval; no course is shown'}]);
    expect(checkCourse(null, 'P2W', paths).problems[0].path).to.equal('sessions');
    expect(checkCourse(null, '', paths)).to.deep.equal({value: null, problems: []});
    expect(checkCourse(40, 'P2W', paths).value).to.equal(null);
  });

  it('reads the JSON block’s course and refuses other shapes and keys', () => {
    expect(checkCourseBlock({sessions: 6, interval: 'P2W'}).value).to.deep.equal({sessions: 6, interval: P(0, 0, 2)});
    expect(checkCourseBlock(undefined)).to.deep.equal({value: null, problems: []});
    expect(checkCourseBlock('P2W').problems[0].path).to.equal('course');
    expect(checkCourseBlock({sessions: 6, interval: 'P2W', every: 'P1W'}).problems[0].path).to.equal('course.every');
    expect(checkCourseBlock({sessions: 99, interval: 'P2W'}).problems[0].path).to.equal('course.sessions');
  });
});

describe('planned sessions (courseSessions, addDuration)', () => {
  it('plans sessions 2 to N one interval apart, at the same local time of day', () => {
    const treated = new Date(2026, 9, 20, 10, 30);
    const sessions = courseSessions(treated, {sessions: 4, interval: P(0, 0, 2)});
    expect(sessions.map((s) => [s.n, s.total])).to.deep.equal([[2, 4], [3, 4], [4, 4]]);
    // Across the end of daylight saving time where there is one, the session stays at 10:30.
    for (const [i, session] of sessions.entries()) {
      expect([session.at.getHours(), session.at.getMinutes()]).to.deep.equal([10, 30]);
      expect(session.at.getDate()).to.equal(new Date(2026, 9, 20 + 14 * (i + 1)).getDate());
    }
  });

  it('moves by calendar months, to the last day of a shorter month', () => {
    expect(addDuration(new Date(2027, 0, 31, 9), P(0, 1)).getDate()).to.equal(28);
    expect(addDuration(new Date(2027, 0, 31, 9), P(0, 1), 2).getMonth()).to.equal(2);
    expect(addDuration(new Date(2027, 0, 31, 9), P(0, 1), 2).getDate()).to.equal(31);
    expect(addDuration(new Date(2026, 11, 20), P(0, 0, 2)).getFullYear()).to.equal(2027);
  });

  it('has no sessions without a course', () => {
    expect(courseSessions(new Date(), null)).to.deep.equal([]);
  });
});
