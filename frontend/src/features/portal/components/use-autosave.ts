import { useCallback, useEffect, useRef, useState } from 'react';
import type { Answer, AnswerInput } from '@/api-client';
import { ApiError } from '@/lib/api-client';
import { saveAnswer } from '../api/save-answer';

export type SaveState = 'idle' | 'saving' | 'saved' | 'conflict' | 'error';

const DEBOUNCE_MS = 600;

/**
 * Saves each question's answer shortly after the last change, one request at a time per question,
 * with the version last acknowledged. When another tab saved first, the server's answer wins and
 * replaces the local one (nothing acknowledged is overwritten).
 */
export function useAutosave(initial: Answer[]) {
  const [answers, setAnswers] = useState(() => new Map(initial.map((a) => [a.questionId, a])));
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const versions = useRef(new Map(initial.map((a) => [a.questionId, a.version])));
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  const pending = useRef(new Map<number, Omit<AnswerInput, 'version'>>());

  useEffect(() => () => timers.current.forEach(clearTimeout), []);

  const inFlight = useRef(new Set<number>());

  const flush = useCallback(async (questionId: number): Promise<void> => {
    const input = pending.current.get(questionId);
    // One request per question at a time, so our own saves never conflict with each other.
    if (!input || inFlight.current.has(questionId)) return;
    pending.current.delete(questionId);
    inFlight.current.add(questionId);
    setState('saving');
    let stored = false;
    try {
      const saved = await saveAnswer({ questionId, answer: { ...input, version: versions.current.get(questionId) ?? 0 } });
      versions.current.set(questionId, saved.version);
      setAnswers((current) => {
        const local = current.get(questionId);
        // Edits made while this save was in flight stay on screen; they are saved next.
        const next = pending.current.has(questionId) && local
          ? { ...saved, value: local.value, values: local.values, compensatingControl: local.compensatingControl, remediationDate: local.remediationDate }
          : saved;
        return new Map(current).set(questionId, next);
      });
      stored = true;
    } catch (e) {
      const currentAnswer = e instanceof ApiError ? e.problem.currentAnswer : undefined;
      if (e instanceof ApiError && e.status === 409 && currentAnswer) {
        versions.current.set(questionId, currentAnswer.version);
        pending.current.delete(questionId);
        setAnswers((current) => new Map(current).set(questionId, currentAnswer));
        setState('conflict');
      } else {
        setError(e instanceof Error ? e.message : 'The answer could not be saved.');
        setState('error');
      }
    } finally {
      inFlight.current.delete(questionId);
      // "All changes saved" only when nothing is waiting anywhere: another question's edit may still be in its
      // debounce window or in flight, and a reload then would lose it.
      if (stored) setState(pending.current.size === 0 && inFlight.current.size === 0 ? 'saved' : 'saving');
      if (pending.current.has(questionId)) void flush(questionId);
    }
  }, []);

  const change = useCallback(
    (questionId: number, patch: Partial<Answer>) => {
      setAnswers((current) => {
        const next = { ...(current.get(questionId) as Answer), ...patch };
        pending.current.set(questionId, {
          value: next.value || undefined,
          values: next.values?.length ? new Set(next.values) : undefined,
          compensatingControl: next.compensatingControl || undefined,
          remediationDate: next.remediationDate,
        });
        return new Map(current).set(questionId, next);
      });
      setState('saving');
      clearTimeout(timers.current.get(questionId));
      timers.current.set(questionId, setTimeout(() => void flush(questionId), DEBOUNCE_MS));
    },
    [flush],
  );

  return { answers, change, state, error };
}
