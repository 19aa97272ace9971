import { queryOptions, useQuery } from '@tanstack/react-query';
import { findingsApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

/** Every finding of the vendor: live ones first, then by severity and due date. */
export const getVendorFindings = (vendorId: number) => findingsApi.listVendorFindings({ vendorId });

export const getVendorFindingsQueryOptions = (vendorId: number) =>
  queryOptions({
    queryKey: ['findings', 'vendor', vendorId],
    queryFn: () => getVendorFindings(vendorId),
  });

type UseVendorFindingsOptions = {
  vendorId: number;
  queryConfig?: QueryConfig<typeof getVendorFindingsQueryOptions>;
};

export const useVendorFindings = ({ vendorId, queryConfig }: UseVendorFindingsOptions) =>
  useQuery({ ...getVendorFindingsQueryOptions(vendorId), ...queryConfig });
