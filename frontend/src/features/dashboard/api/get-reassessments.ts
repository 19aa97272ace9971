import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ReassessmentState } from '@/api-client';
import { reassessmentsApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export type ReassessmentsParams = { due?: ReassessmentState; page: number; size: number };

export const getReassessments = (params: ReassessmentsParams) => reassessmentsApi.listReassessments(params);

export const getReassessmentsQueryOptions = (params: ReassessmentsParams) =>
  queryOptions({
    queryKey: ['reassessments', params],
    queryFn: () => getReassessments(params),
    placeholderData: keepPreviousData,
  });

type UseReassessmentsOptions = {
  params: ReassessmentsParams;
  queryConfig?: QueryConfig<typeof getReassessmentsQueryOptions>;
};

export const useReassessments = ({ params, queryConfig }: UseReassessmentsOptions) =>
  useQuery({ ...getReassessmentsQueryOptions(params), ...queryConfig });
