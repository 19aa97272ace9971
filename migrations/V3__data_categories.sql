-- The fixed catalogue of personal-data categories. Weights (1-10) follow ENISA's breach-severity
-- classes x 2.5, with simple data split by fraud usefulness (NIST SP 800-122, US breach-law triggers,
-- OAIC serious-harm factors); see the knowledge base, section 3.1.
CREATE TABLE data_category (
    code               VARCHAR(40)  NOT NULL,
    label              VARCHAR(100) NOT NULL,
    sensitivity_weight DECIMAL(4,2) NOT NULL,
    enisa_class        VARCHAR(50)  NOT NULL,
    description        VARCHAR(500) NOT NULL,
    sort_order         INT          NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO data_category (code, label, sensitivity_weight, enisa_class, description, sort_order) VALUES
('NAME',           'Name',                          1.0,  'Simple',       'Identifies a person; no legal trigger on its own.', 1),
('EMAIL',          'Email address',                 1.5,  'Simple',       'Enables targeted phishing; a US trigger only together with a password.', 2),
('PHONE',          'Phone number',                  1.5,  'Simple',       'Enables vishing and SIM-swap targeting.', 3),
('POSTAL_ADDRESS', 'Postal address',                2.0,  'Simple',       'Enables fraud and physical risk.', 4),
('DATE_OF_BIRTH',  'Date of birth',                 3.0,  'Simple (raised for context)', 'Part of identity-fraud kits; widely (and wrongly) used to verify identity at help desks.', 5),
('GENDER',         'Gender',                        2.0,  'Behavioural',  'Profiling; can reveal special-category data.', 6),
('PREFERENCES',    'Preferences (e.g. meal)',       3.0,  'Behavioural',  'Profiling; a meal preference can reveal religion or health (GDPR Art. 9).', 7),
('LOYALTY_NUMBER', 'Loyalty / frequent-flyer number', 3.0, 'Simple / behavioural', 'Points theft and convincing phishing (as in the Qantas breach).', 8),
('LOCATION',       'Location / travel history',     5.0,  'Behavioural',  'Stalking and profiling; raised with duration.', 9),
('DRIVER_LICENCE', 'Driver licence number',         7.0,  'Identity document', 'Identity fraud; US personal information; OAIC lists identity documents.', 10),
('NATIONAL_ID',    'National ID number',            7.0,  'Identity document', 'Identity fraud; identity document.', 11),
('TAX_ID',         'SSN / tax file number',         9.0,  'Identity document', 'Core US personal information; identity fraud.', 12),
('PASSPORT',       'Passport number',               8.0,  'Identity document', 'Identity fraud; personal information under California law.', 13),
('PAYMENT_CARD',   'Payment card (PAN + expiry)',   7.0,  'Financial',    'Direct fraud; PCI DSS scope (9 if CVV is held).', 14),
('BANK_ACCOUNT',   'Bank account',                  7.0,  'Financial',    'Fraud; US personal information with an access code.', 15),
('CREDENTIALS',    'Credentials / API keys / tokens', 9.0, 'Takes the class of what they unlock', 'Account takeover and pivoting (UNC6395 harvested AWS keys this way).', 16),
('HEALTH',         'Health / medical / insurance',  9.0,  'Sensitive',    'GDPR Art. 9 special category; discrimination.', 17),
('BIOMETRIC',      'Biometric',                    10.0,  'Sensitive',    'GDPR Art. 9; cannot be revoked.', 18);
