import { queryOptions, useQuery } from '@tanstack/react-query';
import { questionnairesApi } from '@/lib/api-client';

/** The questions an assessment's answers refer to (by id), with their text, options and control rules. */
export const getAssessmentTemplate = (templateId: number) => questionnairesApi.getQuestionnaireTemplate({ templateId });

export const getAssessmentTemplateQueryOptions = (templateId: number) =>
  queryOptions({
    queryKey: ['questionnaire-templates', 'detail', templateId],
    queryFn: () => getAssessmentTemplate(templateId),
    // Templates never change once created.
    staleTime: Infinity,
  });

export const useAssessmentTemplate = ({ templateId, enabled = true }: { templateId: number; enabled?: boolean }) =>
  useQuery({ ...getAssessmentTemplateQueryOptions(templateId), enabled });
