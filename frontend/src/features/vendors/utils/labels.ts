import { VendorCategory, VendorSort, VendorStatus, VendorTier } from '@/api-client';
import { enumOptions } from '@/utils/enum-options';
import { vendorCategoryLabels } from '@/utils/vendor-category-labels';

// Records keyed by the generated enums: a value added to the contract fails the build until labelled.
export const categoryLabels = vendorCategoryLabels;

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

export { enumOptions };

export const categoryOptions = enumOptions(VendorCategory, categoryLabels);
export const tierOptions = enumOptions(VendorTier, tierLabels);
export const statusOptions = enumOptions(VendorStatus, statusLabels);
export const sortOptions = enumOptions(VendorSort, sortLabels);
