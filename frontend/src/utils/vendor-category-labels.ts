import type { VendorCategory } from '@/api-client';

// Shared because vendors have a category and incidents target categories of vendor.
// A Record keyed by the generated enum: a value added to the contract fails the build until labelled.
export const vendorCategoryLabels: Record<VendorCategory, string> = {
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
