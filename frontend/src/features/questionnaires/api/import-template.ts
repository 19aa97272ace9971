import { useMutation, useQueryClient } from '@tanstack/react-query';
import { QuestionnaireTemplateInputFromJSON } from '@/api-client';
import { questionnairesApi } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';

/** Imports an exported JSON document; the server validates it whole (422 names each bad field). */
export const importTemplate = async (file: File) => {
  let document: unknown;
  try {
    document = JSON.parse(await file.text());
  } catch {
    throw new Error(`${file.name} is not a JSON document. Choose a file exported from Tollgate.`);
  }
  return questionnairesApi.createQuestionnaireTemplate({
    questionnaireTemplateInput: QuestionnaireTemplateInputFromJSON(document),
  });
};

export const useImportTemplate = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof importTemplate> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: importTemplate,
    onSuccess: (...args) => {
      queryClient.invalidateQueries({ queryKey: ['questionnaire-templates', 'list'] });
      onSuccess?.(...args);
    },
  });
};
