-- Vendors counted per reassessment due date, maintained with dashboard_vendor (V17) in the same transaction. The
-- summary's "overdue" and "due soon" figures sum a few hundred day rows instead of counting every overdue vendor
-- on the due-date index (70 ms at 100,000 vendors, growing with the number overdue). Rows whose count fell to 0
-- stay; they cost nothing to sum.
CREATE TABLE dashboard_due_day (
    due_on       DATE   NOT NULL,
    vendor_count BIGINT NOT NULL,
    PRIMARY KEY (due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO dashboard_due_day (due_on, vendor_count)
SELECT reassessment_due, COUNT(*)
  FROM dashboard_vendor
 WHERE reassessment_due IS NOT NULL
 GROUP BY reassessment_due;
