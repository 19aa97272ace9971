import { describe, expect, test } from 'vitest';
import { formatExactCount, formatRecordCount, toDateInputValue } from './format';

describe('formatRecordCount', () => {
  test.each([
    [0, '0'],
    [950, '950'],
    [48_000, '48K'],
    [47_500, '47.5K'],
    [5_700_000, '5.7M'],
    [5_749_999, '5.7M'],
    [1_250_000_000, '1.3B'],
    [100_000_000_000, '100B'],
  ])('shows %d as %s', (count, expected) => {
    expect(formatRecordCount(count)).toBe(expected);
  });

  test('rounds up into the next unit instead of showing 1000K', () => {
    expect(formatRecordCount(999_999)).toBe('1M');
  });

  test('shows a dash for values that cannot be a count', () => {
    expect(formatRecordCount(-1)).toBe('—');
    expect(formatRecordCount(Number.NaN)).toBe('—');
  });
});

test('formatExactCount groups thousands', () => {
  expect(formatExactCount(5_700_000)).toBe('5,700,000');
});

test('toDateInputValue keeps the local calendar day', () => {
  expect(toDateInputValue(new Date(2026, 11, 5))).toBe('2026-12-05');
  expect(toDateInputValue(undefined)).toBe('');
});
