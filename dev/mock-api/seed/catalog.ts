/** The hardware catalog (GET /v1/catalog lists the active items). */
import { DAY, iso } from '../time';
import type { HardwareCatalogItem } from '../types';
import type { SeedContext } from './context';

const ITEMS: readonly [
  string,
  string,
  string | null,
  HardwareCatalogItem['device_type'],
  boolean,
][] = [
  ['Yealink', 'T54W', 'YEA-T54W', 'deskphone', true],
  ['Yealink', 'T46U', 'YEA-T46U', 'deskphone', true],
  ['Yealink', 'T33G', 'YEA-T33G', 'deskphone', true],
  ['Poly', 'Edge E350', 'POL-E350', 'deskphone', true],
  ['Yealink', 'W70B', 'YEA-W70B', 'dect_base', true],
  ['Yealink', 'W73H', 'YEA-W73H', 'dect_handset', true],
  ['Yealink', 'W59R', 'YEA-W59R', 'dect_handset', true],
  ['Poly', 'VVX 411', null, 'deskphone', false],
];

export function seedCatalog({ now, ids }: SeedContext): HardwareCatalogItem[] {
  return ITEMS.map(([manufacturer, model, sku, device_type, active], i) => ({
    id: ids.next('hw'),
    manufacturer,
    model,
    sku,
    device_type,
    active,
    created_at: iso(now - (500 - i * 20) * DAY),
    updated_at: iso(now - (60 - i) * DAY),
  }));
}
