import type { ExportVendorRegisterCsvRequest } from '@/api-client';
import { dashboardApi } from '@/lib/api-client';

/**
 * Fetches the register CSV with the signed-in user's token and hands it to the browser as a download
 * (a plain link could not carry the bearer token).
 */
export async function exportVendorRegister(filters: ExportVendorRegisterCsvRequest = {}) {
  const response = await dashboardApi.exportVendorRegisterCsvRaw(filters);
  const blob = await response.raw.blob();
  const disposition = response.raw.headers.get('Content-Disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'vendor-register.csv';
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
  return fileName;
}
