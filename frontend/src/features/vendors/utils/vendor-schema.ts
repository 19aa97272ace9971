import { z } from 'zod';
import { parseDate, VendorCategory, VendorStatus, VendorTier, type Vendor, type VendorCreate } from '@/api-client';
import { toDateInputValue } from '@/utils/format';
import { filled } from '@/utils/zod';

// The contract's pattern for website, and for externalId (blank allowed: the field is optional).
const WEBSITE = /^https?:\/\/[^\s/$.?#][^\s]*$/;
const EXTERNAL_ID = /^[A-Za-z0-9._:-]*$/;
const EMAIL = z.email();

const max = (n: number) => `At most ${n} characters`;

// Mirrors VendorFields / VendorCreate in the contract. Optional text is '' in the form, omitted on the wire.
export const vendorFormSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter the vendor’s name').max(200, max(200)),
    website: z
      .string()
      .trim()
      .min(1, 'Enter the vendor’s website')
      .max(500, max(500))
      .regex(WEBSITE, 'Enter a full web address starting with https:// or http://'),
    category: filled(z.enum(VendorCategory), 'Choose a category'),
    tier: z.enum(VendorTier, { error: 'Choose a tier' }),
    status: z.enum(VendorStatus, { error: 'Choose a status' }),
    description: z.string().trim().max(2000, max(2000)),
    services: z
      .array(z.string().trim().min(1).max(200, 'Each service: at most 200 characters'))
      .max(50, 'At most 50 services'),
    businessOwner: z.string().trim().max(200, max(200)),
    securityContact: z
      .string()
      .trim()
      .max(254, max(254))
      .refine((value) => value === '' || EMAIL.safeParse(value).success, 'Enter an email address, e.g. security@vendor.com'),
    platformIds: z.array(z.number().int().positive()).max(50, 'At most 50 platforms'),
    nextReviewDate: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'Enter a date'),
    externalId: z.string().trim().max(100, max(100)).regex(EXTERNAL_ID, 'Letters, digits and . _ : - only, no spaces'),
    aliases: z
      .array(z.string().trim().min(1).max(200, 'Each name: at most 200 characters'))
      .max(20, 'At most 20 other names'),
  })
  // The server drops an alias equal to the vendor's own name without a word; saying so here avoids a silent loss.
  .superRefine((values, ctx) => {
    const name = values.name.toLowerCase();
    if (name && values.aliases.some((alias) => alias.toLowerCase() === name)) {
      ctx.addIssue({ code: 'custom', path: ['aliases'], message: 'Remove the vendor’s own name: list only its other names' });
    }
  });

export type VendorFormInput = z.input<typeof vendorFormSchema>;
export type VendorFormValues = z.output<typeof vendorFormSchema>;

export const vendorFormFields = Object.keys(vendorFormSchema.shape) as (keyof VendorFormInput)[];

export const newVendorDefaults: VendorFormInput = {
  name: '',
  website: 'https://',
  category: null,
  tier: VendorTier.Medium,
  status: VendorStatus.Active,
  description: '',
  services: [],
  businessOwner: '',
  securityContact: '',
  platformIds: [],
  nextReviewDate: '',
  externalId: '',
  aliases: [],
};

export function vendorToFormInput(vendor: Vendor): VendorFormInput {
  return {
    name: vendor.name,
    website: vendor.website,
    category: vendor.category,
    tier: vendor.tier,
    status: vendor.status,
    description: vendor.description ?? '',
    services: vendor.services,
    businessOwner: vendor.businessOwner ?? '',
    securityContact: vendor.securityContact ?? '',
    platformIds: vendor.platforms.map((p) => p.id),
    nextReviewDate: toDateInputValue(vendor.nextReviewDate),
    externalId: vendor.externalId ?? '',
    aliases: vendor.aliases ?? [],
  };
}

const blankToUndefined = (value: string) => (value === '' ? undefined : value);

export function formValuesToVendorFields(values: VendorFormValues): VendorCreate {
  return {
    name: values.name,
    website: values.website,
    category: values.category,
    tier: values.tier,
    status: values.status,
    description: blankToUndefined(values.description),
    services: values.services,
    businessOwner: blankToUndefined(values.businessOwner),
    securityContact: blankToUndefined(values.securityContact),
    platformIds: new Set(values.platformIds),
    nextReviewDate: values.nextReviewDate ? parseDate(values.nextReviewDate) : undefined,
    externalId: blankToUndefined(values.externalId),
    // Always sent, so that removing the last alias clears them (left out, the server would keep them).
    aliases: values.aliases,
  };
}
