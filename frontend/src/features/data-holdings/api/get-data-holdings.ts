import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DataHolding } from '@/api-client';
import { dataHoldingsApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export type DataHoldings = {
  items: DataHolding[];
  /** Sent back as If-Match so a replace cannot overwrite someone else's newer list. */
  etag?: string;
};

export const getDataHoldings = async (vendorId: number): Promise<DataHoldings> => {
  const response = await dataHoldingsApi.getDataHoldingsRaw({ vendorId });
  return { items: await response.value(), etag: response.raw.headers.get('ETag') ?? undefined };
};

export const getDataHoldingsQueryOptions = (vendorId: number) =>
  queryOptions({
    queryKey: ['data-holdings', vendorId],
    queryFn: () => getDataHoldings(vendorId),
  });

type UseDataHoldingsOptions = {
  vendorId: number;
  queryConfig?: QueryConfig<typeof getDataHoldingsQueryOptions>;
};

export const useDataHoldings = ({ vendorId, queryConfig }: UseDataHoldingsOptions) =>
  useQuery({ ...getDataHoldingsQueryOptions(vendorId), ...queryConfig });
