import { queryOptions, useQuery } from '@tanstack/react-query';
import { TemplateStatus } from '@/api-client';
import { questionnairesApi } from '@/lib/api-client';

/** The templates a questionnaire can be sent from (only PUBLISHED ones can be). */
export const getPublishedTemplates = async () =>
  (await questionnairesApi.listQuestionnaireTemplates()).filter((t) => t.status === TemplateStatus.Published);

export const getPublishedTemplatesQueryOptions = () =>
  queryOptions({ queryKey: ['questionnaire-templates', 'published'], queryFn: getPublishedTemplates });

export const usePublishedTemplates = ({ enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...getPublishedTemplatesQueryOptions(), enabled });
