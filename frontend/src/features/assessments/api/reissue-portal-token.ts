import { useMutation, useQueryClient } from '@tanstack/react-query';
import { assessmentsApi } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getAssessmentQueryOptions } from './get-assessment';

/** A new invitation token; the answer is the only place it ever appears. */
export const reissuePortalToken = (assessmentId: number) => assessmentsApi.reissuePortalToken({ assessmentId });

export const useReissuePortalToken = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof reissuePortalToken> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: reissuePortalToken,
    onSuccess: (saved, assessmentId, ...more) => {
      queryClient.invalidateQueries({ queryKey: getAssessmentQueryOptions(assessmentId).queryKey });
      onSuccess?.(saved, assessmentId, ...more);
    },
  });
};
