import { type Static, Type } from '@sinclair/typebox';

/** RFC 9457 problem details, with a stable `code` and the request id for support. */
export const Problem = Type.Object(
  {
    type: Type.String({ description: 'A URI that identifies the problem type' }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String({ description: 'Human-readable explanation, in the language asked for' }),
    code: Type.String({ description: 'Stable error code, e.g. ERR_NOT_FOUND' }),
    instance: Type.Optional(Type.String()),
    requestId: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(Type.Object({ field: Type.String(), message: Type.String() }), {
        description: 'Field-level validation errors',
      }),
    ),
  },
  { $id: 'Problem', title: 'Problem' },
);
export type Problem = Static<typeof Problem>;
