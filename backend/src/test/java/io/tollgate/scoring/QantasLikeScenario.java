package io.tollgate.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.tollgate.scoring.ControlStatus.MET;
import static io.tollgate.scoring.ControlStatus.NOT_MET;
import static io.tollgate.scoring.ControlStatus.PARTIAL;
import static io.tollgate.scoring.EvidenceQuality.DOCUMENTED;
import static io.tollgate.scoring.EvidenceQuality.INDEPENDENTLY_TESTED;

/**
 * Knowledge base section 4.3: an outsourced contact centre working in a Salesforce org that holds
 * 5.7 M airline customers, assessed while UNC6040 and UNC6395 are active (FBI FLASH, 12 Sep 2025).
 */
final class QantasLikeScenario {

    static final long CONTACT_CENTRE_ID = 1L;
    static final long SALESFORCE_ID = 100L;
    static final long DRIFT_ID = 200L;
    static final Instant ASSESSED = Instant.parse("2025-09-12T00:00:00Z");
    static final Instant A_YEAR_LATER = Instant.parse("2026-09-12T00:00:00Z");
    static final LocalDate FBI_FLASH = LocalDate.of(2025, 9, 12);
    /** When the vendor's assessment was completed: it is an assessed vendor, so no confidence cap applies. */
    static final LocalDate ASSESSED_ON = LocalDate.of(2025, 9, 1);

    /** KB 4.3 "Yes". */
    static final List<String> YES = List.of("C01", "C03", "C29", "C19", "C20", "C21", "C23", "C24");
    /** KB 4.3 "No". */
    static final List<String> NO = List.of("C02", "C07", "C08", "C11", "C12", "C16", "C17", "C18", "C31");
    /** KB 4.3 "Partial". */
    static final List<String> PARTIALLY = List.of("C06", "C05", "C15", "C09", "C10", "C25", "C27", "C28");
    /** The three controls that break the vishing chain (KB 4.4): phishing-resistant MFA, app allowlisting, IP restriction. */
    static final List<String> CHAIN_BREAKERS = List.of("C02", "C08", "C11");
    /** KB 4.3's remediation: C02, C05-C12, C15-C17, C31. */
    static final List<String> FIXES = List.of("C02", "C05", "C06", "C07", "C08", "C09", "C10", "C11", "C12",
            "C15", "C16", "C17", "C31");

    private QantasLikeScenario() {
    }

    static VendorProfile vendor() {
        return new VendorProfile(CONTACT_CENTRE_ID, VendorCategory.CONTACT_CENTRE, Set.of(SALESFORCE_ID), ASSESSED_ON);
    }

    /** 4 M records with name, email and frequent-flyer number; 1.7 M of them with the rest (KB 1.1). */
    static List<Holding> holdings() {
        return List.of(
                Holding.of(DataCategory.NAME, 5_700_000, AccessType.BULK_ACCESS),
                Holding.of(DataCategory.EMAIL, 5_700_000, AccessType.BULK_ACCESS),
                Holding.of(DataCategory.LOYALTY_NUMBER, 5_700_000, AccessType.BULK_ACCESS),
                Holding.of(DataCategory.POSTAL_ADDRESS, 1_700_000, AccessType.BULK_ACCESS),
                Holding.of(DataCategory.DATE_OF_BIRTH, 1_700_000, AccessType.BULK_ACCESS),
                Holding.of(DataCategory.PHONE, 1_700_000, AccessType.BULK_ACCESS),
                Holding.of(DataCategory.GENDER, 1_700_000, AccessType.BULK_ACCESS),
                Holding.of(DataCategory.PREFERENCES, 1_700_000, AccessType.BULK_ACCESS));
    }

    /** The KB's L0 inputs: a contact centre (+0.15) and OAuth integrations on the org (one app). */
    static ExposureProfile exposure() {
        return new ExposureProfile(true, 300, 1, false, false);
    }

    /** The KB's hypothetical pre-September-2025 answers; SOC 2 (C29) is independently tested, the rest documented. */
    static List<ControlAnswer> asIs() {
        List<ControlAnswer> answers = new ArrayList<>();
        YES.forEach(id -> answers.add(KbCatalogue.answer(id, MET, id.equals("C29") ? INDEPENDENTLY_TESTED : DOCUMENTED)));
        NO.forEach(id -> answers.add(KbCatalogue.answer(id, NOT_MET, null)));
        PARTIALLY.forEach(id -> answers.add(KbCatalogue.answer(id, PARTIAL, DOCUMENTED)));
        return answers;
    }

    static List<ControlAnswer> afterFixes() {
        return asIs().stream().map(a -> FIXES.contains(a.controlId()) ? a.with(MET, DOCUMENTED) : a).toList();
    }

    /** UNC6040: vishing staff into authorising a malicious connected app (KB 1.2). */
    static Incident unc6040() {
        return new Incident("UNC6040", "Salesforce data theft by vishing (UNC6040)", LocalDate.of(2025, 6, 4),
                FBI_FLASH, IncidentStatus.ACTIVE, Severity.CRITICAL, KbChains.unc6040(),
                Set.of(SALESFORCE_ID), Set.of(), Set.of(), Set.of(EntryRoute.STAFF_WITH_ACCESS));
    }

    /** UNC6395: stolen Salesloft Drift OAuth tokens replayed against Salesforce orgs (KB 1.3). */
    static Incident unc6395() {
        return new Incident("UNC6395", "Salesloft Drift token theft (UNC6395)", LocalDate.of(2025, 8, 26),
                FBI_FLASH, IncidentStatus.ACTIVE, Severity.CRITICAL, KbChains.unc6395(),
                Set.of(SALESFORCE_ID), Set.of(), Set.of(DRIFT_ID), Set.of(EntryRoute.CONNECTED_APPS));
    }

    static ScoringInput input(List<ControlAnswer> controls, List<Incident> incidents) {
        return new ScoringInput(vendor(), holdings(), exposure(), controls, incidents);
    }

    /** The same vendor holding 200 people's names and email addresses instead of 5.7 M customers' records. */
    static List<Holding> smallHoldings() {
        return List.of(Holding.of(DataCategory.NAME, 200, AccessType.BULK_ACCESS),
                Holding.of(DataCategory.EMAIL, 200, AccessType.BULK_ACCESS));
    }

    static List<ControlAnswer> withChainBreakers() {
        return asIs().stream().map(a -> CHAIN_BREAKERS.contains(a.controlId()) ? a.with(MET, DOCUMENTED) : a).toList();
    }

    static ScoringInput asIsDuringCampaign() {
        return input(asIs(), List.of(unc6040(), unc6395()));
    }
}
