// Signing out from anywhere: end the session, leave for the identity provider or the home page, and only then
// forget the session (so that a members-only page is gone before it could send the visitor to sign-in).
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useLogout } from '../api/useLogout.ts';
import { sessionChanged } from '../api/useMe.ts';

export function useSignOut() {
  const logout = useLogout();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // mutateAsync, not mutate(…, { onSuccess }): per-call callbacks are dropped when the calling component
  // re-mounts while the request is in flight (the header does as the session changes), and the browser would stay.
  const signOut = () => {
    logout
      .mutateAsync()
      .then(async (result) => {
        if (result.redirectTo) {
          window.location.assign(result.redirectTo);
          return;
        }
        await navigate('/');
        await sessionChanged(queryClient, undefined, result.csrfToken);
      })
      .catch(() => {
        // Shown from logout.error by the caller.
      });
  };
  return { signOut, isPending: logout.isPending, error: logout.error };
}
