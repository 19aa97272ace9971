import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssessmentStatusChange } from '@/api-client';
import { assessmentsApi } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getAssessmentQueryOptions } from './get-assessment';

type Params = { assessmentId: number; assessmentStatusChange: AssessmentStatusChange };

/** `assessmentStatusChange.version` is the version last read; a stale one is refused with 409. */
export const changeAssessmentStatus = ({ assessmentId, assessmentStatusChange }: Params) =>
  assessmentsApi.changeAssessmentStatus({ assessmentId, assessmentStatusChange });

export const useChangeAssessmentStatus = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof changeAssessmentStatus> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: changeAssessmentStatus,
    onSuccess: (saved, variables, ...more) => {
      queryClient.setQueryData(getAssessmentQueryOptions(variables.assessmentId).queryKey, saved);
      queryClient.invalidateQueries({ queryKey: ['assessments', 'list'] });
      // Completing writes the vendor's control statuses, which the vendor page shows.
      queryClient.invalidateQueries({ queryKey: ['vendors'] });
      onSuccess?.(saved, variables, ...more);
    },
  });
};
