import {expect} from '@open-wc/testing';
import {contentProvenance} from '../../src/logic/provenance.js';

const updated = '2026-11-25';
const review = (date = '', by = '', next = '') => ({updated, reviewed: {date, by, next}});

describe('contentProvenance', () => {
  it('says "updated" when no review is set', () => {
    expect(contentProvenance(review())).to.deep.equal({value: {kind: 'updated', date: updated}, errors: []});
  });

  it('says "reviewed" only with both a valid date and a reviewer, with the next review when set', () => {
    expect(contentProvenance(review('2026-12-01', 'Dr A. Patel')).value).to.deep.equal({
      kind: 'reviewed',
      date: '2026-12-01',
      by: 'Dr A. Patel',
      next: null,
    });
    expect(contentProvenance(review('2026-12-01', ' Dr A. Patel ', '2027-12-01')).value).to.deep.equal({
      kind: 'reviewed',
      date: '2026-12-01',
      by: 'Dr A. Patel',
      next: '2027-12-01',
    });
  });

  it('reports a half-set or malformed review and falls back to "updated"', () => {
    const cases: [ReturnType<typeof review>, string[]][] = [
      [review('2026-12-01'), ['content.reviewed.by']],
      [review('', 'Dr A. Patel'), ['content.reviewed.date']],
      [review('1 December 2026', 'Dr A. Patel'), ['content.reviewed.date']],
      [review('2026-02-29', 'Dr A. Patel'), ['content.reviewed.date']],
    ];
    for (const [input, paths] of cases) {
      const {value, errors} = contentProvenance(input);
      expect(value, JSON.stringify(input)).to.deep.equal({kind: 'updated', date: updated});
      expect(errors.map((error) => error.path), JSON.stringify(input)).to.deep.equal(paths);
    }
  });

  it('keeps a valid review but drops and reports a malformed next-review date', () => {
    const {value, errors} = contentProvenance(review('2026-12-01', 'Dr A. Patel', 'soon'));
    expect(value).to.deep.include({kind: 'reviewed', next: null});
    expect(errors.map((error) => error.path)).to.deep.equal(['content.reviewed.next']);
  });
});
