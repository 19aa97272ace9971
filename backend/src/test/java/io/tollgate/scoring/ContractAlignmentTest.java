package io.tollgate.scoring;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model keeps its own plain enums so that it needs no generated code; these tests keep them equal to
 * the contract and to the data-category migration.
 */
class ContractAlignmentTest {

    @Test
    void dataCategoriesMatchTheContract() {
        assertThat(names(DataCategory.values())).containsExactly(names(io.tollgate.api.model.DataCategoryCode.values()));
    }

    @Test
    void accessTypesMatchTheContract() {
        assertThat(names(AccessType.values())).containsExactly(names(io.tollgate.api.model.AccessType.values()));
    }

    @Test
    void vendorCategoriesMatchTheContract() {
        assertThat(names(VendorCategory.values())).containsExactly(names(io.tollgate.api.model.VendorCategory.values()));
    }

    @Test
    void sensitivityWeightsMatchTheDataCategoryMigration() throws IOException {
        String sql = Files.readString(Path.of("..", "migrations", "V3__data_categories.sql"));
        Matcher row = Pattern.compile("\\('([A-Z_]+)',\\s*'(?:[^']|'')*',\\s*([0-9.]+),").matcher(sql);
        Map<String, Double> migrated = new LinkedHashMap<>();
        while (row.find()) {
            migrated.put(row.group(1), Double.parseDouble(row.group(2)));
        }
        Map<String, Double> model = new LinkedHashMap<>();
        Arrays.stream(DataCategory.values()).forEach(c -> model.put(c.name(), c.sensitivityWeight()));
        assertThat(migrated).hasSize(DataCategory.values().length).isEqualTo(model);
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }
}
