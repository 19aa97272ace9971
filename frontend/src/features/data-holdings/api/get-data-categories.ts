import { queryOptions, useQuery } from '@tanstack/react-query';
import { referenceApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export const getDataCategories = () => referenceApi.listDataCategories();

export const getDataCategoriesQueryOptions = () =>
  queryOptions({
    queryKey: ['data-categories'],
    queryFn: getDataCategories,
    // A fixed catalogue: it only changes with a release.
    staleTime: Infinity,
  });

type UseDataCategoriesOptions = {
  queryConfig?: QueryConfig<typeof getDataCategoriesQueryOptions>;
};

export const useDataCategories = ({ queryConfig }: UseDataCategoriesOptions = {}) =>
  useQuery({ ...getDataCategoriesQueryOptions(), ...queryConfig });
