import { QuestionType, type Answer, type PortalQuestion } from '@/api-client';

/** The tokens an answer consists of, as conditions and warnings name them. */
export function answerTokens(question: PortalQuestion, answer: Answer | undefined, hasEvidence: boolean): string[] {
  if (question.type === QuestionType.File) return hasEvidence ? ['PROVIDED'] : [];
  if (!answer) return [];
  if (question.type === QuestionType.MultiChoice) return answer.values ?? [];
  return answer.value ? [answer.value] : [];
}

/**
 * Which questions are shown, by id: the same rule as the server's (conditions refer to earlier
 * questions; a question is hidden when the one it depends on is hidden).
 */
export function visibleQuestions(
  questions: PortalQuestion[],
  answers: Map<number, Answer>,
  evidenceQuestionIds: Set<number>,
): Set<number> {
  const byKey = new Map<string, PortalQuestion>();
  const visible = new Set<number>();
  for (const q of questions) {
    let shown = true;
    if (q.showWhen) {
      const target = byKey.get(q.showWhen.questionKey);
      const tokens = target
        ? answerTokens(target, answers.get(target.id), evidenceQuestionIds.has(target.id))
        : [];
      shown = !!target && visible.has(target.id) && tokens.some((t) => q.showWhen!.answers.includes(t));
    }
    if (shown) visible.add(q.id);
    byKey.set(q.key, q);
  }
  return visible;
}

/** The question's policy warning if the current answer falls short of policy. */
export function warningFor(question: PortalQuestion, answer: Answer | undefined): string | undefined {
  if (!question.policyWarning) return undefined;
  const tokens = answerTokens(question, answer, false);
  return tokens.some((t) => question.policyWarning!.answers.includes(t)) ? question.policyWarning.message : undefined;
}
