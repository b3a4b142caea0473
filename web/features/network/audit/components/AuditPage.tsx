// Placeholder of the AuditPage page, replaced by its feature.
import { NetworkFrame } from '../../components/NetworkFrame.tsx';

export function AuditPage() {
  return <NetworkFrame title="AuditPage">{null}</NetworkFrame>;
}
