export * from './footprint-fixtures';
