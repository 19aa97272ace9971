import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VendorImportDocument } from '@/api-client';
import { vendorsApi } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';

export type ImportFile = { name: string; text: string };

const isCsv = (file: ImportFile) => file.name.toLowerCase().endsWith('.csv');

/**
 * Sends a CSV file as `text/csv` and anything else as the JSON document. The generated call is typed for the
 * JSON body; for CSV the same operation is called with the file's text and its media type.
 */
export const importVendors = ({ file, dryRun }: { file: ImportFile; dryRun: boolean }) => {
  if (!isCsv(file)) {
    let document: VendorImportDocument;
    try {
      document = JSON.parse(file.text) as VendorImportDocument;
    } catch {
      return Promise.reject(new Error(`${file.name} is neither CSV (.csv) nor valid JSON.`));
    }
    return vendorsApi.importVendors({ vendorImportDocument: document, dryRun });
  }
  return vendorsApi.importVendors({ vendorImportDocument: { vendors: [] }, dryRun }, async ({ init }) => ({
    ...init,
    headers: { ...(init.headers as Record<string, string>), 'Content-Type': 'text/csv' },
    // A Blob is sent as it is; a string would be JSON-encoded by the generated runtime.
    body: new Blob([file.text], { type: 'text/csv' }),
  }));
};

type UseImportVendorsOptions = {
  mutationConfig?: MutationConfig<typeof importVendors>;
};

export const useImportVendors = ({ mutationConfig }: UseImportVendorsOptions = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: importVendors,
    onSuccess: (report, variables, ...args) => {
      if (!variables.dryRun) queryClient.invalidateQueries({ queryKey: ['vendors'] });
      onSuccess?.(report, variables, ...args);
    },
  });
};
