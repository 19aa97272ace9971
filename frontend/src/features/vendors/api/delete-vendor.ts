import { useMutation, useQueryClient } from '@tanstack/react-query';
import { vendorsApi } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getVendorQueryOptions } from './get-vendor';

export const deleteVendor = ({ vendorId }: { vendorId: number }) => vendorsApi.deleteVendor({ vendorId });

type UseDeleteVendorOptions = {
  mutationConfig?: MutationConfig<typeof deleteVendor>;
};

export const useDeleteVendor = ({ mutationConfig }: UseDeleteVendorOptions = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: deleteVendor,
    onSuccess: (data, variables, ...args) => {
      queryClient.removeQueries({ queryKey: getVendorQueryOptions(variables.vendorId).queryKey });
      queryClient.invalidateQueries({ queryKey: ['vendors'] });
      onSuccess?.(data, variables, ...args);
    },
  });
};
