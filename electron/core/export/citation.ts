// The citation style lives in shared/citation.ts, where the reader's 引用 button uses it too.
export * from '../../shared/citation';
