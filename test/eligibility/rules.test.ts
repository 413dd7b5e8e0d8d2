import {expect} from '@open-wc/testing';
import {
  assessEligibility,
  bookingAllowed,
  DEFAULT_RULES,
  FLOOR_SEVERITY,
  IncompleteAnswersError,
  mergeRules,
  SAFETY_FLOOR,
  visibleQuestions,
  LogicInputError,
} from '../../src/logic/eligibility/index.js';
import {
  QUESTION_IDS,
  type Answer,
  type EligibilityAnswers,
  type QuestionId,
  type RuleSeverity,
} from '../../src/types/eligibility.js';

const answersFor = (health: EligibilityAnswers['health'], goals: EligibilityAnswers['goals'] = ['face']) => ({goals, health});
/** Every question answered safely: adult yes, the rest no. */
const safe = (): Record<QuestionId, Answer> =>
  Object.fromEntries(QUESTION_IDS.map((id) => [id, id === 'adult' ? 'yes' : 'no'])) as Record<QuestionId, Answer>;

/** The spec's rule table: the answer that raises each question and what it gives. */
const TABLE: [QuestionId, 'yes' | 'no', RuleSeverity][] = [
  ['adult', 'no', 'not-recommended'],
  ['pregnant', 'yes', 'not-now'],
  ['breastfeeding', 'yes', 'not-now'],
  ['bleeding', 'yes', 'not-recommended'],
  ['immune', 'yes', 'not-recommended'],
  ['skin', 'yes', 'not-now'],
  ['allergy', 'yes', 'not-recommended'],
  ['conditions', 'yes', 'not-recommended'],
  ['heart-stroke', 'yes', 'not-recommended'],
];

describe('assessEligibility', () => {
  it('gives no-concerns, with no reasons and no notes, when nothing rules it out', () => {
    expect(assessEligibility(answersFor(safe()))).to.deep.equal({outcome: 'no-concerns', reasons: [], notes: []});
  });

  for (const [id, when, severity] of TABLE) {
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
      it('"not sure" gives ask-doctor for that reason', () => {
        const result = assessEligibility(answersFor({...safe(), [id]: 'unsure'}));
        expect(result.outcome).to.equal('ask-doctor');
        expect(result.reasons).to.deep.equal([{id, severity: 'ask-doctor', answer: 'unsure'}]);
      });
    });
  }

  it('the table matches DEFAULT_RULES', () => {
    for (const [id, when, severity] of TABLE) expect(DEFAULT_RULES[id]).to.deep.equal({when, severity, hidden: false});
    expect(TABLE.map(([id]) => id)).to.deep.equal([...QUESTION_IDS]);
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
      expect(result.notes).to.deep.equal(['weight-loss']);
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

    it('face and hair add nothing', () => {
      expect(assessEligibility(answersFor(safe(), ['face', 'hair']))).to.deep.equal({
        outcome: 'no-concerns',
        reasons: [],
        notes: [],
      });
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

    it('offers booking only under no-concerns and ask-doctor', () => {
      expect(bookingAllowed('no-concerns')).to.equal(true);
      expect(bookingAllowed('ask-doctor')).to.equal(true);
      expect(bookingAllowed('not-now')).to.equal(false);
      expect(bookingAllowed('not-recommended')).to.equal(false);
    });

    it('does not change the defaults it merges over', () => {
      mergeRules(DEFAULT_RULES, {adult: {severity: 'ask-doctor', hidden: true}});
      expect(DEFAULT_RULES.adult).to.deep.equal({when: 'no', severity: 'not-recommended', hidden: false});
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
