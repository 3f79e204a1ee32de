-- An erased person is marked by when, not by an English name: the UI says "erased" in the reader's language.
ALTER TABLE client ADD COLUMN erased_at DATETIME(3) NULL;
UPDATE client SET erased_at = updated_at, name = CONCAT('#', LEFT(id, 8)) WHERE name LIKE 'Erased client %';
-- what erasure left in free-text fields reads the same in every language
UPDATE care_action SET instructions = '—' WHERE instructions = '(erased)';
UPDATE care_action SET outcome = '—' WHERE outcome = '(erased)';
UPDATE care_action SET close_reason = '—' WHERE close_reason = '(erased)';
UPDATE care_action SET title = '—' WHERE title = '(erased)';
UPDATE touchpoint SET what = '—' WHERE what = '(erased)';
UPDATE client_tier SET pin_reason = '—' WHERE pin_reason = '(erased)';
UPDATE tier_change SET reason = '—' WHERE reason = '(erased)';
UPDATE stage_change SET reason = '—' WHERE reason = '(erased)';
UPDATE stage_suggestion SET explanation = '—' WHERE explanation = '(erased)';
UPDATE stage_suggestion SET decision_reason = '—' WHERE decision_reason = '(erased)';
UPDATE client_need SET description = '—' WHERE description = '(erased)';
UPDATE interaction SET who = '—' WHERE who = '(erased)';
UPDATE interaction SET summary = '—' WHERE summary = '(erased)';
UPDATE offer SET why = '—' WHERE why = '(erased)';
