package io.tollgate.bench;

import org.flywaydb.core.Flyway;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Loads a deterministic synthetic portfolio for benchmarks (issue #8): N vendors with data holdings, platform
 * links and a status for every catalogue control, from a seed, into an empty database (migrated here with
 * Flyway). The same seed and size always give the same rows. Run with {@code bench/generate.sh}.
 *
 * <p>Rows go in through batched prepared statements (the driver rewrites them into multi-row INSERTs), with
 * unique and foreign-key checks off for the loading session only: the generator writes consistent rows itself.
 */
public final class PortfolioGenerator {

    /** The platforms vendors run on, most used first; the seeded campaigns name several of them. */
    static final List<String> PLATFORMS = List.of("Salesforce", "Microsoft 365", "Google Workspace", "Amazon Web Services",
            "Okta", "Zendesk", "ServiceNow", "Snowflake", "Workday", "Slack", "HubSpot", "Salesloft Drift", "Gainsight",
            "MOVEit Transfer", "Atlassian Cloud", "Twilio", "SAP SuccessFactors", "Oracle Cloud", "Adobe Experience Cloud",
            "Genesys Cloud");
    static final String[] CATEGORIES = {"CRM", "CONTACT_CENTRE", "SUPPORT_DESK", "SALES_ENGAGEMENT", "CUSTOMER_SUCCESS",
        "MARKETING", "ANALYTICS", "DATA_WAREHOUSE", "HR", "PAYROLL", "PAYMENTS", "FINANCE", "LOYALTY", "IDENTITY", "SECURITY",
        "COLLABORATION", "COMMUNICATIONS", "FILE_TRANSFER", "CLOUD_INFRASTRUCTURE", "DEVELOPER_TOOLS", "LEGAL"};
    static final String[] TIERS = {"CRITICAL", "HIGH", "MEDIUM", "LOW"};
    static final String[] DATA = {"NAME", "EMAIL", "PHONE", "POSTAL_ADDRESS", "DATE_OF_BIRTH", "GENDER", "PREFERENCES",
        "LOYALTY_NUMBER", "LOCATION", "DRIVER_LICENCE", "NATIONAL_ID", "TAX_ID", "PASSPORT", "PAYMENT_CARD", "BANK_ACCOUNT",
        "CREDENTIALS", "HEALTH", "BIOMETRIC"};
    static final String[] ACCESS = {"SYSTEM_OF_RECORD", "BULK_ACCESS", "RECORD_UI", "TRANSIENT"};
    static final int BATCH = 5_000;

    private final Random random;
    private final Timestamp now;

    PortfolioGenerator(long seed, Instant now) {
        this.random = new Random(seed);
        this.now = Timestamp.from(now);
    }

    public static void main(String[] args) throws SQLException {
        Map<String, String> options = new LinkedHashMap<>(Map.of("url", "jdbc:mysql://127.0.0.1:3306/tollgate_bench",
                "user", "root", "password", "", "vendors", "1000", "holdings", "10", "seed", "42", "migrations", "migrations"));
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            if (kv.length != 2 || !options.containsKey(kv[0])) {
                throw new IllegalArgumentException("usage: --url=jdbc:mysql://... --vendors=N --holdings=10 --seed=42 "
                        + "[--user=root --password= --migrations=migrations]; unknown: " + arg);
            }
            options.put(kv[0], kv[1]);
        }
        String url = options.get("url") + (options.get("url").contains("?") ? "&" : "?")
                + "createDatabaseIfNotExist=true&rewriteBatchedStatements=true&connectionTimeZone=UTC";
        Flyway.configure().dataSource(url, options.get("user"), options.get("password"))
                .locations("filesystem:" + Path.of(options.get("migrations")).toAbsolutePath()).load().migrate();
        int vendors = Integer.parseInt(options.get("vendors"));
        int holdings = Integer.parseInt(options.get("holdings"));
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, options.get("user"), options.get("password"))) {
            new PortfolioGenerator(Long.parseLong(options.get("seed")), Instant.parse("2026-11-30T00:00:00Z"))
                    .load(c, vendors, holdings);
        }
        System.out.printf("Generated %,d vendors (%d data holdings and %d control statuses each, 0-3 platforms) in %.1f s%n",
                vendors, holdings, 36, (System.nanoTime() - started) / 1e9);
    }

    void load(Connection c, int vendors, int holdingsPerVendor) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM vendor")) {
            r.next();
            if (r.getLong(1) > 0) {
                throw new IllegalStateException("The database already holds vendors; generate into an empty one.");
            }
        }
        List<String> controls = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT code FROM control ORDER BY code")) {
            while (r.next()) {
                controls.add(r.getString(1));
            }
        }
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION unique_checks = 0");
            s.execute("SET SESSION foreign_key_checks = 0");
        }
        try (PreparedStatement vendor = c.prepareStatement("""
                INSERT INTO vendor (id, name, website, category, tier, tier_rank, status, external_id, total_records,
                                    data_category_count, holdings_version, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, 1, 0, ?, ?)""");
             PreparedStatement platform = c.prepareStatement("INSERT INTO vendor_platform (vendor_id, platform_id, user_name) VALUES (?, ?, ?)");
             PreparedStatement holding = c.prepareStatement("""
                     INSERT INTO data_holding (vendor_id, data_category, record_count, access_type, vulnerable_subjects)
                     VALUES (?, ?, ?, ?, ?)""");
             PreparedStatement status = c.prepareStatement("""
                     INSERT INTO vendor_control_status (vendor_id, control_code, status, evidence, source, updated_by, updated_at, version)
                     VALUES (?, ?, ?, ?, 'ASSESSMENT', 'generator', ?, 1)""")) {
            // The platforms themselves: vendors 1..P, cloud-hosted, holding nothing of ours directly.
            for (int p = 0; p < PLATFORMS.size(); p++) {
                addVendor(vendor, p + 1, PLATFORMS.get(p), p == 0 ? "CRM" : "CLOUD_INFRASTRUCTURE", "CRITICAL", 0, 0);
            }
            vendor.executeBatch();
            long id = PLATFORMS.size();
            int rows = 0;
            for (int v = 0; v < vendors; v++) {
                id++;
                String category = CATEGORIES[skewed(CATEGORIES.length)];
                long[] counts = new long[holdingsPerVendor];
                // Categories held for a nested set of people: the first for the most, the rest for ever fewer.
                long people = (long) Math.pow(10, 2 + random.nextDouble() * 5.5);
                int[] picked = pick(DATA.length, Math.min(holdingsPerVendor, DATA.length));
                for (int h = 0; h < picked.length; h++) {
                    counts[h] = h == 0 ? people : Math.max(1, (long) (counts[h - 1] * (0.4 + 0.6 * random.nextDouble())));
                    holding.setLong(1, id);
                    holding.setString(2, DATA[picked[h]]);
                    holding.setLong(3, counts[h]);
                    holding.setString(4, ACCESS[skewed(ACCESS.length)]);
                    holding.setBoolean(5, random.nextInt(40) == 0);
                    holding.addBatch();
                }
                addVendor(vendor, id, "Generated vendor " + String.format("%07d", v + 1), category,
                        TIERS[skewed(TIERS.length)], people, picked.length);
                int links = random.nextInt(4);
                int[] on = pick(PLATFORMS.size(), links, true);
                for (int p : on) {
                    platform.setLong(1, id);
                    platform.setLong(2, p + 1);
                    platform.setString(3, "Generated vendor " + String.format("%07d", v + 1));
                    platform.addBatch();
                }
                int maturity = random.nextInt(100);
                for (String control : controls) {
                    String answer = answer(maturity);
                    status.setLong(1, id);
                    status.setString(2, control);
                    status.setString(3, answer);
                    status.setString(4, answer.equals("MET") || answer.equals("PARTIAL")
                            ? new String[] {"SELF_ATTESTED", "DOCUMENTED", "INDEPENDENTLY_TESTED"}[skewed(3)] : null);
                    status.setTimestamp(5, now);
                    status.addBatch();
                }
                if (++rows == BATCH / 10 || v == vendors - 1) {
                    vendor.executeBatch();
                    platform.executeBatch();
                    holding.executeBatch();
                    status.executeBatch();
                    c.commit();
                    rows = 0;
                }
            }
        }
        c.commit();
    }

    private void addVendor(PreparedStatement vendor, long id, String name, String category, String tier, long records,
                           int categories) throws SQLException {
        vendor.setLong(1, id);
        vendor.setString(2, name);
        vendor.setString(3, "https://" + name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".example");
        vendor.setString(4, category);
        vendor.setString(5, tier);
        vendor.setInt(6, List.of(TIERS).indexOf(tier) + 1);
        vendor.setString(7, "gen-" + id);
        vendor.setLong(8, records);
        vendor.setInt(9, categories);
        vendor.setTimestamp(10, now);
        vendor.setTimestamp(11, now);
        vendor.addBatch();
    }

    /** A control answer; mature vendors meet more controls. */
    private String answer(int maturity) {
        int roll = random.nextInt(100);
        if (roll < 5) {
            return "NOT_APPLICABLE";
        }
        if (roll < 5 + maturity * 0.6) {
            return "MET";
        }
        if (roll < 80) {
            return random.nextBoolean() ? "PARTIAL" : "NOT_MET";
        }
        return "UNKNOWN";
    }

    /** An index in [0, n), lower ones more likely (roughly Zipf-like). */
    private int skewed(int n) {
        return Math.min(n - 1, (int) (n * Math.pow(random.nextDouble(), 2)));
    }

    private int[] pick(int n, int k) {
        return pick(n, k, false);
    }

    /** k distinct indexes in [0, n), uniformly or skewed towards the first. */
    private int[] pick(int n, int k, boolean skew) {
        int[] out = new int[k];
        boolean[] taken = new boolean[n];
        for (int i = 0; i < k; i++) {
            int x;
            do {
                x = skew ? skewed(n) : random.nextInt(n);
            } while (taken[x]);
            taken[x] = true;
            out[i] = x;
        }
        return out;
    }
}
