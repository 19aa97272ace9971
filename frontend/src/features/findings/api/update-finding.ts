import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FindingUpdate } from '@/api-client';
import { findingsApi } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';

type UpdateParams = { findingId: number; findingUpdate: FindingUpdate };

/** `findingUpdate.version` is the version last read; the server refuses it with 409 if stale. */
export const updateFinding = ({ findingId, findingUpdate }: UpdateParams) =>
  findingsApi.updateFinding({ findingId, findingUpdate });

type UseUpdateFindingOptions = {
  mutationConfig?: MutationConfig<typeof updateFinding>;
};

export const useUpdateFinding = ({ mutationConfig }: UseUpdateFindingOptions = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: updateFinding,
    onSuccess: (saved, ...rest) => {
      queryClient.invalidateQueries({ queryKey: ['findings'] });
      onSuccess?.(saved, ...rest);
    },
  });
};
