package io.tollgate.scoring;

/**
 * The personal-data categories of the contract ({@code DataCategoryCode}) with the sensitivity
 * weights (1-10) of migration {@code V3__data_categories.sql} and knowledge base section 3.1:
 * ENISA breach-severity classes x 2.5, simple data split by fraud usefulness.
 *
 * <p>The weights are pinned here, not read from the database, so that a score can always be
 * reproduced from its {@link RiskModel#MODEL_VERSION}. A test keeps them equal to the migration.
 */
public enum DataCategory {
    NAME(1.0),
    EMAIL(1.5),
    PHONE(1.5),
    POSTAL_ADDRESS(2.0),
    DATE_OF_BIRTH(3.0),
    GENDER(2.0),
    PREFERENCES(3.0),
    LOYALTY_NUMBER(3.0),
    LOCATION(5.0),
    DRIVER_LICENCE(7.0),
    NATIONAL_ID(7.0),
    TAX_ID(9.0),
    PASSPORT(8.0),
    PAYMENT_CARD(7.0),
    BANK_ACCOUNT(7.0),
    CREDENTIALS(9.0),
    HEALTH(9.0),
    BIOMETRIC(10.0);

    private final double sensitivityWeight;

    DataCategory(double sensitivityWeight) {
        this.sensitivityWeight = sensitivityWeight;
    }

    public double sensitivityWeight() {
        return sensitivityWeight;
    }
}
