import { queryOptions, useQuery } from '@tanstack/react-query';
import { questionnairesApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export const getTemplate = (templateId: number) => questionnairesApi.getQuestionnaireTemplate({ templateId });

export const getTemplateQueryOptions = (templateId: number) =>
  queryOptions({
    queryKey: ['questionnaire-templates', 'detail', templateId],
    queryFn: () => getTemplate(templateId),
    // Templates never change once created.
    staleTime: Infinity,
  });

type UseTemplateOptions = {
  templateId: number;
  queryConfig?: QueryConfig<typeof getTemplateQueryOptions>;
};

export const useTemplate = ({ templateId, queryConfig }: UseTemplateOptions) =>
  useQuery({ ...getTemplateQueryOptions(templateId), ...queryConfig });
