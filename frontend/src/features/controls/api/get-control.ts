import { queryOptions, useQuery } from '@tanstack/react-query';
import { controlsApi } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export const getControl = (controlId: string) => controlsApi.getControl({ controlId });

export const getControlQueryOptions = (controlId: string) =>
  queryOptions({
    queryKey: ['controls', 'detail', controlId],
    queryFn: () => getControl(controlId),
  });

type UseControlOptions = {
  controlId: string;
  queryConfig?: QueryConfig<typeof getControlQueryOptions>;
};

export const useControl = ({ controlId, queryConfig }: UseControlOptions) =>
  useQuery({ ...getControlQueryOptions(controlId), ...queryConfig });
