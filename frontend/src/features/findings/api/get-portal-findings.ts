import { queryOptions, useQuery } from '@tanstack/react-query';
import type { QueryConfig } from '@/lib/react-query';
import { portalFindingsApi } from './portal-findings-client';

/** The remediation requests sent through the token's own assessment. */
export const getPortalFindings = () => portalFindingsApi.listPortalFindings();

export const getPortalFindingsQueryOptions = () =>
  queryOptions({
    queryKey: ['portal', 'findings'],
    queryFn: getPortalFindings,
  });

type UsePortalFindingsOptions = {
  queryConfig?: QueryConfig<typeof getPortalFindingsQueryOptions>;
};

export const usePortalFindings = ({ queryConfig }: UsePortalFindingsOptions = {}) =>
  useQuery({ ...getPortalFindingsQueryOptions(), ...queryConfig });
