import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IncidentUpdate } from '@/api-client';
import { incidentsApi } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getIncidentQueryOptions } from './get-incident';

/** `incidentUpdate.version` is the version last read; the server refuses it with 409 if stale. */
export const updateIncident = ({ incidentId, incidentUpdate }: { incidentId: number; incidentUpdate: IncidentUpdate }) =>
  incidentsApi.updateIncident({ incidentId, incidentUpdate });

type UseUpdateIncidentOptions = {
  mutationConfig?: MutationConfig<typeof updateIncident>;
};

export const useUpdateIncident = ({ mutationConfig }: UseUpdateIncidentOptions = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: updateIncident,
    onSuccess: (incident, ...args) => {
      queryClient.invalidateQueries({ queryKey: ['incidents', 'list'] });
      queryClient.setQueryData(getIncidentQueryOptions(incident.id).queryKey, incident);
      onSuccess?.(incident, ...args);
    },
  });
};
