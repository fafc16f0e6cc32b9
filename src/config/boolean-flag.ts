import { z } from 'zod';

const emptyAsUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/** "true"/"false", "1"/"0", "yes"/"no" as env files write them; z.coerce.boolean would read "false" as true. */
export const booleanFlag = (fallback: boolean) =>
  z.preprocess(
    emptyAsUndefined,
    z
      .union([z.boolean(), z.enum(['true', 'false', '1', '0', 'yes', 'no'])])
      .default(fallback ? 'true' : 'false')
      .transform((value) => value === true || value === 'true' || value === '1' || value === 'yes'),
  );
