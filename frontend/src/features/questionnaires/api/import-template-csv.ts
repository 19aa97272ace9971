import { useMutation, useQueryClient } from '@tanstack/react-query';
import { questionnairesApi } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';

type Params = { file: File; name: string; version: number };

export const importTemplateCsv = async ({ file, name, version }: Params) =>
  questionnairesApi.importQuestionnaireTemplateCsv({ name, version, body: await file.text() });

export const useImportTemplateCsv = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof importTemplateCsv> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: importTemplateCsv,
    onSuccess: (...args) => {
      queryClient.invalidateQueries({ queryKey: ['questionnaire-templates', 'list'] });
      onSuccess?.(...args);
    },
  });
};
