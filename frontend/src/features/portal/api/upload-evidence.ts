import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MutationConfig } from '@/lib/react-query';
import { getPortalAssessmentQueryOptions } from './get-portal-assessment';
import { portalApi } from './portal-client';

export const uploadEvidence = ({ file, questionId }: { file: File; questionId?: number }) =>
  portalApi.uploadPortalEvidence({ file, questionId });

export const useUploadEvidence = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof uploadEvidence> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: uploadEvidence,
    onSuccess: (...args) => {
      queryClient.invalidateQueries({ queryKey: getPortalAssessmentQueryOptions().queryKey });
      onSuccess?.(...args);
    },
  });
};
