import { linkOrderIndexes } from '../../src/database/link-order-indexes';

describe('linkOrderIndexes', () => {
  test('each ordered side of a link table gets (the record linked to, its order column), once', () => {
    const employeeSide = { name: 'interactions_employee_lnk', joinColumn: { name: 'employee_id' }, inverseJoinColumn: { name: 'interaction_id' }, orderColumnName: 'interaction_ord' };
    const interactionSide = { name: 'interactions_employee_lnk', joinColumn: { name: 'interaction_id' }, inverseJoinColumn: { name: 'employee_id' }, inverseOrderColumnName: 'interaction_ord' };
    expect(linkOrderIndexes([employeeSide, interactionSide])).toEqual([
      { table: 'interactions_employee_lnk', name: 'interactions_employee_lnk_employee_id_interaction_ord_idx', columns: ['employee_id', 'interaction_ord'] },
    ]);
  });

  test('a many-to-many ordered both ways gets both; unordered, component and polymorphic link tables none', () => {
    const both = { name: 'segments_counterparties_lnk', joinColumn: { name: 'segment_id' }, inverseJoinColumn: { name: 'counterparty_id' }, orderColumnName: 'counterparty_ord', inverseOrderColumnName: 'segment_ord' };
    expect(linkOrderIndexes([both]).map((index) => index.columns)).toEqual([['segment_id', 'counterparty_ord'], ['counterparty_id', 'segment_ord']]);
    expect(linkOrderIndexes([{ name: 'x_lnk', joinColumn: { name: 'x_id' }, inverseJoinColumn: { name: 'y_id' } }])).toEqual([]);
    expect(linkOrderIndexes([{ name: 'counterparties_cmps', joinColumn: { name: 'entity_id' }, orderColumnName: 'order' }])).toEqual([
      { table: 'counterparties_cmps', name: 'counterparties_cmps_entity_id_order_idx', columns: ['entity_id', 'order'] },
    ]);
    expect(linkOrderIndexes([{ name: 'files_related_mph', joinColumn: { name: 'file_id' }, inverseOrderColumnName: 'order' }])).toEqual([]);
  });

  test('names fit PostgreSQL identifiers', () => {
    const long = { name: 'marketing_events_participants_counterparties_lnk', joinColumn: { name: 'marketing_event_id' }, inverseJoinColumn: { name: 'counterparty_id' }, orderColumnName: 'counterparty_ord' };
    for (const index of linkOrderIndexes([long])) expect(index.name.length).toBeLessThanOrEqual(63);
  });
});
