import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AnswerFromJSON } from '@/api-client';
import { json, mockFetch } from '@/testing/test-utils';
import { useAutosave } from './use-autosave';

const answer = (questionId: number, version: number, value?: string) =>
  AnswerFromJSON({ questionId, questionKey: `q${questionId}`, answered: value !== undefined, value, version, reviewStatus: 'PENDING' });

describe('useAutosave', () => {
  afterEach(() => vi.useRealTimers());

  test('says "saved" only once no question has an edit waiting or in flight', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const saved: number[] = [];
    mockFetch(({ url, body }) => {
      const questionId = Number(url.pathname.split('/').pop());
      saved.push(questionId);
      return json({ ...answer(questionId, 1), value: (body as { value: string }).value, answered: true, reviewStatus: 'PENDING', questionKey: `q${questionId}` });
    });
    const { result } = renderHook(() => useAutosave([answer(1, 0), answer(2, 0)]));

    act(() => result.current.change(1, { value: '12' }));
    expect(result.current.state).toBe('saving');
    await act(async () => vi.advanceTimersByTime(400));
    // Question 2 changes while question 1 is still waiting for its debounce.
    act(() => result.current.change(2, { value: '2026-10-01' }));
    await act(async () => vi.advanceTimersByTime(300));
    await waitFor(() => expect(saved).toEqual([1]));
    // Question 1 is stored, question 2 is not yet: a reload now would lose it, so nothing says "saved".
    expect(result.current.state).toBe('saving');

    await act(async () => vi.advanceTimersByTime(400));
    await waitFor(() => expect(saved).toEqual([1, 2]));
    await waitFor(() => expect(result.current.state).toBe('saved'));
  });
});
