import { ControlDomain, Framework } from '@/api-client';
import { enumOptions } from '@/utils/enum-options';

// Records keyed by the generated enums: a value added to the contract fails the build until labelled.
export const domainLabels: Record<ControlDomain, string> = {
  IDENTITY: 'Identity',
  ACCESS: 'Access',
  INTEGRATIONS: 'Integrations',
  NETWORK: 'Network',
  DETECTION: 'Detection',
  DATA_PROTECTION: 'Data protection',
  INCIDENT_RESPONSE: 'Incident response',
  PEOPLE: 'People',
  SUPPLY_CHAIN: 'Supply chain',
  ASSURANCE: 'Assurance',
  THREAT_AND_VULNERABILITY: 'Threat and vulnerability',
  RESILIENCE: 'Resilience',
};

/** Short names for badges. */
export const frameworkLabels: Record<Framework, string> = {
  NIST_CSF_2: 'NIST CSF 2.0',
  ISO_27001_2022: 'ISO 27001',
  CSA_CCM_4: 'CSA CCM v4',
  CSA_SSCF: 'CSA SSCF',
};

/** Full names for headings and tooltips. */
export const frameworkTitles: Record<Framework, string> = {
  NIST_CSF_2: 'NIST Cybersecurity Framework 2.0',
  ISO_27001_2022: 'ISO/IEC 27001:2022 Annex A',
  CSA_CCM_4: 'CSA Cloud Controls Matrix v4.0',
  CSA_SSCF: 'CSA SaaS Security Capability Framework',
};

export const frameworkColors: Record<Framework, string> = {
  NIST_CSF_2: 'blue',
  ISO_27001_2022: 'grape',
  CSA_CCM_4: 'teal',
  CSA_SSCF: 'orange',
};

export const domainOptions = enumOptions(ControlDomain, domainLabels);
export const frameworkOptions = enumOptions(Framework, frameworkLabels);
