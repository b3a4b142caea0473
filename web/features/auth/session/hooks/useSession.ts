// The session as pages see it, derived from `me`.
import { useMe } from '../api/useMe.ts';

export function useSession() {
  const query = useMe();
  const me = query.data;
  const user = me?.user ?? null;
  const mfa = me?.mfa ?? 'none';
  return {
    me,
    user,
    mfa,
    isPending: query.isPending,
    error: query.error,
    /** Signed in and past the second factor (enrolment may still be due). */
    signedIn: user !== null && mfa !== 'required',
    /** Fully signed in: nothing left to do before using the platform. */
    ready: user !== null && mfa === 'none',
  };
}
