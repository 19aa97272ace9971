import { z } from 'zod';
import type { AssessmentCreate } from '@/api-client';
import { toDateInputValue } from '@/utils/format';

// Mirrors AssessmentCreate in the contract.
export const sendFormSchema = z.object({
  templateId: z.string().min(1, 'Choose a questionnaire'),
  dueDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Choose a due date')
    .refine((value) => value >= toDateInputValue(new Date()), 'The due date cannot be in the past'),
  respondentEmail: z.string().trim().min(3, 'Enter the respondent’s email').max(254, 'At most 254 characters').email('Enter a valid email address'),
});

export type SendFormValues = z.infer<typeof sendFormSchema>;

export function sendDefaults(respondentEmail?: string): SendFormValues {
  const due = new Date();
  due.setDate(due.getDate() + 21);
  return { templateId: '', dueDate: toDateInputValue(due), respondentEmail: respondentEmail ?? '' };
}

/** yyyy-mm-dd as local midnight, which the generated client sends back as the same day. */
export function fromDateInputValue(value: string): Date {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(year, month - 1, day);
}

export function toAssessmentCreate(vendorId: number, values: SendFormValues): AssessmentCreate {
  return {
    vendorId,
    templateId: Number(values.templateId),
    dueDate: fromDateInputValue(values.dueDate),
    respondentEmail: values.respondentEmail,
  };
}
