/// <reference types="vite/client" />

declare module 'cytoscape-fcose' {
  const register: cytoscape.Ext;
  export default register;
}

declare module 'cytoscape-svg' {
  const register: cytoscape.Ext;
  export default register;
}

/** The package's exports map has no types condition; its declarations are in src/. */
declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.d.ts';
}
