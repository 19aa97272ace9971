import { queryOptions, useQuery } from '@tanstack/react-query';
import { questionnairesApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export const getTemplates = () => questionnairesApi.listQuestionnaireTemplates();

export const getTemplatesQueryOptions = () =>
  queryOptions({
    queryKey: ['questionnaire-templates', 'list'],
    queryFn: getTemplates,
  });

type UseTemplatesOptions = { queryConfig?: QueryConfig<typeof getTemplatesQueryOptions> };

export const useTemplates = ({ queryConfig }: UseTemplatesOptions = {}) =>
  useQuery({ ...getTemplatesQueryOptions(), ...queryConfig });
