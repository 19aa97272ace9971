import { queryOptions, useQuery } from '@tanstack/react-query';
import { vendorsApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export const getVendor = (vendorId: number) => vendorsApi.getVendor({ vendorId });

export const getVendorQueryOptions = (vendorId: number) =>
  queryOptions({
    queryKey: ['vendors', 'detail', vendorId],
    queryFn: () => getVendor(vendorId),
  });

type UseVendorOptions = {
  vendorId: number;
  queryConfig?: QueryConfig<typeof getVendorQueryOptions>;
};

export const useVendor = ({ vendorId, queryConfig }: UseVendorOptions) =>
  useQuery({ ...getVendorQueryOptions(vendorId), ...queryConfig });
