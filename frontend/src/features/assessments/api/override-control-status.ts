import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ControlOverrideInput } from '@/api-client';
import { assessmentsApi } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getAssessmentQueryOptions } from './get-assessment';

type Params = { assessmentId: number; controlId: string; controlOverrideInput: ControlOverrideInput };

export const overrideControlStatus = ({ assessmentId, controlId, controlOverrideInput }: Params) =>
  assessmentsApi.overrideControlStatus({ assessmentId, controlId, controlOverrideInput });

export const useOverrideControlStatus = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof overrideControlStatus> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: overrideControlStatus,
    onSuccess: (saved, variables, ...more) => {
      queryClient.invalidateQueries({ queryKey: getAssessmentQueryOptions(variables.assessmentId).queryKey });
      onSuccess?.(saved, variables, ...more);
    },
  });
};
