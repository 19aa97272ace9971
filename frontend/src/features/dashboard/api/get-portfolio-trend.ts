import { queryOptions, useQuery } from '@tanstack/react-query';
import { dashboardApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export const getPortfolioTrend = (days: number) => dashboardApi.getPortfolioTrend({ days });

export const getPortfolioTrendQueryOptions = (days: number) =>
  queryOptions({
    queryKey: ['dashboard', 'trend', days],
    queryFn: () => getPortfolioTrend(days),
  });

type UsePortfolioTrendOptions = {
  days: number;
  queryConfig?: QueryConfig<typeof getPortfolioTrendQueryOptions>;
};

export const usePortfolioTrend = ({ days, queryConfig }: UsePortfolioTrendOptions) =>
  useQuery({ ...getPortfolioTrendQueryOptions(days), ...queryConfig });
