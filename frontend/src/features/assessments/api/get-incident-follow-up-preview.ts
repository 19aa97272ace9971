import { queryOptions, useQuery } from '@tanstack/react-query';
import { assessmentsApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

/** The vendors an incident's follow-up could go to, the default choice, and what each would be asked. */
export const getIncidentFollowUpPreview = (incidentId: number) => assessmentsApi.getIncidentFollowUpPreview({ incidentId });

export const getIncidentFollowUpPreviewQueryOptions = (incidentId: number) =>
  queryOptions({
    queryKey: ['incidents', 'follow-up', incidentId],
    queryFn: () => getIncidentFollowUpPreview(incidentId),
  });

type UseIncidentFollowUpPreviewOptions = {
  incidentId: number;
  queryConfig?: QueryConfig<typeof getIncidentFollowUpPreviewQueryOptions>;
};

export const useIncidentFollowUpPreview = ({ incidentId, queryConfig }: UseIncidentFollowUpPreviewOptions) =>
  useQuery({ ...getIncidentFollowUpPreviewQueryOptions(incidentId), ...queryConfig });
