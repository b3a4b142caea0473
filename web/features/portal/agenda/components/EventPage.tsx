// Placeholder replaced by the feature's page.
export function EventPage() {
  return null;
}
