import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WebhookSubscriptionInput } from '@/api-client';
import { webhooksApi } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';

/** The answer carries the signing secret, once. */
export const createWebhook = (webhookSubscriptionInput: WebhookSubscriptionInput) =>
  webhooksApi.createWebhook({ webhookSubscriptionInput });

type UseCreateWebhookOptions = {
  mutationConfig?: MutationConfig<typeof createWebhook>;
};

export const useCreateWebhook = ({ mutationConfig }: UseCreateWebhookOptions = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: createWebhook,
    onSuccess: (created, ...args) => {
      queryClient.invalidateQueries({ queryKey: ['webhooks', 'list'] });
      onSuccess?.(created, ...args);
    },
  });
};
