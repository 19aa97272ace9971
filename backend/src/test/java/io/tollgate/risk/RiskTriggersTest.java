package io.tollgate.risk;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.testsupport.ApiClient.Response;
import io.tollgate.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.tollgate.testsupport.Eventually.await;
import static io.tollgate.testsupport.VendorBuilder.vendor;
import static org.assertj.core.api.Assertions.assertThat;

/** Changes that reach every vendor's score, not only the changed vendor's. */
@MicronautTest(transactional = false)
class RiskTriggersTest extends IntegrationTest {

    @Test
    void aCustomControlAddedToTheCatalogueReachesEveryVendorsScore() {
        long vendorId = vendor("Catalogue").create(analyst());
        assertThat(analyst().put("/api/v1/vendors/" + vendorId + "/data-holdings", List.of(
                Map.of("dataCategory", "NAME", "recordCount", 10_000, "accessType", "BULK_ACCESS"))).status()).isEqualTo(200);
        await("the vendor is scored", () -> viewer().get("/api/v1/vendors/" + vendorId + "/risk").status() == 200);
        String code = "X-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        Response created = admin().post("/api/v1/controls", Map.of("code", code, "name", "Custom control " + code,
                "description", "A control nobody has answered yet.", "domain", "ACCESS", "baseWeight", 5));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        // Nobody has answered it: an unknown answer is a gap, so it costs every vendor points.
        await("the new control reaches the vendor's explanation", () -> viewer().get("/api/v1/vendors/" + vendorId + "/risk")
                .body().contains("\"controlCode\":\"" + code + "\""));
    }
}
