import { queryOptions, useQuery } from '@tanstack/react-query';
import { vendorControlsApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

/** Every catalogue control with this vendor's status, by code; UNKNOWN (version 0) where nothing is recorded. */
export const getVendorControls = (vendorId: number) => vendorControlsApi.listVendorControls({ vendorId });

export const getVendorControlsQueryOptions = (vendorId: number) =>
  queryOptions({
    queryKey: ['vendor-controls', vendorId],
    queryFn: () => getVendorControls(vendorId),
  });

type UseVendorControlsOptions = {
  vendorId: number;
  queryConfig?: QueryConfig<typeof getVendorControlsQueryOptions>;
};

export const useVendorControls = ({ vendorId, queryConfig }: UseVendorControlsOptions) =>
  useQuery({ ...getVendorControlsQueryOptions(vendorId), ...queryConfig });
