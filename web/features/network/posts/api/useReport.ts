// POST /api/network/reports {targetType, targetId, reason, details}: reports a post or comment to the moderators
// (the moderation feature's endpoint).
import { useMutation } from '@tanstack/react-query';
import type { ReportReasonCode } from '../../../../../common/network-terms.ts';
import { api } from '../../../../app/api/client.ts';

export interface ReportInput {
  targetType: 'post' | 'comment';
  targetId: string;
  reason: ReportReasonCode;
  details?: string;
}

export function useReport() {
  return useMutation({ mutationFn: (body: ReportInput) => api.post<unknown>('/api/network/reports', body) });
}
