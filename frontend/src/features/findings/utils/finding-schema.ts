import { z } from 'zod';
import { FindingStatus, parseDate, type Finding, type FindingUpdate } from '@/api-client';
import { toDateInputValue } from '@/utils/format';

const date = /^\d{4}-\d{2}-\d{2}$/;

/** The rules the server enforces, checked first so the analyst sees them before saving. */
export const findingFormSchema = z
  .object({
    status: z.enum(FindingStatus),
    owner: z.string().max(200, 'At most 200 characters'),
    dueDate: z.string().regex(date, 'Enter a due date'),
    riskAcceptedUntil: z.string(),
    reason: z.string().max(2000, 'At most 2000 characters'),
    today: z.string(),
    wasClosed: z.boolean(),
  })
  .superRefine((values, ctx) => {
    if (values.status === 'RISK_ACCEPTED') {
      if (!date.test(values.riskAcceptedUntil)) {
        ctx.addIssue({ code: 'custom', path: ['riskAcceptedUntil'], message: 'Until when is the risk accepted?' });
      } else if (values.riskAcceptedUntil <= values.today) {
        ctx.addIssue({ code: 'custom', path: ['riskAcceptedUntil'], message: 'Must be after today' });
      }
    }
    const needsReason = (values.status === 'RISK_ACCEPTED' || values.status === 'CLOSED') && !values.wasClosed;
    if (needsReason && !values.reason.trim()) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: values.status === 'CLOSED' ? 'Say why it is closed' : 'Say why the risk is accepted',
      });
    }
  });

export type FindingFormValues = z.infer<typeof findingFormSchema>;

export function findingDefaults(finding: Finding, today: string): FindingFormValues {
  return {
    status: finding.status,
    owner: finding.owner ?? '',
    dueDate: toDateInputValue(finding.dueDate),
    riskAcceptedUntil: finding.status === 'RISK_ACCEPTED' ? toDateInputValue(finding.riskAcceptedUntil) : '',
    reason: '',
    today,
    wasClosed: finding.status === 'CLOSED',
  };
}

export function toFindingUpdate(values: FindingFormValues, version: number): FindingUpdate {
  return {
    status: values.status,
    owner: values.owner.trim() || undefined,
    dueDate: parseDate(values.dueDate),
    riskAcceptedUntil: values.status === 'RISK_ACCEPTED' ? parseDate(values.riskAcceptedUntil) : undefined,
    reason: values.reason.trim() || undefined,
    version,
  };
}
