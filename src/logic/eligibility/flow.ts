import {
  GOAL_IDS,
  QUESTION_IDS,
  type Answer,
  type GoalId,
  type Layout,
  type QuestionId,
  type StepId,
} from '../../types/eligibility.js';

/** The screens in order for a layout and the questions being asked. */
export function flowSteps(layout: Layout, questions: readonly QuestionId[]): StepId[] {
  const health: StepId[] = layout === 'list' ? (questions.length ? ['questions'] : []) : [...questions];
  return ['intro', 'goals', ...health, 'summary', 'result'];
}

export const isQuestion = (step: string): step is QuestionId => (QUESTION_IDS as readonly string[]).includes(step);

/**
 * Where a question step is in the flow, or null for the other steps. In the steps layout each
 * question is a step ("Question n of total", `unit: 'question'`); in the list layout the goals and
 * the one page of health questions are two pages ("Page n of total", `unit: 'page'`), so the goals
 * step never claims to be the only question.
 */
export function questionProgress(
  steps: readonly StepId[],
  step: StepId,
): {n: number; total: number; unit: 'question' | 'page'} | null {
  const asked: StepId[] = steps.filter((id) => id === 'goals' || id === 'questions' || isQuestion(id));
  const n = asked.indexOf(step);
  if (n === -1) return null;
  return {n: n + 1, total: asked.length, unit: steps.includes('questions') ? 'page' : 'question'};
}

/** What the patient has answered so far. */
export interface Progress {
  goals: GoalId[];
  health: Partial<Record<QuestionId, Answer>>;
}

/** The fields a step still needs before Continue may move on: `goals` or question ids. */
export function missingFields(step: StepId, progress: Progress, questions: readonly QuestionId[]): (QuestionId | 'goals')[] {
  if (step === 'goals') return progress.goals.length ? [] : ['goals'];
  if (step === 'questions') return questions.filter((id) => !progress.health[id]);
  if (isQuestion(step)) return progress.health[step] ? [] : [step];
  return [];
}

/** The first step that is not complete, so a restored or changed session never skips a question. */
export function firstIncomplete(steps: readonly StepId[], progress: Progress, questions: readonly QuestionId[]): StepId {
  return steps.find((step) => step !== 'intro' && missingFields(step, progress, questions).length > 0) ?? 'summary';
}

const ANSWERS: readonly Answer[] = ['yes', 'no', 'unsure'];

/** Reads saved progress back, keeping only known goals and answers; anything else gives null. */
export function parseSavedProgress(text: string | null): (Progress & {step: string}) | null {
  if (!text) return null;
  try {
    const saved = JSON.parse(text) as {step?: unknown; goals?: unknown; health?: unknown};
    if (typeof saved !== 'object' || saved === null || typeof saved.step !== 'string') return null;
    const goals = Array.isArray(saved.goals)
      ? GOAL_IDS.filter((goal) => (saved.goals as unknown[]).includes(goal))
      : [];
    const health: Progress['health'] = {};
    if (typeof saved.health === 'object' && saved.health !== null) {
      for (const id of QUESTION_IDS) {
        const answer = (saved.health as Record<string, unknown>)[id];
        if (ANSWERS.includes(answer as Answer)) health[id] = answer as Answer;
      }
    }
    return {step: saved.step, goals, health};
  } catch {
    return null;
  }
}
