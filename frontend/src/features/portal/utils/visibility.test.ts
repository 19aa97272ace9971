import { describe, expect, it } from 'vitest';
import { QuestionType, ReviewStatus, type Answer, type PortalQuestion } from '@/api-client';
import { visibleQuestions, warningFor } from './visibility';

const q = (id: number, key: string, extra: Partial<PortalQuestion> = {}): PortalQuestion => ({
  id,
  key,
  text: key,
  type: QuestionType.YesNoPartialNa,
  required: true,
  options: [],
  ...extra,
});
const a = (questionId: number, value: string): Answer => ({
  questionId,
  questionKey: String(questionId),
  answered: true,
  value,
  version: 1,
  reviewStatus: ReviewStatus.Pending,
});

const mfa = q(1, 'mfa', { policyWarning: { answers: ['NO', 'PARTIAL'], message: 'Describe the compensating control.' } });
const methods = q(2, 'mfa.methods', { type: QuestionType.MultiChoice, showWhen: { questionKey: 'mfa', answers: ['YES', 'PARTIAL'] } });
const sms = q(3, 'mfa.sms', { showWhen: { questionKey: 'mfa.methods', answers: ['SMS'] } });

describe('visibleQuestions', () => {
  it('shows follow-ups only while the whole chain holds', () => {
    const answers = new Map([
      [1, a(1, 'NO')],
      [2, { ...a(2, ''), value: undefined, values: ['SMS'] }],
    ]);
    expect([...visibleQuestions([mfa, methods, sms], answers, new Set())]).toEqual([1]);

    answers.set(1, a(1, 'YES'));
    expect([...visibleQuestions([mfa, methods, sms], answers, new Set())]).toEqual([1, 2, 3]);
  });
});

describe('warningFor', () => {
  it('warns when the answer falls short', () => {
    expect(warningFor(mfa, a(1, 'PARTIAL'))).toBe('Describe the compensating control.');
    expect(warningFor(mfa, a(1, 'YES'))).toBeUndefined();
  });
});
