// Placeholder of the NotificationsPage page, replaced by its feature.
import { NetworkFrame } from '../../components/NetworkFrame.tsx';

export function NotificationsPage() {
  return <NetworkFrame title="NotificationsPage">{null}</NetworkFrame>;
}
