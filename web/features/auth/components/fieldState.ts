// Maps a field's message (client check or server answer) onto the DSFR Input's state props.
export function fieldState(message: string | undefined): {
  state: 'error' | 'default';
  stateRelatedMessage: string | undefined;
} {
  return message
    ? { state: 'error', stateRelatedMessage: message }
    : { state: 'default', stateRelatedMessage: undefined };
}

/** Moves focus to the first field in error, so keyboard and screen-reader users land on it. */
export function focusFirstError(ids: string[], errors: Record<string, string | undefined>): void {
  const first = ids.find((id) => errors[id]);
  if (first) document.getElementById(first)?.focus();
}
