package io.tollgate.browser;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tollgate.security.Role;
import io.tollgate.testsupport.IntegrationTest;
import io.tollgate.testsupport.TestUsers;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.tollgate.testsupport.VendorBuilder.vendor;

@MicronautTest(transactional = false)
class SignInBrowserTest extends IntegrationTest {

    @Test
    void analystSignsInFindsAVendorAndOpensIt() {
        String username = TestUsers.create(Role.ANALYST, users, hasher);
        String vendorName = TestUsers.unique("Browser Contact Centre");
        long vendorId = vendor().with("name", vendorName).create(analyst());

        BrowserFlows.run(server.getURI(), "sign-in", Map.of(
                "username", username,
                "password", TestUsers.PASSWORD,
                "vendorName", vendorName,
                "vendorId", vendorId), json);
    }
}
