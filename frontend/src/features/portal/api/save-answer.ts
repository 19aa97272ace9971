import type { AnswerInput } from '@/api-client';
import { portalApi } from './portal-client';

export const saveAnswer = ({ questionId, answer }: { questionId: number; answer: AnswerInput }) =>
  portalApi.savePortalAnswer({ questionId, answerInput: answer });
