import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isPoint, isRelationship, isTime } from 'neo4j-driver';
import type { Node, Path, Relationship } from 'neo4j-driver';

/** Neo4j values (as the driver returns them) to JSON, and JSON parameters to Neo4j values. */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface NodeJson {
  elementId: string;
  labels: string[];
  properties: Record<string, Json>;
}

export interface RelationshipJson {
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, Json>;
}

function properties(entity: Node | Relationship): Record<string, Json> {
  return Object.fromEntries(Object.entries(entity.properties).map(([key, value]) => [key, toJson(value)]));
}

export function nodeToJson(node: Node): NodeJson {
  return { elementId: node.elementId, labels: node.labels, properties: properties(node) };
}

export function relationshipToJson(relationship: Relationship): RelationshipJson {
  return {
    elementId: relationship.elementId,
    type: relationship.type,
    start: relationship.startNodeElementId,
    end: relationship.endNodeElementId,
    properties: properties(relationship),
  };
}

function pathToJson(path: Path): { nodes: NodeJson[]; relationships: RelationshipJson[] } {
  return {
    nodes: [path.start, ...path.segments.map((segment) => segment.end)].map(nodeToJson),
    relationships: path.segments.map((segment) => relationshipToJson(segment.relationship)),
  };
}

const minSafe = BigInt(Number.MIN_SAFE_INTEGER);
const maxSafe = BigInt(Number.MAX_SAFE_INTEGER);

const isTemporal = (value: unknown) =>
  isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value);

/**
 * Integers become numbers (strings beyond 2^53), temporal values ISO 8601 strings, points
 * `{srid, x, y[, z]}`, byte arrays base64, nodes, relationships and paths plain objects.
 */
export function toJson(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value >= minSafe && value <= maxSafe ? Number(value) : value.toString();
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isTemporal(value)) return String(value);
  if (isPoint(value)) return { srid: toJson(value.srid), x: value.x, y: value.y, ...(value.z === undefined ? {} : { z: value.z }) };
  if (isNode(value)) return nodeToJson(value) as unknown as Json;
  if (isRelationship(value)) return relationshipToJson(value) as unknown as Json;
  if (isPath(value)) return pathToJson(value) as unknown as Json;
  if (value instanceof Int8Array || value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toJson(item)]));
  return String(value);
}

/** JSON numbers that are whole become Neo4j integers, so `LIMIT $n` or `range(1, $n)` work as users expect. */
export function paramsFromJson(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(paramsFromJson);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, paramsFromJson(item)]));
  return value;
}
