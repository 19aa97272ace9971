import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ListWebhooksRequest } from '@/api-client';
import { webhooksApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export const getWebhooks = (params: ListWebhooksRequest = {}) => webhooksApi.listWebhooks(params);

export const getWebhooksQueryOptions = (params: ListWebhooksRequest = {}) =>
  queryOptions({
    queryKey: ['webhooks', 'list', params],
    queryFn: () => getWebhooks(params),
  });

type UseWebhooksOptions = {
  params?: ListWebhooksRequest;
  queryConfig?: QueryConfig<typeof getWebhooksQueryOptions>;
};

export const useWebhooks = ({ params, queryConfig }: UseWebhooksOptions = {}) =>
  useQuery({ ...getWebhooksQueryOptions(params), ...queryConfig });
