// Builds API URLs with a query string, for the query hooks and the export links.

/** `/api/...?a=1&b=2`, leaving out empty values. */
export function apiUrl(path: string, params: Record<string, string | number | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
