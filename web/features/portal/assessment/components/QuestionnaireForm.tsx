// The questionnaire, one theme per step: a DSFR stepper, the answered count, one fieldset per question, and
// back / next buttons; the last step sends every answer. Unanswered questions and the API's field messages are
// shown on their fieldset, and the step holding the first problem is brought back on screen.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Stepper } from '@codegouvfr/react-dsfr/Stepper';
import { type Dispatch, type FormEvent, type SetStateAction, useEffect, useRef, useState } from 'react';
import { generatePath, useNavigate } from 'react-router';
import type { Questionnaire } from '../../../../../common/schemas/portal-assessment.ts';
import { isApiError } from '../../../../app/api/client.ts';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { useSubmitAssessment } from '../api/useSubmitAssessment.ts';
import { assessmentMessages } from '../messages.ts';
import { forgetProgress, type Progress } from './progressStore.ts';

const questionInputId = (questionId: string) => `question-${questionId}`;
const answerField = (questionId: string) => `answers.${questionId}`;

export function QuestionnaireForm({
  questionnaire,
  progress,
  onChange,
  onBackToIntro,
}: {
  questionnaire: Questionnaire;
  progress: Progress;
  onChange: Dispatch<SetStateAction<Progress>>;
  onBackToIntro: () => void;
}) {
  const t = useT(assessmentMessages);
  const navigate = useNavigate();
  const submit = useSubmitAssessment();
  // Unanswered questions flagged by an attempt to move on, and API messages the visitor has since acted upon.
  const [flagged, setFlagged] = useState<ReadonlySet<string>>(new Set());
  const [settled, setSettled] = useState<ReadonlySet<string>>(new Set());
  const top = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  const dimensions = questionnaire.dimensions;
  const step = progress.step;
  const dimension = dimensions[step];
  const next = dimensions[step + 1];
  const isLast = next === undefined;
  const questions = dimensions.flatMap((d) => d.questions);
  const numberOf = new Map(questions.map((q, i) => [q.id, i + 1]));
  const answered = questions.filter((q) => progress.answers[q.id] !== undefined).length;

  // A new step: its title takes the focus, so keyboard and screen reader users start from the top of it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect is about the step changing, not reading it
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    top.current?.focus();
    top.current?.scrollIntoView?.({ block: 'start' });
  }, [step]);

  if (!dimension) return null;

  const goTo = (index: number) => {
    moved.current = true;
    onChange((p) => ({ ...p, step: index }));
  };
  const choose = (questionId: string, value: number) => {
    onChange((p) => ({ ...p, answers: { ...p.answers, [questionId]: value } }));
    setSettled((s) => new Set(s).add(questionId));
  };
  const errorOf = (questionId: string): string | undefined => {
    if (progress.answers[questionId] === undefined && flagged.has(questionId)) return t.chooseAnswer;
    return settled.has(questionId) ? undefined : fieldError(submit.error, answerField(questionId));
  };
  const flag = (ids: readonly string[]) => setFlagged((f) => new Set([...f, ...ids]));
  const focusQuestion = (questionId: string) => document.getElementById(`${questionInputId(questionId)}-0`)?.focus();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const missingHere = dimension.questions.filter((q) => progress.answers[q.id] === undefined);
    if (missingHere.length > 0) {
      flag(missingHere.map((q) => q.id));
      focusQuestion(missingHere[0]!.id);
      return;
    }
    if (!isLast) {
      goTo(step + 1);
      return;
    }
    // Every step is checked on the way, but answers kept from an earlier visit may still have holes.
    const missing = questions.filter((q) => progress.answers[q.id] === undefined);
    if (missing.length > 0) {
      flag(missing.map((q) => q.id));
      goTo(dimensions.findIndex((d) => d.questions.some((q) => q.id === missing[0]!.id)));
      return;
    }
    const answers = Object.fromEntries(questions.map((q) => [q.id, progress.answers[q.id] as number]));
    submit.mutate(
      { answers },
      {
        onSuccess: (result) => {
          forgetProgress();
          navigate(generatePath(paths.portalAssessmentResult, { id: result.id }));
        },
        onError: (error) => {
          setSettled(new Set());
          const fields = isApiError(error) ? Object.keys(error.fieldErrors) : [];
          const first = dimensions.findIndex((d) => d.questions.some((q) => fields.includes(answerField(q.id))));
          if (first >= 0 && first !== step) goTo(first);
          else top.current?.focus();
        },
      },
    );
  };

  const missingCount = dimension.questions.filter((q) => errorOf(q.id) !== undefined).length;
  return (
    <section aria-label={t.questionnaireLabel}>
      <div ref={top} tabIndex={-1} style={{ outline: 'none' }}>
        <Stepper
          currentStep={step + 1}
          stepCount={dimensions.length}
          title={dimension.label}
          {...(next ? { nextTitle: next.label } : {})}
        />
      </div>
      <p>{dimension.intro}</p>
      <p className={fr.cx('fr-text--sm', 'fr-mb-1v')} id="assessment-answered">
        {t.answeredCount(answered, questionnaire.questionCount)}
      </p>
      <progress
        aria-labelledby="assessment-answered"
        max={questionnaire.questionCount}
        value={answered}
        style={{ width: '100%', maxWidth: '32rem', height: '0.5rem', display: 'block' }}
        className={fr.cx('fr-mb-4w')}
      />
      <ApiErrorAlert error={submit.error} title={t.submitErrorTitle} />
      {missingCount > 0 && (
        <p className={fr.cx('fr-error-text', 'fr-mb-2w')} role="status">
          {t.missingOnStep(missingCount)}
        </p>
      )}
      <form onSubmit={onSubmit} noValidate>
        {dimension.questions.map((question) => {
          const error = errorOf(question.id);
          return (
            <RadioButtons
              key={question.id}
              id={questionInputId(question.id)}
              name={question.id}
              legend={t.questionLegend(numberOf.get(question.id) ?? 0, question.text)}
              {...(question.help ? { hintText: question.help } : {})}
              {...(error ? { state: 'error' as const, stateRelatedMessage: error } : {})}
              options={question.options.map((option) => ({
                label: option.label,
                nativeInputProps: {
                  value: String(option.value),
                  checked: progress.answers[question.id] === option.value,
                  onChange: () => choose(question.id, option.value),
                },
              }))}
            />
          );
        })}
        <div className={fr.cx('fr-mt-2w')} style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem' }}>
          <Button
            type="button"
            priority="secondary"
            iconId="fr-icon-arrow-left-line"
            onClick={step === 0 ? onBackToIntro : () => goTo(step - 1)}
          >
            {step === 0 ? t.backToIntro : t.previous}
          </Button>
          <Button
            type="submit"
            iconId={isLast ? 'fr-icon-send-plane-line' : 'fr-icon-arrow-right-line'}
            iconPosition="right"
            disabled={submit.isPending}
          >
            {isLast ? (submit.isPending ? t.submitting : t.submit) : t.next(next.label)}
          </Button>
        </div>
      </form>
    </section>
  );
}
