import { queryOptions, useQuery } from '@tanstack/react-query';
import { riskApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export const getVendorRisk = (vendorId: number) => riskApi.getVendorRisk({ vendorId });

export const getVendorRiskQueryOptions = (vendorId: number) =>
  queryOptions({
    queryKey: ['risk', 'vendor', vendorId],
    queryFn: () => getVendorRisk(vendorId),
  });

type UseVendorRiskOptions = {
  vendorId: number;
  queryConfig?: QueryConfig<typeof getVendorRiskQueryOptions>;
};

export const useVendorRisk = ({ vendorId, queryConfig }: UseVendorRiskOptions) =>
  useQuery({ ...getVendorRiskQueryOptions(vendorId), ...queryConfig });
