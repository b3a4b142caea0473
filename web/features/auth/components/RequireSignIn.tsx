// Gate for member-only pages: sends visitors to sign-in (and back afterwards), and half-signed-in sessions to
// the second-factor step they still owe.
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ApiErrorAlert } from '../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../app/components/Loading.tsx';
import { paths } from '../../../app/paths.ts';
import { useSession } from '../session/hooks/useSession.ts';

export function RequireSignIn({ children, allowEnrolment = false }: { children: ReactNode; allowEnrolment?: boolean }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading />;
  if (session.error) return <ApiErrorAlert error={session.error} />;
  if (!session.user) {
    const back = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`${paths.signIn}?retour=${back}`} replace />;
  }
  if (session.mfa === 'required') return <Navigate to={paths.mfaChallenge} replace />;
  if (session.mfa === 'enrolment_required' && !allowEnrolment) return <Navigate to={paths.totpEnrolment} replace />;
  return <>{children}</>;
}

/** A `retour` parameter is followed only when it is a path of this site. */
export function safeReturnPath(value: string | null): string | null {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || value.startsWith('/api/')) {
    return null;
  }
  return value;
}
