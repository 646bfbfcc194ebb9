// The FollowTheMoney model as the FtM library defines it (@alephdata/followthemoney 3.8.4, MIT, OCCRP/Aleph):
// every schema with its inheritance, property types and edge definition. The portal adds only its own reading of a
// schema (which kind it shows as, what a link's role is called), never a second copy of the model.
import { defaultModel, Model, type Schema } from '@alephdata/followthemoney';

export const FTM_MODEL = { library: '@alephdata/followthemoney', version: '3.8.4', licence: 'MIT' } as const;

const model = new Model(defaultModel);

export interface PropertySpec {
  name: string;
  label: string;
  /** FtM property type: name, date, country, identifier, entity, email, phone, iban, string, text, number ... */
  type: string;
  /** Reverse sides of entity properties (Person.ownershipOwner): never set in data, only derived. */
  stub: boolean;
}

export interface EdgeSpec {
  source: string;
  target: string;
  directed: boolean;
  label: string;
}

export interface SchemaSpec {
  name: string;
  label: string;
  plural: string;
  abstract: boolean;
  edge: EdgeSpec | null;
  caption: string[];
  /** Ancestors and itself, nearest first. */
  lineage: string[];
  properties: Map<string, PropertySpec>;
}

const specs = new Map<string, SchemaSpec>();

function specOf(schema: Schema): SchemaSpec {
  const properties = new Map<string, PropertySpec>();
  for (const [name, p] of schema.getProperties()) properties.set(name, { name, label: p.label, type: p.type.name, stub: p.stub });
  const edge = schema.edge
    ? { source: schema.edge.source, target: schema.edge.target, directed: schema.edge.directed, label: schema.edge.label ?? schema.label }
    : null;
  return {
    name: schema.name,
    label: schema.label,
    plural: schema.plural,
    abstract: schema.abstract,
    edge,
    caption: schema.caption,
    lineage: [schema.name, ...schema.getParents().map((s) => s.name)],
    properties,
  };
}

for (const schema of model.getSchemata()) specs.set(schema.name, specOf(schema));

/** The schema of that name, or undefined when FtM has none (the line is refused for it). */
export function ftmSchema(name: string): SchemaSpec | undefined {
  return specs.get(name);
}

export function ftmSchemata(): SchemaSpec[] {
  return [...specs.values()];
}

export function isA(schema: SchemaSpec, ancestor: string): boolean {
  return schema.lineage.includes(ancestor);
}

/** Values of every property of the given FtM types, in property order. */
export function valuesOfTypes(schema: SchemaSpec, props: Record<string, string[]>, types: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const [name, values] of Object.entries(props)) {
    const spec = schema.properties.get(name);
    if (spec && types.has(spec.type)) out.push(...values);
  }
  return out;
}
