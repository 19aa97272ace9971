import { VendorCategory, VendorSort, VendorStatus, VendorTier } from '@/api-client';

// Records keyed by the generated enums: a value added to the contract fails the build until labelled.
export const categoryLabels: Record<VendorCategory, string> = {
  CRM: 'CRM',
  CONTACT_CENTRE: 'Contact centre',
  SUPPORT_DESK: 'Support desk',
  SALES_ENGAGEMENT: 'Sales engagement',
  CUSTOMER_SUCCESS: 'Customer success',
  MARKETING: 'Marketing',
  ANALYTICS: 'Analytics',
  DATA_WAREHOUSE: 'Data warehouse',
  HR: 'HR',
  PAYROLL: 'Payroll',
  PAYMENTS: 'Payments',
  FINANCE: 'Finance',
  LOYALTY: 'Loyalty',
  IDENTITY: 'Identity',
  SECURITY: 'Security',
  COLLABORATION: 'Collaboration',
  COMMUNICATIONS: 'Communications',
  FILE_TRANSFER: 'File transfer',
  CLOUD_INFRASTRUCTURE: 'Cloud infrastructure',
  DEVELOPER_TOOLS: 'Developer tools',
  LEGAL: 'Legal',
  OTHER: 'Other',
};

export const tierLabels: Record<VendorTier, string> = {
  CRITICAL: 'Critical',
  HIGH: 'High',
  MEDIUM: 'Medium',
  LOW: 'Low',
};

export const statusLabels: Record<VendorStatus, string> = {
  PROSPECT: 'Prospect',
  ONBOARDING: 'Onboarding',
  ACTIVE: 'Active',
  SUSPENDED: 'Suspended',
  OFFBOARDED: 'Offboarded',
};

export const tierColors: Record<VendorTier, string> = {
  CRITICAL: 'red',
  HIGH: 'orange',
  MEDIUM: 'yellow',
  LOW: 'gray',
};

export const statusColors: Record<VendorStatus, string> = {
  PROSPECT: 'gray',
  ONBOARDING: 'blue',
  ACTIVE: 'teal',
  SUSPENDED: 'orange',
  OFFBOARDED: 'dark',
};

export const sortLabels: Record<VendorSort, string> = {
  name: 'Name (A–Z)',
  '-name': 'Name (Z–A)',
  category: 'Category (A–Z)',
  '-category': 'Category (Z–A)',
  tier: 'Tier (ascending)',
  '-tier': 'Tier (descending)',
  nextReviewDate: 'Next review (soonest)',
  '-nextReviewDate': 'Next review (latest)',
  updatedAt: 'Updated (oldest)',
  '-updatedAt': 'Updated (newest)',
  totalRecords: 'Records (fewest)',
  '-totalRecords': 'Records (most)',
};

/** Select options in the contract's order, with human labels. */
export function enumOptions<T extends string>(values: Record<string, T>, labels: Record<T, string>) {
  return Object.values(values).map((value) => ({ value, label: labels[value] }));
}

export const categoryOptions = enumOptions(VendorCategory, categoryLabels);
export const tierOptions = enumOptions(VendorTier, tierLabels);
export const statusOptions = enumOptions(VendorStatus, statusLabels);
export const sortOptions = enumOptions(VendorSort, sortLabels);
