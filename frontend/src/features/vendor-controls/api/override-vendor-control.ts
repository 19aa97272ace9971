import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VendorControl, VendorControlOverride } from '@/api-client';
import { vendorControlsApi } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getVendorControlsQueryOptions } from './get-vendor-controls';

type OverrideParams = { vendorId: number; controlId: string; vendorControlOverride: VendorControlOverride };

/** `vendorControlOverride.version` is the version last read; the server refuses it with 409 if stale. */
export const overrideVendorControl = ({ vendorId, controlId, vendorControlOverride }: OverrideParams) =>
  vendorControlsApi.overrideVendorControl({ vendorId, controlId, vendorControlOverride });

type UseOverrideVendorControlOptions = {
  mutationConfig?: MutationConfig<typeof overrideVendorControl>;
};

export const useOverrideVendorControl = ({ mutationConfig }: UseOverrideVendorControlOptions = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: overrideVendorControl,
    onSuccess: (saved, variables, ...rest) => {
      // Put the stored row in place at once, then refetch the list in the background.
      const key = getVendorControlsQueryOptions(variables.vendorId).queryKey;
      queryClient.setQueryData<VendorControl[]>(key, (list) =>
        list?.map((control) => (control.controlCode === saved.controlCode ? saved : control)),
      );
      queryClient.invalidateQueries({ queryKey: key });
      onSuccess?.(saved, variables, ...rest);
    },
  });
};
