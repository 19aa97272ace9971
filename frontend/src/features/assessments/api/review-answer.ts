import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AnswerReview } from '@/api-client';
import { assessmentsApi } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getAssessmentQueryOptions } from './get-assessment';

type Params = { assessmentId: number; questionId: number; answerReview: AnswerReview };

export const reviewAnswer = ({ assessmentId, questionId, answerReview }: Params) =>
  assessmentsApi.reviewAnswer({ assessmentId, questionId, answerReview });

export const useReviewAnswer = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof reviewAnswer> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: reviewAnswer,
    onSuccess: (saved, variables, ...more) => {
      // The first review also moves the assessment to UNDER_REVIEW: reload it whole.
      queryClient.invalidateQueries({ queryKey: getAssessmentQueryOptions(variables.assessmentId).queryKey });
      onSuccess?.(saved, variables, ...more);
    },
  });
};
