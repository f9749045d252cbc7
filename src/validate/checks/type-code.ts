import { problemAt, type PlanCheck } from './plan-check.js';

/** The profile must know a code for the document type, or the number line cannot be written. */
export const typeCode: PlanCheck = (context) => {
  const { plan, profile } = context;
  if (profile.typeCodes[plan.type] !== undefined) return [];
  return [
    problemAt(
      context,
      ['type'],
      'error',
      'TYPE_NO_CODE',
      `Thể thức "${profile.name}" không có ký hiệu cho loại văn bản "${plan.type}". Các loại được dùng: ${Object.keys(profile.typeCodes).join(', ')}.`,
    ),
  ];
};
