import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  VendorCategory,
  VendorSort,
  VendorStatus,
  VendorTier,
  type ListVendorsRequest,
} from '@/api-client';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
export const DEFAULT_SORT = VendorSort.Name;

export type VendorListParams = {
  /** One-based, as people count pages; the API's page is zero-based. */
  page: number;
  size: number;
  q: string;
  category?: VendorCategory;
  tier?: VendorTier;
  status?: VendorStatus;
  /** Only the vendors that use this one (the "used by" list of a platform, without its cap). */
  platformId?: number;
  sort: VendorSort;
};

function oneOf<T extends string>(values: Record<string, T>, raw: string | null): T | undefined {
  return Object.values(values).find((value) => value === raw);
}

function positiveInt(raw: string | null): number | undefined {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** Parses the URL leniently: a hand-edited or outdated link falls back to defaults, never errors. */
export function parseVendorListParams(search: URLSearchParams): VendorListParams {
  const size = positiveInt(search.get('size'));
  return {
    page: positiveInt(search.get('page')) ?? 1,
    size: size && size <= 200 ? size : DEFAULT_PAGE_SIZE,
    q: (search.get('q') ?? '').slice(0, 100),
    category: oneOf(VendorCategory, search.get('category')),
    tier: oneOf(VendorTier, search.get('tier')),
    status: oneOf(VendorStatus, search.get('status')),
    platformId: positiveInt(search.get('platformId')),
    sort: oneOf(VendorSort, search.get('sort')) ?? DEFAULT_SORT,
  };
}

export function toListVendorsRequest(params: VendorListParams): ListVendorsRequest {
  return {
    page: params.page - 1,
    size: params.size,
    q: params.q.trim() || undefined,
    category: params.category,
    tier: params.tier,
    status: params.status,
    platformId: params.platformId,
    sort: params.sort,
  };
}

/** The vendor list's filters, sort and page, kept in the URL so links and reloads keep them. */
export function useVendorListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseVendorListParams(searchParams), [searchParams]);

  const update = useCallback(
    (changes: Partial<VendorListParams>) => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          // Any change other than paging starts again from the first page.
          if (!('page' in changes)) next.delete('page');
          for (const [key, value] of Object.entries(changes)) {
            const isDefault =
              value === undefined ||
              value === '' ||
              (key === 'page' && value === 1) ||
              (key === 'size' && value === DEFAULT_PAGE_SIZE) ||
              (key === 'sort' && value === DEFAULT_SORT);
            if (isDefault) next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: 'q' in changes },
      );
    },
    [setSearchParams],
  );

  const hasFilters = Boolean(params.q || params.category || params.tier || params.status || params.platformId);
  const clearFilters = useCallback(
    () => update({ q: '', category: undefined, tier: undefined, status: undefined, platformId: undefined }),
    [update],
  );

  return { params, update, hasFilters, clearFilters };
}
