import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { dashboardApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export const getVendorWhatIf = (vendorId: number, controlCodes: string[]) =>
  dashboardApi.getVendorWhatIf({ vendorId, whatIfRequest: { controlCodes } });

export const getVendorWhatIfQueryOptions = (vendorId: number, controlCodes: string[]) =>
  queryOptions({
    // Sorted: ticking C08 then C02 is the same question as C02 then C08.
    queryKey: ['risk', 'what-if', vendorId, [...controlCodes].sort()],
    queryFn: () => getVendorWhatIf(vendorId, controlCodes),
    placeholderData: keepPreviousData,
  });

type UseVendorWhatIfOptions = {
  vendorId: number;
  controlCodes: string[];
  queryConfig?: QueryConfig<typeof getVendorWhatIfQueryOptions>;
};

export const useVendorWhatIf = ({ vendorId, controlCodes, queryConfig }: UseVendorWhatIfOptions) =>
  useQuery({ ...getVendorWhatIfQueryOptions(vendorId, controlCodes), ...queryConfig });
