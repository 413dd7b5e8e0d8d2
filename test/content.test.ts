// The English content meets the content rules, and each finding of the clinical read stays fixed.
// (The Flesch–Kincaid grade per widget is checked in Node by scripts/check-content.mjs, which
// `npm test` runs: the readability library runs there, not in the browsers.)
import {expect} from '@open-wc/testing';
import {aftercareEn} from '../src/content/en/aftercare.js';
import {eligibilityEn} from '../src/content/en/eligibility.js';
import {vsFillerEn} from '../src/content/en/vs-filler.js';
import {
  aftercareSources,
  describeSource,
  eligibilitySources,
  sourceOf,
  vsFillerSources,
  type SourceRecord,
} from '../src/content/sources.js';
import {AT_LEAST_ITEMS, DEFAULT_DURATIONS} from '../src/logic/aftercare/plan.js';
import {AFTERCARE_ITEMS} from '../src/types/aftercare.js';

const CONTENT = {eligibility: eligibilityEn, aftercare: aftercareEn, 'vs-filler': vsFillerEn};
const SOURCES: Record<keyof typeof CONTENT, SourceRecord> = {
  eligibility: eligibilitySources,
  aftercare: aftercareSources,
  'vs-filler': vsFillerSources,
};

/** Every string in a content object, with its path (`questions.bleeding.hint`, `expect[3]`). */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
  return [];
}

const sentences = (text: string) =>
  text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
const words = (sentence: string) => sentence.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word));

/** US spellings and words that have a British form in en-GB. */
const US_SPELLINGS =
  /\b(makeup|colou?rs? |color|behavior|center|aging|anesthe\w*|hemophilia|edema|favor\w*|gray|pediatric|estrogen|tumor|fiber|minimi[sz]e|optimize|recognize|realize|organize|analyze|specialize|counseling|fetus)\b/i;

for (const [element, content] of Object.entries(CONTENT) as [keyof typeof CONTENT, (typeof CONTENT)[keyof typeof CONTENT]][]) {
  describe(`${element} content (en)`, () => {
    const all = strings(content);

    it('has sentences of 20 words or fewer', () => {
      const long = all.flatMap(([path, text]) =>
        sentences(text)
          .filter((sentence) => words(sentence).length > 20)
          .map((sentence) => `${path}: ${words(sentence).length} words: ${sentence}`),
      );
      expect(long).to.deep.equal([]);
    });

    it('never calls the patient eligible, suitable or safe for them', () => {
      const found = all
        .filter(([, text]) => /\b(eligible|eligibility|suitable|suits? you|safe for you|right for you to have)\b/i.test(text))
        .map(([path]) => path);
      expect(found).to.deep.equal([]);
    });

    it('uses the glossary only: practitioner (who treats you), your doctor, the clinic', () => {
      const found = all.flatMap(([path, text]) => {
        const problems: string[] = [];
        if (/\b(?<!your )doctors?\b/i.test(text)) problems.push('a doctor other than "your doctor"');
        if (/\b(?<!the )clinics?\b/i.test(text.replace(/\{clinic\}/g, ''))) problems.push('a clinic other than "the clinic"');
        if (/person treating|healthcare provider|clinician|\bnurse|\bGP\b|specialist|provider/i.test(text)) problems.push('another name');
        return problems.map((problem) => `${path}: ${problem}: ${text}`);
      });
      expect(found).to.deep.equal([]);
    });

    it('uses British spelling', () => {
      const found = all.filter(([, text]) => US_SPELLINGS.test(text)).map(([path, text]) => `${path}: ${text}`);
      expect(found).to.deep.equal([]);
    });

    it('has no jargon the clinical read found: anticoagulants, an unexplained FDA, "in force", "How marked"', () => {
      const found = all
        .filter(([, text]) => /anticoagulant|in force|how marked/i.test(text) || (/\bFDA\b/.test(text) && !/Food and Drug Administration \(FDA\)/.test(text)))
        .map(([path, text]) => `${path}: ${text}`);
      expect(found).to.deep.equal([]);
    });

    it('adds the fat-loss caveats wherever fat is discussed', () => {
      const found = all.filter(([, text]) => /\bfat\b/i.test(text));
      const text = all.map(([, value]) => value).join(' ');
      if (found.length) {
        expect(text).to.contain('US Food and Drug Administration (FDA) has not approved it for fat loss');
        expect(text).to.contain('not a weight-loss or obesity treatment');
      }
    });

    it('says by default when the content was updated, and that no one has reviewed it', () => {
      expect(content.updated).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(content.updatedLabel).to.contain('{date}').and.to.contain('last updated');
      expect(content.reviewed).to.deep.equal({date: '', by: '', next: ''});
      expect(content.reviewedLabel).to.contain('{by}').and.contain('{date}');
      expect(content.disclaimer).to.contain('not medical advice');
    });

    it('has no typos copied from the source article', () => {
      const found = all.filter(([, text]) => /\b(Ellulite|He theory|iscussion)\b/.test(text)).map(([path]) => path);
      expect(found).to.deep.equal([]);
    });

    it('has a source for every string: an article section, standard safety wording, or interface text', () => {
      const missing = all.filter(([path]) => sourceOf(SOURCES[element], path) === undefined).map(([path]) => path);
      expect(missing).to.deep.equal([]);
    });

    it('has no source entry for a string that does not exist', () => {
      const paths = all.map(([path]) => path);
      const stale = Object.keys(SOURCES[element]).filter((key) =>
        key.endsWith('.*') ? !paths.some((path) => path.startsWith(key.slice(0, -1))) : !paths.includes(key),
      );
      expect(stale).to.deep.equal([]);
    });

    it('gives every factual sentence an article item or standard safety wording, never "interface"', () => {
      // Strings with a full sentence that makes a health claim must not hide behind "interface".
      const claims = /\b(mesotherapy|fillers?|injections?|infection|bruis\w*|swell\w*|pain|allerg\w*|pregnan\w*|blood|sessions?|results?|skin)\b/i;
      const hidden = all
        // Templates ("Your result: {headline}.") carry no claim of their own.
        .filter(([path, text]) => !text.includes('{') && /[.]$/.test(text.trim()) && claims.test(text) && sourceOf(SOURCES[element], path) === 'interface')
        .map(([path, text]) => `${path}: ${text}`);
      expect(hidden).to.deep.equal([]);
      for (const [path] of all) expect(describeSource(sourceOf(SOURCES[element], path)!), path).to.not.equal('');
    });
  });
}

describe('findings of the clinical read stay fixed', () => {
  it('the bleeding question names aspirin taken every day and blood-thinning supplements', () => {
    const {question, hint} = eligibilityEn.questions.bleeding;
    expect(`${question} ${hint}`).to.contain('aspirin').and.contain('every day').and.contain('herbal supplements');
  });

  it('no aftercare text can be read as "keep doing" what a "Do not" item forbids', () => {
    for (const [path, text] of strings(aftercareEn)) expect(text, path).not.to.match(/keep doing|keep avoiding|with no fixed end/i);
  });

  it('items with no window in the source (sun, smoking, blood thinners) tell the patient to ask, not to avoid for ever', () => {
    for (const id of ['sun', 'smoking', 'blood-thinners'] as const) expect(DEFAULT_DURATIONS[id]).to.equal(null);
    expect(aftercareEn.windows.noSetEnd).to.contain('Ask your practitioner how long');
    expect(aftercareEn.timeline.ongoing).to.contain('Ask your practitioner how long');
  });

  it('every "Do not" item is a full sentence, and every window reads as a sentence of its own', () => {
    for (const id of AFTERCARE_ITEMS) {
      expect(aftercareEn.items[id].text, id).to.match(/^Do not .*\.$/);
    }
    for (const [path, text] of strings(aftercareEn.windows)) expect(text, path).to.match(/^[A-Z][^.]*\{n\}[^.]*\.$|^[A-Z].*\.$/);
    for (const [path, text] of strings({hours: aftercareEn.windows.hours, days: aftercareEn.windows.days})) {
      expect(text, path).to.match(/\{n\}/).and.not.to.contain('at least');
    }
    for (const [path, text] of strings({hours: aftercareEn.windows.atLeastHours, days: aftercareEn.windows.atLeastDays})) {
      expect(text, path).to.contain('at least {n}');
    }
  });

  it('"at least" goes with make-up, alcohol and irritants, as the source says', () => {
    expect([...AT_LEAST_ITEMS]).to.have.members(['makeup', 'alcohol', 'irritants']);
  });

  it('aftercare says why sun and hard exercise matter, and that itching is normal', () => {
    expect(aftercareEn.items.sun.text).to.contain('burn').and.contain('dark patches');
    expect(aftercareEn.items.exercise.text).to.contain('swelling');
    expect(aftercareEn.normal).to.contain('itching');
  });

  it('care cards keep every sentence short', () => {
    for (const [path, text] of strings(aftercareEn.cards)) {
      for (const sentence of sentences(text)) expect(words(sentence).length, `${path}: ${sentence}`).to.be.at.most(20);
    }
  });

  it('results take from a few months to a full year, not "weeks to months"', () => {
    const expect_ = eligibilityEn.expect.join(' ');
    expect(expect_).to.contain('a few months to a full year');
    expect(expect_).not.to.contain('weeks to months');
  });

  it('"What to expect" covers infection, allergic and serious reactions, pain, lifestyle and off-label use', () => {
    const text = eligibilityEn.expect.join(' ');
    expect(text).to.contain('infection');
    expect(text).to.contain('Allergic reactions are uncommon');
    expect(text).to.contain('Serious reactions are rare');
    expect(text).to.contain('very painful');
    expect(text).to.contain('keep the results');
    expect(text).to.contain('off-label');
    expect(text).to.contain('3 to 15');
    expect(text).to.contain('The face can be more sensitive');
    expect(text).not.to.contain('usually more sensitive');
  });

  it('the checklist asks about conditions that may get worse over time', () => {
    expect(eligibilityEn.checklist.join(' ')).to.contain('get worse over time');
  });

  it('the age question has its own "not sure" sentence', () => {
    expect(eligibilityEn.unsureAge).to.contain('18 or over');
    expect(eligibilityEn.questions.adult.label).not.to.match(/^Aged/);
  });

  it('the no-concerns words say nothing rules it out and a practitioner decides', () => {
    const {headline, next} = eligibilityEn.outcomes['no-concerns'];
    expect(headline).to.contain('Nothing you told us rules out');
    expect(next).to.contain('practitioner').and.contain('decide');
  });

  it('vs-filler claims nothing the source does not: no gel, chin, jawline or one-session claim', () => {
    const text = strings(vsFillerEn).map(([, value]) => value).join(' ');
    expect(text).not.to.match(/\bgel\b|\bchin\b|jawline|one session|top-ups?/i);
  });

  it('vs-filler gives 3 to 15 sessions, mixed anti-ageing evidence, varying results, deep wrinkles and rare serious reactions', () => {
    const {aspects} = vsFillerEn;
    expect(aspects.sessions.mesotherapy).to.contain('3 to 15');
    expect(aspects.results.mesotherapy).to.contain('vary').and.contain('mixed');
    expect(aspects.suits.mesotherapy).to.contain('may not help deep wrinkles');
    expect(aspects.risks.mesotherapy).to.contain('Serious reactions are rare');
  });

  it('vs-filler titles say which goals match, never what suits the patient', () => {
    for (const [id, {title}] of Object.entries(vsFillerEn.recommendations)) expect(title, id).not.to.match(/suit/i);
    expect(vsFillerEn.recommendations.combination.why).to.contain('whole face');
    expect(vsFillerEn.recommendations.separate.why).not.to.contain('whole face');
    expect(vsFillerEn.healthNote).to.contain('Whether a treatment is safe depends on your health');
  });

  it('the disclaimer keeps short sentences', () => {
    for (const sentence of sentences(eligibilityEn.disclaimer)) expect(words(sentence).length, sentence).to.be.at.most(12);
  });
});
