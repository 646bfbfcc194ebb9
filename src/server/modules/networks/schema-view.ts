// What the app needs to show any FtM schema: its label and its properties' labels and types, in the model's order
// (the app translates the labels it knows and falls back to these English ones from the FtM model).
import { ftmSchema } from './ftm-model.js';

export interface SchemaView {
  name: string;
  label: string;
  edge: boolean;
  properties: { name: string; label: string; type: string }[];
}

export function schemaView(name: string): SchemaView | null {
  const schema = ftmSchema(name);
  if (!schema) return null;
  return {
    name: schema.name,
    label: schema.label,
    edge: schema.edge !== null,
    properties: [...schema.properties.values()].filter((p) => !p.stub).map((p) => ({ name: p.name, label: p.label, type: p.type })),
  };
}
