// Placeholder replaced by the feature's page.
export function AssessmentResultPage() {
  return null;
}
