import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ListApiTokensRequest } from '@/api-client';
import { apiTokensApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export const getApiTokens = (params: ListApiTokensRequest = {}) => apiTokensApi.listApiTokens(params);

export const getApiTokensQueryOptions = (params: ListApiTokensRequest = {}) =>
  queryOptions({
    queryKey: ['api-tokens', 'list', params],
    queryFn: () => getApiTokens(params),
  });

type UseApiTokensOptions = {
  params?: ListApiTokensRequest;
  queryConfig?: QueryConfig<typeof getApiTokensQueryOptions>;
};

export const useApiTokens = ({ params, queryConfig }: UseApiTokensOptions = {}) =>
  useQuery({ ...getApiTokensQueryOptions(params), ...queryConfig });
