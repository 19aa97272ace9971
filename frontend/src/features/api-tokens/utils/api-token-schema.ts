import { z } from 'zod';
import { ApiTokenScope } from '@/api-client';

// Mirrors ApiTokenCreate in the contract.
export const apiTokenFormSchema = z.object({
  name: z.string().trim().min(1, 'Name the integration that will use the token').max(100, 'At most 100 characters'),
  scopes: z.array(z.enum(ApiTokenScope)).min(1, 'Choose at least one scope'),
  expiresInDays: z
    .number({ error: 'Enter a number of days' })
    .int('Whole days only')
    .min(1, 'At least 1 day')
    .max(365, 'At most 365 days'),
});

export type ApiTokenFormValues = z.infer<typeof apiTokenFormSchema>;

export const apiTokenFormDefaults: ApiTokenFormValues = { name: '', scopes: [], expiresInDays: 90 };

/** What each scope opens, in the words of the contract's scope table. */
export const scopeLabels: Record<ApiTokenScope, string> = {
  [ApiTokenScope.VendorsRead]: 'Read vendors, data holdings and control statuses',
  [ApiTokenScope.VendorsWrite]: 'Create, change and delete vendors and their data holdings',
  [ApiTokenScope.ControlsRead]: 'Read the control catalogue',
  [ApiTokenScope.ControlsWrite]: 'Change the control catalogue',
  [ApiTokenScope.IncidentsRead]: 'Read the incident registry',
  [ApiTokenScope.IncidentsWrite]: 'Change the incident registry',
  [ApiTokenScope.AssessmentsRead]: 'Read questionnaire templates and assessments',
  [ApiTokenScope.AssessmentsWrite]: 'Send, review and complete assessments; manage templates',
  [ApiTokenScope.RiskRead]: 'Read risk scores, their history, incident impact, what-ifs and the dashboard',
  [ApiTokenScope.FindingsRead]: 'Read findings',
  [ApiTokenScope.FindingsWrite]: 'Change findings and request remediation from vendors',
};
