import { useMutation, useQueryClient } from '@tanstack/react-query';
import { webhooksApi } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';

export const deleteWebhook = ({ webhookId }: { webhookId: number }) => webhooksApi.deleteWebhook({ webhookId });

type UseDeleteWebhookOptions = {
  mutationConfig?: MutationConfig<typeof deleteWebhook>;
};

export const useDeleteWebhook = ({ mutationConfig }: UseDeleteWebhookOptions = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: deleteWebhook,
    onSuccess: (...args) => {
      queryClient.invalidateQueries({ queryKey: ['webhooks'] });
      onSuccess?.(...args);
    },
  });
};
