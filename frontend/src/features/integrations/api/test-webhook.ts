import { useMutation, useQueryClient } from '@tanstack/react-query';
import { webhooksApi } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';

/** Queues a signed `ping` to the subscription; it shows up in the delivery log. */
export const testWebhook = ({ webhookId }: { webhookId: number }) => webhooksApi.testWebhook({ webhookId });

type UseTestWebhookOptions = {
  mutationConfig?: MutationConfig<typeof testWebhook>;
};

export const useTestWebhook = ({ mutationConfig }: UseTestWebhookOptions = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: testWebhook,
    onSuccess: (delivery, ...args) => {
      queryClient.invalidateQueries({ queryKey: ['webhooks', 'deliveries'] });
      onSuccess?.(delivery, ...args);
    },
  });
};
