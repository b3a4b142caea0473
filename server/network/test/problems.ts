// What tests need to show that a hidden item and an unknown id answer the same 404.

/** An id that exists nowhere. */
export const RANDOM_ID = '0badc0de-0000-4000-8000-000000000000';

/** A problem body without the fields that name the request, so two answers can be compared. */
export const comparable = (body: string) => {
  const { instance: _i, requestId: _r, ...rest } = JSON.parse(body) as Record<string, unknown>;
  return rest;
};
