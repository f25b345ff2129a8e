export const chromiumPath: string | undefined;
export const chromiumArgs: string[];
export const missingChromiumMessage: string;
