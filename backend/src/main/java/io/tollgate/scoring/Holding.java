package io.tollgate.scoring;

/**
 * One category of our personal data that a vendor holds.
 *
 * @param category           what kind of data
 * @param recordCount        how many people's records of this category (0 means none held)
 * @param access             how the vendor can reach it
 * @param vulnerableSubjects the records concern children or other vulnerable people
 */
public record Holding(DataCategory category, long recordCount, AccessType access, boolean vulnerableSubjects) {

    public Holding {
        Checks.notNull(category, "category");
        Checks.notNull(access, "access");
        if (recordCount < 0) {
            throw new IllegalArgumentException("recordCount must not be negative, was " + recordCount);
        }
    }

    public static Holding of(DataCategory category, long recordCount, AccessType access) {
        return new Holding(category, recordCount, access, false);
    }
}
