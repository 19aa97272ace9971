import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiTokenCreate } from '@/api-client';
import { apiTokensApi } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';

/** ADMIN only. The answer carries the secret (`token`); it is never shown again. */
export const createApiToken = (apiTokenCreate: ApiTokenCreate) => apiTokensApi.createApiToken({ apiTokenCreate });

type UseCreateApiTokenOptions = {
  mutationConfig?: MutationConfig<typeof createApiToken>;
};

export const useCreateApiToken = ({ mutationConfig }: UseCreateApiTokenOptions = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: createApiToken,
    onSuccess: (created, ...args) => {
      queryClient.invalidateQueries({ queryKey: ['api-tokens', 'list'] });
      onSuccess?.(created, ...args);
    },
  });
};
