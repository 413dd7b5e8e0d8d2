import {expect} from '@open-wc/testing';
import {
  aftercarePlan,
  AT_LEAST_ITEMS,
  DEFAULT_DURATIONS,
  describeWindow,
  formatWhen,
  mergeDurations,
  parseTreatedAt,
  windowUnit,
} from '../../src/logic/aftercare/plan.js';
import {AFTERCARE_ITEMS, type AftercarePlan} from '../../src/types/aftercare.js';

const H = 3_600_000;
const at = new Date('2026-11-24T10:00:00Z');
const after = (hours: number) => new Date(at.getTime() + hours * H);
const item = (plan: AftercarePlan | null, id: string) => plan!.items.find((entry) => entry.id === id)!;
/** Wall-clock time in a zone, as "YYYY-MM-DD HH:mm". */
const wall = (date: Date, timeZone: string) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'})
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
};

describe('aftercarePlan', () => {
  it('uses the article’s default windows', () => {
    expect(DEFAULT_DURATIONS).to.deep.equal({
      makeup: 24,
      alcohol: 48,
      exercise: 72,
      'heat-water': 72,
      irritants: 72,
      massage: 72,
      sun: null,
      smoking: null,
      'blood-thinners': null,
    });
    expect(AFTERCARE_ITEMS).to.deep.equal(Object.keys(DEFAULT_DURATIONS));
  });

  it('ends every timed item at treatment time plus its hours, and ongoing items never', () => {
    const plan = aftercarePlan(at, DEFAULT_DURATIONS, after(1))!;
    for (const entry of plan.items) {
      const hours = DEFAULT_DURATIONS[entry.id];
      expect(entry.hours, entry.id).to.equal(hours);
      expect(entry.endsAt?.getTime() ?? null, entry.id).to.equal(hours === null ? null : after(hours).getTime());
    }
    expect(plan.recoveryEndsAt!.getTime()).to.equal(after(72).getTime());
  });

  it('makes every item active right after treatment', () => {
    const plan = aftercarePlan(at, DEFAULT_DURATIONS, after(1))!;
    expect(plan.items.every((entry) => entry.active)).to.equal(true);
    expect(item(plan, 'makeup').status).to.equal('active');
    expect(item(plan, 'sun').status).to.equal('ongoing');
    expect(plan.planned).to.equal(false);
  });

  describe('"active now" at the exact boundaries', () => {
    it('is active at the treatment time itself', () => {
      expect(item(aftercarePlan(at, DEFAULT_DURATIONS, at), 'makeup').status).to.equal('active');
    });
    it('is active one millisecond before its end', () => {
      const entry = item(aftercarePlan(at, DEFAULT_DURATIONS, new Date(after(24).getTime() - 1)), 'makeup');
      expect(entry.active).to.equal(true);
    });
    it('is done exactly at its end', () => {
      const entry = item(aftercarePlan(at, DEFAULT_DURATIONS, after(24)), 'makeup');
      expect(entry.status).to.equal('done');
      expect(entry.active).to.equal(false);
    });
    it('moves each default item to done at its own end', () => {
      const plan = aftercarePlan(at, DEFAULT_DURATIONS, after(48))!;
      expect(item(plan, 'makeup').status).to.equal('done');
      expect(item(plan, 'alcohol').status).to.equal('done');
      expect(item(plan, 'exercise').status).to.equal('active');
      expect(item(plan, 'smoking').status).to.equal('ongoing');
    });
    it('a zero-hour item is done at once', () => {
      const plan = aftercarePlan(at, {...DEFAULT_DURATIONS, massage: 0}, at)!;
      expect(item(plan, 'massage').status).to.equal('done');
    });
  });

  it('tracks recovery progress over the longest timed window', () => {
    expect(aftercarePlan(at, DEFAULT_DURATIONS, at)!.progress).to.equal(0);
    expect(aftercarePlan(at, DEFAULT_DURATIONS, after(36))!.progress).to.equal(0.5);
    expect(aftercarePlan(at, DEFAULT_DURATIONS, after(72))!.progress).to.equal(1);
    expect(aftercarePlan(at, DEFAULT_DURATIONS, after(500))!.progress).to.equal(1);
  });

  it('accepts a future treatment time as planned, with nothing in force yet', () => {
    const plan = aftercarePlan(at, DEFAULT_DURATIONS, new Date(at.getTime() - 2 * H))!;
    expect(plan.planned).to.equal(true);
    expect(plan.progress).to.equal(0);
    expect(plan.items.map((entry) => entry.status)).to.deep.equal(AFTERCARE_ITEMS.map(() => 'upcoming'));
    expect(plan.items.some((entry) => entry.active)).to.equal(false);
    expect(item(plan, 'makeup').endsAt!.getTime()).to.equal(after(24).getTime());
  });

  it('takes overridden durations', () => {
    const plan = aftercarePlan(at, {...DEFAULT_DURATIONS, makeup: 48, sun: 336}, after(30))!;
    expect(item(plan, 'makeup').status).to.equal('active');
    expect(item(plan, 'sun').endsAt!.getTime()).to.equal(after(336).getTime());
    expect(plan.recoveryEndsAt!.getTime()).to.equal(after(336).getTime());
  });

  it('returns null for an invalid treatment time', () => {
    expect(aftercarePlan('yesterday')).to.equal(null);
    expect(aftercarePlan(new Date('nope'))).to.equal(null);
    expect(aftercarePlan(at, DEFAULT_DURATIONS, new Date(Number.NaN))).to.equal(null);
  });

  it('accepts an ISO string', () => {
    expect(aftercarePlan('2026-11-24T10:00:00Z', DEFAULT_DURATIONS, after(1))!.treatedAt.getTime()).to.equal(at.getTime());
  });

  describe('daylight-saving changes (absolute hours)', () => {
    it('Europe/London, spring forward: 24 h after 10:00 the day before is 11:00 local', () => {
      const treated = new Date('2026-03-28T10:00:00Z'); // 10:00 GMT, the day before BST starts
      expect(wall(treated, 'Europe/London')).to.equal('2026-03-28 10:00');
      const makeup = item(aftercarePlan(treated, DEFAULT_DURATIONS, treated), 'makeup');
      expect(makeup.endsAt!.getTime() - treated.getTime()).to.equal(24 * H);
      expect(wall(makeup.endsAt!, 'Europe/London')).to.equal('2026-03-29 11:00');
    });

    it('America/New_York, spring forward: 24 h after 10:00 EST is 11:00 EDT', () => {
      const treated = new Date('2026-03-07T15:00:00Z'); // 10:00 EST
      expect(wall(treated, 'America/New_York')).to.equal('2026-03-07 10:00');
      const makeup = item(aftercarePlan(treated, DEFAULT_DURATIONS, treated), 'makeup');
      expect(wall(makeup.endsAt!, 'America/New_York')).to.equal('2026-03-08 11:00');
      const alcohol = item(aftercarePlan(treated, DEFAULT_DURATIONS, treated), 'alcohol');
      expect(wall(alcohol.endsAt!, 'America/New_York')).to.equal('2026-03-09 11:00');
    });

    it('Europe/London, fall back: 24 h after 10:00 BST is 09:00 GMT', () => {
      const treated = new Date('2026-10-24T09:00:00Z'); // 10:00 BST
      expect(wall(treated, 'Europe/London')).to.equal('2026-10-24 10:00');
      const makeup = item(aftercarePlan(treated, DEFAULT_DURATIONS, treated), 'makeup');
      expect(wall(makeup.endsAt!, 'Europe/London')).to.equal('2026-10-25 09:00');
    });

    it('formats the end in the patient’s zone and locale', () => {
      const end = new Date('2026-03-29T10:00:00Z');
      // Engines differ in punctuation ("Sun 29 Mar" or "Sun, 29 Mar"); the day and wall-clock time must not.
      const london = formatWhen(end, 'en-GB', 'Europe/London');
      expect(london).to.match(/^Sun,? 29 Mar,? 11:00$/);
      const newYork = formatWhen(end, 'en-US', 'America/New_York').replace(/\s/g, ' ');
      expect(newYork).to.match(/^Sun, Mar 29,? 6:00 AM$/);
      expect(formatWhen(end, 'not a locale', 'Europe/London')).to.contain('29');
    });
  });
});

describe('parseTreatedAt', () => {
  it('reads local date-times as local time', () => {
    const date = parseTreatedAt('2026-11-24T10:30')!;
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()]).to.deep.equal([2026, 10, 24, 10, 30]);
    expect(parseTreatedAt('2026-11-24 10:30:15')!.getSeconds()).to.equal(15);
  });
  it('reads UTC and offsets', () => {
    expect(parseTreatedAt('2026-11-24T10:30:00Z')!.toISOString()).to.equal('2026-11-24T10:30:00.000Z');
    expect(parseTreatedAt('2026-11-24T10:30:00+02:00')!.toISOString()).to.equal('2026-11-24T08:30:00.000Z');
    expect(parseTreatedAt('2026-11-24T10:30:00.500-05:00')!.toISOString()).to.equal('2026-11-24T15:30:00.500Z');
  });
  it('refuses anything else', () => {
    for (const bad of ['', 'tomorrow', '2026-11-24', '2026-13-01T10:00', '2026-02-31T10:00', '2026-11-24T25:00', '24/11/2026 10:30', null, undefined]) {
      expect(parseTreatedAt(bad as string), String(bad)).to.equal(null);
    }
  });
});

describe('mergeDurations', () => {
  it('overrides hours per id', () => {
    const {value, errors} = mergeDurations(DEFAULT_DURATIONS, {makeup: 48, sun: 168, massage: 0});
    expect(errors).to.deep.equal([]);
    expect(value).to.deep.equal({...DEFAULT_DURATIONS, makeup: 48, sun: 168, massage: 0});
  });
  it('reports negative, non-numeric and unknown ids and ignores them', () => {
    const {value, errors} = mergeDurations(DEFAULT_DURATIONS, {makeup: -1, alcohol: '48', tanning: 24, exercise: Number.POSITIVE_INFINITY, irritants: null});
    expect(errors.map((error) => error.path)).to.deep.equal([
      'durations.makeup',
      'durations.alcohol',
      'durations.tanning',
      'durations.exercise',
      'durations.irritants',
    ]);
    expect(value).to.deep.equal(DEFAULT_DURATIONS);
  });
  it('refuses a value that is not an object', () => {
    const {value, errors} = mergeDurations(DEFAULT_DURATIONS, [24]);
    expect(value).to.equal(DEFAULT_DURATIONS);
    expect(errors).to.have.length(1);
  });
});

describe('aftercare windows', () => {
  it('shows every window of a list in one unit: days when all are whole days, otherwise hours', () => {
    expect(windowUnit(Object.values(DEFAULT_DURATIONS))).to.equal('days');
    expect(windowUnit([24, 48, 72, null])).to.equal('days');
    expect(windowUnit([12, 48, 72])).to.equal('hours');
    expect(windowUnit([0, 24])).to.equal('hours');
    expect(windowUnit([null, null])).to.equal('hours');
  });

  it('says "at least" for make-up, alcohol and irritants, whose windows the source gives as a minimum', () => {
    expect([...AT_LEAST_ITEMS]).to.have.members(['makeup', 'alcohol', 'irritants']);
    expect(describeWindow('makeup', 24, 'hours')).to.deep.equal({kind: 'at-least', unit: 'hours', n: 24});
    expect(describeWindow('alcohol', 48, 'days')).to.deep.equal({kind: 'at-least', unit: 'days', n: 2});
    expect(describeWindow('exercise', 72, 'days')).to.deep.equal({kind: 'for', unit: 'days', n: 3});
  });

  it('gives sun, smoking and blood thinners no set end: the source gives no window', () => {
    for (const id of ['sun', 'smoking', 'blood-thinners'] as const) {
      expect(DEFAULT_DURATIONS[id]).to.equal(null);
      expect(describeWindow(id, DEFAULT_DURATIONS[id], 'days')).to.deep.equal({kind: 'none'});
    }
  });
});
