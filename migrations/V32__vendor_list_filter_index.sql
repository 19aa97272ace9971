-- The vendor list's filters (tier, category, status; the UI and the API combine them freely) and the page's total
-- count. Without this, COUNT(*) ... WHERE tier = ? AND category = ? scanned the whole vendor table (EXPLAIN: type ALL,
-- 10,010 rows at 10,000 vendors) because each single-column index left the other filter to row lookups. With it the
-- count is read from this index alone, and the page query can narrow by both filters before sorting.
CREATE INDEX ix_vendor_tier_category_status ON vendor (tier, category, status);
