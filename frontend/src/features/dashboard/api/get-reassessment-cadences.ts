import { queryOptions, useQuery } from '@tanstack/react-query';
import { reassessmentsApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export const getReassessmentCadences = () => reassessmentsApi.listReassessmentCadences();

export const getReassessmentCadencesQueryOptions = () =>
  queryOptions({
    queryKey: ['reassessments', 'cadences'],
    queryFn: getReassessmentCadences,
  });

type UseReassessmentCadencesOptions = {
  queryConfig?: QueryConfig<typeof getReassessmentCadencesQueryOptions>;
};

export const useReassessmentCadences = ({ queryConfig }: UseReassessmentCadencesOptions = {}) =>
  useQuery({ ...getReassessmentCadencesQueryOptions(), ...queryConfig });
