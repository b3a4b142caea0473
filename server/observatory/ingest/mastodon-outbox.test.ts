import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collect, fixture, fromText } from './fixtures/index.ts';
import { htmlToText } from './html.ts';
import { handleFromUrl, parseMastodonOutbox } from './mastodon-outbox.ts';
import { ImportFormatError, type PostRecord } from './records.ts';

const outbox = fixture('mastodon-outbox.json');
const postOf = (item: { records?: { type: string; post?: PostRecord }[] } | undefined) =>
  item?.records?.[0]?.post as PostRecord;
const status = (n: number) => `https://diplo.social/users/ambafrance/statuses/11300000000000000${n}`;

describe('parseMastodonOutbox', () => {
  it('reads an archive outbox without actor.json: posts, replies, boosts, mentions, hashtags, language', async () => {
    let total: number | null = null;
    const items = await collect(parseMastodonOutbox(outbox, { onTotal: (n) => (total = n) }));
    expect(total).toBe(6);
    // Items are numbered by their position in orderedItems (line = index + 1).
    expect(items.map((i) => [i.line, i.error ?? postOf(i).kind])).toEqual([
      [1, 'original'],
      [2, 'reply'],
      [3, 'repost'],
      [4, `${status(4)}: not public (followers-only or direct): left out`],
      [5, `${status(5)}: invalid date in published: 'le premier octobre'`],
      [6, 'original'],
    ]);

    const post = postOf(items[0]);
    expect(post).toMatchObject({
      network: 'mastodon',
      networkPostId: status(1),
      author: { network: 'mastodon', handle: 'ambafrance@diplo.social' },
      lang: 'fr',
      url: 'https://diplo.social/@ambafrance/113000000000000001',
      mentions: [{ network: 'mastodon', handle: 'un@un.example' }],
      hashtags: ['Diplomatie'],
      text: 'Avec @UN pour la paix & le droit. #Diplomatie\n\nDeuxième paragraphe\navec un saut.',
    });
    expect(post.postedAt).toEqual(new Date('2026-10-01T08:00:00Z'));
    expect(post.metrics).toBeUndefined();

    expect(postOf(items[1]).replyTo).toEqual({
      postId: 'https://other.example/users/alice/statuses/111',
      account: { network: 'mastodon', handle: 'alice@other.example' },
    });
    // A boost: its own id is the Announce's (the REST API's `uri` of a reblog).
    expect(postOf(items[2])).toMatchObject({
      networkPostId: `${status(3)}/activity`,
      repostOf: {
        postId: 'https://other.example/users/bob/statuses/222',
        account: { network: 'mastodon', handle: 'bob@other.example' },
      },
    });
  });

  it('refuses a truncated archive, and a JSON document that is not an outbox, before yielding anything', async () => {
    const text = readFileSync(outbox, 'utf8');
    const truncated = await collect(parseMastodonOutbox(fromText(text.slice(0, text.length / 2)))).catch((e) => e);
    expect(truncated).toBeInstanceOf(ImportFormatError);
    expect(truncated.message).toMatch(
      /^mastodon-outbox: the file is not a complete JSON document \(.+\): a truncated archive\? Nothing was imported$/,
    );
    const actor = await collect(
      parseMastodonOutbox(fromText('{"type":"Person","id":"https://x.example/users/a"}')),
    ).catch((e) => e);
    expect(actor.message).toBe(
      'mastodon-outbox: not an ActivityPub outbox (expected an OrderedCollection with orderedItems, as in outbox.json)',
    );
  });

  it('derives handles from actor URLs and turns sanitised HTML into text', () => {
    expect(handleFromUrl('https://mastodon.social/users/Gargron')).toBe('gargron@mastodon.social');
    expect(handleFromUrl('https://mastodon.social/@Gargron/109')).toBe('gargron@mastodon.social');
    expect(handleFromUrl('https://mastodon.social/@alice@other.example')).toBe('alice@other.example');
    expect(handleFromUrl('https://pleroma.example/objects/8f1c')).toBeNull();
    expect(htmlToText('<p>a &lt;b&gt; &#233;t&#xe9;&nbsp;!</p><p>x</p>')).toBe('a <b> été !\n\nx');
  });
});
