// Placeholder of the MessagesPage page, replaced by its feature.
import { NetworkFrame } from '../../components/NetworkFrame.tsx';

export function MessagesPage() {
  return <NetworkFrame title="MessagesPage">{null}</NetworkFrame>;
}
