import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IncidentFollowUpRequest } from '@/api-client';
import { assessmentsApi } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';

type Params = { incidentId: number; incidentFollowUpRequest: IncidentFollowUpRequest };

export const createIncidentFollowUp = ({ incidentId, incidentFollowUpRequest }: Params) =>
  assessmentsApi.createIncidentFollowUp({ incidentId, incidentFollowUpRequest });

export const useCreateIncidentFollowUp = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof createIncidentFollowUp> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: createIncidentFollowUp,
    onSuccess: (...args) => {
      queryClient.invalidateQueries({ queryKey: ['assessments'] });
      queryClient.invalidateQueries({ queryKey: ['questionnaire-templates'] });
      onSuccess?.(...args);
    },
  });
};
