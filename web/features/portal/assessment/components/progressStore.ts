// The answers in progress, kept in sessionStorage (this tab only, gone when it closes) so that a reload loses
// nothing. Tied to the questionnaire's version: answers to another version are dropped.
import { useCallback, useEffect, useState } from 'react';

export type Phase = 'intro' | 'questions';

export interface Progress {
  version: number;
  phase: Phase;
  /** Index of the dimension on screen. */
  step: number;
  answers: Record<string, number>;
}

const storageKey = 'diplomatie.portal.assessment';
const empty = (version: number): Progress => ({ version, phase: 'intro', step: 0, answers: {} });

function read(version: number): Progress | null {
  try {
    const raw = sessionStorage.getItem(storageKey);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Progress>;
    if (value.version !== version || typeof value.answers !== 'object' || value.answers === null) return null;
    const answers = Object.fromEntries(
      Object.entries(value.answers).filter(([, v]) => typeof v === 'number' && Number.isInteger(v) && v >= 0),
    );
    return {
      version,
      phase: value.phase === 'questions' ? 'questions' : 'intro',
      step: typeof value.step === 'number' && Number.isInteger(value.step) && value.step >= 0 ? value.step : 0,
      answers,
    };
  } catch {
    return null;
  }
}

function write(progress: Progress | null): void {
  try {
    if (progress) sessionStorage.setItem(storageKey, JSON.stringify(progress));
    else sessionStorage.removeItem(storageKey);
  } catch {
    // Storage refused (private browsing, quota): the answers then last as long as the page.
  }
}

/** The progress of the questionnaire of this version, persisted on every change. */
export function useProgress(version: number) {
  const [progress, setProgress] = useState<Progress>(() => read(version) ?? empty(version));
  useEffect(() => write(progress), [progress]);
  const clear = useCallback(() => setProgress(empty(version)), [version]);
  return { progress, update: setProgress, clear };
}

/** Forget the answers once they are sent: the next visit starts afresh. */
export const forgetProgress = () => write(null);
