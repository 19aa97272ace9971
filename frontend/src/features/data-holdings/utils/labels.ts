import { AccessType } from '@/api-client';

export const accessTypeLabels: Record<AccessType, string> = {
  SYSTEM_OF_RECORD: 'System of record',
  BULK_ACCESS: 'Bulk access',
  RECORD_UI: 'Record by record',
  TRANSIENT: 'Transient',
};

export const accessTypeDescriptions: Record<AccessType, string> = {
  SYSTEM_OF_RECORD: 'Stores the data, with bulk export or API',
  BULK_ACCESS: 'Staff or an integration can reach it in bulk',
  RECORD_UI: 'Only record-by-record screens',
  TRANSIENT: 'Processes it without keeping it',
};

export const accessTypeOptions = Object.values(AccessType).map((value) => ({
  value,
  label: accessTypeLabels[value],
}));
