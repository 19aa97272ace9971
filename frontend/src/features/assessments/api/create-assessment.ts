import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssessmentCreate } from '@/api-client';
import { assessmentsApi } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';

export const createAssessment = (assessmentCreate: AssessmentCreate) => assessmentsApi.createAssessment({ assessmentCreate });

export const useCreateAssessment = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof createAssessment> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: createAssessment,
    onSuccess: (...args) => {
      queryClient.invalidateQueries({ queryKey: ['assessments', 'list'] });
      onSuccess?.(...args);
    },
  });
};
