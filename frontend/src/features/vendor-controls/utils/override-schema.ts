import { z } from 'zod';
import { ControlStatus, EvidenceQuality, type VendorControl, type VendorControlOverride } from '@/api-client';
import { filled } from '@/utils/zod';

const CREDITED: ControlStatus[] = [ControlStatus.Met, ControlStatus.Partial];

/** MET and PARTIAL give credit, so the contract asks how well they are backed. */
export const needsEvidence = (status: ControlStatus | null | undefined) => status != null && CREDITED.includes(status);

// Mirrors VendorControlOverride in the contract; the version is the one read, added on submit.
export const overrideFormSchema = z
  .object({
    status: filled(z.enum(ControlStatus), 'Choose a status'),
    evidence: z.enum(EvidenceQuality).nullable(),
    reason: z.string().trim().min(1, 'Say why you override the status; it is kept with it').max(1000, 'At most 1000 characters'),
  })
  .superRefine((values, ctx) => {
    if (needsEvidence(values.status) && values.evidence === null) {
      ctx.addIssue({ code: 'custom', path: ['evidence'], message: 'Say how this status is backed' });
    }
  });

export type OverrideFormInput = z.input<typeof overrideFormSchema>;
export type OverrideFormValues = z.output<typeof overrideFormSchema>;

export function overrideDefaults(control: VendorControl): OverrideFormInput {
  return { status: control.status, evidence: control.evidence ?? null, reason: '' };
}

/** Evidence only travels with a status that earns credit. */
export function toOverride(values: OverrideFormValues, version: number): VendorControlOverride {
  return {
    status: values.status,
    ...(needsEvidence(values.status) && values.evidence ? { evidence: values.evidence } : {}),
    reason: values.reason,
    version,
  };
}
