import { Alert } from '@mantine/core';
import type { FieldError } from '@/api-client';

/** Server field errors that no input on the form claims, shown above the form so none is lost. */
export function UnmatchedFieldErrors({ errors }: { errors: FieldError[] }) {
  if (errors.length === 0) {
    return null;
  }
  return (
    <Alert color="red" variant="light" title="The server rejected some values" role="alert">
      {errors.map((e) => `${e.field}: ${e.message}`).join('; ')}
    </Alert>
  );
}
