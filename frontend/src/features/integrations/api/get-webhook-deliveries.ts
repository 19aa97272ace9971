import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ListWebhookDeliveriesRequest } from '@/api-client';
import { webhooksApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export const getWebhookDeliveries = (params: ListWebhookDeliveriesRequest) => webhooksApi.listWebhookDeliveries(params);

export const getWebhookDeliveriesQueryOptions = (params: ListWebhookDeliveriesRequest) =>
  queryOptions({
    queryKey: ['webhooks', 'deliveries', params],
    queryFn: () => getWebhookDeliveries(params),
    placeholderData: keepPreviousData,
    // The log changes on its own while deliveries are retried.
    refetchInterval: 5_000,
  });

type UseWebhookDeliveriesOptions = {
  params: ListWebhookDeliveriesRequest;
  queryConfig?: QueryConfig<typeof getWebhookDeliveriesQueryOptions>;
};

export const useWebhookDeliveries = ({ params, queryConfig }: UseWebhookDeliveriesOptions) =>
  useQuery({ ...getWebhookDeliveriesQueryOptions(params), ...queryConfig });
