// Placeholder of the NewRequestPage page, replaced by its feature.
import { NetworkFrame } from '../../components/NetworkFrame.tsx';

export function NewRequestPage() {
  return <NetworkFrame title="NewRequestPage">{null}</NetworkFrame>;
}
