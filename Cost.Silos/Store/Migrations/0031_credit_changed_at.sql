-- When a firm's standing last changed (score, grade or records), so that the register can be read "changed since" a
-- time by the trading platform. Firms computed before this migration count as changed on the day they were computed.
ALTER TABLE firm_credit ADD COLUMN changed_at TEXT NULL;
UPDATE firm_credit SET changed_at = computed_on || 'T00:00:00.000+08:00';
