import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DataHolding } from '@/api-client';
import { dataHoldingsApi } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getDataHoldingsQueryOptions, type DataHoldings } from './get-data-holdings';

type ReplaceDataHoldingsInput = {
  vendorId: number;
  items: DataHolding[];
  /** The ETag last read; the server answers 412 if the list changed since. */
  etag?: string;
};

export const replaceDataHoldings = async ({ vendorId, items, etag }: ReplaceDataHoldingsInput): Promise<DataHoldings> => {
  const response = await dataHoldingsApi.replaceDataHoldingsRaw({ vendorId, dataHolding: items, ifMatch: etag });
  return { items: await response.value(), etag: response.raw.headers.get('ETag') ?? undefined };
};

type UseReplaceDataHoldingsOptions = {
  mutationConfig?: MutationConfig<typeof replaceDataHoldings>;
};

export const useReplaceDataHoldings = ({ mutationConfig }: UseReplaceDataHoldingsOptions = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: replaceDataHoldings,
    onSuccess: (saved, variables, ...args) => {
      queryClient.setQueryData(getDataHoldingsQueryOptions(variables.vendorId).queryKey, saved);
      onSuccess?.(saved, variables, ...args);
    },
  });
};
