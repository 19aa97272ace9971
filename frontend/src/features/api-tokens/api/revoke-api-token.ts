import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiTokensApi } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';

export const revokeApiToken = ({ apiTokenId }: { apiTokenId: number }) => apiTokensApi.revokeApiToken({ apiTokenId });

type UseRevokeApiTokenOptions = {
  mutationConfig?: MutationConfig<typeof revokeApiToken>;
};

export const useRevokeApiToken = ({ mutationConfig }: UseRevokeApiTokenOptions = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: revokeApiToken,
    onSuccess: (data, ...args) => {
      queryClient.invalidateQueries({ queryKey: ['api-tokens', 'list'] });
      onSuccess?.(data, ...args);
    },
  });
};
