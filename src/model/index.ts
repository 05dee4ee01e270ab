export * from './dates';
export * from './schema';
export * from './validate';
export * from './timeline';
export * from './quotes';
export { formatPath } from './paths';
export * from './check';
