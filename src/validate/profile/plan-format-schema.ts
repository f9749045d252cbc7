import * as z from 'zod';
import { profileSchema } from './profile-schema.js';

const closing = profileSchema.shape.closing.shape;
const signature = closing.signature.shape;
/** A boolean of a text style, without the profile's default: absent in the plan means "as the profile". */
const flag = (style: typeof signature.position) => style.shape.bold.unwrap().optional();

/**
 * `format:` in a plan: the few layout values offices differ on, checked by the very schemas of the
 * profile (so the same values are valid in both places, with the same messages), merged over the
 * plan's profile. Anything else belongs in an office profile file (`profile: ./the-thuc.yaml`).
 */
export const planFormatSchema = z.strictObject({
  closing: z
    .strictObject({
      /** Shares of the recipients column and the signature column. */
      columns: closing.columns.optional(),
      recipients: z.strictObject({ groupColumns: closing.recipients.shape.groupColumns }).optional(),
      signature: z
        .strictObject({
          authority: z.strictObject({ bold: flag(signature.authority) }).optional(),
          position: z.strictObject({ bold: flag(signature.position) }).optional(),
          name: z.strictObject({ bold: flag(signature.name) }).optional(),
        })
        .optional(),
    })
    .optional(),
});

export type PlanFormat = z.output<typeof planFormatSchema>;
