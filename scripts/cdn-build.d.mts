export const cdnEntry: string;
export function cdnBuildState(): 'missing' | 'stale' | 'fresh';
