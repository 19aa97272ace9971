package io.tollgate.dataholding;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.tollgate.api.model.DataCategoryCode;

import java.math.BigDecimal;

/** An entry of the fixed data-category catalogue (seeded by migration V3). */
@MappedEntity("data_category")
public record DataCategory(@Id DataCategoryCode code, String label, BigDecimal sensitivityWeight, String enisaClass,
                           String description, int sortOrder) {
}
