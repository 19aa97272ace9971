import { useMutation } from '@tanstack/react-query';
import { assessmentsApi } from '@/lib/api-client';
import { saveFile } from '@/utils/save-file';

type Params = { assessmentId: number; evidenceId: number; fileName: string };

/** The download needs the bearer token, so it goes through the client and is saved from a blob, not a plain link. */
export const downloadEvidence = async ({ assessmentId, evidenceId, fileName }: Params) => {
  const blob = await assessmentsApi.downloadAssessmentEvidence({ assessmentId, evidenceId });
  saveFile(blob, fileName);
};

export const useDownloadEvidence = () => useMutation({ mutationFn: downloadEvidence });
