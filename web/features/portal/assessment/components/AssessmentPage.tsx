// Placeholder replaced by the feature's page.
export function AssessmentPage() {
  return null;
}
