/** Users (search, expand[]=extensions), shared voicemail boxes and extensions. */
import type { HttpHandler } from 'msw';
import { notFound } from '../errors';
import { paginate } from '../pagination';
import { json, route } from '../route';
import { wantsExtensions, withExtensions } from '../serialize';
import type { MockStore } from '../store';

const byCreated = <T extends { id: string; created_at?: string }>() => ({
  key: (item: T) => item.created_at ?? '',
  id: (item: T) => item.id,
});

export function directoryRoutes(store: MockStore): HttpHandler[] {
  return [
    route(store, 'listUsers', ({ query, url }) => {
      const search = typeof query.search === 'string' ? query.search.toLowerCase() : null;
      const users = store.data.users.filter(
        (u) =>
          search === null ||
          (u.name ?? '').toLowerCase().includes(search) ||
          (u.email ?? '').toLowerCase().includes(search),
      );
      const page = paginate(users, { url, limit: query.limit ?? 10, ...byCreated() });
      const expand = wantsExtensions(query);
      return json({ ...page, data: page.data.map((u) => withExtensions(store, u, expand)) });
    }),

    route(store, 'getUser', ({ params, query }) => {
      const user = store.data.users.find((u) => u.id === params.user_id);
      if (!user) throw notFound('UserNotFound');
      return json(withExtensions(store, user, wantsExtensions(query)));
    }),

    route(store, 'listSharedVoicemailBoxes', ({ query, url }) => {
      const page = paginate(store.data.sharedVoicemailBoxes, {
        url,
        limit: query.limit ?? 10,
        ...byCreated(),
      });
      const expand = wantsExtensions(query);
      return json({ ...page, data: page.data.map((b) => withExtensions(store, b, expand)) });
    }),

    route(store, 'getSharedVoicemailBox', ({ params, query }) => {
      const box = store.data.sharedVoicemailBoxes.find(
        (b) => b.id === params.shared_voicemail_box_id,
      );
      if (!box) throw notFound('SharedVoicemailBoxNotFound');
      return json(withExtensions(store, box, wantsExtensions(query)));
    }),

    route(store, 'listExtensions', ({ query, url }) => {
      const target = typeof query.target === 'string' ? query.target : undefined;
      const extensions = store.data.extensions.filter(
        (e) => target === undefined || e.target === target,
      );
      return json(
        paginate(extensions, {
          url,
          limit: query.limit ?? 10,
          key: (e) => e.created_at,
          id: (e) => e.number,
        }),
      );
    }),

    route(store, 'getExtension', ({ params }) => {
      const extension = store.data.extensions.find((e) => e.number === params.number);
      if (!extension) throw notFound('ExtensionNotFound');
      return json(extension);
    }),
  ];
}
