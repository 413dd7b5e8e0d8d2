import {
  ANSWERS,
  GOAL_IDS,
  LAYOUTS,
  QUESTION_IDS,
  type Answer,
  type EligibilityStepDetail,
  type GoalId,
  type Layout,
  type QuestionId,
} from '../../types/eligibility.js';
import type {CheckedAttribute} from '../../types/common.js';

/**
 * The steps in order: `screens` (the flow's screen ids, in order) with `health` standing for the
 * health questions being asked: one step each in the `steps` layout, or one `questions` page in
 * the `list` layout (none when no question is asked).
 */
export function flowSteps(screens: readonly string[], layout: Layout, questions: readonly QuestionId[]): string[] {
  const health: string[] = layout === 'list' ? (questions.length ? ['questions'] : []) : [...questions];
  return screens.flatMap((screen) => (screen === 'health' ? health : [screen]));
}

export const isQuestion = (step: string): step is QuestionId => (QUESTION_IDS as readonly string[]).includes(step);

/** A layout is `steps` or `list`; anything else is a problem, and the steps layout is used. */
export function checkLayout(input: string): CheckedAttribute<Layout> {
  if (LAYOUTS.includes(input as Layout)) return {value: input as Layout};
  return {value: 'steps', problem: `"${input}" is not one of ${LAYOUTS.join(', ')}; using steps`};
}

/**
 * Where a question step is in the flow, or null for the other steps. In the steps layout each
 * health question is a step ("Question n of total", `unit: 'question'`); the goals step asks what
 * the patient would like, not about their health, so it has no number. In the list layout the
 * goals and the one page of health questions are two pages ("Page n of total", `unit: 'page'`).
 */
export function questionProgress(
  steps: readonly string[],
  step: string,
): {n: number; total: number; unit: 'question' | 'page'} | null {
  const asked = numberedSteps(steps);
  const n = asked.indexOf(step);
  if (n === -1) return null;
  return {n: n + 1, total: asked.length, unit: steps.includes('questions') ? 'page' : 'question'};
}

/** The steps that show "Question n of m" (each health question) or, in the list layout, "Page n of m". */
const numberedSteps = (steps: readonly string[]): string[] =>
  steps.filter((id) => id === 'questions' || isQuestion(id) || (id === 'goals' && steps.includes('questions')));

/**
 * The detail of `meso-eligibility-step` on arriving at `step`: its place among every screen
 * (`index`/`total`, from 0), and the visible caption's "n of m" (`question` is null where no such
 * caption shows; `questions` is its `m`: the health questions asked, or in the list layout its two
 * pages, as "Page n of 2" shows).
 */
export function stepDetail(steps: readonly string[], step: string): EligibilityStepDetail {
  return {
    step,
    index: steps.indexOf(step),
    total: steps.length,
    question: questionProgress(steps, step)?.n ?? null,
    questions: numberedSteps(steps).length,
  };
}

/** What the patient has answered so far. */
export interface Progress {
  goals: GoalId[];
  health: Partial<Record<QuestionId, Answer>>;
}

/** The fields a step still needs before Continue may move on: `goals` or question ids. */
export function missingFields(step: string, progress: Progress, questions: readonly QuestionId[]): (QuestionId | 'goals')[] {
  if (step === 'goals') return progress.goals.length ? [] : ['goals'];
  if (step === 'questions') return questions.filter((id) => !progress.health[id]);
  if (isQuestion(step)) return progress.health[step] ? [] : [step];
  return [];
}

/** The first step that is not complete, so a restored or changed session never skips a question. */
export function firstIncomplete(steps: readonly string[], progress: Progress, questions: readonly QuestionId[]): string {
  return steps.find((step) => step !== 'intro' && missingFields(step, progress, questions).length > 0) ?? 'summary';
}

/**
 * The step to resume at with remembered progress: the step it was saved at (the intro when that
 * step is not in the flow any more), but never past the first step that is not complete, so a
 * change of rules or layout since never skips a question. A finished check resumes at the summary
 * ("Check your answers"), never past it.
 */
export function resumeStep(steps: readonly string[], saved: SavedProgress, questions: readonly QuestionId[]): string {
  const wanted = steps.includes(saved.step) ? saved.step : 'intro';
  const blocker = firstIncomplete(steps, saved, questions);
  return steps.indexOf(wanted) > steps.indexOf(blocker) ? blocker : wanted;
}

/** Progress as it is remembered: the answers and the step the patient was on. */
export interface SavedProgress extends Progress {
  step: string;
}

/** How long remembered answers are kept: 24 hours from when they were last saved (ms). */
export const PROGRESS_KEPT_MS = 24 * 60 * 60 * 1000;

/**
 * Reads saved progress back, keeping only known goals and answers. Anything else gives null, and so
 * does progress saved more than {@link PROGRESS_KEPT_MS} before `now` (or with no `savedAt`, or one
 * later than `now` by more than five minutes of clock drift).
 */
export function parseSavedProgress(text: string | null, now: number = Date.now()): SavedProgress | null {
  if (!text) return null;
  try {
    const saved = JSON.parse(text) as {step?: unknown; goals?: unknown; health?: unknown; savedAt?: unknown};
    if (typeof saved !== 'object' || saved === null || typeof saved.step !== 'string') return null;
    const age = typeof saved.savedAt === 'number' ? now - saved.savedAt : NaN;
    if (!(age <= PROGRESS_KEPT_MS && age >= -5 * 60 * 1000)) return null;
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
