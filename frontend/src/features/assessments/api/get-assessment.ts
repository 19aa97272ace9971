import { queryOptions, useQuery } from '@tanstack/react-query';
import { assessmentsApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export const getAssessment = (assessmentId: number) => assessmentsApi.getAssessment({ assessmentId });

export const getAssessmentQueryOptions = (assessmentId: number) =>
  queryOptions({
    queryKey: ['assessments', 'detail', assessmentId],
    queryFn: () => getAssessment(assessmentId),
  });

type UseAssessmentOptions = {
  assessmentId: number;
  queryConfig?: QueryConfig<typeof getAssessmentQueryOptions>;
};

export const useAssessment = ({ assessmentId, queryConfig }: UseAssessmentOptions) =>
  useQuery({ ...getAssessmentQueryOptions(assessmentId), ...queryConfig });
