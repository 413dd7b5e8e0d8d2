import type fc from 'fast-check';
import type {LogicCall} from './logic-cases.js';

export const GOALS: string[];
export const QUESTIONS: string[];
export const ITEMS: string[];
export const CONCERNS: string[];
export const hostile: fc.Arbitrary<unknown>;
export const completeAnswers: fc.Arbitrary<{goals: string[]; health: Record<string, string>}>;
export const durations: fc.Arbitrary<unknown>;
export const planArgs: fc.Arbitrary<unknown[]>;
export const logicCall: fc.Arbitrary<LogicCall>;
export const eligibilityCall: fc.Arbitrary<LogicCall>;
export const planCall: fc.Arbitrary<LogicCall>;
export const calendarCall: fc.Arbitrary<LogicCall>;
export const recommendCall: fc.Arbitrary<LogicCall>;
