package io.tollgate.browser;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.control.ControlResult;
import io.tollgate.control.VendorControlStatusService;
import io.tollgate.security.Role;
import io.tollgate.testsupport.Invitation;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst registers a vendor under another name, then reads where a vendor's control statuses come from and
 * overrides one for a while, in a real browser against the real server.
 */
@MicronautTest(transactional = false)
class VendorProvenanceBrowserTest extends IntegrationTest {
    @Inject
    VendorControlStatusService statuses;

    @Test
    void anAnalystRecordsAVendorsOtherNamesAndOverridesAControlUntilADay() {
        String username = TestUsers.create(Role.ANALYST, users, hasher);
        String takenAlias = TestUsers.unique("Drift");
        vendor("Salesloft").with("category", "SALES_ENGAGEMENT").with("aliases", List.of(takenAlias)).create(analyst());

        // A vendor with holdings whose assessment answers were recorded a month ago; no assessment is completed, so
        // its score is provisional.
        Invitation invitation = Invitation.send(analyst());
        long vendorId = invitation.vendorId();
        assertThat(analyst().put("/api/v1/vendors/" + vendorId + "/data-holdings", List.of(
                Map.of("dataCategory", "NAME", "recordCount", 250_000, "accessType", "BULK_ACCESS"))).status()).isEqualTo(200);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate answeredOn = today.minusDays(30);
        statuses.applyAssessmentResults(vendorId, invitation.assessmentId(),
                List.of(new ControlResult("C08", "MET", "DOCUMENTED")), Set.of(), answeredOn, "analyst");
        LocalDate overrideUntil = today.plusDays(45);
        String newVendorName = TestUsers.unique("Drift Chat");
        String freeAlias = TestUsers.unique("Drift Conversations");

        BrowserFlows.run(server.getURI(), "vendor-provenance", Map.ofEntries(
                Map.entry("username", username),
                Map.entry("password", TestUsers.PASSWORD),
                Map.entry("newVendorName", newVendorName),
                Map.entry("takenAlias", takenAlias),
                Map.entry("freeAlias", freeAlias),
                Map.entry("vendorId", vendorId),
                Map.entry("vendorName", viewer().get("/api/v1/vendors/" + vendorId).map().get("name")),
                Map.entry("assessmentId", invitation.assessmentId()),
                Map.entry("answeredOn", answeredOn.toString()),
                Map.entry("evidenceUntil", answeredOn.plusMonths(12).toString()),
                Map.entry("overrideUntil", overrideUntil.toString())), json);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) viewer()
                .get("/api/v1/vendors?q=" + newVendorName.replace(' ', '+')).map().get("items");
        assertThat(found).singleElement().satisfies(v -> assertThat(v).containsEntry("name", newVendorName)
                .containsEntry("aliases", List.of(freeAlias)));
        Map<String, Object> c08 = viewer().get("/api/v1/vendors/" + vendorId + "/controls").list().stream()
                .filter(c -> "C08".equals(c.get("controlCode"))).findFirst().orElseThrow();
        assertThat(c08).containsEntry("status", "NOT_MET").containsEntry("source", "OVERRIDE")
                .containsEntry("expiresOn", overrideUntil.toString()).containsEntry("updatedBy", username);
    }
}
