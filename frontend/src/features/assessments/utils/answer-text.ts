import { QuestionType, type Answer, type Question } from '@/api-client';

const YES_NO: Record<string, string> = { YES: 'Yes', NO: 'No', PARTIAL: 'Partly', NA: 'Not applicable' };

/** The vendor's answer as a reader would say it: option labels rather than tokens. */
export function answerText(question: Question, answer: Answer | undefined, hasEvidence: boolean): string | undefined {
  if (question.type === QuestionType.File) return hasEvidence ? 'Evidence uploaded' : undefined;
  if (!answer?.answered) return undefined;
  const label = (token: string) => question.options.find((o) => o.value === token)?.label ?? token;
  switch (question.type) {
    case QuestionType.YesNoPartialNa:
      return answer.value ? (YES_NO[answer.value] ?? answer.value) : undefined;
    case QuestionType.SingleChoice:
      return answer.value ? label(answer.value) : undefined;
    case QuestionType.MultiChoice:
      return (answer.values ?? []).map(label).join(', ') || undefined;
    default:
      return answer.value;
  }
}
