import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {
  assessEligibility,
  bookingAllowed,
  consultationAllowed,
  DEFAULT_RULES,
  FLOOR_SEVERITY,
  IncompleteAnswersError,
  MEDICINE_REASONS,
  mergeRules,
  needsMedicineWarning,
  QUESTION_FLOORS,
  SAFETY_FLOOR,
  visibleQuestions,
  LogicInputError,
} from '../../src/logic/eligibility/index.js';
import {
  QUESTION_IDS,
  RULE_SEVERITIES,
  type Answer,
  type EligibilityAnswers,
  type QuestionId,
  type RuleSeverity,
} from '../../src/types/eligibility.js';

const answersFor = (health: EligibilityAnswers['health'], goals: EligibilityAnswers['goals'] = ['face']) => ({goals, health});
/** Every question answered safely: adult yes, the rest no. */
const safe = (): Record<QuestionId, Answer> =>
  Object.fromEntries(QUESTION_IDS.map((id) => [id, id === 'adult' ? 'yes' : 'no'])) as Record<QuestionId, Answer>;

/**
 * The spec's rule table: the answer that raises each question, what it gives, and what "Not sure"
 * gives (issue 21: "Not sure" about pregnancy is `not-now`, as the question says "or could you be?";
 * breastfeeding and age too, so booking is never offered on a doubt about them).
 */
const TABLE: [QuestionId, 'yes' | 'no', RuleSeverity, RuleSeverity][] = [
  ['adult', 'no', 'not-recommended', 'not-now'],
  ['pregnant', 'yes', 'not-now', 'not-now'],
  ['breastfeeding', 'yes', 'not-now', 'not-now'],
  ['bleeding', 'yes', 'not-recommended', 'ask-doctor'],
  ['immune', 'yes', 'not-recommended', 'ask-doctor'],
  ['skin', 'yes', 'not-now', 'ask-doctor'],
  ['allergy', 'yes', 'not-recommended', 'ask-doctor'],
  ['conditions', 'yes', 'not-recommended', 'ask-doctor'],
  ['heart-stroke', 'yes', 'not-recommended', 'ask-doctor'],
];

/** Each question's floor (issue 21): the mildest setting a clinic may give it, and "Not sure". */
const FLOORS: Record<QuestionId, [RuleSeverity, RuleSeverity]> = {
  adult: ['not-recommended', 'not-now'],
  pregnant: ['not-now', 'not-now'],
  breastfeeding: ['not-now', 'not-now'],
  bleeding: ['ask-doctor', 'ask-doctor'],
  immune: ['ask-doctor', 'ask-doctor'],
  skin: ['ask-doctor', 'ask-doctor'],
  allergy: ['not-recommended', 'ask-doctor'],
  conditions: ['ask-doctor', 'ask-doctor'],
  'heart-stroke': ['ask-doctor', 'ask-doctor'],
};
const rankOf = (severity: RuleSeverity) => RULE_SEVERITIES.indexOf(severity);

describe('assessEligibility', () => {
  it('gives no-concerns, with no reasons and no notes, when nothing rules it out', () => {
    expect(assessEligibility(answersFor(safe()))).to.deep.equal({outcome: 'no-concerns', reasons: [], notes: []});
  });

  for (const [id, when, severity, unsure] of TABLE) {
    describe(`question ${id}`, () => {
      const other = when === 'yes' ? 'no' : 'yes';
      it(`"${when}" gives ${severity}`, () => {
        const result = assessEligibility(answersFor({...safe(), [id]: when}));
        expect(result.outcome).to.equal(severity);
        expect(result.reasons).to.deep.equal([{id, severity, answer: when}]);
      });
      it(`"${other}" gives no reason`, () => {
        const result = assessEligibility(answersFor({...safe(), [id]: other}));
        expect(result).to.deep.equal({outcome: 'no-concerns', reasons: [], notes: []});
      });
      it(`"not sure" gives ${unsure} for that reason`, () => {
        const result = assessEligibility(answersFor({...safe(), [id]: 'unsure'}));
        expect(result.outcome).to.equal(unsure);
        expect(result.reasons).to.deep.equal([{id, severity: unsure, answer: 'unsure'}]);
      });
    });
  }

  it('the table matches DEFAULT_RULES', () => {
    for (const [id, when, severity, unsure] of TABLE) expect(DEFAULT_RULES[id]).to.deep.equal({when, severity, unsure, hidden: false});
    expect(TABLE.map(([id]) => id)).to.deep.equal([...QUESTION_IDS]);
  });

  it('"not sure" about pregnancy is not-now, with no booking: the question itself says "or could you be?"', () => {
    const result = assessEligibility(answersFor({...safe(), pregnant: 'unsure'}));
    expect(result.outcome).to.equal('not-now');
    expect(bookingAllowed(result.outcome)).to.equal(false);
  });

  it('"not sure" about age or breastfeeding offers no booking', () => {
    for (const id of ['adult', 'breastfeeding'] as const) {
      const result = assessEligibility(answersFor({...safe(), [id]: 'unsure'}));
      expect(result.outcome, id).to.equal('not-now');
      expect(bookingAllowed(result.outcome), id).to.equal(false);
    }
  });

  describe('precedence: not-recommended > not-now > ask-doctor > no-concerns', () => {
    const pairs: [EligibilityAnswers['health'], string][] = [
      [{bleeding: 'yes', pregnant: 'yes'}, 'not-recommended'],
      [{bleeding: 'yes', skin: 'unsure'}, 'not-recommended'],
      [{pregnant: 'yes', immune: 'unsure'}, 'not-now'],
      [{skin: 'yes', adult: 'unsure'}, 'not-now'],
      [{allergy: 'unsure'}, 'ask-doctor'],
      [{adult: 'no', breastfeeding: 'yes', conditions: 'unsure'}, 'not-recommended'],
    ];
    for (const [health, outcome] of pairs) {
      it(`${JSON.stringify(health)} → ${outcome}`, () => {
        const result = assessEligibility(answersFor({...safe(), ...health}));
        expect(result.outcome).to.equal(outcome);
        expect(result.reasons).to.have.length(Object.keys(health).length);
      });
    }

    it('lists the most serious reasons first, every reason kept', () => {
      const result = assessEligibility(
        answersFor({...safe(), skin: 'unsure', pregnant: 'yes', 'heart-stroke': 'yes', allergy: 'unsure'}),
      );
      expect(result.reasons.map((reason) => [reason.id, reason.severity])).to.deep.equal([
        ['heart-stroke', 'not-recommended'],
        ['pregnant', 'not-now'],
        ['skin', 'ask-doctor'],
        ['allergy', 'ask-doctor'],
      ]);
    });
  });

  describe('goals', () => {
    it('weight alone is not-recommended with the reason weight-loss', () => {
      const result = assessEligibility(answersFor(safe(), ['weight']));
      expect(result.outcome).to.equal('not-recommended');
      expect(result.reasons).to.deep.equal([{id: 'weight-loss', severity: 'not-recommended'}]);
      expect(result.notes).to.deep.equal([]);
    });

    it('weight with other goals is an info note that does not change the outcome', () => {
      for (const other of ['face', 'hair', 'body'] as const) {
        const result = assessEligibility(answersFor(safe(), ['weight', other]));
        expect(result.outcome, other).to.equal('no-concerns');
        expect(result.reasons, other).to.deep.equal([]);
        expect(result.notes, other).to.include('weight-loss');
      }
    });

    it('weight with other goals keeps the outcome of the health answers', () => {
      const result = assessEligibility(answersFor({...safe(), pregnant: 'yes'}, ['hair', 'weight']));
      expect(result.outcome).to.equal('not-now');
      // Issue 21 (M8): the hair goal adds its own note, after the weight-loss note.
      expect(result.notes).to.deep.equal(['weight-loss', 'hair-loss']);
    });

    it('body adds the body-fat note and never changes the outcome', () => {
      expect(assessEligibility(answersFor(safe(), ['body'])).notes).to.deep.equal(['body-fat']);
      expect(assessEligibility(answersFor(safe(), ['body'])).outcome).to.equal('no-concerns');
      const withWeight = assessEligibility(answersFor({...safe(), allergy: 'unsure'}, ['body', 'weight']));
      expect(withWeight).to.deep.equal({
        outcome: 'ask-doctor',
        reasons: [{id: 'allergy', severity: 'ask-doctor', answer: 'unsure'}],
        notes: ['weight-loss', 'body-fat'],
      });
    });

    it('face adds nothing; hair adds only the note that hair loss can have a medical cause', () => {
      expect(assessEligibility(answersFor(safe(), ['face']))).to.deep.equal({
        outcome: 'no-concerns',
        reasons: [],
        notes: [],
      });
      // Issue 21 (M8): was "face and hair add nothing"; the hair goal now adds the hair-loss note.
      expect(assessEligibility(answersFor(safe(), ['face', 'hair']))).to.deep.equal({
        outcome: 'no-concerns',
        reasons: [],
        notes: ['hair-loss'],
      });
    });

    it('refuses a rule table below a question’s floor, as mergeRules would (issue 21 with issue 24’s checks)', () => {
      const below = {...DEFAULT_RULES, pregnant: {...DEFAULT_RULES.pregnant, severity: 'ask-doctor' as const}};
      expect(() => assessEligibility(answersFor(safe()), below)).to.throw(LogicInputError, 'rules.pregnant.severity');
      const unsureBelow = {...DEFAULT_RULES, adult: {...DEFAULT_RULES.adult, unsure: 'ask-doctor' as const}};
      expect(() => assessEligibility(answersFor(safe()), unsureBelow)).to.throw(LogicInputError, 'rules.adult.unsure');
      const noUnsure = {...DEFAULT_RULES, skin: {when: 'yes', severity: 'not-now', hidden: false}} as never;
      expect(() => assessEligibility(answersFor(safe()), noUnsure)).to.throw(LogicInputError, 'rules.skin.unsure');
    });

    it('refuses an unknown goal id, naming it: ignoring a misspelt "weight" would hide a reason', () => {
      expect(() => assessEligibility(answersFor(safe(), ['weight', 'tan'] as never))).to.throw(LogicInputError, 'answers.goals[1]: expected one of "face", "hair", "body", "weight", got "tan"');
    });
  });

  describe('clinic rules', () => {
    it('changes a question’s severity', () => {
      const {value: rules} = mergeRules(DEFAULT_RULES, {conditions: {severity: 'ask-doctor'}});
      const result = assessEligibility(answersFor({...safe(), conditions: 'yes'}), rules);
      expect(result.outcome).to.equal('ask-doctor');
      expect(result.reasons).to.deep.equal([{id: 'conditions', severity: 'ask-doctor', answer: 'yes'}]);
    });

    it('can make a question stricter', () => {
      const {value: rules} = mergeRules(DEFAULT_RULES, {skin: {severity: 'not-recommended'}});
      expect(assessEligibility(answersFor({...safe(), skin: 'yes'}), rules).outcome).to.equal('not-recommended');
    });

    describe('safety floor', () => {
      it('covers every contraindication question, under-18 included', () => {
        expect([...SAFETY_FLOOR]).to.have.members([
          'adult',
          'pregnant',
          'breastfeeding',
          'bleeding',
          'immune',
          'skin',
          'allergy',
          'conditions',
          'heart-stroke',
        ]);
        expect(FLOOR_SEVERITY).to.equal('ask-doctor');
      });

      for (const id of QUESTION_IDS) {
        it(`refuses to hide "${id}": it is still asked, and an answer that raises it still counts`, () => {
          const {value: rules, errors} = mergeRules(DEFAULT_RULES, {[id]: {hidden: true}});
          expect(errors).to.have.length(1);
          expect(errors[0].path).to.equal(`rules.${id}.hidden`);
          expect(errors[0].message).to.contain('safety floor');
          expect(visibleQuestions(rules)).to.include(id);
          const answer = DEFAULT_RULES[id].when;
          expect(assessEligibility(answersFor({...safe(), [id]: answer}), rules).outcome).to.equal(DEFAULT_RULES[id].severity);
        });
      }

      for (const lower of ['no-concerns', 'none', 'info', null]) {
        it(`refuses bleeding at ${String(lower)}: the default severity stays`, () => {
          const {value: rules, errors} = mergeRules(DEFAULT_RULES, {bleeding: {severity: lower}});
          expect(errors.map((error) => error.path)).to.deep.equal(['rules.bleeding.severity']);
          expect(errors[0].message).to.contain('never lower than ask-doctor');
          expect(rules.bleeding).to.deep.equal(DEFAULT_RULES.bleeding);
          expect(assessEligibility(answersFor({...safe(), bleeding: 'yes'}), rules).outcome).to.equal('not-recommended');
        });
      }

      it('lets a clinic go down to ask-doctor, and no further', () => {
        const {value: rules, errors} = mergeRules(DEFAULT_RULES, {bleeding: {severity: 'ask-doctor'}, pregnant: {severity: 'not-recommended'}});
        expect(errors).to.deep.equal([]);
        expect(assessEligibility(answersFor({...safe(), bleeding: 'yes'}), rules).outcome).to.equal('ask-doctor');
        expect(assessEligibility(answersFor({...safe(), pregnant: 'yes'}), rules).outcome).to.equal('not-recommended');
      });

      it('accepts hidden: false, which changes nothing', () => {
        const {value: rules, errors} = mergeRules(DEFAULT_RULES, {pregnant: {hidden: false}});
        expect(errors).to.deep.equal([]);
        expect(visibleQuestions(rules)).to.deep.equal([...QUESTION_IDS]);
      });
    });

    describe('a floor per question (issue 21)', () => {
      it('records the floor of every question', () => {
        for (const id of QUESTION_IDS) expect([QUESTION_FLOORS[id].severity, QUESTION_FLOORS[id].unsure], id).to.deep.equal(FLOORS[id]);
      });

      for (const id of QUESTION_IDS) {
        for (const key of ['severity', 'unsure'] as const) {
          const floor = FLOORS[id][key === 'severity' ? 0 : 1];
          const below = RULE_SEVERITIES.filter((severity) => rankOf(severity) > rankOf(floor));
          const allowed = RULE_SEVERITIES.filter((severity) => rankOf(severity) <= rankOf(floor));
          if (below.length)
            it(`refuses "${id}" ${key} below ${floor} (${below.join(', ')}): one error, the default stays`, () => {
              for (const setting of below) {
                const {value, errors} = mergeRules(DEFAULT_RULES, {[id]: {[key]: setting}});
                expect(errors.map((error) => error.path), setting).to.deep.equal([`rules.${id}.${key}`]);
                expect(errors[0].message, setting).to.contain('safety floor').and.contain(floor);
                expect(value[id], setting).to.deep.equal(DEFAULT_RULES[id]);
              }
            });
          it(`accepts "${id}" ${key} at ${floor} or stricter (${allowed.join(', ')})`, () => {
            for (const setting of allowed) {
              const {value, errors} = mergeRules(DEFAULT_RULES, {[id]: {[key]: setting}});
              expect(errors, setting).to.deep.equal([]);
              expect(value[id][key], setting).to.equal(setting);
            }
          });
        }
      }

      it('keeps age and a known ingredient allergy at not-recommended: a clinic cannot offer booking to a 16-year-old', () => {
        const {value: rules, errors} = mergeRules(DEFAULT_RULES, {
          adult: {severity: 'ask-doctor'},
          allergy: {severity: 'not-now'},
          pregnant: {severity: 'ask-doctor'},
          breastfeeding: {severity: 'ask-doctor'},
        });
        expect(errors.map((error) => error.path)).to.deep.equal([
          'rules.adult.severity',
          'rules.allergy.severity',
          'rules.pregnant.severity',
          'rules.breastfeeding.severity',
        ]);
        expect(errors[0].message).to.contain('fixed at not-recommended');
        for (const [id, answer] of [['adult', 'no'], ['allergy', 'yes'], ['pregnant', 'yes'], ['breastfeeding', 'yes']] as const) {
          const result = assessEligibility(answersFor({...safe(), [id]: answer}), rules);
          expect(bookingAllowed(result.outcome), id).to.equal(false);
        }
      });

      it('lets a clinic make "Not sure" stricter, and never milder than its floor', () => {
        const {value: rules, errors} = mergeRules(DEFAULT_RULES, {skin: {unsure: 'not-now'}, pregnant: {unsure: 'ask-doctor'}});
        expect(errors.map((error) => error.path)).to.deep.equal(['rules.pregnant.unsure']);
        expect(assessEligibility(answersFor({...safe(), skin: 'unsure'}), rules).outcome).to.equal('not-now');
        expect(assessEligibility(answersFor({...safe(), pregnant: 'unsure'}), rules).outcome).to.equal('not-now');
      });

      it('holds under any override a clinic may write: no answer ever gives less than its floor, and never booking where the floor forbids it', () => {
        const severityLike = fc.constantFrom<unknown>(...RULE_SEVERITIES, 'no-concerns', 'info', '', null, 3, true);
        const change = fc.record(
          {severity: severityLike, unsure: severityLike, hidden: fc.constantFrom<unknown>(true, false, 'yes', 0)},
          {requiredKeys: []},
        );
        const override = fc.dictionary(fc.constantFrom<string>(...QUESTION_IDS, 'smoking', '__proto__'), change);
        const answer = fc.constantFrom<Answer>('yes', 'no', 'unsure');
        const answers = fc.record(Object.fromEntries(QUESTION_IDS.map((id) => [id, answer])) as Record<QuestionId, typeof answer>);
        fc.assert(
          fc.property(override, answers, (clinic, health) => {
            const {value: rules} = mergeRules(DEFAULT_RULES, clinic);
            expect(visibleQuestions(rules)).to.deep.equal([...QUESTION_IDS]);
            const result = assessEligibility({goals: ['face'], health}, rules);
            for (const id of QUESTION_IDS) {
              const reason = result.reasons.find((entry) => entry.id === id);
              const raised = health[id] === DEFAULT_RULES[id].when;
              if (raised) expect(rankOf(reason!.severity), id).to.be.at.most(rankOf(FLOORS[id][0]));
              if (health[id] === 'unsure') expect(rankOf(reason!.severity), id).to.be.at.most(rankOf(FLOORS[id][1]));
              // Where the floor is not-now or stricter, no setting can bring booking back.
              const floor = raised ? FLOORS[id][0] : health[id] === 'unsure' ? FLOORS[id][1] : null;
              if (floor && floor !== 'ask-doctor') expect(bookingAllowed(result.outcome), id).to.equal(false);
            }
          }),
          {numRuns: 500},
        );
      });
    });

    describe('the medicine warning', () => {
      it('goes with every reason that may involve a medicine, whatever the answer', () => {
        expect([...MEDICINE_REASONS]).to.have.members(['bleeding', 'immune', 'conditions', 'heart-stroke']);
        for (const id of MEDICINE_REASONS) {
          for (const answer of ['yes', 'unsure'] as const) {
            const result = assessEligibility(answersFor({...safe(), [id]: answer}));
            expect(needsMedicineWarning(result.reasons), `${id} ${answer}`).to.equal(true);
          }
        }
      });

      it('goes with a medicine reason at every severity a clinic may set', () => {
        for (const id of MEDICINE_REASONS) {
          for (const severity of RULE_SEVERITIES) {
            const {value: rules} = mergeRules(DEFAULT_RULES, {[id]: {severity}});
            expect(needsMedicineWarning(assessEligibility(answersFor({...safe(), [id]: 'yes'}), rules).reasons), `${id} ${severity}`).to.equal(true);
          }
        }
      });

      it('is not shown for reasons that involve no medicine', () => {
        for (const id of QUESTION_IDS.filter((question) => !MEDICINE_REASONS.includes(question))) {
          const result = assessEligibility(answersFor({...safe(), [id]: DEFAULT_RULES[id].when}));
          expect(needsMedicineWarning(result.reasons), id).to.equal(false);
        }
        expect(needsMedicineWarning(assessEligibility(answersFor(safe(), ['weight'])).reasons)).to.equal(false);
      });
    });

    it('offers the treatment booking only under no-concerns, and the consultation-only booking only under ask-doctor', () => {
      expect(bookingAllowed('no-concerns')).to.equal(true);
      expect(bookingAllowed('ask-doctor')).to.equal(false);
      expect(consultationAllowed('ask-doctor')).to.equal(true);
      for (const outcome of ['no-concerns', 'not-now', 'not-recommended'] as const) expect(consultationAllowed(outcome), outcome).to.equal(false);
      expect(bookingAllowed('not-now')).to.equal(false);
      expect(bookingAllowed('not-recommended')).to.equal(false);
    });

    it('does not change the defaults it merges over', () => {
      mergeRules(DEFAULT_RULES, {adult: {severity: 'ask-doctor', hidden: true}});
      expect(DEFAULT_RULES.adult).to.deep.equal({when: 'no', severity: 'not-recommended', unsure: 'not-now', hidden: false});
    });

    it('reports unknown questions, keys and wrong values, and keeps the defaults for them', () => {
      const {value, errors} = mergeRules(DEFAULT_RULES, {
        smoking: {severity: 'not-now'},
        skin: {severity: 'never', hidden: 'yes', when: 'no'},
        allergy: 'strict',
        conditions: {severity: 'ask-doctor'},
      });
      expect(errors.map((error) => error.path)).to.deep.equal([
        'rules.smoking',
        'rules.skin.severity',
        'rules.skin.hidden',
        'rules.skin.when',
        'rules.allergy',
      ]);
      expect(value.skin).to.deep.equal(DEFAULT_RULES.skin);
      expect(value.allergy).to.deep.equal(DEFAULT_RULES.allergy);
      expect(value.conditions.severity).to.equal('ask-doctor');
    });

    it('refuses rules that are not an object', () => {
      for (const bad of [[], 'strict', 3]) {
        const {value, errors} = mergeRules(DEFAULT_RULES, bad);
        expect(value).to.equal(DEFAULT_RULES);
        expect(errors).to.deep.equal([{path: 'rules', message: 'expected an object of question ids'}]);
      }
    });

    it('never reassures on missing answers: an unanswered question or no goal is an IncompleteAnswersError listing them', () => {
      for (const [answers, missing] of [
        [{goals: [], health: {}}, [...QUESTION_IDS, 'goals']],
        [{goals: ['face'], health: {}}, [...QUESTION_IDS]],
        [{goals: ['face'], health: {...safe(), skin: undefined}}, ['skin']],
        [{goals: [], health: safe()}, ['goals']],
      ] as [EligibilityAnswers, string[]][]) {
        let thrown: unknown;
        try {
          assessEligibility(answers);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).to.be.instanceOf(IncompleteAnswersError);
        expect(thrown).to.be.instanceOf(LogicInputError);
        expect((thrown as IncompleteAnswersError).missing).to.deep.equal(missing);
        expect((thrown as Error).message).to.contain('not complete');
      }
    });
  });
});
