// Placeholder of the RequestsPage page, replaced by its feature.
import { NetworkFrame } from '../../components/NetworkFrame.tsx';

export function RequestsPage() {
  return <NetworkFrame title="RequestsPage">{null}</NetworkFrame>;
}
