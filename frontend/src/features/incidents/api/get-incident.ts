import { queryOptions, useQuery } from '@tanstack/react-query';
import { incidentsApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export const getIncident = (incidentId: number) => incidentsApi.getIncident({ incidentId });

export const getIncidentQueryOptions = (incidentId: number) =>
  queryOptions({
    queryKey: ['incidents', 'detail', incidentId],
    queryFn: () => getIncident(incidentId),
  });

type UseIncidentOptions = {
  incidentId: number;
  queryConfig?: QueryConfig<typeof getIncidentQueryOptions>;
};

export const useIncident = ({ incidentId, queryConfig }: UseIncidentOptions) =>
  useQuery({ ...getIncidentQueryOptions(incidentId), ...queryConfig });
