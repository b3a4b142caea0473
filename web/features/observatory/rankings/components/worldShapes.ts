// The world map's shapes, loaded on demand: Natural Earth 1:110m countries (world-atlas, TopoJSON) turned into
// GeoJSON, projected once with Equal Earth (areas kept true, so big countries do not look more influential) into
// SVG paths keyed by ISO 3166-1 alpha-2 code. About 150 KB that the first page view does not pay for.
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface CountryShape {
  /** ISO 3166-1 alpha-2, or null for the few Natural Earth areas without one (Northern Cyprus, Somaliland). */
  code: string | null;
  /** The atlas's English name: only used as a key, never shown. */
  atlasName: string;
  d: string;
}

export interface WorldShapes {
  width: number;
  height: number;
  countries: CountryShape[];
}

export const mapSize = { width: 960, height: 440 } as const;

/** Natural Earth areas without an ISO numeric code that the registry knows under a user-assigned code. */
const codeByAtlasName: Record<string, string> = { Kosovo: 'XK' };
/** Antarctica takes a fifth of the map and has no diplomatic accounts. */
const leftOut = new Set(['010']);

let loading: Promise<WorldShapes> | undefined;

export function loadWorldShapes(): Promise<WorldShapes> {
  loading ??= buildShapes().catch((error: unknown) => {
    // A failed chunk download may succeed on the next visit: do not cache the failure.
    loading = undefined;
    throw error;
  });
  return loading;
}

async function buildShapes(): Promise<WorldShapes> {
  const [atlas, topojson, geo, isoCountries] = await Promise.all([
    import('world-atlas/countries-110m.json'),
    import('topojson-client'),
    import('d3-geo'),
    import('i18n-iso-countries'),
  ]);
  const topology = (atlas.default ?? atlas) as unknown as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = topojson.feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  const features = collection.features.filter((feature) => !leftOut.has(String(feature.id)));
  const projection = geo
    .geoEqualEarth()
    .fitSize([mapSize.width, mapSize.height], { type: 'FeatureCollection', features } as FeatureCollection);
  const path = geo.geoPath(projection);
  const numericToAlpha2 = (isoCountries.default ?? isoCountries).numericToAlpha2;
  const countries: CountryShape[] = [];
  for (const feature of features) {
    const d = path(feature);
    if (!d) continue;
    const atlasName = feature.properties?.name ?? '';
    const code =
      feature.id !== undefined ? (numericToAlpha2(String(feature.id)) ?? null) : (codeByAtlasName[atlasName] ?? null);
    countries.push({ code, atlasName, d });
  }
  return { width: mapSize.width, height: mapSize.height, countries };
}
