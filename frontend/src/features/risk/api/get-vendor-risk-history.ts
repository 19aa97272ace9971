import { queryOptions, useQuery } from '@tanstack/react-query';
import { riskApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

type HistoryParams = { vendorId: number; page?: number; size?: number };

/** Newest first; each entry is a change of score or grade with the reason it changed. */
export const getVendorRiskHistory = ({ vendorId, page = 0, size = 50 }: HistoryParams) =>
  riskApi.getVendorRiskHistory({ vendorId, page, size });

export const getVendorRiskHistoryQueryOptions = ({ vendorId, page = 0, size = 50 }: HistoryParams) =>
  queryOptions({
    queryKey: ['risk', 'vendor', vendorId, 'history', { page, size }],
    queryFn: () => getVendorRiskHistory({ vendorId, page, size }),
  });

type UseVendorRiskHistoryOptions = HistoryParams & {
  queryConfig?: QueryConfig<typeof getVendorRiskHistoryQueryOptions>;
};

export const useVendorRiskHistory = ({ queryConfig, ...params }: UseVendorRiskHistoryOptions) =>
  useQuery({ ...getVendorRiskHistoryQueryOptions(params), ...queryConfig });
