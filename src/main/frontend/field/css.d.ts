// Vite bundles the field app's stylesheet from a side-effect import; TypeScript needs to be told it exists.
declare module '*.css';
