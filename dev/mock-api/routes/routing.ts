/** Read-only routing resources the dial plan and number routing refer to. */
import type { HttpHandler } from 'msw';
import { notFound } from '../errors';
import { paginate } from '../pagination';
import { json, route } from '../route';
import { serializeAudioClip, wantsExtensions, withExtensions } from '../serialize';
import type { MockStore } from '../store';

const newestFirst = {
  key: (item: { created_at?: string }) => item.created_at ?? '',
  id: (item: { id: string }) => item.id,
};

export function routingRoutes(store: MockStore): HttpHandler[] {
  return [
    route(store, 'listSchedules', ({ query, url }) =>
      json(paginate(store.data.schedules, { url, limit: query.limit ?? 10, ...newestFirst })),
    ),
    route(store, 'getSchedule', ({ params }) => {
      const schedule = store.data.schedules.find((s) => s.id === params.schedule_id);
      if (!schedule) throw notFound('ScheduleNotFound');
      return json(schedule);
    }),

    route(store, 'listRingGroups', ({ query, url }) => {
      const page = paginate(store.data.ringGroups, {
        url,
        limit: query.limit ?? 10,
        ...newestFirst,
      });
      const expand = wantsExtensions(query);
      return json({ ...page, data: page.data.map((g) => withExtensions(store, g, expand)) });
    }),
    route(store, 'getRingGroup', ({ params, query }) => {
      const group = store.data.ringGroups.find((g) => g.id === params.ring_group_id);
      if (!group) throw notFound('RingGroupNotFound');
      return json(withExtensions(store, group, wantsExtensions(query)));
    }),

    route(store, 'listAudioClips', ({ query, url, origin }) => {
      const page = paginate(store.data.audioClips, {
        url,
        limit: query.limit ?? 10,
        ...newestFirst,
      });
      return json({ ...page, data: page.data.map((c) => serializeAudioClip(c, origin)) });
    }),
    route(store, 'getAudioClip', ({ params, origin }) => {
      const clip = store.data.audioClips.find((c) => c.id === params.audio_clip_id);
      if (!clip) throw notFound('AudioClipNotFound');
      return json(serializeAudioClip(clip, origin));
    }),

    route(store, 'listVoiceApps', ({ query, url }) => {
      const page = paginate(store.data.voiceApps, {
        url,
        limit: query.limit ?? 10,
        ...newestFirst,
      });
      const expand = wantsExtensions(query);
      return json({ ...page, data: page.data.map((a) => withExtensions(store, a, expand)) });
    }),
    route(store, 'getVoiceApp', ({ params, query }) => {
      const app = store.data.voiceApps.find((a) => a.id === params.voice_app_id);
      if (!app) throw notFound('VoiceAppNotFound');
      return json(withExtensions(store, app, wantsExtensions(query)));
    }),
  ];
}
