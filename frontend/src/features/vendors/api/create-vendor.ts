import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VendorCreate } from '@/api-client';
import { vendorsApi } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';

export const createVendor = (vendorCreate: VendorCreate) => vendorsApi.createVendor({ vendorCreate });

type UseCreateVendorOptions = {
  mutationConfig?: MutationConfig<typeof createVendor>;
};

export const useCreateVendor = ({ mutationConfig }: UseCreateVendorOptions = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: createVendor,
    onSuccess: (vendor, ...args) => {
      // A new vendor can change every list page and the platforms' "used by" lists.
      queryClient.invalidateQueries({ queryKey: ['vendors'] });
      queryClient.setQueryData(['vendors', 'detail', vendor.id], vendor);
      onSuccess?.(vendor, ...args);
    },
  });
};
