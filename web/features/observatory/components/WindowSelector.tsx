// The scoring window picker (day, week, month, rolling 30 days) as a DSFR segmented control.
import { SegmentedControl } from '@codegouvfr/react-dsfr/SegmentedControl';
import { useId } from 'react';
import { WINDOWS } from '../../../../common/observatory-terms.ts';
import { useT } from '../../../app/i18n/lang.ts';
import { observatoryComponentMessages } from './messages.ts';
import type { ScoringWindow } from './urlState.ts';

export function WindowSelector({
  value,
  onChange,
  className,
}: {
  value: ScoringWindow;
  onChange: (window: ScoringWindow) => void;
  className?: string;
}) {
  const t = useT(observatoryComponentMessages);
  const name = useId();
  const segment = (window: ScoringWindow) => ({
    label: t.windows[window],
    nativeInputProps: {
      value: window,
      checked: value === window,
      title: t.windowHints[window],
      onChange: () => onChange(window),
    },
  });
  // The DSFR control takes a tuple of one to five segments: the four windows, in the schema's order.
  const [day, week, month, rolling] = WINDOWS;
  return (
    <SegmentedControl
      className={className}
      name={name}
      legend={t.windowLegend}
      inlineLegend
      small
      segments={[segment(day), segment(week), segment(month), segment(rolling)]}
    />
  );
}
