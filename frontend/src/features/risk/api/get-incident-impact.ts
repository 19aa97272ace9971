import { queryOptions, useQuery } from '@tanstack/react-query';
import { riskApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export const getIncidentImpact = (incidentId: number) => riskApi.getIncidentImpact({ incidentId });

export const getIncidentImpactQueryOptions = (incidentId: number) =>
  queryOptions({
    queryKey: ['risk', 'incident', incidentId],
    queryFn: () => getIncidentImpact(incidentId),
  });

type UseIncidentImpactOptions = {
  incidentId: number;
  queryConfig?: QueryConfig<typeof getIncidentImpactQueryOptions>;
};

export const useIncidentImpact = ({ incidentId, queryConfig }: UseIncidentImpactOptions) =>
  useQuery({ ...getIncidentImpactQueryOptions(incidentId), ...queryConfig });
