import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ControlDomain, Framework, type ListControlsRequest } from '@/api-client';

export const TECHNIQUE_ID = /^T\d{4}(\.\d{3})?$/;
const CONTROL_CODE = /^(C\d{2}|X-[A-Z0-9]+(-[A-Z0-9]+)*)$/;

export type ControlFilters = {
  framework?: Framework;
  technique?: string;
  domain?: ControlDomain;
};

function oneOf<T extends string>(values: Record<string, T>, raw: string | null): T | undefined {
  return Object.values(values).find((value) => value === raw);
}

/** Parses the URL leniently: an unknown or malformed value is dropped, never sent to the API. */
export function parseControlFilters(search: URLSearchParams): ControlFilters {
  const technique = search.get('technique')?.toUpperCase();
  return {
    framework: oneOf(Framework, search.get('framework')),
    technique: technique && TECHNIQUE_ID.test(technique) ? technique : undefined,
    domain: oneOf(ControlDomain, search.get('domain')),
  };
}

export function toListControlsRequest(filters: ControlFilters): ListControlsRequest {
  return { framework: filters.framework, technique: filters.technique, domain: filters.domain };
}

/**
 * The catalogue's filters and the control open in the detail drawer, kept in the URL so a filtered
 * view or a single control can be linked to, and Back closes the drawer.
 */
export function useControlFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseControlFilters(searchParams), [searchParams]);
  const rawOpen = searchParams.get('control');
  const openControl = rawOpen && CONTROL_CODE.test(rawOpen) ? rawOpen : undefined;

  const update = useCallback(
    (changes: ControlFilters) => {
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      });
    },
    [setSearchParams],
  );

  const setOpenControl = useCallback(
    (code: string | undefined) => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (code) next.set('control', code);
          else next.delete('control');
          return next;
        },
        // Closing replaces the entry, so Back after closing does not reopen the drawer.
        { replace: !code },
      );
    },
    [setSearchParams],
  );

  const hasFilters = Boolean(filters.framework || filters.technique || filters.domain);
  const clearFilters = useCallback(
    () => update({ framework: undefined, technique: undefined, domain: undefined }),
    [update],
  );

  return { filters, update, hasFilters, clearFilters, openControl, setOpenControl };
}
