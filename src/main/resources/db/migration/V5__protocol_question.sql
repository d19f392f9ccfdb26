-- The question a protocol declares when it starts, and the schedule of an on/off (N-of-1) protocol.
ALTER TABLE protocol ADD COLUMN question_symptom VARCHAR(32);
ALTER TABLE protocol ADD COLUMN question_exposure VARCHAR(16);
ALTER TABLE protocol ADD COLUMN question_product_id BIGINT REFERENCES product (id);
ALTER TABLE protocol ADD COLUMN question_threshold DECIMAL(7, 2);
ALTER TABLE protocol ADD COLUMN question_lag_days INTEGER;
ALTER TABLE protocol ADD COLUMN onoff_block_days INTEGER;
ALTER TABLE protocol ADD COLUMN onoff_schedule VARCHAR(64);
ALTER TABLE protocol ADD CONSTRAINT protocol_question_whole CHECK (
    (question_symptom IS NULL AND question_exposure IS NULL AND question_lag_days IS NULL)
    OR (question_symptom IS NOT NULL AND question_exposure IS NOT NULL AND question_lag_days BETWEEN 0 AND 1));
ALTER TABLE protocol ADD CONSTRAINT protocol_onoff_whole CHECK (
    (onoff_block_days IS NULL AND onoff_schedule IS NULL)
    OR (onoff_block_days BETWEEN 3 AND 14 AND onoff_schedule IS NOT NULL AND question_symptom IS NOT NULL));
