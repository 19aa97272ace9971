import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VendorUpdate } from '@/api-client';
import { vendorsApi } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getVendorQueryOptions } from './get-vendor';

/** `vendorUpdate.version` is the version last read; the server refuses it with 409 if stale. */
export const updateVendor = ({ vendorId, vendorUpdate }: { vendorId: number; vendorUpdate: VendorUpdate }) =>
  vendorsApi.updateVendor({ vendorId, vendorUpdate });

type UseUpdateVendorOptions = {
  mutationConfig?: MutationConfig<typeof updateVendor>;
};

export const useUpdateVendor = ({ mutationConfig }: UseUpdateVendorOptions = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: updateVendor,
    onSuccess: (vendor, ...args) => {
      queryClient.invalidateQueries({ queryKey: ['vendors'] });
      queryClient.setQueryData(getVendorQueryOptions(vendor.id).queryKey, vendor);
      onSuccess?.(vendor, ...args);
    },
  });
};
