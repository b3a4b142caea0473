// Placeholder of the ModerationPage page, replaced by its feature.
import { NetworkFrame } from '../../components/NetworkFrame.tsx';

export function ModerationPage() {
  return <NetworkFrame title="ModerationPage">{null}</NetworkFrame>;
}
