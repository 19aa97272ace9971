import { IncidentSeverity, IncidentSort, IncidentStatus } from '@/api-client';
import { enumOptions } from '@/utils/enum-options';

// Records keyed by the generated enums: a value added to the contract fails the build until labelled.
export const severityLabels: Record<IncidentSeverity, string> = {
  CRITICAL: 'Critical',
  HIGH: 'High',
  MEDIUM: 'Medium',
  LOW: 'Low',
};

export const severityColors: Record<IncidentSeverity, string> = {
  CRITICAL: 'red',
  HIGH: 'orange',
  MEDIUM: 'yellow',
  LOW: 'gray',
};

export const statusLabels: Record<IncidentStatus, string> = {
  ACTIVE: 'Active',
  FADING: 'Fading',
  ARCHIVED: 'Archived',
};

/** What each status does to scoring, in the contract's words. */
export const statusDescriptions: Record<IncidentStatus, string> = {
  ACTIVE: 'Raises the weight of the controls it exploits most',
  FADING: 'Still raises the weight of its controls, less than an active one',
  ARCHIVED: 'No longer affects scoring',
};

export const statusColors: Record<IncidentStatus, string> = {
  ACTIVE: 'red',
  FADING: 'orange',
  ARCHIVED: 'gray',
};

export const sortLabels: Record<IncidentSort, string> = {
  '-firstSeen': 'First seen (newest)',
  firstSeen: 'First seen (oldest)',
  '-lastSeen': 'Last seen (newest)',
  lastSeen: 'Last seen (oldest)',
  '-publishedOn': 'Reported (newest)',
  publishedOn: 'Reported (oldest)',
  name: 'Name (A–Z)',
  '-name': 'Name (Z–A)',
  '-updatedAt': 'Updated (newest)',
  updatedAt: 'Updated (oldest)',
};

export const severityOptions = enumOptions(IncidentSeverity, severityLabels);
export const statusOptions = enumOptions(IncidentStatus, statusLabels);
export const sortOptions = (Object.keys(sortLabels) as IncidentSort[]).map((value) => ({ value, label: sortLabels[value] }));
