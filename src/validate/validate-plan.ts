import type { ParsedYaml } from '../read/read-plan-file.js';
import { planSchema, type Plan } from './plan-schema.js';
import { validateDocument, type Validation } from './validate-document.js';

export const validatePlan = (parsed: ParsedYaml): Validation<Plan> => validateDocument(parsed, planSchema);
