package io.tollgate.finding;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.Database;
import io.tollgate.testsupport.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;

/** finding.overdue is raised once per due date for open findings past it, in the outbox the webhooks deliver from. */
@MicronautTest(transactional = false)
class OverdueFindingNoticesTest extends IntegrationTest {
    @Inject
    OverdueFindingNotices notices;

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private void setControl(long vendorId, String control, String status) {
        long version = ((Number) viewer().get("/api/v1/vendors/" + vendorId + "/controls").list().stream()
                .filter(c -> control.equals(c.get("controlCode"))).findFirst().orElseThrow().get("version")).longValue();
        Map<String, Object> body = new java.util.HashMap<>(Map.of("status", status, "reason", "Checked on a call", "version", version));
        if (status.equals("MET")) {
            body.put("evidence", "DOCUMENTED");
        }
        Response r = analyst().put("/api/v1/vendors/" + vendorId + "/controls/" + control, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private long findingId(long vendorId, String control) {
        return viewer().get("/api/v1/vendors/" + vendorId + "/findings").list().stream()
                .filter(f -> control.equals(f.get("controlCode"))).map(f -> ((Number) f.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    private static List<Map<String, Object>> eventsFor(long findingId) throws Exception {
        return Database.rows("""
                SELECT JSON_VALUE(payload, '$.data.daysOverdue') AS days, JSON_VALUE(payload, '$.data.vendorName') AS vendor,
                       JSON_VALUE(payload, '$.data.controlCode') AS control, JSON_VALUE(payload, '$.data.status') AS status
                  FROM event_outbox
                 WHERE event_type = 'finding.overdue' AND JSON_VALUE(payload, '$.data.findingId') = ?
                 ORDER BY id""", findingId);
    }

    private void announceAll() {
        while (notices.announceOverdue() == OverdueFindingNotices.BATCH) {
            // more than one batch was due
        }
    }

    @Test
    void anOverdueFindingIsAnnouncedOncePerDueDateAndAClosedOneNever() throws Exception {
        String name = io.tollgate.testsupport.TestUsers.unique("Overdue");
        long vendorId = vendor(name).with("name", name).with("category", "MARKETING").create(analyst());
        setControl(vendorId, "C30", "NOT_MET");
        setControl(vendorId, "C01", "NOT_MET");
        long overdue = findingId(vendorId, "C30");
        long notYetDue = findingId(vendorId, "C01");
        Database.update("UPDATE finding SET due_date = ? WHERE id = ?", today().minusDays(3), overdue);
        Database.update("UPDATE finding SET due_date = ? WHERE id = ?", today().plusDays(10), notYetDue);

        announceAll();
        assertThat(eventsFor(overdue)).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("days", "3").containsEntry("vendor", name).containsEntry("control", "C30")
                .containsEntry("status", "OPEN"));
        assertThat(eventsFor(notYetDue)).isEmpty();

        announceAll();
        assertThat(eventsFor(overdue)).as("still overdue, already announced").hasSize(1);

        // More time was granted, and that date passed too: announced again.
        Database.update("UPDATE finding SET due_date = ? WHERE id = ?", today().minusDays(1), overdue);
        announceAll();
        assertThat(eventsFor(overdue)).hasSize(2).last().satisfies(event -> assertThat(event).containsEntry("days", "1"));

        // Met: the finding closes, and a closed finding is never overdue.
        setControl(vendorId, "C01", "MET");
        Database.update("UPDATE finding SET due_date = ? WHERE id = ?", today().minusDays(5), notYetDue);
        announceAll();
        assertThat(eventsFor(notYetDue)).isEmpty();
    }
}
