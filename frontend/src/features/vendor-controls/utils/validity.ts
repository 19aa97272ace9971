import { ControlStatus, type VendorControl } from '@/api-client';
import { needsEvidence } from './override-schema';

/** Days past its expiry that an answer's evidence still counts, as self-attested (docs/scoring-model.md). */
export const EVIDENCE_GRACE_DAYS = 90;

/**
 * Until when the status holding now counts as recorded. For an answer (assessment, import, demo) that earns credit,
 * its evidence: valid until `expiresOn`; past it, the answer counts as self-attested, and more than
 * {@link EVIDENCE_GRACE_DAYS} days past it, as unknown. For an override: the last day it applies, or none.
 * Undefined where nothing expires or expiry changes nothing (no status, or a status that earns no credit).
 */
export type Validity =
  | { kind: 'evidenceValid'; until: Date }
  | { kind: 'evidenceExpired'; expiredOn: Date; unknownFrom: Date }
  | { kind: 'evidenceLapsed'; expiredOn: Date }
  | { kind: 'overrideUntil'; until: Date }
  | { kind: 'overrideOpen' };

const DAY_MS = 86_400_000;

/** A calendar date (the generated client makes them local midnight) as a day count, as the server counts days. */
export function epochDay(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
}

function fromEpochDay(day: number): Date {
  const utc = new Date(day * DAY_MS);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

export function validity(control: VendorControl, today: Date = new Date()): Validity | undefined {
  if (!control.source) return undefined;
  if (control.source === 'OVERRIDE') {
    return control.expiresOn ? { kind: 'overrideUntil', until: control.expiresOn } : { kind: 'overrideOpen' };
  }
  if (!control.expiresOn || !needsEvidence(control.status)) return undefined;
  const expires = epochDay(control.expiresOn);
  const daysPast = epochDay(today) - expires;
  if (daysPast <= 0) return { kind: 'evidenceValid', until: control.expiresOn };
  if (daysPast > EVIDENCE_GRACE_DAYS) return { kind: 'evidenceLapsed', expiredOn: control.expiresOn };
  return { kind: 'evidenceExpired', expiredOn: control.expiresOn, unknownFrom: fromEpochDay(expires + EVIDENCE_GRACE_DAYS + 1) };
}

/** The status the score counts: an answer whose evidence lapsed counts as unknown, whatever it said. */
export function countedStatus(control: VendorControl, today: Date = new Date()): ControlStatus {
  return validity(control, today)?.kind === 'evidenceLapsed' ? ControlStatus.Unknown : control.status;
}
