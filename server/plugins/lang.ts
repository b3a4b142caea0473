// The language of a response: French unless the request prefers English (Accept-Language).
import type { FastifyRequest } from 'fastify';
import type { Lang } from '../../common/errors.ts';

export function negotiateLang(header: string | undefined): Lang {
  if (!header) return 'fr';
  let best: Lang = 'fr';
  let bestQ = -1;
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.find((p) => p.trim().startsWith('q='));
    const q = qParam ? Number(qParam.trim().slice(2)) : 1;
    if (!Number.isFinite(q)) continue;
    const lang = tag.startsWith('fr') ? 'fr' : tag.startsWith('en') ? 'en' : undefined;
    if (lang && q > bestQ) {
      best = lang;
      bestQ = q;
    }
  }
  return best;
}

export function requestLang(request: FastifyRequest): Lang {
  return negotiateLang(request.headers['accept-language']);
}
