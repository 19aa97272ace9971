import { z } from 'zod';

/**
 * A value a form holds as null until chosen (a Select, a NumberInput), required on submit.
 * The output type drops null, so the submit handler gets the contract's type.
 */
export function filled<T extends z.ZodType>(schema: T, message: string) {
  return schema.nullable().transform((value, ctx) => {
    if (value === null) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return value as NonNullable<z.output<T>>;
  });
}
