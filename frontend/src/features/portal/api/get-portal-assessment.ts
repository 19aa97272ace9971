import { queryOptions, useQuery } from '@tanstack/react-query';
import type { QueryConfig } from '@/lib/react-query';
import { portalApi } from './portal-client';

export const getPortalAssessment = () => portalApi.getPortalAssessment();

export const getPortalAssessmentQueryOptions = () =>
  queryOptions({
    queryKey: ['portal', 'assessment'],
    queryFn: getPortalAssessment,
    // Answers are the respondent's own edits; refetching would fight the autosave.
    staleTime: Infinity,
  });

type UsePortalAssessmentOptions = {
  queryConfig?: QueryConfig<typeof getPortalAssessmentQueryOptions>;
};

export const usePortalAssessment = ({ queryConfig }: UsePortalAssessmentOptions = {}) =>
  useQuery({ ...getPortalAssessmentQueryOptions(), ...queryConfig });
