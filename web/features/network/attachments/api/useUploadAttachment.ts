// The upload of one file as a function for the picker (several files go at once, each with its own progress).
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { meQueryKey } from '../../../auth/session/api/useMe.ts';
import type { Me } from '../../../auth/types.ts';
import { uploadAttachment } from './uploadAttachment.ts';

export function useUploadAttachment() {
  const queryClient = useQueryClient();
  return useCallback(
    (file: File, onProgress: (percent: number) => void) =>
      uploadAttachment(file, queryClient.getQueryData<Me>(meQueryKey)?.csrfToken ?? null, onProgress),
    [queryClient],
  );
}
