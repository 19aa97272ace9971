-- A portfolio re-score request may be narrowed to the vendors an incident can touch: those on its platforms, the
-- platforms themselves, and vendors of its categories (before and after the change). NULL keeps the old meaning
-- of a vendor-less request: every vendor. JSON: {"platformIds": [..], "vendorCategories": [..]}.
ALTER TABLE scoring_request ADD COLUMN scope TEXT NULL;
