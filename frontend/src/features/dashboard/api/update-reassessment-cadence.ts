import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReassessmentCadenceUpdate, VendorTier } from '@/api-client';
import { reassessmentsApi } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';

export const updateReassessmentCadence = ({ tier, update }: { tier: VendorTier; update: ReassessmentCadenceUpdate }) =>
  reassessmentsApi.updateReassessmentCadence({ tier, reassessmentCadenceUpdate: update });

type UseUpdateReassessmentCadenceOptions = {
  mutationConfig?: MutationConfig<typeof updateReassessmentCadence>;
};

export const useUpdateReassessmentCadence = ({ mutationConfig }: UseUpdateReassessmentCadenceOptions = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: updateReassessmentCadence,
    onSuccess: (...args) => {
      // Due dates of the whole tier moved with the cadence.
      queryClient.invalidateQueries({ queryKey: ['reassessments'] });
      queryClient.invalidateQueries({ queryKey: ['dashboard'] });
      onSuccess?.(...args);
    },
  });
};
