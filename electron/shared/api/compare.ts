// Compare and version-alignment methods (issue 6).
export const compareMethods = {};
