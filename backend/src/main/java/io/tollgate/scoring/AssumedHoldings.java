package io.tollgate.scoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.tollgate.scoring.AccessType.BULK_ACCESS;
import static io.tollgate.scoring.AccessType.SYSTEM_OF_RECORD;
import static io.tollgate.scoring.DataCategory.BANK_ACCOUNT;
import static io.tollgate.scoring.DataCategory.CREDENTIALS;
import static io.tollgate.scoring.DataCategory.DATE_OF_BIRTH;
import static io.tollgate.scoring.DataCategory.EMAIL;
import static io.tollgate.scoring.DataCategory.LOCATION;
import static io.tollgate.scoring.DataCategory.LOYALTY_NUMBER;
import static io.tollgate.scoring.DataCategory.NAME;
import static io.tollgate.scoring.DataCategory.NATIONAL_ID;
import static io.tollgate.scoring.DataCategory.PAYMENT_CARD;
import static io.tollgate.scoring.DataCategory.PHONE;
import static io.tollgate.scoring.DataCategory.POSTAL_ADDRESS;
import static io.tollgate.scoring.DataCategory.TAX_ID;

/**
 * What a vendor is assumed to hold while nobody has recorded its holdings ({@link Confidence#INCOMPLETE}): an
 * unknown impact is not a zero impact. Each kind of vendor is assumed to hold what such vendors typically hold for
 * a mid-sized company: customer-facing services a million customers' contact data, back-office services the
 * workforce's identity and bank data, infrastructure the customer base itself. docs/scoring-model.md tabulates them.
 */
public final class AssumedHoldings {

    /** Customers of a mid-sized consumer business. */
    static final long CUSTOMERS = 1_000_000;
    /** Its workforce, contractors and leavers whose records are kept. */
    static final long WORKFORCE = 10_000;
    /** Business contacts and users of internal tools. */
    static final long CONTACTS = 10_000;

    private static final Map<VendorCategory, List<Holding>> BY_CATEGORY = new EnumMap<>(VendorCategory.class);

    static {
        List<Holding> customerContacts = held(CUSTOMERS, BULK_ACCESS, NAME, EMAIL, PHONE);
        for (VendorCategory c : List.of(VendorCategory.CRM, VendorCategory.CONTACT_CENTRE, VendorCategory.SUPPORT_DESK,
                VendorCategory.SALES_ENGAGEMENT, VendorCategory.CUSTOMER_SUCCESS, VendorCategory.MARKETING,
                VendorCategory.COMMUNICATIONS)) {
            BY_CATEGORY.put(c, customerContacts);
        }
        BY_CATEGORY.put(VendorCategory.LOYALTY, held(CUSTOMERS, SYSTEM_OF_RECORD, NAME, EMAIL, PHONE, LOYALTY_NUMBER));
        for (VendorCategory c : List.of(VendorCategory.ANALYTICS, VendorCategory.DATA_WAREHOUSE,
                VendorCategory.CLOUD_INFRASTRUCTURE)) {
            BY_CATEGORY.put(c, held(CUSTOMERS, SYSTEM_OF_RECORD, NAME, EMAIL, PHONE, POSTAL_ADDRESS, LOCATION));
        }
        for (VendorCategory c : List.of(VendorCategory.HR, VendorCategory.PAYROLL)) {
            BY_CATEGORY.put(c, held(WORKFORCE, SYSTEM_OF_RECORD, NAME, EMAIL, POSTAL_ADDRESS, DATE_OF_BIRTH, TAX_ID,
                    BANK_ACCOUNT));
        }
        for (VendorCategory c : List.of(VendorCategory.PAYMENTS, VendorCategory.FINANCE)) {
            BY_CATEGORY.put(c, held(CUSTOMERS, SYSTEM_OF_RECORD, NAME, EMAIL, POSTAL_ADDRESS, PAYMENT_CARD));
        }
        BY_CATEGORY.put(VendorCategory.IDENTITY, held(CUSTOMERS, SYSTEM_OF_RECORD, NAME, EMAIL, PHONE, CREDENTIALS));
        BY_CATEGORY.put(VendorCategory.FILE_TRANSFER, held(CUSTOMERS, SYSTEM_OF_RECORD, NAME, EMAIL, POSTAL_ADDRESS,
                NATIONAL_ID, BANK_ACCOUNT));
        BY_CATEGORY.put(VendorCategory.LEGAL, held(CONTACTS, SYSTEM_OF_RECORD, NAME, EMAIL, POSTAL_ADDRESS, NATIONAL_ID));
        for (VendorCategory c : List.of(VendorCategory.SECURITY, VendorCategory.COLLABORATION,
                VendorCategory.DEVELOPER_TOOLS)) {
            BY_CATEGORY.put(c, held(CONTACTS, BULK_ACCESS, NAME, EMAIL, CREDENTIALS));
        }
        BY_CATEGORY.put(VendorCategory.OTHER, held(CUSTOMERS, BULK_ACCESS, NAME, EMAIL, PHONE));
        for (VendorCategory c : VendorCategory.values()) {
            if (!BY_CATEGORY.containsKey(c)) {
                throw new ExceptionInInitializerError("no assumed holdings for " + c);
            }
        }
    }

    private AssumedHoldings() {
    }

    /** The holdings assumed for a vendor of this category. */
    public static List<Holding> of(VendorCategory category) {
        return BY_CATEGORY.get(Checks.notNull(category, "category"));
    }

    private static List<Holding> held(long records, AccessType access, DataCategory... categories) {
        return java.util.Arrays.stream(categories).map(c -> Holding.of(c, records, access)).toList();
    }
}
