import { describe, expect, it } from 'vitest';
import { QuestionType, ReviewStatus, type Answer, type Question } from '@/api-client';
import { answerText } from './answer-text';

const question = (type: QuestionType, options: Question['options'] = []): Question => ({
  id: 1, key: 'q', text: 'Q?', type, options, controls: [],
});
const answer = (patch: Partial<Answer>): Answer => ({
  questionId: 1, questionKey: 'q', answered: true, version: 1, reviewStatus: ReviewStatus.Pending, ...patch,
});
const options = [{ value: 'FIDO2', label: 'Security keys' }, { value: 'SMS', label: 'SMS codes' }];

describe('answerText', () => {
  it('names yes/no answers and choice options by their labels', () => {
    expect(answerText(question(QuestionType.YesNoPartialNa), answer({ value: 'PARTIAL' }), false)).toBe('Partly');
    expect(answerText(question(QuestionType.SingleChoice, options), answer({ value: 'SMS' }), false)).toBe('SMS codes');
    expect(answerText(question(QuestionType.MultiChoice, options), answer({ values: ['FIDO2', 'SMS'] }), false))
      .toBe('Security keys, SMS codes');
  });

  it('says nothing for an unanswered question and reports uploads for file questions', () => {
    expect(answerText(question(QuestionType.Text), answer({ answered: false }), false)).toBeUndefined();
    expect(answerText(question(QuestionType.File), undefined, true)).toBe('Evidence uploaded');
    expect(answerText(question(QuestionType.File), undefined, false)).toBeUndefined();
  });
});
