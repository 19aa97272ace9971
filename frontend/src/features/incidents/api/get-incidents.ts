import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ListIncidentsRequest } from '@/api-client';
import { incidentsApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export const getIncidents = (params: ListIncidentsRequest = {}) => incidentsApi.listIncidents(params);

export const getIncidentsQueryOptions = (params: ListIncidentsRequest = {}) =>
  queryOptions({
    queryKey: ['incidents', 'list', params],
    queryFn: () => getIncidents(params),
    // Keeps the current page on screen while the next page or filter loads.
    placeholderData: keepPreviousData,
  });

type UseIncidentsOptions = {
  params?: ListIncidentsRequest;
  queryConfig?: QueryConfig<typeof getIncidentsQueryOptions>;
};

export const useIncidents = ({ params, queryConfig }: UseIncidentsOptions = {}) =>
  useQuery({ ...getIncidentsQueryOptions(params), ...queryConfig });
