-- Length limits count what a person sees (grapheme clusters, org.carnet.core.TextLength): one may take up to
-- 16 UTF-16 units, so the columns hold 16 units per character allowed (names 120, notes 2000).
ALTER TABLE profile ALTER COLUMN name SET DATA TYPE VARCHAR(1920);
ALTER TABLE product ALTER COLUMN name SET DATA TYPE VARCHAR(1920);
ALTER TABLE medication ALTER COLUMN name SET DATA TYPE VARCHAR(1920);
ALTER TABLE custom_food ALTER COLUMN name SET DATA TYPE VARCHAR(1920);
ALTER TABLE protocol ALTER COLUMN name SET DATA TYPE VARCHAR(1920);
ALTER TABLE check_in ALTER COLUMN notes SET DATA TYPE VARCHAR(32000);
