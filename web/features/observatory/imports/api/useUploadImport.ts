// POST /api/observatory/imports?kind=&filename=: sends the file as the raw request body (no multipart: the
// server streams it to the importer) and answers the run (202), which then goes on in the background.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ErrorCode, errorMessage } from '../../../../../common/errors.ts';
import type { ImportKind, ImportRun } from '../../../../../common/schemas/observatory.ts';
import type { Problem } from '../../../../../common/schemas/problem.ts';
import { ApiError, api, setCsrfToken } from '../../../../app/api/client.ts';
import { getLang } from '../../../../app/i18n/lang.ts';
import { meQueryKey } from '../../../auth/session/api/useMe.ts';
import type { Me } from '../../../auth/types.ts';
import { importRunQueryKey } from './useImportRun.ts';
import { importRunsQueryKey } from './useImportRuns.ts';

export interface ImportUpload {
  kind: ImportKind;
  file: File;
}

const networkError = {
  fr: 'Le serveur ne répond pas : vérifiez votre connexion et réessayez.',
  en: 'The server does not answer: check your connection and try again.',
};

// The shared client only sends JSON; this is its raw-body twin for one endpoint, with the same CSRF and
// problem+json handling.
async function post(upload: ImportUpload, csrfToken: string): Promise<Response> {
  const query = new URLSearchParams({ kind: upload.kind, filename: upload.file.name.slice(0, 200) });
  try {
    return await fetch(`/api/observatory/imports?${query}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        'accept-language': getLang(),
        'content-type': 'application/octet-stream',
        'x-csrf-token': csrfToken,
      },
      body: upload.file,
    });
  } catch {
    throw new ApiError(0, 'ERR_NETWORK', networkError[getLang()]);
  }
}

async function problemOf(response: Response): Promise<ApiError> {
  let problem: Partial<Problem> = {};
  try {
    problem = (await response.json()) as Partial<Problem>;
  } catch {
    // Not a problem document (a proxy's HTML page): the status says enough.
  }
  const fallback: ErrorCode =
    response.status === 413 ? 'ERR_PAYLOAD_TOO_LARGE' : response.status >= 500 ? 'ERR_INTERNAL' : 'ERR_VALIDATION';
  const code = problem.code ?? fallback;
  const detail = problem.detail || errorMessage(fallback, getLang());
  return new ApiError(response.status, code, detail, {}, problem.requestId);
}

export function useUploadImport() {
  const queryClient = useQueryClient();
  const freshToken = async () => {
    const me = await api.get<Me>('/api/auth/me');
    setCsrfToken(me.csrfToken);
    queryClient.setQueryData(meQueryKey, me);
    return me.csrfToken;
  };
  return useMutation({
    mutationFn: async (upload: ImportUpload) => {
      const known = queryClient.getQueryData<Me>(meQueryKey)?.csrfToken;
      let response = await post(upload, known ?? (await freshToken()));
      if (response.status === 403) {
        // A stale token (another tab signed in or out): fetch the current one and try once more.
        const error = await problemOf(response.clone());
        if (error.code === 'ERR_CSRF') response = await post(upload, await freshToken());
      }
      if (!response.ok) throw await problemOf(response);
      return (await response.json()) as ImportRun;
    },
    onSuccess: (run) => {
      queryClient.setQueryData(importRunQueryKey(run.id), run);
      void queryClient.invalidateQueries({ queryKey: importRunsQueryKey, exact: true });
    },
  });
}
