import { queryOptions, useQuery } from '@tanstack/react-query';
import { assessmentsApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

/** What completing would record per control, and what still blocks completing. */
export const getAssessmentCompletion = (assessmentId: number) => assessmentsApi.getAssessmentCompletion({ assessmentId });

export const getAssessmentCompletionQueryOptions = (assessmentId: number) =>
  queryOptions({
    queryKey: ['assessments', 'completion', assessmentId],
    queryFn: () => getAssessmentCompletion(assessmentId),
  });

type UseAssessmentCompletionOptions = {
  assessmentId: number;
  queryConfig?: QueryConfig<typeof getAssessmentCompletionQueryOptions>;
};

export const useAssessmentCompletion = ({ assessmentId, queryConfig }: UseAssessmentCompletionOptions) =>
  useQuery({ ...getAssessmentCompletionQueryOptions(assessmentId), ...queryConfig });
