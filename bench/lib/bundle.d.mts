// Types for bundle.mjs, for test/unit/size-budget.test.ts.
export interface Sizes {
  min: number;
  gzip: number;
  brotli: number;
}
export interface BundleResult {
  initial: Sizes;
  lazy: Sizes;
  chunks: Array<{ fileName: string; initial: boolean; code: string }>;
  /** Rendered (tree-shaken, unminified) length per module id, first load only. */
  modules: Record<string, number>;
  packages: Record<string, number>;
  gzipAlone: Record<string, number>;
}
export const ROOT: string;
export const TERSER_OPTIONS: object;
export function gzipBytes(data: Uint8Array): number;
export function brotliBytes(data: Uint8Array): number;
export function measure(data: string | Uint8Array): Sizes;
export function measureFile(path: string): Sizes;
export function packageOf(id: string): string;
export function bundleEntry(
  input: string | { virtual: string },
  options?: { split?: boolean; minify?: boolean; attribute?: boolean },
): Promise<BundleResult>;
