import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ControlCreate } from '@/api-client';
import { controlsApi } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getControlQueryOptions } from './get-control';

/** ADMIN only; a code already in use is refused with 409. */
export const createControl = (controlCreate: ControlCreate) => controlsApi.createControl({ controlCreate });

type UseCreateControlOptions = {
  mutationConfig?: MutationConfig<typeof createControl>;
};

export const useCreateControl = ({ mutationConfig }: UseCreateControlOptions = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: createControl,
    onSuccess: (control, ...args) => {
      queryClient.invalidateQueries({ queryKey: ['controls', 'list'] });
      queryClient.setQueryData(getControlQueryOptions(control.code).queryKey, control);
      onSuccess?.(control, ...args);
    },
  });
};
