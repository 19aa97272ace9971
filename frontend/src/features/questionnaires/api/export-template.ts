import { useMutation } from '@tanstack/react-query';
import { QuestionnaireTemplateInputToJSON } from '@/api-client';
import { questionnairesApi } from '@/lib/api-client';
import { saveFile } from '@/utils/save-file';

type Params = { templateId: number; fileName: string };

/** Saves the template as the JSON document the import accepts. */
export const exportTemplate = async ({ templateId, fileName }: Params) => {
  const document = await questionnairesApi.exportQuestionnaireTemplate({ templateId });
  const json = JSON.stringify(QuestionnaireTemplateInputToJSON(document), null, 2);
  saveFile(new Blob([json], { type: 'application/json' }), `${fileName}.json`);
};

export const useExportTemplate = () => useMutation({ mutationFn: exportTemplate });
