// Library management: rename, metadata, delete with undo, reading state (issues 3 and 5).
export const manageMethods = {};
