import { ApiError } from '@/lib/api-client';

/**
 * The names among `names` (the vendor's name and aliases as submitted) that a 409 says another vendor already
 * goes by, so the form can mark the input holding each one. The server's problem carries no `errors[]` for this
 * conflict, only a detail naming them ("Another vendor already goes by Salesloft Drift (vendor 12); ..." or
 * "A vendor named 'Okta' already exists (id 9)."), so they are looked for there, written as the server writes
 * them; a detail in another form matches nothing and the banner above the form still shows it whole.
 */
export function takenNames(error: unknown, names: string[]): string[] {
  if (!(error instanceof ApiError) || error.status !== 409 || (error.problem.errors?.length ?? 0) > 0) return [];
  const detail = (error.problem.detail ?? '').toLowerCase();
  return names
    .map((name) => name.trim())
    .filter((name) => {
      const key = name.toLowerCase();
      return key !== '' && (detail.includes(`${key} (vendor `) || detail.includes(`named '${key}'`));
    });
}
