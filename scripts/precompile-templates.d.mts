import type { Plugin } from 'esbuild';

export declare const precompiledTemplatesModule: () => string;
export declare const precompiledTemplates: () => Plugin;
