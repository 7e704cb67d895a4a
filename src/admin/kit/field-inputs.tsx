import * as React from 'react';
import { InputRenderer } from '@strapi/strapi/admin';

/** Draws an edit-view field differently when it is one of ours; null leaves it to the next one, then to Strapi. */
export type FieldRenderer = (props: any) => React.ReactElement | null;

const renderers = new Map<string, FieldRenderer[]>();

/**
 * Strapi keeps one input component per field type (`app.addFields` replaces the previous one), while
 * several parts of Vitrylo draw some fields of one type their own way (the card's attributes and the
 * audit entry's changes are both JSON). Each part adds a renderer here; one component per type asks them
 * in turn and falls back to Strapi's own input.
 */
export function addFieldRenderer(app: { addFields(field: { type: string; Component: React.ComponentType<any> }): void }, type: string, render: FieldRenderer): void {
  const known = renderers.get(type);
  if (known) {
    known.push(render);
    return;
  }
  const list = [render];
  renderers.set(type, list);
  const FieldInput = (props: any) => {
    for (const candidate of list) {
      const drawn = candidate(props);
      if (drawn) return drawn;
    }
    return <InputRenderer {...props} type={type} />;
  };
  app.addFields({ type, Component: FieldInput });
}
