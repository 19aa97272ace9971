import { queryOptions, useQuery } from '@tanstack/react-query';
import { dashboardApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export const getDashboardSummary = () => dashboardApi.getDashboardSummary();

export const getDashboardSummaryQueryOptions = () =>
  queryOptions({
    queryKey: ['dashboard', 'summary'],
    queryFn: getDashboardSummary,
  });

type UseDashboardSummaryOptions = {
  queryConfig?: QueryConfig<typeof getDashboardSummaryQueryOptions>;
};

export const useDashboardSummary = ({ queryConfig }: UseDashboardSummaryOptions = {}) =>
  useQuery({ ...getDashboardSummaryQueryOptions(), ...queryConfig });
