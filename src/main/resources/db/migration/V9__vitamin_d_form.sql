-- The form of vitamin D a product gives, as chosen in the product editor: D3, D2 or UNKNOWN (the label says
-- neither). NULL for a product without vitamin D, and for the rows stored before this column: for those the form
-- is read from the product's name when the row is read (VitaminDForm.of), as Carnet did before, and stored at the
-- product's next save.
ALTER TABLE product ADD COLUMN vitamin_d_form VARCHAR(8) CHECK (vitamin_d_form IN ('D3', 'D2', 'UNKNOWN'));
