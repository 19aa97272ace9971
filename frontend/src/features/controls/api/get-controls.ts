import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ListControlsRequest } from '@/api-client';
import { controlsApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export const getControls = (params: ListControlsRequest = {}) => controlsApi.listControls(params);

export const getControlsQueryOptions = (params: ListControlsRequest = {}) =>
  queryOptions({
    queryKey: ['controls', 'list', params],
    queryFn: () => getControls(params),
    // The catalogue changes only when an admin adds a control; no need to refetch on every visit.
    staleTime: 5 * 60_000,
  });

type UseControlsOptions = {
  params?: ListControlsRequest;
  queryConfig?: QueryConfig<typeof getControlsQueryOptions>;
};

export const useControls = ({ params, queryConfig }: UseControlsOptions = {}) =>
  useQuery({ ...getControlsQueryOptions(params), ...queryConfig });
