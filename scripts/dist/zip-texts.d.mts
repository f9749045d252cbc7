export declare const SAMPLE_PLAN: string;
export declare const samplePlan: (target: { readonly exe: string }) => string;
export declare const guide: (target: { readonly exe: string; readonly platform: string }, version: string) => string;
