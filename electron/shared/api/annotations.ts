// Highlights, notes, annotation packs and exports (issue 7).
export const annotationMethods = {};
