import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RemediationRequest } from '@/api-client';
import { findingsApi } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';

type RequestParams = { findingId: number; remediationRequest: RemediationRequest };

/** Sends the finding to the vendor's portal through an assessment the vendor can still open. */
export const requestRemediation = ({ findingId, remediationRequest }: RequestParams) =>
  findingsApi.requestRemediation({ findingId, remediationRequest });

type UseRequestRemediationOptions = {
  mutationConfig?: MutationConfig<typeof requestRemediation>;
};

export const useRequestRemediation = ({ mutationConfig }: UseRequestRemediationOptions = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: requestRemediation,
    onSuccess: (saved, ...rest) => {
      queryClient.invalidateQueries({ queryKey: ['findings'] });
      onSuccess?.(saved, ...rest);
    },
  });
};
