// Placeholder of the ConversationPage page, replaced by its feature.
import { NetworkFrame } from '../../components/NetworkFrame.tsx';

export function ConversationPage() {
  return <NetworkFrame title="ConversationPage">{null}</NetworkFrame>;
}
