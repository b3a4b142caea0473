// Query keys of direct messages: one per endpoint, all under ['network', 'messages'].
export const messagesKeys = {
  all: ['network', 'messages'] as const,
  list: (page: number) => ['network', 'messages', 'list', page] as const,
  conversation: (id: string) => ['network', 'messages', 'conversation', id] as const,
  recipients: (q: string) => ['network', 'messages', 'recipients', q] as const,
};
