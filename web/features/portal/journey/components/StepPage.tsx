// Placeholder replaced by the feature's page.
export function StepPage() {
  return null;
}
