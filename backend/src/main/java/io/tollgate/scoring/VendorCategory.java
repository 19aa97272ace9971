package io.tollgate.scoring;

/** What kind of service a vendor provides; the same codes as the contract's {@code VendorCategory}. */
public enum VendorCategory {
    CRM,
    CONTACT_CENTRE,
    SUPPORT_DESK,
    SALES_ENGAGEMENT,
    CUSTOMER_SUCCESS,
    MARKETING,
    ANALYTICS,
    DATA_WAREHOUSE,
    HR,
    PAYROLL,
    PAYMENTS,
    FINANCE,
    LOYALTY,
    IDENTITY,
    SECURITY,
    COLLABORATION,
    COMMUNICATIONS,
    FILE_TRANSFER,
    CLOUD_INFRASTRUCTURE,
    DEVELOPER_TOOLS,
    LEGAL,
    OTHER
}
