import { queryOptions, useQuery } from '@tanstack/react-query';
import { reassessmentsApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export const getVendorReassessment = (vendorId: number) => reassessmentsApi.getVendorReassessment({ vendorId });

export const getVendorReassessmentQueryOptions = (vendorId: number) =>
  queryOptions({
    queryKey: ['reassessments', 'vendor', vendorId],
    queryFn: () => getVendorReassessment(vendorId),
  });

type UseVendorReassessmentOptions = {
  vendorId: number;
  queryConfig?: QueryConfig<typeof getVendorReassessmentQueryOptions>;
};

export const useVendorReassessment = ({ vendorId, queryConfig }: UseVendorReassessmentOptions) =>
  useQuery({ ...getVendorReassessmentQueryOptions(vendorId), ...queryConfig });
