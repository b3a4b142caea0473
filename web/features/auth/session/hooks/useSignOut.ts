// Signing out from anywhere: end the session, then load the identity provider's sign-out page or the home page
// afresh. A full load, not a move inside the app: every answer kept in memory (restricted posts, requests, deal
// rooms, the account) goes with the session, and nothing that re-renders meanwhile can hold the browser back.
import { useLogout } from '../api/useLogout.ts';

export function useSignOut() {
  const logout = useLogout();
  // mutateAsync, not mutate(…, { onSuccess }): per-call callbacks are dropped when the calling component
  // re-mounts while the request is in flight (the header does as the session changes), and the browser would stay.
  const signOut = () => {
    logout
      .mutateAsync()
      .then((result) => window.location.assign(result.redirectTo ?? '/'))
      .catch(() => {
        // Shown from logout.error by the caller.
      });
  };
  return { signOut, isPending: logout.isPending, error: logout.error };
}
