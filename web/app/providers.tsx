// The app's providers: the query cache (with the CSRF token loader) and the router.
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { installCsrfLoader } from '../features/auth/session/api/useMe.ts';
import { queryClient } from './api/queryClient.ts';
import { router } from './router.tsx';

installCsrfLoader(queryClient);

export function Providers() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
