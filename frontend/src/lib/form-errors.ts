import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { FieldError } from '@/api-client';
import { ApiError } from './api-client';

/** "services[2]" and "[0].dataCategory" become react-hook-form's "services.2" and "0.dataCategory". */
export function toFormPath(serverField: string): string {
  return serverField.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

/**
 * Puts the server's per-field messages (`errors[]` of a 400/422 problem) on the matching inputs.
 * `resolve` maps a normalised server path to a form field, or undefined when no input shows it.
 * Returns the errors no input could show, for a message above the form.
 */
export function applyServerFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  resolve: (path: string) => Path<T> | undefined,
): FieldError[] {
  if (!(error instanceof ApiError) || !error.problem.errors) return [];
  const unmatched: FieldError[] = [];
  let focused = false;
  for (const fieldError of error.problem.errors) {
    const field = resolve(toFormPath(fieldError.field));
    if (field) {
      setError(field, { type: 'server', message: fieldError.message }, { shouldFocus: !focused });
      focused = true;
    } else {
      unmatched.push(fieldError);
    }
  }
  return unmatched;
}

export function isStaleVersion(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 409 || error.status === 412);
}
