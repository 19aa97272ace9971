import { z } from 'zod';
import { AccessType, DataCategoryCode, type DataHolding } from '@/api-client';
import { filled } from '@/utils/zod';

export const MAX_HOLDINGS = 50;
export const MAX_RECORD_COUNT = 100_000_000_000;

// Mirrors DataHolding and DataHoldingList in the contract.
const holdingSchema = z.object({
  dataCategory: filled(z.enum(DataCategoryCode), 'Choose a data category'),
  recordCount: filled(
    z.number().int('Whole numbers only').min(0, 'Cannot be negative').max(MAX_RECORD_COUNT, 'At most 100 billion'),
    'Enter how many records',
  ),
  accessType: filled(z.enum(AccessType), 'Choose how the vendor reaches the data'),
  regions: z
    .array(z.string().regex(/^[A-Z]{2}$/, 'Use two-letter country codes such as AU or EU'))
    .max(30, 'At most 30 regions'),
  vulnerableSubjects: z.boolean(),
});

export const holdingsFormSchema = z
  .object({ holdings: z.array(holdingSchema).max(MAX_HOLDINGS, `At most ${MAX_HOLDINGS} rows`) })
  .superRefine(({ holdings }, ctx) => {
    const seen = new Set<string>();
    holdings.forEach((holding, index) => {
      if (seen.has(holding.dataCategory)) {
        ctx.addIssue({
          code: 'custom',
          path: ['holdings', index, 'dataCategory'],
          message: 'This category is already listed; each category appears once',
        });
      }
      seen.add(holding.dataCategory);
    });
  });

export type HoldingsFormInput = z.input<typeof holdingsFormSchema>;
export type HoldingsFormValues = z.output<typeof holdingsFormSchema>;

export function toFormValues(items: DataHolding[]): HoldingsFormInput {
  return {
    holdings: items.map((item) => ({
      dataCategory: item.dataCategory,
      recordCount: item.recordCount,
      accessType: item.accessType,
      regions: [...(item.regions ?? [])],
      vulnerableSubjects: item.vulnerableSubjects ?? false,
    })),
  };
}

export function toDataHoldings(values: HoldingsFormValues): DataHolding[] {
  return values.holdings.map((holding) => ({ ...holding, regions: new Set(holding.regions) }));
}

export const emptyHolding: HoldingsFormInput['holdings'][number] = {
  dataCategory: null,
  recordCount: null,
  accessType: null,
  regions: [],
  vulnerableSubjects: false,
};
