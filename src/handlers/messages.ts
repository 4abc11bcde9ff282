import { loadUser, ownMessage } from '../access.js';
import { invalidToken, type Requester } from '../auth.js';
import type { IdempotentCreation } from '../data/idempotency.js';
import { listMessages, markRead, sendMessage, type MessageList, type MessageRow } from '../data/messages.js';
import { concernedBy, listNotifications } from '../data/notifications.js';
import { badRequest, invalid } from '../errors.js';
import type { Handlers } from '../http/operation.js';
import { createOnce, idempotentCreation, replayedHeader } from '../idempotency.js';
import { written } from '../outcomes.js';
import { Page, type PageRequest } from '../pagination.js';
import { messageRepresentation, messageUrl, notificationRepresentation } from '../representations.js';
import type { Services } from '../services.js';
import { postBody } from './posts.js';

const notToYourself = () => badRequest('cannot_message_yourself', 'you cannot send a message to yourself', [{ in: 'path', field: 'id', message: 'must not be your own id' }]);

/** `since` is `after` by the name a polling client keeps; with another way to choose a page, 400 naming both. */
function sinceAsAfter({ since, ...paging }: PageRequest & { since?: number }): PageRequest {
  if (since === undefined) return paging;
  const others = (['page', 'before', 'after'] as const).filter((name) => paging[name] !== undefined);
  if (others.length > 0) {
    throw invalid('use only one of since, page, before and after', [
      { in: 'query', field: 'since', message: `cannot be combined with ${others.join(' or ')}` },
    ]);
  }
  return since === 0 ? paging : { ...paging, after: since };
}

/** The operations the contract tags `messages`: private messages between two users, and notifications. */
export function messagesHandlers({ db }: Services): Handlers<
  'sendMessage' | 'listMessages' | 'listSentMessages' | 'getMessage' | 'markMessagesRead' | 'listNotifications'
> {
  async function messageCollection(list: MessageList, requester: Requester, query: PageRequest, path: string) {
    const page = new Page(query, 'desc');
    const { slice, total } = await listMessages(db, list, requester.user.id, page.window);
    return page.reply(slice.rows.map(messageRepresentation), path, slice, total);
  }

  /** The requester's message to `recipientId`; when the sender's account was deleted on the way, its token is no longer valid. */
  async function send(requester: Requester, recipientId: number, body: string, creation?: IdempotentCreation): Promise<MessageRow> {
    const outcome = await sendMessage(db, requester.user.id, recipientId, body, { creation });
    if (outcome.status === 'missing') {
      await loadUser(db, recipientId); // 404 when the recipient is the one gone
      throw invalidToken();
    }
    return written(outcome, 'message');
  }

  return {
    async sendMessage({ params, body, requester, headers }) {
      if (params.id === requester.user.id) throw notToYourself();
      const text = postBody(body.body);
      const recipient = await loadUser(db, params.id);
      const creation = idempotentCreation(headers['Idempotency-Key'], `messages:user:${requester.user.id}`, { to: recipient.id, ...body });
      const { created, replayed } = await createOnce(db, creation, (key) => send(requester, recipient.id, text, key), (id) => ownMessage(db, id, requester));
      return { status: 201, headers: { Location: messageUrl(created.id), ...replayedHeader(replayed) }, body: messageRepresentation(created) };
    },

    listMessages: ({ query, requester }) => messageCollection('received', requester, query, '/api/messages'),

    listSentMessages: ({ query, requester }) => messageCollection('sent', requester, query, '/api/messages/sent'),

    async getMessage({ params, requester }) {
      return { status: 200, body: messageRepresentation(await ownMessage(db, params.id, requester)) };
    },

    async listNotifications({ query, requester }) {
      const page = new Page(sinceAsAfter(query), 'asc');
      const { slice, total } = await listNotifications(db, requester.user.id, page.window);
      const concerned = await concernedBy(db, slice.rows);
      const items = slice.rows.map((row, i) => notificationRepresentation(row, concerned[i]!));
      return page.reply(items, '/api/notifications', slice, total);
    },

    async markMessagesRead({ body, requester }) {
      const outcome = await markRead(db, requester.user.id, body.last_read_id);
      if (outcome.status !== 'done') throw invalidToken(); // the account was deleted on the way
      const marker = outcome.row;
      return { status: 200, body: { last_read_id: marker.last_read_message_id, unread_message_count: marker.unread_message_count } };
    },
  };
}
