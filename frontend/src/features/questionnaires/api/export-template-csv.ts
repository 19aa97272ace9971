import { useMutation } from '@tanstack/react-query';
import { questionnairesApi } from '@/lib/api-client';
import { saveFile } from '@/utils/save-file';

type Params = { templateId: number; fileName: string };

/** Saves the template as CSV, one row per question (the spreadsheet import format). */
export const exportTemplateCsv = async ({ templateId, fileName }: Params) => {
  const csv = await questionnairesApi.exportQuestionnaireTemplateCsv({ templateId });
  saveFile(new Blob([csv], { type: 'text/csv' }), `${fileName}.csv`);
};

export const useExportTemplateCsv = () => useMutation({ mutationFn: exportTemplateCsv });
