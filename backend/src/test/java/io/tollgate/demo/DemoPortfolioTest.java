package io.tollgate.demo;

import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.control.Control;
import io.tollgate.control.ControlRepository;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class DemoPortfolioTest {
    @Inject
    JsonMapper json;
    @Inject
    ControlRepository controls;

    private DemoPortfolio portfolio() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/demo/portfolio.json")) {
            return json.readValue(in, DemoPortfolio.class);
        }
    }

    @Test
    void demoControlStatusesNameCatalogueControlsAndBackEveryCreditWithEvidence() throws Exception {
        Set<String> catalogue = controls.findAllOrderByCode().stream().map(Control::code).collect(Collectors.toSet());
        List<DemoPortfolio.DemoControl> all = portfolio().vendors().stream()
                .filter(v -> v.controls() != null).flatMap(v -> v.controls().stream()).toList();

        assertThat(all).isNotEmpty();
        assertThat(all).allSatisfy(c -> {
            assertThat(catalogue).contains(c.controlCode());
            assertThat(c.status()).isIn("MET", "PARTIAL", "NOT_MET", "NOT_APPLICABLE", "UNKNOWN");
            if (c.status().equals("MET") || c.status().equals("PARTIAL")) {
                assertThat(c.evidence()).as(c.controlCode()).isIn("SELF_ATTESTED", "DOCUMENTED", "INDEPENDENTLY_TESTED");
            }
        });
    }

    @Test
    void theQantasLikeContactCentreHasMfaButNoPhishingResistantMfaNorAllowlisting() throws Exception {
        DemoPortfolio.DemoVendor skyline = portfolio().vendors().stream()
                .filter(v -> v.name().equals("Skyline Contact Solutions")).findFirst().orElseThrow();

        assertThat(skyline.platforms()).contains("Salesforce");
        assertThat(skyline.controls()).extracting(DemoPortfolio.DemoControl::controlCode, DemoPortfolio.DemoControl::status)
                .contains(org.assertj.core.groups.Tuple.tuple("C01", "MET"), org.assertj.core.groups.Tuple.tuple("C02", "NOT_MET"),
                        org.assertj.core.groups.Tuple.tuple("C08", "NOT_MET"), org.assertj.core.groups.Tuple.tuple("C11", "NOT_MET"),
                        org.assertj.core.groups.Tuple.tuple("C12", "NOT_MET"));
    }
}
