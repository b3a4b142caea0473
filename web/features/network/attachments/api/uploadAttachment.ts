// POST /api/network/attachments?filename=: sends one file as the raw request body and answers the pending upload.
// The shared client only sends JSON; this is its raw-body twin (XMLHttpRequest, for the upload progress), with
// the same CSRF and problem+json handling.
import { type ErrorCode, errorMessage } from '../../../../../common/errors.ts';
import type { UploadedAttachment } from '../../../../../common/schemas/network-attachments.ts';
import type { Problem } from '../../../../../common/schemas/problem.ts';
import { ApiError, api, setCsrfToken } from '../../../../app/api/client.ts';
import { getLang } from '../../../../app/i18n/lang.ts';
import type { Me } from '../../../auth/types.ts';
import { attachmentsMessages } from '../messages.ts';

export const uploadUrl = (filename: string) =>
  `/api/network/attachments?${new URLSearchParams({ filename: filename.slice(0, 1000) })}`;

function problemOf(status: number, text: string): ApiError {
  let problem: Partial<Problem> = {};
  try {
    problem = JSON.parse(text) as Partial<Problem>;
  } catch {
    // Not a problem document (a proxy's page): the status says enough.
  }
  const fallback: ErrorCode =
    status === 413 ? 'ERR_PAYLOAD_TOO_LARGE' : status >= 500 ? 'ERR_INTERNAL' : 'ERR_VALIDATION';
  const code = problem.code ?? fallback;
  const detail = problem.detail || errorMessage(fallback, getLang());
  return new ApiError(status, code, detail, {}, problem.requestId);
}

function send(file: File, csrfToken: string | null, onProgress: (percent: number) => void) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', uploadUrl(file.name));
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', getLang());
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText });
    xhr.onerror = () => reject(new ApiError(0, 'ERR_NETWORK', attachmentsMessages[getLang()].network));
    xhr.send(file);
  });
}

/** Uploads one file; `onProgress` gets 0-100. Throws ApiError with the server's explanation. */
export async function uploadAttachment(
  file: File,
  knownToken: string | null,
  onProgress: (percent: number) => void,
): Promise<UploadedAttachment> {
  const freshToken = async () => {
    const me = await api.get<Me>('/api/auth/me');
    setCsrfToken(me.csrfToken);
    return me.csrfToken;
  };
  let answer = await send(file, knownToken ?? (await freshToken()), onProgress);
  if (answer.status === 403 && problemOf(answer.status, answer.text).code === 'ERR_CSRF') {
    answer = await send(file, await freshToken(), onProgress);
  }
  if (answer.status < 200 || answer.status >= 300) throw problemOf(answer.status, answer.text);
  return JSON.parse(answer.text) as UploadedAttachment;
}
