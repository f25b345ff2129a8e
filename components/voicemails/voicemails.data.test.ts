import { expect } from '@open-wc/testing';
import type { DialstackClient, GetOptions, ListPage } from '../../src/core/types';
import { createI18n } from '../../src/i18n/index';
import {
  countUnread,
  loadOwnerNames,
  matchesSearch,
  UNREAD_COUNT_MAX_PAGES,
  type Voicemail,
} from './voicemails.data';
import { loadVoicemailPack, tVoicemail, voicemailPack } from './voicemails.messages';
import { es } from './voicemails.messages.es';
import { fr } from './voicemails.messages.fr';

declare function describe(name: string, body: () => void): void;
declare function it(name: string, body: () => void | Promise<unknown>): void;

const vm = (overrides: Partial<Voicemail>): Voicemail => ({
  id: 'vm_1',
  owner: 'usr_1',
  from_number: '+14155550134',
  from_name: 'José Álvarez',
  duration_seconds: 30,
  format: 'mp3',
  audio_url: 'https://example.test/a.mp3',
  is_read: false,
  created_at: '2026-01-01T00:00:00Z',
  ...overrides,
});

/** A client whose pages are numbered: page n links to page n+1 until `pages`. */
function pagedClient(pages: number, perPage: number) {
  const seen: { path: string; options?: GetOptions }[] = [];
  const client = {
    async page<T>(path: string, options?: GetOptions): Promise<ListPage<T>> {
      seen.push({ path, options });
      const index = path.startsWith('/v1/') ? 1 : Number(new URL(path).searchParams.get('n'));
      return {
        object: 'list',
        url: '/v1/voicemails',
        next_page_url: index < pages ? `https://api.test/v1/voicemails?n=${index + 1}` : null,
        previous_page_url: null,
        data: Array.from({ length: perPage }, (_, i) =>
          vm({ id: `vm_${index}_${i}`, is_read: false }),
        ) as T[],
      };
    },
  } as unknown as DialstackClient;
  return { client, seen };
}

describe('voicemails data', () => {
  it('matches names regardless of case and accents, and numbers regardless of format', () => {
    const item = vm({});
    expect(matchesSearch(item, 'jose')).to.equal(true);
    expect(matchesSearch(item, 'ÁLVAREZ josé')).to.equal(true);
    expect(matchesSearch(item, '(415) 555-01')).to.equal(true);
    expect(matchesSearch(item, '4155550134')).to.equal(true);
    expect(matchesSearch(item, '555 0199')).to.equal(false);
    expect(matchesSearch(item, 'maria')).to.equal(false);
    expect(matchesSearch(item, '   ')).to.equal(true);
    expect(matchesSearch(vm({ from_name: null }), 'jose')).to.equal(false);
  });

  it('counts unread across every page, following next_page_url at the maximum page size', async () => {
    const { client, seen } = pagedClient(3, 100);
    const result = await countUnread(client, 'usr_1');
    expect(result.ids.size).to.equal(300);
    expect(result.capped).to.equal(false);
    expect(seen[0]!.options!.query).to.include({ is_read: false, limit: 100, owner: 'usr_1' });
    expect(seen.slice(1).map((s) => s.path)).to.deep.equal([
      'https://api.test/v1/voicemails?n=2',
      'https://api.test/v1/voicemails?n=3',
    ]);
  });

  it('stops after the page budget and says the count is a lower bound', async () => {
    const { client, seen } = pagedClient(UNREAD_COUNT_MAX_PAGES + 5, 100);
    const result = await countUnread(client, undefined);
    expect(seen).to.have.length(UNREAD_COUNT_MAX_PAGES);
    expect(result.ids.size).to.equal(UNREAD_COUNT_MAX_PAGES * 100);
    expect(result.capped).to.equal(true);
  });

  it('collects owner names from users and shared boxes, and survives a refused list', async () => {
    const client = {
      async *list<T>(path: string): AsyncIterableIterator<T> {
        if (path === '/v1/users') throw Object.assign(new Error('Forbidden'), { status: 403 });
        yield { id: 'svm_1', name: 'Front Desk' } as T;
      },
    } as unknown as DialstackClient;
    const names = await loadOwnerNames(client);
    expect([...names]).to.deep.equal([['svm_1', 'Front Desk']]);
  });

  it('has every English string in Spanish and French, loads them on demand, and takes host overrides', async () => {
    const keys = (pack: object) => Object.keys(pack).sort();
    const en = voicemailPack('en')!;
    expect(keys(es)).to.deep.equal(keys(en));
    expect(keys(fr)).to.deep.equal(keys(en));
    // English until the French chunk has loaded, French after.
    expect(voicemailPack('fr')).to.equal(undefined);
    expect(tVoicemail(createI18n('fr'), 'searchLabel')).to.equal('Search voicemails');
    await loadVoicemailPack('fr');
    expect(tVoicemail(createI18n('fr'), 'searchLabel')).to.equal('Rechercher dans la messagerie');
    await loadVoicemailPack('es');
    const custom = createI18n({
      locale: 'es',
      messages: { voicemails: { searchLabel: 'Buscar en el buzón' } },
    });
    expect(tVoicemail(custom, 'searchLabel')).to.equal('Buscar en el buzón');
    expect(tVoicemail(custom, 'clearSearch')).to.equal('Borrar búsqueda');
    expect(tVoicemail(createI18n('en'), 'deletedMany', { count: 3 })).to.equal(
      '3 voicemails deleted',
    );
  });
});
