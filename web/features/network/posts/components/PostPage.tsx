// Placeholder of the PostPage page, replaced by its feature.
import { NetworkFrame } from '../../components/NetworkFrame.tsx';

export function PostPage() {
  return <NetworkFrame title="PostPage">{null}</NetworkFrame>;
}
