import { queryOptions, useQuery } from '@tanstack/react-query';
import { VendorSort } from '@/api-client';
import { vendorsApi } from '@/lib/api-client';

const MAX_OPTIONS = 200;

/** Vendor names for the assessments filter (the first 200 by name; the filter is searchable). */
export const getVendorOptions = async () =>
  (await vendorsApi.listVendors({ size: MAX_OPTIONS, sort: VendorSort.Name })).items.map((v) => ({ value: String(v.id), label: v.name }));

export const getVendorOptionsQueryOptions = () => queryOptions({ queryKey: ['vendors', 'options'], queryFn: getVendorOptions });

export const useVendorOptions = () => useQuery(getVendorOptionsQueryOptions());
