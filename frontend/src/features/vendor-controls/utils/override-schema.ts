import { z } from 'zod';
import { ControlStatus, EvidenceQuality, parseDate, type VendorControl, type VendorControlOverride } from '@/api-client';
import { toDateInputValue } from '@/utils/format';
import { filled } from '@/utils/zod';

const CREDITED: ControlStatus[] = [ControlStatus.Met, ControlStatus.Partial];

/** MET and PARTIAL give credit, so the contract asks how well they are backed. */
export const needsEvidence = (status: ControlStatus | null | undefined) => status != null && CREDITED.includes(status);

// Mirrors VendorControlOverride in the contract; the version is the one read, added on submit. `today` (yyyy-mm-dd)
// is the first day "applies until" may name.
export const overrideFormSchema = z
  .object({
    status: filled(z.enum(ControlStatus), 'Choose a status'),
    evidence: z.enum(EvidenceQuality).nullable(),
    reason: z.string().trim().min(1, 'Say why you override the status; it is kept with it').max(1000, 'At most 1000 characters'),
    expiresOn: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'Enter a date'),
    today: z.string(),
  })
  .superRefine((values, ctx) => {
    if (needsEvidence(values.status) && values.evidence === null) {
      ctx.addIssue({ code: 'custom', path: ['evidence'], message: 'Say how this status is backed' });
    }
    if (values.expiresOn && values.expiresOn < values.today) {
      ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'Choose today or a later day' });
    }
  });

export type OverrideFormInput = z.input<typeof overrideFormSchema>;
export type OverrideFormValues = z.output<typeof overrideFormSchema>;

/** Starts from what holds now; an override in force keeps its end date unless the analyst changes it. */
export function overrideDefaults(control: VendorControl, today: string = toDateInputValue(new Date())): OverrideFormInput {
  const expiresOn = control.source === 'OVERRIDE' ? toDateInputValue(control.expiresOn) : '';
  return { status: control.status, evidence: control.evidence ?? null, reason: '', expiresOn, today };
}

/** Evidence only travels with a status that earns credit; no end date, no `expiresOn`. */
export function toOverride(values: OverrideFormValues, version: number): VendorControlOverride {
  return {
    status: values.status,
    ...(needsEvidence(values.status) && values.evidence ? { evidence: values.evidence } : {}),
    reason: values.reason,
    ...(values.expiresOn ? { expiresOn: parseDate(values.expiresOn) } : {}),
    version,
  };
}
