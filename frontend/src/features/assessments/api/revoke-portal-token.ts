import { useMutation, useQueryClient } from '@tanstack/react-query';
import { assessmentsApi } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getAssessmentQueryOptions } from './get-assessment';

export const revokePortalToken = (assessmentId: number) => assessmentsApi.revokePortalToken({ assessmentId });

export const useRevokePortalToken = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof revokePortalToken> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: revokePortalToken,
    onSuccess: (saved, assessmentId, ...more) => {
      queryClient.invalidateQueries({ queryKey: getAssessmentQueryOptions(assessmentId).queryKey });
      onSuccess?.(saved, assessmentId, ...more);
    },
  });
};
