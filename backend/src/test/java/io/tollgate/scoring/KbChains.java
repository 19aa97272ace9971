package io.tollgate.scoring;

import java.util.List;
import java.util.Map;

/**
 * The attack chains of knowledge base sections 1.2 (UNC6040) and 1.3 (UNC6395), with the breaking strengths the
 * seeded incidents carry (migration V40): how likely each control, met and independently tested, stops the campaign
 * at that step. Extortion (V7) and secret hunting (T4) follow the theft and are left out: no vendor control stops
 * them once the data is gone, and the response controls that limit them (C18-C21) weigh in the baseline.
 */
final class KbChains {

    private KbChains() {
    }

    static List<AttackStep> unc6040() {
        return List.of(
                new AttackStep("Vishing call posing as IT support", List.of("T1598.004", "T1656", "T1090.003"),
                        Map.of("C05", 0.5, "C28", 0.5, "C04", 0.3, "C30", 0.2)),
                new AttackStep("Credentials and MFA code typed into a fake login page", List.of("T1078.004", "T1111"),
                        Map.of("C02", 0.9, "C11", 0.8, "C01", 0.2, "C03", 0.2, "C13", 0.2)),
                new AttackStep("Malicious connected app authorised through the OAuth device flow",
                        List.of("T1671", "T1036", "T1528", "T1550.001"),
                        Map.of("C08", 0.9, "C07", 0.7, "C16", 0.4, "C31", 0.4, "C13", 0.3)),
                new AttackStep("Discovery of sensitive objects", List.of("T1083", "T1213.004"),
                        Map.of("C06", 0.3, "C16", 0.3)),
                new AttackStep("Bulk export through the API", List.of("T1020", "T1567", "T1059.006"),
                        Map.of("C16", 0.7, "C17", 0.6, "C07", 0.5, "C11", 0.5, "C06", 0.4, "C15", 0.2, "C25", 0.2)));
    }

    static List<AttackStep> unc6395() {
        return List.of(
                new AttackStep("Stolen OAuth tokens replayed from attacker infrastructure",
                        List.of("T1550.001", "T1078.004", "T1090.003"),
                        Map.of("C12", 0.9, "C10", 0.5, "C09", 0.3, "C16", 0.3)),
                new AttackStep("Reconnaissance queries", List.of("T1087.004", "T1213.004"),
                        Map.of("C06", 0.3, "C16", 0.3)),
                new AttackStep("Bulk export through the API", List.of("T1020", "T1567"),
                        Map.of("C16", 0.6, "C06", 0.4, "C15", 0.2, "C25", 0.2)));
    }
}
