import type { ControlStatus, ControlStatusSource, EvidenceQuality } from '@/api-client';

// Shared because a vendor's control statuses appear both in its controls list and in its risk explanation.
export const controlStatusLabels: Record<ControlStatus, string> = {
  MET: 'Met',
  PARTIAL: 'Partial',
  NOT_MET: 'Not met',
  NOT_APPLICABLE: 'Not applicable',
  UNKNOWN: 'Unknown',
};

export const controlStatusColors: Record<ControlStatus, string> = {
  MET: 'teal',
  PARTIAL: 'yellow',
  NOT_MET: 'red',
  NOT_APPLICABLE: 'gray',
  UNKNOWN: 'orange',
};

export const evidenceLabels: Record<EvidenceQuality, string> = {
  SELF_ATTESTED: 'Self-attested',
  DOCUMENTED: 'Documented',
  INDEPENDENTLY_TESTED: 'Independently tested',
};

export const controlSourceLabels: Record<ControlStatusSource, string> = {
  ASSESSMENT: 'Assessment',
  OVERRIDE: 'Override',
  IMPORT: 'Import',
  DEMO: 'Demo data',
};
