-- The dose of a supplement intake is stored with it, per unit as the label gave it when it was taken, so that a
-- product's label changed later ("from a date") leaves what was logged before true. Old rows take the product's.
ALTER TABLE supplement_intake ADD COLUMN magnesium_mg DECIMAL(8, 2) CHECK (magnesium_mg BETWEEN 0 AND 1000);
ALTER TABLE supplement_intake ADD COLUMN vitamin_d_ug DECIMAL(8, 2) CHECK (vitamin_d_ug BETWEEN 0 AND 250);
ALTER TABLE supplement_intake ADD COLUMN vitamin_k2_ug DECIMAL(8, 2) CHECK (vitamin_k2_ug BETWEEN 0 AND 1000);
ALTER TABLE supplement_intake ADD COLUMN vitamin_k1_ug DECIMAL(8, 2) CHECK (vitamin_k1_ug BETWEEN 0 AND 1000);
ALTER TABLE supplement_intake ADD COLUMN calcium_mg DECIMAL(8, 2) CHECK (calcium_mg BETWEEN 0 AND 2000);

UPDATE supplement_intake i SET
    magnesium_mg = (SELECT p.magnesium_mg FROM product p WHERE p.id = i.product_id),
    vitamin_d_ug = (SELECT p.vitamin_d_ug FROM product p WHERE p.id = i.product_id),
    vitamin_k2_ug = (SELECT p.vitamin_k2_ug FROM product p WHERE p.id = i.product_id),
    vitamin_k1_ug = (SELECT p.vitamin_k1_ug FROM product p WHERE p.id = i.product_id),
    calcium_mg = (SELECT p.calcium_mg FROM product p WHERE p.id = i.product_id);

CREATE INDEX supplement_intake_by_product ON supplement_intake (product_id, entry_day);
