import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ListVendorsRequest } from '@/api-client';
import { vendorsApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export const getVendors = (params: ListVendorsRequest = {}) => vendorsApi.listVendors(params);

export const getVendorsQueryOptions = (params: ListVendorsRequest = {}) =>
  queryOptions({
    queryKey: ['vendors', 'list', params],
    queryFn: () => getVendors(params),
    // Keeps the current page on screen while the next page or filter loads.
    placeholderData: keepPreviousData,
  });

type UseVendorsOptions = {
  params?: ListVendorsRequest;
  queryConfig?: QueryConfig<typeof getVendorsQueryOptions>;
};

export const useVendors = ({ params, queryConfig }: UseVendorsOptions = {}) =>
  useQuery({ ...getVendorsQueryOptions(params), ...queryConfig });
