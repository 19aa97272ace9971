import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PortalFinding, RemediationResponse } from '@/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getPortalFindingsQueryOptions } from './get-portal-findings';
import { portalFindingsApi } from './portal-findings-client';

type RespondParams = { findingId: number; remediationResponse: RemediationResponse };

export const respondToRemediationRequest = ({ findingId, remediationResponse }: RespondParams) =>
  portalFindingsApi.respondToRemediationRequest({ findingId, remediationResponse });

type UseRespondOptions = {
  mutationConfig?: MutationConfig<typeof respondToRemediationRequest>;
};

export const useRespondToRemediationRequest = ({ mutationConfig }: UseRespondOptions = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: respondToRemediationRequest,
    onSuccess: (saved, ...rest) => {
      const key = getPortalFindingsQueryOptions().queryKey;
      queryClient.setQueryData<PortalFinding[]>(key, (list) => list?.map((f) => (f.id === saved.id ? saved : f)));
      onSuccess?.(saved, ...rest);
    },
  });
};
