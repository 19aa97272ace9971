import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { IncidentSeverity, IncidentSort, IncidentStatus, type ListIncidentsRequest } from '@/api-client';

export const PAGE_SIZE = 20;
export const DEFAULT_SORT = IncidentSort.FirstSeen2; // -firstSeen, the contract's default

export type IncidentListParams = {
  /** One-based, as people count pages; the API's page is zero-based. */
  page: number;
  status?: IncidentStatus;
  severity?: IncidentSeverity;
  sort: IncidentSort;
};

function oneOf<T extends string>(values: Record<string, T>, raw: string | null): T | undefined {
  return Object.values(values).find((value) => value === raw);
}

/** Parses the URL leniently: a hand-edited or outdated link falls back to defaults, never errors. */
export function parseIncidentListParams(search: URLSearchParams): IncidentListParams {
  const page = Number(search.get('page'));
  return {
    page: Number.isInteger(page) && page > 0 ? page : 1,
    status: oneOf(IncidentStatus, search.get('status')),
    severity: oneOf(IncidentSeverity, search.get('severity')),
    sort: oneOf(IncidentSort, search.get('sort')) ?? DEFAULT_SORT,
  };
}

export function toListIncidentsRequest(params: IncidentListParams): ListIncidentsRequest {
  return { page: params.page - 1, size: PAGE_SIZE, status: params.status, severity: params.severity, sort: params.sort };
}

/** The incident list's filters, sort and page, kept in the URL so links and reloads keep them. */
export function useIncidentListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseIncidentListParams(searchParams), [searchParams]);

  const update = useCallback(
    (changes: Partial<IncidentListParams>) => {
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        // Any change other than paging starts again from the first page.
        if (!('page' in changes)) next.delete('page');
        for (const [key, value] of Object.entries(changes)) {
          const isDefault =
            value === undefined || (key === 'page' && value === 1) || (key === 'sort' && value === DEFAULT_SORT);
          if (isDefault) next.delete(key);
          else next.set(key, String(value));
        }
        return next;
      });
    },
    [setSearchParams],
  );

  const hasFilters = Boolean(params.status || params.severity);
  const clearFilters = useCallback(() => update({ status: undefined, severity: undefined }), [update]);

  return { params, update, hasFilters, clearFilters };
}
