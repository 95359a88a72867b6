/** The validated ISO catalogue: a typo in a URL or format fails loudly at start-up, not mid-download. */
import { z } from 'zod';
import { CATALOG_DATA } from './catalog-data.js';

const httpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain });

export const CatalogEntrySchema = z.object({
  /** Stable key for answers files and the CLI. */
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
  name: z.string().min(1),
  url: httpsUrl.refine((url) => new URL(url).pathname.endsWith('.iso'), 'url must name an .iso file'),
  checksumUrl: httpsUrl,
  checksumFormat: z.enum(['gnu', 'bsd']),
  /** libosinfo short id for `virt-install --osinfo`. */
  osVariant: z.string().regex(/^[a-z][a-z0-9.-]*$/),
  sizeMiB: z.number().int().positive(),
});

export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;

const CatalogSchema = z
  .array(CatalogEntrySchema)
  .min(1)
  .refine(
    (entries) => new Set(entries.map((e) => e.id)).size === entries.length,
    'catalogue ids must be unique',
  );

export function loadCatalog(data: unknown = CATALOG_DATA): CatalogEntry[] {
  return CatalogSchema.parse(data);
}
