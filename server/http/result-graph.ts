import { isNode, isPath, isRelationship, type Node, type Relationship } from 'neo4j-driver';
import { toJson, type Json } from './neo4j-json.ts';

/** The nodes and relationships found anywhere in a user query's rows, shaped like the view's actors and edges. */

export interface ViewNode {
  id: string;
  name: string;
  kind: string;
  labels: string[];
  properties: Record<string, Json>;
  [key: string]: Json;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  [key: string]: Json;
}

export interface ResultGraph {
  nodes: ViewNode[];
  edges: ViewEdge[];
}

/** Actors keep their own id, so they line up with the graph view; other nodes get `Label:id`. */
function viewNode(node: Node): ViewNode {
  const properties = toJson(node.properties) as Record<string, Json>;
  const label = node.labels[0] ?? 'Node';
  const isActor = node.labels.includes('Actor') && typeof properties.id === 'string';
  const id = isActor ? (properties.id as string) : `${label}:${String(properties.id ?? node.elementId)}`;
  const name = properties.name ?? properties.title ?? properties.id ?? label;
  return {
    ...properties,
    id,
    name: String(name),
    kind: isActor ? String(properties.kind) : label.toLowerCase(),
    labels: node.labels,
    properties,
  };
}

function collect(value: unknown, nodes: Map<string, Node>, relationships: Map<string, Relationship>): void {
  if (isNode(value)) nodes.set(value.elementId, value);
  else if (isRelationship(value)) relationships.set(value.elementId, value);
  else if (isPath(value)) {
    collect(value.start, nodes, relationships);
    for (const segment of value.segments) {
      collect(segment.relationship, nodes, relationships);
      collect(segment.end, nodes, relationships);
    }
  } else if (Array.isArray(value)) for (const item of value) collect(item, nodes, relationships);
  else if (value !== null && typeof value === 'object' && value.constructor === Object) {
    for (const item of Object.values(value)) collect(item, nodes, relationships);
  }
}

/** Relationships whose two end nodes are not both in the rows are left out: the view cannot draw them. */
export function resultGraph(rows: unknown[]): ResultGraph {
  const nodes = new Map<string, Node>();
  const relationships = new Map<string, Relationship>();
  collect(rows, nodes, relationships);
  const viewNodes = new Map([...nodes].map(([elementId, node]) => [elementId, viewNode(node)]));
  const edges = new Map<string, ViewEdge>();
  for (const relationship of relationships.values()) {
    const source = viewNodes.get(relationship.startNodeElementId)?.id;
    const target = viewNodes.get(relationship.endNodeElementId)?.id;
    if (source === undefined || target === undefined) continue;
    const type = relationship.type.toLowerCase();
    const id = `${source}|${type}|${target}`;
    edges.set(id, { ...(toJson(relationship.properties) as Record<string, Json>), id, source, target, type });
  }
  return { nodes: [...viewNodes.values()], edges: [...edges.values()] };
}
