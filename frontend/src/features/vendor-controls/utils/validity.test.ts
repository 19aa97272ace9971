import { describe, expect, test } from 'vitest';
import { VendorControlFromJSON } from '@/api-client';
import { countedStatus, validity } from './validity';

const today = new Date(2026, 11, 7); // 7 Dec 2026, local midnight like every calendar date from the client

const answer = (overrides: Record<string, unknown>) =>
  VendorControlFromJSON({
    controlCode: 'C01',
    controlName: 'MFA for all users',
    domain: 'IDENTITY',
    baseWeight: 5,
    status: 'MET',
    evidence: 'DOCUMENTED',
    source: 'ASSESSMENT',
    assessmentId: 40,
    observedOn: '2025-12-01',
    version: 1,
    ...overrides,
  });

describe('validity', () => {
  test('evidence counts in full through its last valid day', () => {
    expect(validity(answer({ expiresOn: '2026-12-07' }), today)).toEqual({ kind: 'evidenceValid', until: new Date(2026, 11, 7) });
  });

  test('the day after expiry the answer counts as self-attested, for 90 days, then as unknown', () => {
    expect(validity(answer({ expiresOn: '2026-12-06' }), today)).toEqual({
      kind: 'evidenceExpired',
      expiredOn: new Date(2026, 11, 6),
      unknownFrom: new Date(2027, 2, 7),
    });
    // 6 Dec + 90 days = 6 Mar: still self-attested on that day, unknown from 7 Mar.
    expect(validity(answer({ expiresOn: '2026-09-08' }), today)?.kind).toBe('evidenceExpired');
    expect(validity(answer({ expiresOn: '2026-09-07' }), today)).toEqual({ kind: 'evidenceLapsed', expiredOn: new Date(2026, 8, 7) });
  });

  test('a lapsed answer counts as unknown; an expired one keeps its status', () => {
    expect(countedStatus(answer({ expiresOn: '2026-09-07' }), today)).toBe('UNKNOWN');
    expect(countedStatus(answer({ expiresOn: '2026-12-06', status: 'PARTIAL' }), today)).toBe('PARTIAL');
  });

  test('imports and demo data age like assessments', () => {
    expect(validity(answer({ source: 'IMPORT', assessmentId: undefined, expiresOn: '2026-01-01' }), today)?.kind).toBe('evidenceLapsed');
    expect(validity(answer({ source: 'DEMO', assessmentId: undefined, expiresOn: '2027-01-01' }), today)?.kind).toBe('evidenceValid');
  });

  test('expiry changes nothing for a status without credit, or an answer without an expiry', () => {
    expect(validity(answer({ status: 'NOT_MET', evidence: undefined, expiresOn: '2025-01-01' }), today)).toBeUndefined();
    expect(countedStatus(answer({ status: 'NOT_MET', evidence: undefined, expiresOn: '2025-01-01' }), today)).toBe('NOT_MET');
    expect(validity(answer({ expiresOn: undefined }), today)).toBeUndefined();
    expect(validity(answer({ status: 'UNKNOWN', source: undefined, evidence: undefined }), today)).toBeUndefined();
  });

  test('an override applies until its last day, or has none', () => {
    expect(validity(answer({ source: 'OVERRIDE', expiresOn: '2027-01-31' }), today)).toEqual({
      kind: 'overrideUntil',
      until: new Date(2027, 0, 31),
    });
    expect(validity(answer({ source: 'OVERRIDE', expiresOn: undefined }), today)).toEqual({ kind: 'overrideOpen' });
  });
});
