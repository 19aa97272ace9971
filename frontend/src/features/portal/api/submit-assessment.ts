import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MutationConfig } from '@/lib/react-query';
import { getPortalAssessmentQueryOptions } from './get-portal-assessment';
import { portalApi } from './portal-client';

export const submitAssessment = () => portalApi.submitPortalAssessment();

export const useSubmitAssessment = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof submitAssessment> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: submitAssessment,
    onSuccess: (data, ...args) => {
      queryClient.setQueryData(getPortalAssessmentQueryOptions().queryKey, data);
      onSuccess?.(data, ...args);
    },
  });
};
