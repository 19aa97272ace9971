package io.tollgate.vendor;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/**
 * The vendor API's tests again with every text search left in the page query (as for a term matching more
 * vendors than are picked by key), so both ways of searching must give the same pages.
 */
@MicronautTest(transactional = false)
@Property(name = "tollgate.vendors.search-matches-by-key", value = "0")
class VendorSearchByLikeApiTest extends VendorApiTest {
}
