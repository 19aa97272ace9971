import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ListAssessmentsRequest } from '@/api-client';
import { assessmentsApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export const getAssessments = (params: ListAssessmentsRequest = {}) => assessmentsApi.listAssessments(params);

export const getAssessmentsQueryOptions = (params: ListAssessmentsRequest = {}) =>
  queryOptions({
    queryKey: ['assessments', 'list', params],
    queryFn: () => getAssessments(params),
    placeholderData: keepPreviousData,
  });

type UseAssessmentsOptions = {
  params?: ListAssessmentsRequest;
  queryConfig?: QueryConfig<typeof getAssessmentsQueryOptions>;
};

export const useAssessments = ({ params, queryConfig }: UseAssessmentsOptions = {}) =>
  useQuery({ ...getAssessmentsQueryOptions(params), ...queryConfig });
