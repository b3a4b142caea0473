// Placeholder of the RequestPage page, replaced by its feature.
import { NetworkFrame } from '../../components/NetworkFrame.tsx';

export function RequestPage() {
  return <NetworkFrame title="RequestPage">{null}</NetworkFrame>;
}
