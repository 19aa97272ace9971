-- What a stored explanation was written against besides the vendor's own inputs: a digest of the control catalogue
-- and the incidents as the model sees them. A re-score whose figures do not move still rewrites the explanation when
-- this differs (a control added to the catalogue, an incident renamed or its chain edited), so no stored explanation
-- names a stale control, campaign or step.
ALTER TABLE vendor_risk_score ADD COLUMN explanation_basis CHAR(16) NOT NULL DEFAULT '';
